package google

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/calendar"
	"github.com/huntbook/huntbook/backend/calendar/google/googletest"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/secrets"
)

func byExternalID(evs []calendar.Event) map[string]calendar.Event {
	m := map[string]calendar.Event{}
	for _, e := range evs {
		m[e.ExternalID] = e
	}
	return m
}

// countMasters counts series masters (recurrence rules, not instances) in a page.
func countMasters(p googletest.Page) int {
	n := 0
	for _, it := range p.Items() {
		if _, ok := it["recurrence"]; ok && it["recurringEventId"] == nil {
			n++
		}
	}
	return n
}

func TestSyncPagingTokensAndResync(t *testing.T) {
	f, cfg := newFake(t)
	p1, p2 := loadPage(t, "calcentral_events_list_page1_nextPageToken.json"), loadPage(t, "calcentral_events_list_page2_last.json")
	f.SetFull("primary", p1, p2)
	c, _ := connected(t, f, cfg, time.Hour)
	var progress []int
	res, err := c.Sync(context.Background(), SyncState{}, func(n int) { progress = append(progress, n) })
	if err != nil {
		t.Fatal(err)
	}
	items := len(p1.Items()) + len(p2.Items())
	masters := countMasters(p1) + countMasters(p2)
	if res.Pages != 2 || !res.FullResync || res.TokenExpired {
		t.Errorf("pages=%d full=%v expired=%v, want 2 pages of a full sync", res.Pages, res.FullResync, res.TokenExpired)
	}
	if len(res.Upserts) != items-masters || res.Skipped != masters || masters == 0 {
		t.Errorf("%d upserts + %d skipped, want %d instances + %d series masters", len(res.Upserts), res.Skipped, items-masters, masters)
	}
	if len(progress) != 2 || progress[1] != len(res.Upserts) {
		t.Errorf("progress %v", progress)
	}
	// The second request carried the recorded page token, and the window.
	q := f.Stats().LastQuery
	if q.Get("pageToken") != p1["nextPageToken"] || q.Get("singleEvents") != "true" || q.Get("timeMin") == "" {
		t.Errorf("second page query %v", q)
	}
	// An edited instance from page 2: moved from 11:00 to 16:00 Pacific.
	lec := byExternalID(res.Upserts)["_edhmgpb4elm6ab9n6ssjcdhd6d06sqbed9gm6rrle9pmaspecdnmq_20121116T190000Z"]
	if lec.Title != "PHYSICS 7B Lecture" || lec.RecurrenceID != "2012-11-16T19:00:00Z" ||
		!lec.Start.Equal(time.Date(2012, 11, 17, 0, 0, 0, 0, time.UTC)) || lec.UID != "schedule-77966-3@ninjacourses.com" ||
		lec.Location != "1 LECONTE" || lec.TimeZone != "America/Los_Angeles" || lec.Organizer == nil || lec.Organizer.Name != "Tammi Chang" {
		t.Errorf("edited instance = %+v", lec)
	}
	tok := res.State.SyncToken
	if tok == "" {
		t.Fatal("no sync token after the last page")
	}

	// Incremental: a single instance deleted (Google sends the master too).
	f.SetChanges("primary", tok, loadPage(t, "compass_incremental_sync_delete_single_instance.json"))
	res, err = c.Sync(context.Background(), res.State, nil)
	if err != nil {
		t.Fatal(err)
	}
	q = f.Stats().LastQuery
	if q.Get("syncToken") != tok || q.Has("timeMin") || q.Has("timeMax") {
		t.Errorf("incremental query %v", q)
	}
	if res.FullResync || len(res.Upserts) != 0 || len(res.Deleted) != 1 || res.Deleted[0] != "5hni4sj3ql1669otmjg7sn1mok_20250325T130000Z" {
		t.Errorf("delete-one result: %s, deleted %v", res, res.Deleted)
	}
	if res.State.SyncToken != "CI-dtZWmpYwDEI-dtZWmpYwDGAUg24mI4AIo24mI4AI=" {
		t.Errorf("new sync token %q", res.State.SyncToken)
	}

	// Incremental: three instances edited.
	f.SetChanges("primary", res.State.SyncToken, loadPage(t, "compass_incremental_sync_edited_instances.json"))
	res, err = c.Sync(context.Background(), res.State, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Upserts) != 3 || res.Skipped != 1 {
		t.Fatalf("edited instances: %s", res)
	}
	ed := byExternalID(res.Upserts)["1kmd7abo2uok36n1pkaemqncba_20250326T123000Z"]
	if ed.Title != "🧼 Dishes-Edited Just This One" || ed.RecurrenceID != "2025-03-26T12:30:00Z" ||
		ed.Key() != "google|1kmd7abo2uok36n1pkaemqncba@google.com|2025-03-26T12:30:00Z" {
		t.Errorf("edited instance = %+v", ed)
	}

	// Nothing changed since: an empty answer keeps the token.
	st := res.State
	res, err = c.Sync(context.Background(), st, nil)
	if err != nil || len(res.Upserts)+len(res.Deleted) != 0 || res.State.SyncToken != st.SyncToken {
		t.Fatalf("no-change sync: %v, %v", res, err)
	}

	// The token goes stale: 410 Gone, then a full listing.
	f.ExpireSyncToken(st.SyncToken)
	res, err = c.Sync(context.Background(), st, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !res.TokenExpired || !res.FullResync || len(res.Upserts) != items-masters || res.State.SyncToken == "" {
		t.Errorf("after 410: %s expired=%v token=%q", res, res.TokenExpired, res.State.SyncToken)
	}
	if q := f.Stats().LastQuery; q.Has("syncToken") {
		t.Errorf("resync still sent the stale token: %v", q)
	}
}

func TestSyncDeleteSeriesAndCancelled(t *testing.T) {
	f, cfg := newFake(t)
	f.SetFull("primary", loadPage(t, "compass_events_list_recurring.json"))
	c, _ := connected(t, f, cfg, time.Hour)
	res, err := c.Sync(context.Background(), SyncState{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Upserts) == 0 {
		t.Fatal("no instances from the recurring list")
	}
	f.SetChanges("primary", res.State.SyncToken, loadPage(t, "compass_incremental_sync_delete_all.json"), loadPage(t, "compass_cancelled_events.json"))
	res2, err := c.Sync(context.Background(), res.State, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res2.Pages != 2 || len(res2.Deleted) != 3 {
		t.Fatalf("deletions %v over %d pages", res2.Deleted, res2.Pages)
	}
	if !Covers("15chil19v5nskedvmo93ei4nl8", res.Upserts[0].ExternalID) || Covers("15chil19v5nskedvmo93ei4nl", res.Upserts[0].ExternalID) {
		t.Errorf("Covers does not match series %q to instance %q", "15chil19v5nskedvmo93ei4nl8", res.Upserts[0].ExternalID)
	}
}

func TestSyncMapping(t *testing.T) {
	f, cfg := newFake(t)
	meet, err := googletest.ParsePage([]byte(meetingEvents))
	if err != nil {
		t.Fatal(err)
	}
	f.SetFull("primary", loadPage(t, "meetings-notifier_events_list_recurring_instances.json"),
		loadPage(t, "compass_allday_events.json"), meet)
	c, _ := connected(t, f, cfg, time.Hour)
	res, err := c.Sync(context.Background(), SyncState{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	m := byExternalID(res.Upserts)
	t1 := m["4q17ltu2sr4s2535lsufmpkjkp"]
	if t1.Location != "Brno, Česko" || len(t1.Attendees) != 1 || t1.Attendees[0].Email != "jhutar@gmail.com" ||
		!t1.Start.Equal(time.Date(2024, 12, 29, 11, 0, 0, 0, time.UTC)) || t1.End.Sub(t1.Start) != 30*time.Minute || t1.TimeZone != "Europe/Prague" {
		t.Errorf("Test1 = %+v", t1)
	}
	if t3 := m["_6co30db661j6abb660sjcb9kcgp66b9p65j3ab9i64p3ec9j70s64c9ic4"]; t3.Organizer == nil || t3.Organizer.Email != "jhutar@seznam.cz" ||
		t3.UID != "3005f0fe-f096-4d2c-91f5-21271388b12a" || t3.RecurrenceID != "" {
		t.Errorf("Test3 = %+v", t3)
	}
	if in := m["7eedg0m1svpv1v62720lse3k1j_20241231T160000Z"]; in.RecurrenceID != "2024-12-31T16:00:00Z" || in.Status != "confirmed" || in.Updated.IsZero() {
		t.Errorf("instance = %+v", in)
	}
	ad := m["1evdi8c1s5knlt5ofhncl654u9"]
	if !ad.AllDay || !ad.Start.Equal(time.Date(2022, 2, 22, 0, 0, 0, 0, time.UTC)) || !ad.End.Equal(time.Date(2022, 2, 23, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("all-day = %+v", ad)
	}
	for id, want := range map[string]string{
		"meet1":  "https://meet.google.com/abc-defg-hij",
		"zoom1":  "https://us02web.zoom.us/j/85551234567?pwd=abc",
		"teams1": "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=x&tid=y",
		"zoom2":  "https://acme.zoom.us/j/123456789",
		"plain":  "",
	} {
		if got := m[id].MeetingURL; got != want {
			t.Errorf("%s meeting URL = %q, want %q", id, got, want)
		}
	}
	if e := m["plain"]; e.Title != "(no title)" || e.TimeZone != "Europe/Berlin" || len(e.Attendees) != 1 {
		t.Errorf("plain = %+v (room resources must be dropped, calendar time zone used)", e)
	}
}

// meetingEvents are events shaped like Google's (hangoutLink, conferenceData
// from a Zoom add-on, Teams and Zoom links in text) for the meeting-link rules.
const meetingEvents = `{"kind":"calendar#events","timeZone":"Europe/Berlin","items":[
{"id":"meet1","status":"confirmed","summary":"Interview","iCalUID":"meet1@google.com","hangoutLink":"https://meet.google.com/abc-defg-hij",
 "conferenceData":{"entryPoints":[{"entryPointType":"video","uri":"https://meet.google.com/abc-defg-hij"},{"entryPointType":"phone","uri":"tel:+1-555-0100"}]},
 "start":{"dateTime":"2025-05-05T09:00:00+02:00"},"end":{"dateTime":"2025-05-05T10:00:00+02:00"}},
{"id":"zoom1","status":"confirmed","summary":"Screen","iCalUID":"zoom1@google.com",
 "conferenceData":{"conferenceSolution":{"name":"Zoom Meeting"},"entryPoints":[{"entryPointType":"phone","uri":"tel:+1-555-0101"},
   {"entryPointType":"video","uri":"https://us02web.zoom.us/j/85551234567?pwd=abc"}]},
 "start":{"dateTime":"2025-05-06T09:00:00+02:00"},"end":{"dateTime":"2025-05-06T09:30:00+02:00"}},
{"id":"teams1","status":"confirmed","summary":"Panel","iCalUID":"teams1@google.com","location":"Microsoft Teams Meeting",
 "description":"<p>Join: <a href=\"https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=x&amp;tid=y\">Click here</a>. ` +
	`See https://example.com/agenda</p>",
 "start":{"dateTime":"2025-05-07T09:00:00+02:00"},"end":{"dateTime":"2025-05-07T10:00:00+02:00"}},
{"id":"zoom2","status":"confirmed","summary":"Chat","iCalUID":"zoom2@google.com","location":"https://acme.zoom.us/j/123456789.",
 "start":{"dateTime":"2025-05-08T09:00:00+02:00"},"end":{"dateTime":"2025-05-08T10:00:00+02:00"}},
{"id":"plain","status":"tentative","iCalUID":"plain@google.com","location":"Room 4","description":"javascript:alert(1) http://zoom.us.evil.example/j/1",
 "attendees":[{"email":"a@example.com"},{"email":"room4@resource.calendar.google.com","resource":true}],
 "start":{"dateTime":"2025-05-09T09:00:00+02:00"},"end":{"dateTime":"2025-05-09T10:00:00+02:00"}}
]}`

func TestSyncRefreshPersists(t *testing.T) {
	f, cfg := newFake(t)
	f.SetFull("primary", loadPage(t, "compass_allday_events.json"))
	c, store := connected(t, f, cfg, -time.Minute) // the stored access token has expired
	old, _ := LoadToken(store)
	if _, err := c.Sync(context.Background(), SyncState{}, nil); err != nil {
		t.Fatal(err)
	}
	saved, err := LoadToken(store)
	if err != nil {
		t.Fatal(err)
	}
	if f.Stats().Refreshes != 1 || saved.AccessToken == old.AccessToken || saved.RefreshToken != old.RefreshToken || !saved.Expiry.After(time.Now()) {
		t.Fatalf("refreshes=%d, saved token new=%v same refresh=%v expiry=%v", f.Stats().Refreshes, saved.AccessToken != old.AccessToken,
			saved.RefreshToken == old.RefreshToken, saved.Expiry)
	}
	// Google drops the access token early: 401, refresh, retry, persisted again.
	f.ExpireAccessTokens()
	if _, err := c.Sync(context.Background(), SyncState{}, nil); err != nil {
		t.Fatal(err)
	}
	again, _ := LoadToken(store)
	if st := f.Stats(); st.Refreshes != 2 || st.Unauthorized != 1 || again.AccessToken == saved.AccessToken {
		t.Fatalf("after server-side expiry: refreshes=%d unauthorized=%d", st.Refreshes, st.Unauthorized)
	}
	// A new client (next app start) uses the persisted token without refreshing.
	c2, err := NewClient(context.Background(), cfg, store)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c2.Sync(context.Background(), SyncState{}, nil); err != nil || f.Stats().Refreshes != 2 {
		t.Fatalf("restart: %v, refreshes %d", err, f.Stats().Refreshes)
	}
}

func TestSyncRevokedGrant(t *testing.T) {
	for _, ttl := range []time.Duration{time.Hour, -time.Minute} { // valid-looking and expired local token
		f, cfg := newFake(t)
		f.SetFull("primary", loadPage(t, "compass_allday_events.json"))
		c, _ := connected(t, f, cfg, ttl)
		f.RevokeAll()
		_, err := c.Sync(context.Background(), SyncState{}, nil)
		if !errors.Is(err, ErrReconnect) || model.ErrorCode(err) != model.CodeUnavailable || !strings.Contains(model.AsError(err).Message, "reconnect") {
			t.Fatalf("ttl %v: Sync after revoke = %v", ttl, err)
		}
	}
}

func TestDisconnect(t *testing.T) {
	f, cfg := newFake(t)
	c, store := connected(t, f, cfg, time.Hour)
	tok, _ := LoadToken(store)
	if err := c.Disconnect(context.Background()); err != nil {
		t.Fatal(err)
	}
	if rv := f.Stats().Revoked; len(rv) != 1 || rv[0] != tok.RefreshToken {
		t.Fatalf("revoked %v", rv)
	}
	if Connected(store) {
		t.Fatal("token still stored after Disconnect")
	}
	if _, err := NewClient(context.Background(), cfg, store); !errors.Is(err, ErrNotConnected) {
		t.Fatalf("NewClient after Disconnect = %v", err)
	}
	if err := Disconnect(context.Background(), cfg, store); err != nil {
		t.Fatalf("second Disconnect = %v", err)
	}

	// Offline: the token is deleted here and the error says Google was not told.
	store = secrets.Memory()
	if err := SaveToken(store, f.Grant(time.Hour)); err != nil {
		t.Fatal(err)
	}
	off := cfg
	off.RevokeURL = "http://127.0.0.1:1/revoke"
	err := Disconnect(context.Background(), off, store)
	if model.ErrorCode(err) != model.CodeUnavailable || !strings.Contains(err.Error(), "disconnected on this computer") || Connected(store) {
		t.Fatalf("offline Disconnect = %v, still connected %v", err, Connected(store))
	}
	if strings.Contains(err.Error(), "fake-refresh") {
		t.Fatalf("error leaks the token: %v", err)
	}
}

func TestSyncErrors(t *testing.T) {
	f, cfg := newFake(t)
	f.SetFull("primary", googletest.SyntheticPages(30, 10, time.Now())...)
	c, _ := connected(t, f, cfg, time.Hour)
	if _, err := c.Sync(context.Background(), SyncState{CalendarID: "nobody@example.com"}, nil); model.ErrorCode(err) != model.CodeNotFound ||
		!strings.Contains(err.Error(), "nobody@example.com") {
		t.Errorf("unknown calendar = %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	_, err := c.Sync(ctx, SyncState{}, func(int) { cancel() })
	if !errors.Is(err, context.Canceled) || model.ErrorCode(err) != model.CodeCanceled {
		t.Errorf("cancelled sync = %v", err)
	}
	if _, err := NewClient(context.Background(), cfg, secrets.Memory()); !errors.Is(err, ErrNotConnected) {
		t.Errorf("NewClient with no token = %v", err)
	}
	bad := secrets.Memory()
	if err := bad.Set(TokenKey, "{not json"); err != nil {
		t.Fatal(err)
	}
	if _, err := NewClient(context.Background(), cfg, bad); !errors.Is(err, ErrReconnect) {
		t.Errorf("NewClient with a damaged token = %v", err)
	}
}

func TestConfigFromEnv(t *testing.T) {
	t.Setenv(EnvAPIURL, "http://127.0.0.1:9999/")
	t.Setenv(EnvTokenURL, "")
	cfg := ConfigFromEnv(" my-id ", "my-secret")
	if cfg.ClientID != "my-id" || cfg.APIURL != "http://127.0.0.1:9999/" || cfg.TokenURL != DefaultTokenURL ||
		cfg.withDefaults().APIURL != "http://127.0.0.1:9999" {
		t.Errorf("cfg = %+v", cfg)
	}
	BuiltinClientID, BuiltinClientSecret = "built-in", "s"
	defer func() { BuiltinClientID, BuiltinClientSecret = "", "" }()
	if cfg := ConfigFromEnv("", ""); cfg.ClientID != "built-in" || cfg.ClientSecret != "s" {
		t.Errorf("built-in fallback = %+v", cfg)
	}
}

func BenchmarkSync5000(b *testing.B) {
	f, cfg := newFake(b)
	f.SetFull("primary", googletest.SyntheticPages(5000, 250, time.Now().Add(-60*24*time.Hour))...)
	c, _ := connected(b, f, cfg, time.Hour)
	b.ResetTimer()
	for b.Loop() {
		res, err := c.Sync(context.Background(), SyncState{}, nil)
		if err != nil || len(res.Upserts) != 5000 || res.Pages != 20 {
			b.Fatalf("%v, %v", res, err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/sync")
	b.ReportMetric(5000*float64(b.N)/b.Elapsed().Seconds(), "events/s")
}
