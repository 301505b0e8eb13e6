package service

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/calendar"
	"github.com/huntbook/huntbook/backend/calendar/google"
	"github.com/huntbook/huntbook/backend/calendar/google/googletest"
	"github.com/huntbook/huntbook/backend/corpus"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/secrets"
	"github.com/huntbook/huntbook/backend/shellport"
	"github.com/huntbook/huntbook/backend/store"
)

// fakeGoogle starts the fake Google and points the connector at it through
// the same environment variables a user would set.
func fakeGoogle(t testing.TB) *googletest.Server {
	t.Helper()
	f := googletest.New()
	t.Cleanup(func() {
		if n := f.Stats().WriteAttempts; n != 0 {
			t.Errorf("Huntbook attempted %d writes to the Calendar API", n)
		}
		f.Close()
	})
	t.Setenv(google.EnvAuthURL, f.AuthURL())
	t.Setenv(google.EnvTokenURL, f.TokenURL())
	t.Setenv(google.EnvRevokeURL, f.RevokeURL())
	t.Setenv(google.EnvAPIURL, f.APIURL())
	t.Setenv(envClientID, "")
	t.Setenv(envClientSecret, "")
	return f
}

func page(t testing.TB, json string) googletest.Page {
	t.Helper()
	p, err := googletest.ParsePage([]byte(json))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func gcalPage(t testing.TB, name string) googletest.Page {
	t.Helper()
	p, err := googletest.LoadPage(filepath.Join(corpus.Path(t, "gcal"), name))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// interviewPage is one Google event: an interview organised from a tracked
// company's domain, with a Meet link.
func interviewPage(start time.Time) string {
	return fmt.Sprintf(`{"kind":"calendar#events","timeZone":"Europe/Berlin","items":[
{"id":"acmeiv1","status":"confirmed","summary":"Acme Robotics interview","iCalUID":"acmeiv1@google.com",
 "organizer":{"email":"rita@acme-robotics.example","displayName":"Rita"},
 "attendees":[{"email":"me@gmail.com","self":true},{"email":"rita@acme-robotics.example"}],
 "hangoutLink":"https://meet.google.com/abc-defg-hij",
 "start":{"dateTime":%q},"end":{"dateTime":%q}}]}`, start.Format(time.RFC3339), start.Add(time.Hour).Format(time.RFC3339))
}

func countSource(t *testing.T, c *Calendar, src calendar.Source) int {
	t.Helper()
	evs, err := c.db.CalendarEvents(c.ctx(), store.CalendarQuery{Source: src})
	if err != nil {
		t.Fatal(err)
	}
	return len(evs)
}

// browserFunc is a shellport.Browser that calls itself with each link.
type browserFunc func(link string) error

func (f browserFunc) OpenURL(link string) error { return f(link) }

// playBrowser is a browser that plays the user's part on Google's consent
// page and sends the status of the last page to got when it has room (got
// may be nil).
func playBrowser(got chan<- int) browserFunc {
	return func(u string) error {
		go func() {
			st, _, _ := googletest.PlayBrowser(u)
			select {
			case got <- st:
			default:
			}
		}()
		return nil
	}
}

func TestCalendarGoogleFlow(t *testing.T) {
	f := fakeGoogle(t)
	open := func(string) error { return nil }
	s, fake := newServicesWith(t, func(d *Deps) { d.Browser = browserFunc(func(u string) error { return open(u) }) })
	c := s.Calendar
	c.Tokens = secrets.Memory()
	if st, err := c.Status(); err != nil || st.State != StateNotConnected || st.Persistent {
		t.Fatalf("status before connecting %+v %v", st, err)
	}
	if _, err := c.SyncNow(); model.ErrorCode(err) != model.CodeNotFound {
		t.Fatalf("sync before connecting: %v", err)
	}
	bare, _ := newServices(t) // no browser
	bare.Calendar.Tokens = secrets.Memory()
	if _, err := bare.Calendar.Connect(); model.ErrorCode(err) != model.CodeUnavailable {
		t.Fatalf("connect without a browser: %v", err)
	}
	// No client ID anywhere (this build has none built in).
	if _, err := c.Connect(); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("connect without a client id: %v", err)
	}

	acme, _ := s.Applications.Create(model.Application{Company: "Acme Robotics", Title: "Firmware Engineer"})
	browser := make(chan int, 1)
	open = playBrowser(browser)
	c.ClientID, c.ClientSecret = f.ClientID, f.ClientSecret
	st, err := c.Connect()
	if err != nil {
		t.Fatal(err)
	}
	if code := <-browser; code != 200 || st.State != StateConnected || st.ClientID != f.ClientID {
		t.Fatalf("connect: browser %d, status %+v", code, st)
	}
	// The client is remembered (ID in settings, secret in the keychain).
	c.ClientID, c.ClientSecret = "", ""
	if got := c.config(); got.ClientID != f.ClientID || got.ClientSecret != f.ClientSecret {
		t.Fatalf("remembered client %q", got.ClientID)
	}

	// Full sync: a recorded recurring series plus an interview.
	series := gcalPage(t, "compass_events_list_recurring.json")
	f.SetFull("primary", series, page(t, interviewPage(time.Now().Add(72*time.Hour).Truncate(time.Minute))))
	id, err := c.Sync()
	if err != nil {
		t.Fatal(err)
	}
	done := waitCalendarJob(t, fake, id)
	if !done.OK {
		t.Fatalf("sync job %+v", done)
	}
	rep := done.Result.(SyncReport)
	if !rep.FullResync || rep.Added != 11 || rep.Interviews < 1 || rep.Matched != 1 {
		t.Fatalf("full sync %+v", rep)
	}
	if len(fake.Named(shellport.EventJobProgress)) == 0 {
		t.Error("no progress event")
	}
	if st, _ := c.Status(); st.LastSync == "" || st.State != StateConnected {
		t.Fatalf("status after sync %+v", st)
	}
	props, _ := c.Proposals()
	if len(props) != 1 || props[0].Candidates[0].ApplicationID != acme.ID {
		t.Fatalf("proposals after sync %+v", props)
	}
	if _, err := c.Confirm(props[0].Key, acme.ID); err != nil {
		t.Fatal(err)
	}
	state, _ := c.db.CalendarSyncState(c.ctx(), "primary")

	// Incremental: one instance cancelled.
	f.SetChanges("primary", state.SyncToken, page(t, `{"items":[{"id":"15chil19v5nskedvmo93ei4nl8_20250907T013000Z",`+
		`"status":"cancelled","recurringEventId":"15chil19v5nskedvmo93ei4nl8"}]}`))
	rep, err = c.SyncNow()
	if err != nil || rep.FullResync || rep.Deleted != 1 || countSource(t, c, calendar.SourceGoogle) != 10 {
		t.Fatalf("incremental %+v %v (%d stored)", rep, err, countSource(t, c, calendar.SourceGoogle))
	}
	// Incremental: the whole series cancelled.
	state, _ = c.db.CalendarSyncState(c.ctx(), "primary")
	f.SetChanges("primary", state.SyncToken, page(t, `{"items":[{"id":"15chil19v5nskedvmo93ei4nl8","status":"cancelled"}]}`))
	if rep, err = c.SyncNow(); err != nil || rep.Deleted != 9 || countSource(t, c, calendar.SourceGoogle) != 1 {
		t.Fatalf("series cancelled %+v %v", rep, err)
	}

	// The token goes stale: 410, then a full listing that prunes what is gone.
	state, _ = c.db.CalendarSyncState(c.ctx(), "primary")
	f.ExpireSyncToken(state.SyncToken)
	f.SetFull("primary", page(t, interviewPage(time.Now().Add(72*time.Hour).Truncate(time.Minute))))
	if rep, err = c.SyncNow(); err != nil || !rep.FullResync || rep.Updated != 1 || countSource(t, c, calendar.SourceGoogle) != 1 {
		t.Fatalf("after 410 %+v %v", rep, err)
	}
	ivs, _ := c.Interviews("", "")
	if len(ivs) != 1 || !ivs[0].Confirmed || ivs[0].MeetingURL != "https://meet.google.com/abc-defg-hij" {
		t.Fatalf("confirmation lost over the resync: %+v", ivs)
	}

	// The user revokes access in their Google account.
	f.RevokeAll()
	f.ExpireAccessTokens()
	if _, err := c.SyncNow(); model.ErrorCode(err) != model.CodeUnavailable {
		t.Fatalf("sync after revoke: %v", err)
	}
	if st, _ := c.Status(); st.State != StateReconnect {
		t.Fatalf("status after revoke %+v", st)
	}

	// Disconnect keeping the events, then deleting them.
	dr, err := c.Disconnect(false)
	if err != nil || dr.EventsDeleted != 0 {
		t.Fatalf("disconnect %+v %v", dr, err)
	}
	if st, _ := c.Status(); st.State != StateNotConnected || st.LastSync != "" {
		t.Fatalf("status after disconnect %+v", st)
	}
	if countSource(t, c, calendar.SourceGoogle) != 1 {
		t.Fatal("disconnect without deleteEvents deleted events")
	}
	if dr, err = c.Disconnect(true); err != nil || dr.EventsDeleted != 1 || countSource(t, c, calendar.SourceGoogle) != 0 {
		t.Fatalf("disconnect deleting events %+v %v", dr, err)
	}
}

func TestCalendarSyncCancel(t *testing.T) {
	f := fakeGoogle(t)
	s, fake := newServices(t)
	c := s.Calendar
	c.Tokens = secrets.Memory()
	c.ClientID, c.ClientSecret = f.ClientID, f.ClientSecret
	if err := google.SaveToken(c.Tokens, f.Grant(time.Hour)); err != nil {
		t.Fatal(err)
	}
	f.SetFull("primary", googletest.SyntheticPages(2000, 50, time.Now())...)
	id, err := c.Sync()
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := c.Sync(); again != id {
		t.Fatalf("a second Sync started %q beside %q", again, id)
	}
	if err := c.Cancel(id); err != nil {
		t.Fatal(err)
	}
	done := waitCalendarJob(t, fake, id)
	// The job may have finished before the cancel reached it; either way it reports.
	if !done.OK && !done.Cancelled {
		t.Fatalf("cancelled sync %+v", done)
	}
	if done.Cancelled && countSource(t, c, calendar.SourceGoogle) != 0 {
		t.Fatal("a cancelled sync saved events")
	}
	if err := c.Cancel("nope"); model.ErrorCode(err) != model.CodeNotFound {
		t.Fatalf("cancel unknown job: %v", err)
	}
	if err := c.SetSyncInterval(3); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("interval 3: %v", err)
	}
	if err := c.SetSyncInterval(30); err != nil {
		t.Fatal(err)
	}
	if !c.syncDue(time.Now()) {
		t.Fatal("never synced yet a sync is not due")
	}
	if _, err := c.SyncNow(); err != nil {
		t.Fatal(err)
	}
	if c.syncDue(time.Now()) || !c.syncDue(time.Now().Add(31*time.Minute)) {
		t.Fatal("interval not honoured")
	}
}

