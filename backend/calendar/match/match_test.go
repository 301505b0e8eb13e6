package match

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/calendar"
	"github.com/huntbook/huntbook/backend/calendar/ics"
	"github.com/huntbook/huntbook/backend/corpus"
)

var t0 = time.Date(2024, 5, 6, 13, 0, 0, 0, time.UTC)

func ev(title, desc string) calendar.Event {
	return calendar.Event{UID: title, Title: title, Description: desc, Start: t0, End: t0.Add(time.Hour)}
}

func TestClassify(t *testing.T) {
	withTool := ev("Call with Jane", "")
	withTool.Organizer = &calendar.Person{Email: "no-reply+abc@greenhouse.io"}
	withTool.Attendees = []calendar.Person{{Email: "jane@acme.com"}, {Email: "scheduler@goodtime.io"}}
	allDay := ev("Interview day", "")
	allDay.AllDay, allDay.End = true, t0.AddDate(0, 0, 1)
	recurring := ev("Weekly sync", "Join https://meet.google.com/abc-defg-hij")
	recurring.RecurrenceID, recurring.MeetingURL = "2024-05-06T13:00:00Z", "https://meet.google.com/abc-defg-hij"
	cases := []struct {
		e    calendar.Event
		want bool
	}{
		{ev("Technical interview – Acme", ""), true},
		{ev("Phone screen with Globex", ""), true},
		{ev("Recruiter call: Initech", ""), true},
		{ev("Onsite @ Hooli (4 rounds)", ""), true},
		{ev("Hiring manager chat", ""), true},
		{ev("Vorstellungsgespräch bei Siemens", ""), true},
		{ev("Bewerbungsgespräche Runde 2", ""), true},
		{ev("Entrevista con Telefónica", ""), true},
		{ev("Entretien d'embauche - Doctolib", ""), true},
		{ev("Colloquio di lavoro Ferrero", ""), true},
		{ev("Sollicitatiegesprek Booking.com", ""), true},
		{ev("Työhaastattelu / Wolt", ""), true},
		{ev("Rozmowa kwalifikacyjna", ""), true},
		{ev("Собеседование в Яндекс", ""), true},
		{ev("一次面接 (株式会社サンプル)", ""), true},
		{ev("Acme <> Alex", "Hi Alex, looking forward to our interview for the Backend Engineer role."), true},
		{withTool, true},
		{ev("Interviewer training", "Learn how to run structured interviews."), false},
		{ev("User interviews – onboarding flow", ""), false},
		{ev("Exit interview", ""), false},
		{ev("Team standup", ""), false},
		{ev("Dentist", ""), false},
		{ev("Mum's birthday", ""), false},
		{ev("Film screening: Dune", ""), false},
		{ev("Health screening", ""), false},
		{ev("Lunch with Sam", ""), false},
		{allDay, false},
		{recurring, false},
	}
	for _, c := range cases {
		got := Classify(c.e)
		if got.IsInterview != c.want {
			t.Errorf("%q: interview=%v (%.2f, %q), want %v", c.e.Title, got.IsInterview, got.Confidence, got.Reasons, c.want)
		}
		if got.Confidence < 0 || got.Confidence > 1 || (got.Confidence > 0 && len(got.Reasons) == 0) {
			t.Errorf("%q: confidence %.2f reasons %q", c.e.Title, got.Confidence, got.Reasons)
		}
	}
	// The reason quotes the title.
	if r := Classify(ev("Technical interview", "")).Reasons; len(r) == 0 || r[0] != `title says "Technical interview"` {
		t.Errorf("reasons %q", r)
	}
}

// No corpus calendar holds a job interview: each event must be classified
// as not one (standups, birthdays, meetups, car rental, test events).
func TestClassifyCorpus(t *testing.T) {
	dir := corpus.Path(t, "ics")
	files, _ := filepath.Glob(filepath.Join(dir, "*.ics"))
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		opts := ics.Options{
			Floating: time.UTC, MaxInstances: 5,
			From: time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC),
		}
		res, err := ics.Parse(strings.NewReader(string(data)), opts)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, e := range res.Events {
			n++
			if got := Classify(e); got.IsInterview {
				t.Errorf("%s: %q taken for an interview (%.2f %q)", filepath.Base(f), e.Title, got.Confidence, got.Reasons)
			}
		}
	}
	if n < 50 {
		t.Errorf("only %d corpus events", n)
	}
}

