package service

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/insights"
	"github.com/huntbook/huntbook/backend/model"
)

// writeTrackerCSV writes a 300-row CSV as another tracker exports it: 40
// rows in the wishlist, 122 applied with no answer, 33 each in Screening,
// Interviewing and Offer, and 39 rejected, applied over the last ten weeks.
func writeTrackerCSV(t *testing.T, now time.Time) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("Company,Job Title,Status,Date Applied\n")
	row := func(i int, status string, applied bool) {
		date := ""
		if applied {
			date = now.AddDate(0, 0, -1-i%70).Format(model.DateLayout)
		}
		fmt.Fprintf(&b, "Company %d,Engineer %d,%s,%s\n", i, i, status, date)
	}
	i := 0
	for _, g := range []struct {
		status string
		n      int
	}{{"Wishlist", 40}, {"Applied", 122}, {"Screening", 33}, {"Interviewing", 33}, {"Offer", 33}, {"Rejected", 39}} {
		for range g.n {
			row(i, g.status, g.status != "Wishlist")
			i++
		}
	}
	p := filepath.Join(t.TempDir(), "tracker.csv")
	if err := os.WriteFile(p, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func flowValue(r insights.Report, from, to string) int {
	for _, l := range r.Flow.Links {
		if r.Flow.Nodes[l.Source] == from && r.Flow.Nodes[l.Target] == to {
			return l.Value
		}
	}
	return 0
}

// TestImportedStagesCountInInsights imports a tracker's CSV into a real
// database and checks that the stages and outcomes of its rows count as
// history: the response rate, the flows and the time in each stage.
func TestImportedStagesCountInInsights(t *testing.T) {
	s, _ := newServices(t)
	rep, err := s.Data.ImportFile(writeTrackerCSV(t, time.Now().UTC()))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Applications != 300 {
		t.Fatalf("imported %d applications, want 300", rep.Applications)
	}
	r, err := s.Insights.Report(0)
	if err != nil {
		t.Fatal(err)
	}
	if r.Total != 300 || r.Applied != 260 || r.Responded != 99+39 {
		t.Fatalf("total %d, applied %d, responded %d; want 300, 260, 138", r.Total, r.Applied, r.Responded)
	}
	for _, f := range []struct {
		from, to string
		want     int
	}{
		{"Wishlist", "Applied", 260}, {"Applied", "Screening", 99}, {"Screening", "Interviewing", 66},
		{"Interviewing", "Offer", 33}, {"Applied", "rejected", 39},
	} {
		if got := flowValue(r, f.from, f.to); got != f.want {
			t.Errorf("flow %s -> %s = %d, want %d (links %+v)", f.from, f.to, got, f.want, r.Flow.Links)
		}
	}
	days := map[string]int{}
	for _, d := range r.StageDays {
		days[d.Stage] = d.Samples
	}
	if days["Applied"] != 99 || days["Screening"] != 66 || days["Interviewing"] != 33 {
		t.Errorf("time in stage samples %v, want Applied 99, Screening 66, Interviewing 33", days)
	}
	if r.MedianDaysToFirstResponse <= 0 {
		t.Errorf("median days to first response %v, want a positive estimate", r.MedianDaysToFirstResponse)
	}

	// The entries are marked estimated; what the user does next is not.
	apps, err := s.Applications.db.Timelines(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var offer int64
	for _, a := range apps {
		if len(a.Events) == 0 {
			t.Fatalf("application %d has no history", a.ID)
		}
		for _, e := range a.Events {
			if !e.Estimated {
				t.Fatalf("imported entry %+v is not marked estimated", e)
			}
		}
		if a.Events[len(a.Events)-1].To == "Offer" {
			offer = a.ID
		}
	}
	if _, err := s.Applications.SetOutcome(offer, string(model.OutcomeAccepted)); err != nil {
		t.Fatal(err)
	}
	d, err := s.Applications.Get(offer)
	if err != nil {
		t.Fatal(err)
	}
	if e := d.Events[len(d.Events)-1]; e.Kind != model.EventOutcome || e.Estimated {
		t.Fatalf("a change after the import %+v must not be estimated", e)
	}
}
