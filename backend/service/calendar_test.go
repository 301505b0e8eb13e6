package service

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/calendar/ics"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/shellport"
	"github.com/huntbook/huntbook/backend/store"
)

// icsAt formats t as an iCalendar UTC date-time.
func icsAt(t time.Time) string { return t.UTC().Format("20060102T150405Z") }

// interviewICS is a calendar as Thunderbird or Google would export it: two
// interviews at tracked companies, a private appointment, a daily stand-up
// whose one occurrence is cancelled.
func interviewICS(day time.Time) string {
	ev := func(uid, start, end, summary, extra string) string {
		return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:" + start + "\r\nDTEND:" + end +
			"\r\nSUMMARY:" + summary + "\r\n" + extra + "END:VEVENT\r\n"
	}
	d := day.Truncate(24 * time.Hour).Add(9 * time.Hour)
	return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//EN\r\n" +
		ev("acme-1@example.org", icsAt(d), icsAt(d.Add(time.Hour)), "Interview: Firmware Engineer",
			"ORGANIZER;CN=Rita Recruiter:mailto:rita@acme-robotics.example\r\nATTENDEE;CN=Me:mailto:me@example.org\r\n"+
				"DESCRIPTION:Join Zoom: https://acme.zoom.us/j/123456789\r\n") +
		ev("globex-1@example.org", icsAt(d.Add(26*time.Hour)), icsAt(d.Add(27*time.Hour)), "Globex technical interview",
			"DESCRIPTION:Pair programming with the SRE team.\r\n") +
		ev("dentist@example.org", icsAt(d.Add(50*time.Hour)), icsAt(d.Add(51*time.Hour)), "Dentist", "") +
		ev("standup@example.org", icsAt(d.Add(3*time.Hour)), icsAt(d.Add(3*time.Hour+15*time.Minute)), "Team stand-up",
			"RRULE:FREQ=DAILY;COUNT=3\r\n") +
		"BEGIN:VEVENT\r\nUID:standup@example.org\r\nDTSTAMP:20260101T000000Z\r\nRECURRENCE-ID:" + icsAt(d.Add(27*time.Hour)) +
		"\r\nDTSTART:" + icsAt(d.Add(27*time.Hour)) + "\r\nDTEND:" + icsAt(d.Add(27*time.Hour+15*time.Minute)) +
		"\r\nSTATUS:CANCELLED\r\nSUMMARY:Team stand-up\r\nEND:VEVENT\r\n" +
		"END:VCALENDAR\r\n"
}