var apps = []App{
	{ID: 1, Company: "Acme, Inc.", Title: "Backend Engineer", URL: "https://careers.acme.com/jobs/42", Open: true},
	{ID: 2, Company: "Globex GmbH", Title: "Platform Engineer", URL: "https://boards.greenhouse.io/globex/jobs/1",
		ContactEmails: []string{"Hank@globex-recruiting.de"}, Open: true},
	{ID: 3, Company: "Initech", Title: "Go Developer", URL: "https://www.linkedin.com/jobs/view/123", Open: false},
	{ID: 4, Company: "Hooli", Title: "SRE", URL: "hooli.xyz", Open: true},
	{ID: 5, Company: "Box", Title: "Engineer", URL: "https://www.box.com/careers", Open: true},
}

func TestPropose(t *testing.T) {
	byDomain := ev("Call", "")
	byDomain.Organizer = &calendar.Person{Name: "Jane", Email: "jane@mail.acme.com"}
	byDomain.Attendees = []calendar.Person{{Email: "me@gmail.com"}, {Email: "room-4@resource.calendar.google.com"}}
	byContact := ev("Chat", "")
	byContact.Attendees = []calendar.Person{{Email: "hank@globex-recruiting.de"}}
	freeMail := ev("Coffee", "")
	freeMail.Organizer = &calendar.Person{Email: "someone@gmail.com"}
	zoom := ev("Video call", "")
	zoom.MeetingURL = "https://hooli.zoom.us/j/123"
	cases := []struct {
		name   string
		e      calendar.Event
		want   int64 // 0: no proposal
		reason string
	}{
		{"title", ev("Technical interview – ACME", ""), 1, "title mentions Acme, Inc."},
		{"description", ev("Interview", "You will meet the Globex platform team."), 2, "description mentions Globex GmbH"},
		{"domain", byDomain, 1, "organiser @acme.com matches Acme, Inc."},
		{"contact", byContact, 2, "attendee hank@globex-recruiting.de is a contact for Globex GmbH"},
		{"closed", ev("Initech interview", ""), 3, "but the application is closed"},
		{"zoom", zoom, 4, "the call is on Hooli's own hooli.zoom.us"},
		{"word boundary", ev("Inbox zero", "Clear the mailbox"), 0, ""},
		{"free mail", freeMail, 0, ""},
		{"nothing", ev("Dentist", ""), 0, ""},
	}
	for _, c := range cases {
		got := Propose(c.e, apps)
		if c.want == 0 {
			if len(got) != 0 {
				t.Errorf("%s: proposals %+v, want none", c.name, got)
			}
			continue
		}
		if len(got) == 0 || got[0].ApplicationID != c.want {
			t.Errorf("%s: proposals %+v, want application %d first", c.name, got, c.want)
			continue
		}
		found := false
		for _, r := range got[0].Reasons {
			found = found || r == c.reason
		}
		if !found {
			t.Errorf("%s: reasons %q lack %q", c.name, got[0].Reasons, c.reason)
		}
	}
}

func TestAssessDomainMakesInterview(t *testing.T) {
	e := ev("Acme <> Alex", "Let's talk about the Backend Engineer position. Interview agenda attached.")
	e.Organizer = &calendar.Person{Email: "recruiting@acme.com"}
	alone := Classify(e)
	iv, props := Assess(e, apps)
	if !iv.IsInterview || iv.Confidence <= alone.Confidence {
		t.Errorf("assess %.2f %q, classify alone %.2f", iv.Confidence, iv.Reasons, alone.Confidence)
	}
	if len(props) == 0 || props[0].ApplicationID != 1 || props[0].Confidence < 0.9 {
		t.Fatalf("proposals %+v", props)
	}
	want := "organiser @acme.com matches Acme, Inc."
	if !strings.Contains(strings.Join(iv.Reasons, "; "), want) {
		t.Errorf("reasons %q lack %q", iv.Reasons, want)
	}
}

func BenchmarkPropose1000(b *testing.B) {
	many := make([]App, 1000)
	for i := range many {
		many[i] = App{ID: int64(i + 1), Company: fmt.Sprintf("Company %d GmbH", i), Title: "Software Engineer",
			URL: fmt.Sprintf("https://careers.company%d.com/jobs/%d", i, i), ContactEmails: []string{fmt.Sprintf("hr@company%d.com", i)}, Open: i%3 != 0}
	}
	e := ev("Technical interview with Company 500", strings.Repeat("We are excited to meet you for the Software Engineer role. ", 20))
	e.Organizer = &calendar.Person{Email: "recruiter@company500.com"}
	e.Attendees = []calendar.Person{{Email: "me@gmail.com"}, {Email: "lead@company500.com"}}
	b.Run("Propose", func(b *testing.B) {
		for b.Loop() {
			if p := Propose(e, many); len(p) == 0 || p[0].ApplicationID != 501 {
				b.Fatalf("%+v", p)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/event")
	})
	ix := NewIndex(many)
	b.Run("Index", func(b *testing.B) {
		for b.Loop() {
			ix.Propose(e)
			Classify(e)
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/event")
	})
}
