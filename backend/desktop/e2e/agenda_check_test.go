package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// agendaICS is the calendar file scenarios/agenda.js imports, written into
// the data folder before the app starts.
const agendaICS = "agenda-e2e.ics"

const agendaTitle = "Technical interview with Acme"

// writeAgendaICS writes a small calendar: the technical interview with Acme
// a week ahead (with a Google Meet link) and a lunch that is no interview.
func writeAgendaICS(t *testing.T, dataDir string) {
	start := time.Now().UTC().Add(7 * 24 * time.Hour).Truncate(time.Hour)
	at := func(t time.Time) string { return t.Format("20060102T150405Z") }
	ics := strings.Join([]string{
		"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Huntbook e2e//EN",
		"BEGIN:VEVENT", "UID:tech-acme@e2e", "DTSTAMP:" + at(time.Now().UTC()),
		"DTSTART:" + at(start), "DTEND:" + at(start.Add(time.Hour)),
		"SUMMARY:" + agendaTitle,
		`DESCRIPTION:Join with Google Meet: https://meet.google.com/abc-defg-hij\nBring questions.`,
		"END:VEVENT",
		"BEGIN:VEVENT", "UID:lunch@e2e", "DTSTAMP:" + at(time.Now().UTC()),
		"DTSTART:" + at(start.Add(-3*time.Hour)), "DTEND:" + at(start.Add(-2*time.Hour)),
		"SUMMARY:Lunch with Sam", "END:VEVENT",
		"END:VCALENDAR", "",
	}, "\r\n")
	if err := os.WriteFile(filepath.Join(dataDir, agendaICS), []byte(ics), 0o600); err != nil {
		t.Fatalf("write %s: %v", agendaICS, err)
	}
}

// agendaInterview is the part of `huntbook interviews --json` checked here.
type agendaInterview struct {
	Key         string             `json:"key"`
	Title       string             `json:"title"`
	MeetingURL  string             `json:"meetingUrl"`
	Confirmed   bool               `json:"confirmed"`
	Company     string             `json:"company"`
	Application *model.Application `json:"application"`
}

// checkAgenda reads back what scenarios/agenda.js confirmed: the interview
// is in the agenda, confirmed for Acme with its Meet link, and the
// application moved to Interviewing with the interview attached.
func checkAgenda(t *testing.T, bin, dataDir string) {
	out := runCLI(t, bin, dataDir, "interviews", "--json")
	var ivs []agendaInterview
	if err := json.Unmarshal(out, &ivs); err != nil {
		t.Fatalf("huntbook interviews --json is not a list of interviews: %v\n%s", err, out)
	}
	var iv *agendaInterview
	for i := range ivs {
		if ivs[i].Title == agendaTitle {
			iv = &ivs[i]
		}
		if ivs[i].Title == "Lunch with Sam" {
			t.Errorf("the lunch is listed as an interview: %+v", ivs[i])
		}
	}
	if iv == nil {
		t.Fatalf("the agenda lacks %q:\n%s", agendaTitle, out)
	}
	if !iv.Confirmed || iv.Company != "Acme" || iv.Application == nil || !strings.Contains(iv.MeetingURL, "meet.google.com/abc-defg-hij") {
		t.Fatalf("interview %+v, want confirmed for Acme with the Meet link", iv)
	}
	out = runCLI(t, bin, dataDir, "app", "show", fmt.Sprint(iv.Application.ID), "--json")
	var d model.ApplicationDetail
	if err := json.Unmarshal(out, &d); err != nil {
		t.Fatalf("huntbook app show --json is not an application detail: %v\n%s", err, out)
	}
	if d.Application.Company != "Acme" || d.Application.Stage != "Interviewing" {
		t.Errorf("application %q in stage %q, want Acme in Interviewing", d.Application.Company, d.Application.Stage)
	}
	found := false
	for _, x := range d.Interviews {
		found = found || (x.Title == agendaTitle && x.Key == iv.Key)
	}
	if !found {
		t.Errorf("the application's interviews %+v lack %q (%s)", d.Interviews, agendaTitle, iv.Key)
	}
}