func writeTemp(t testing.TB, name, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCalendarImportMatchConfirmReject(t *testing.T) {
	s, fake := newServices(t)
	c := s.Calendar
	c.Location = time.UTC
	acme, err := s.Applications.Create(model.Application{Company: "Acme Robotics", Title: "Firmware Engineer"})
	if err != nil {
		t.Fatal(err)
	}
	globex, _ := s.Applications.Create(model.Application{Company: "Globex", Title: "SRE"})
	if _, err := s.Contacts.Create(model.Contact{Name: "Rita Recruiter", Email: "rita@acme-robotics.example", ApplicationIDs: []int64{acme.ID}}); err != nil {
		t.Fatal(err)
	}
	path := writeTemp(t, "work.ics", interviewICS(time.Now().Add(48*time.Hour)))

	rep, err := c.ImportICS(path)
	if err != nil {
		t.Fatal(err)
	}
	// 5 VEVENTs: 3 singles, the stand-up and its cancelled second day; the
	// stand-up is no interview, so only its first day is imported.
	if rep.Read != 5 || rep.Skipped != 0 || rep.Events != 4 || rep.Added != 4 || rep.Deleted != 0 || rep.NotRepeated != 1 {
		t.Fatalf("first import %+v", rep)
	}
	if rep.Interviews != 2 || rep.Matched != 2 {
		t.Fatalf("interviews %d matched %d, want 2 and 2", rep.Interviews, rep.Matched)
	}
	props, err := c.Proposals()
	if err != nil || len(props) != 2 {
		t.Fatalf("proposals %+v %v", props, err)
	}
	byTitle := map[string]Proposal{}
	for _, p := range props {
		byTitle[p.Title] = p
	}
	pa, pg := byTitle["Interview: Firmware Engineer"], byTitle["Globex technical interview"]
	if len(pa.Candidates) == 0 || pa.Candidates[0].ApplicationID != acme.ID || pa.Candidates[0].Stage != "Wishlist" {
		t.Fatalf("acme proposal %+v", pa)
	}
	if len(pg.Candidates) == 0 || pg.Candidates[0].ApplicationID != globex.ID {
		t.Fatalf("globex proposal %+v", pg)
	}

	conf, err := c.Confirm(pa.Key, acme.ID)
	if err != nil {
		t.Fatal(err)
	}
	if conf.SuggestStage != "Interviewing" || conf.SuggestStageID == 0 || !conf.Interview.Confirmed {
		t.Fatalf("confirmation %+v", conf)
	}
	if got, _ := s.Applications.Get(acme.ID); got.Application.Stage != "Wishlist" {
		t.Fatalf("confirm moved the application silently to %q", got.Application.Stage)
	}
	if err := c.Reject(pg.Key); err != nil {
		t.Fatal(err)
	}
	if err := c.Reject("ics|missing|"); model.ErrorCode(err) != model.CodeNotFound {
		t.Fatalf("reject a missing event: %v", err)
	}
	if len(fake.Named(shellport.EventAppChanged)) == 0 {
		t.Error("confirming did not tell the UI the application changed")
	}

	// Re-import: nothing new, decisions stand.
	rep, err = c.ImportICS(path)
	if err != nil || rep.Added != 0 || rep.Updated != 4 || rep.Matched != 1 {
		t.Fatalf("re-import %+v %v", rep, err)
	}
	if props, _ := c.Proposals(); len(props) != 0 {
		t.Fatalf("decided events proposed again: %+v", props)
	}
	ivs, err := c.Interviews("", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(ivs) != 2 {
		t.Fatalf("agenda %+v", ivs)
	}
	a := ivs[0]
	if a.Title != "Interview: Firmware Engineer" || !a.Confirmed || a.Application == nil || a.Application.ID != acme.ID ||
		a.Company != "Acme Robotics" || a.MeetingURL != "https://acme.zoom.us/j/123456789" ||
		len(a.Contacts) != 1 || a.Contacts[0].Name != "Rita Recruiter" {
		t.Fatalf("agenda entry %+v", a)
	}
	if ivs[1].Confirmed || ivs[1].Application != nil {
		t.Fatalf("rejected event still proposes an application: %+v", ivs[1])
	}
	if on, err := s.Calendar.db.InterviewsFor(s.Calendar.ctx(), acme.ID); err != nil || len(on) != 1 {
		t.Fatalf("timeline interviews %+v %v", on, err)
	}
	if _, err := c.Interviews("2026-13-01", ""); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("bad date: %v", err)
	}

	// Export the interviews and read them back.
	out := filepath.Join(t.TempDir(), "interviews.ics")
	n, err := c.ExportICS(out, nil)
	if err != nil || n != 2 {
		t.Fatalf("export %d %v", n, err)
	}
	f, _ := os.Open(out)
	defer f.Close()
	back, err := ics.Parse(f, ics.Options{Floating: time.UTC})
	if err != nil || len(back.Events) != 2 || back.Events[0].UID != "acme-1@example.org" {
		t.Fatalf("export read back %+v %v", back, err)
	}

	// A file that is not a calendar, and one that is too large.
	if _, err := c.ImportICS(writeTemp(t, "x.ics", "hello")); model.ErrorCode(err) != model.CodeUnsupported {
		t.Fatalf("not a calendar: %v", err)
	}
	big := filepath.Join(t.TempDir(), "big.ics")
	if err := os.WriteFile(big, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, ics.MaxSize+1); err != nil {
		t.Fatal(err)
	}
	if _, err := c.ImportICS(big); model.ErrorCode(err) != model.CodeTooLarge {
		t.Fatalf("too large: %v", err)
	}
}

func TestCalendarDialogs(t *testing.T) {
	s, fake := newServices(t)
	s.Calendar.Location = time.UTC
	if rep, err := s.Calendar.ImportICSDialog(); err != nil || rep.Path != "" {
		t.Fatalf("cancelled dialog: %+v %v", rep, err)
	}
	fake.OpenPath = writeTemp(t, "cal.ics", interviewICS(time.Now().Add(24*time.Hour)))
	rep, err := s.Calendar.ImportICSDialog()
	if err != nil || rep.Added != 4 {
		t.Fatalf("import through dialog %+v %v", rep, err)
	}
	fake.SavePath = filepath.Join(t.TempDir(), "out")
	p, err := s.Calendar.ExportICSDialog(nil)
	if err != nil || p != fake.SavePath+".ics" {
		t.Fatalf("export %q %v", p, err)
	}
	if b, _ := os.ReadFile(p); !strings.Contains(string(b), "BEGIN:VCALENDAR") || strings.Count(string(b), "BEGIN:VEVENT") != 2 {
		t.Fatalf("exported:\n%s", b)
	}
	noWindow := New(s.Calendar.db, Deps{})
	if _, err := noWindow.Calendar.ImportICSDialog(); model.ErrorCode(err) != model.CodeUnavailable {
		t.Fatalf("no window: %v", err)
	}
}

// BenchmarkImportICS10k imports a 10,000-event calendar through the service
// into a fresh database, with 200 applications to match against.
func BenchmarkImportICS10k(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bench//EN\r\n")
	t0 := time.Now().Add(-100 * 24 * time.Hour).Truncate(time.Hour)
	for i := range 10_000 {
		st := t0.Add(time.Duration(i) * 30 * time.Minute)
		summary := fmt.Sprintf("Meeting %d", i)
		if i%20 == 0 {
			summary = fmt.Sprintf("Interview with Company%d", i%200)
		}
		fmt.Fprintf(&sb, "BEGIN:VEVENT\r\nUID:bench-%d@example.org\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:%s\r\nDTEND:%s\r\n"+
			"SUMMARY:%s\r\nORGANIZER:mailto:person%d@company%d.example\r\nDESCRIPTION:Agenda for the call.\r\nEND:VEVENT\r\n",
			i, icsAt(st), icsAt(st.Add(25*time.Minute)), summary, i, i%200)
	}
	sb.WriteString("END:VCALENDAR\r\n")
	path := writeTemp(b, "bench.ics", sb.String())
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		db, err := store.Open(filepath.Join(b.TempDir(), store.FileName), store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		s := New(db, Deps{})
		for i := range 200 {
			if _, err := s.Applications.Create(model.Application{Company: fmt.Sprintf("Company%d", i), Title: "Engineer"}); err != nil {
				b.Fatal(err)
			}
		}
		b.StartTimer()
		rep, err := s.Calendar.ImportICS(path)
		if err != nil || rep.Added != 10_000 {
			b.Fatalf("%+v %v", rep, err)
		}
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/import")
}