func waitCalendarJob(t *testing.T, fake *shellport.Fake, id string) shellport.JobDone {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		for _, p := range fake.Named(shellport.EventJobDone) {
			if d := p.(shellport.JobDone); d.ID == id {
				return d
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("job %s never finished", id)
	return shellport.JobDone{}
}

// BenchmarkSync5000 syncs 5,000 events from the fake Google into the
// database, matching each against 200 applications.
func BenchmarkSync5000(b *testing.B) {
	f := fakeGoogle(b)
	db, err := store.Open(filepath.Join(b.TempDir(), store.FileName), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	s := New(db, Deps{})
	for i := range 200 {
		if _, err := s.Applications.Create(model.Application{Company: fmt.Sprintf("Company%d", i), Title: "Engineer"}); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := s.Applications.Create(model.Application{Company: "Acme Corp", Title: "Engineer"}); err != nil {
		b.Fatal(err)
	}
	c := s.Calendar
	c.Tokens = secrets.Memory()
	c.ClientID, c.ClientSecret = f.ClientID, f.ClientSecret
	if err := google.SaveToken(c.Tokens, f.Grant(time.Hour)); err != nil {
		b.Fatal(err)
	}
	f.SetFull("primary", googletest.SyntheticPages(5000, 250, time.Now())...)
	b.ResetTimer()
	for range b.N {
		if err := db.ResetCalendarSync(c.ctx()); err != nil {
			b.Fatal(err)
		}
		rep, err := c.SyncNow()
		if err != nil || rep.Received != 5000 {
			b.Fatalf("%+v %v", rep, err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/sync")
}

// BenchmarkMatchEvent classifies one event and ranks 500 applications for it.
func BenchmarkMatchEvent(b *testing.B) {
	db, err := store.Open(filepath.Join(b.TempDir(), store.FileName), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	s := New(db, Deps{})
	for i := range 500 {
		if _, err := s.Applications.Create(model.Application{Company: fmt.Sprintf("Company %d Labs", i), Title: "Engineer"}); err != nil {
			b.Fatal(err)
		}
	}
	m, err := s.Calendar.matcher(s.Calendar.ctx())
	if err != nil {
		b.Fatal(err)
	}
	e := calendar.Event{Source: calendar.SourceICS, UID: "x", Title: "Interview with Company 42 Labs",
		Description: "Technical round", Organizer: &calendar.Person{Email: "hr@company42labs.example"},
		Start: time.Now(), End: time.Now().Add(time.Hour), MeetingURL: "https://meet.google.com/abc-defg-hij"}
	b.ResetTimer()
	for range b.N {
		if ce := m.assess(e); len(ce.Proposals) == 0 {
			b.Fatal("no proposal")
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/event")
}
