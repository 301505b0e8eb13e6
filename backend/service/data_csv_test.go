package service

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// writeSwitcherCSV writes 300 rows as a tracker that has its own statuses
// exports them: 40 "Bookmarked", 122 "Applied", 33 each "Phone screen",
// "Interviewing" and "Offer Received", 39 "Rejected", a recruiter on every
// tenth row, dates day first; and two bad rows.
func writeSwitcherCSV(t *testing.T, now time.Time) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("Company Name,Role Title,Status,Date Applied,Recruiter,Recruiter Email\n")
	i := 0
	for _, g := range []struct {
		status string
		n      int
	}{{"Bookmarked", 40}, {"Applied", 122}, {"Phone screen", 33}, {"Interviewing", 33}, {"Offer Received", 33}, {"Rejected", 39}} {
		for range g.n {
			date := ""
			if g.status != "Bookmarked" {
				date = now.AddDate(0, 0, -1-i%70).Format("02/01/2006")
			}
			recruiter, mail := "", ""
			if i%10 == 0 {
				recruiter, mail = fmt.Sprintf("Rita %d", i), fmt.Sprintf("rita%d@example.com", i)
			}
			fmt.Fprintf(&b, "Company %d,Engineer %d,%s,%s,%s,%s\n", i, i, g.status, date, recruiter, mail)
			i++
		}
	}
	b.WriteString(",No company,Applied,,,\nBroken Date Inc,Dev,Applied,31/31/2026,,\n")
	p := filepath.Join(t.TempDir(), "switcher.csv")
	if err := os.WriteFile(p, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestPreviewThenImportCountsInInsights goes through the preview path on a
// real database: statuses mapped to the nearest stage (no stage created),
// good rows imported with estimated history that Insights counts, bad rows
// left out and saved back, the mapping remembered for the next file.
func TestPreviewThenImportCountsInInsights(t *testing.T) {
	s, fake := newServices(t)
	path := writeSwitcherCSV(t, time.Now().UTC())
	p, err := s.Data.PreviewImport(path, model.CSVMapping{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Kind != "csv" || p.Total != 302 || p.Good != 300 || p.Bad != 2 || p.Contacts != 30 || p.Remembered {
		t.Fatalf("preview kind %q total %d good %d bad %d contacts %d remembered %v", p.Kind, p.Total, p.Good, p.Bad, p.Contacts, p.Remembered)
	}
	targets := map[string]string{}
	for _, st := range p.Statuses {
		targets[st.Status] = st.Target
	}
	if targets["Phone screen"] != "stage:Screening" || targets["Offer Received"] != "stage:Offer" || targets["Rejected"] != "outcome:rejected" ||
		targets["Bookmarked"] != "stage:Wishlist" {
		t.Fatalf("targets %v", targets)
	}
	if info, _ := s.Data.Info(); info.Applications != 0 {
		t.Fatalf("the preview wrote %d applications", info.Applications)
	}

	// The user sends the skipped rows back to a file.
	fake.SavePath = filepath.Join(t.TempDir(), "skipped.csv")
	saved, err := s.Data.SaveSkippedRows(path, p.Mapping)
	if err != nil || saved != fake.SavePath {
		t.Fatalf("save skipped: %q %v", saved, err)
	}
	b, err := os.ReadFile(saved)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(string(b), "\n"); got != 3 || !strings.Contains(string(b), "company is empty") || !strings.Contains(string(b), "31/31/2026") {
		t.Fatalf("skipped file (%d lines):\n%s", got, b)
	}

	res, err := s.Data.ImportCSV(path, p.Mapping)
	if err != nil {
		t.Fatal(err)
	}
	if res.Applications != 300 || res.Skipped != 2 || res.Stages != 0 || res.Contacts != 30 {
		t.Fatalf("result %+v", res)
	}
	stages, _ := s.Pipeline.Stages()
	if len(stages) != len(model.DefaultStages) {
		t.Fatalf("the import created stages: %+v", stages)
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
	}{{"Wishlist", "Applied", 260}, {"Applied", "Screening", 99}, {"Interviewing", "Offer", 33}, {"Applied", "rejected", 39}} {
		if got := flowValue(r, f.from, f.to); got != f.want {
			t.Errorf("flow %s -> %s = %d, want %d", f.from, f.to, got, f.want)
		}
	}
	contacts, err := s.Contacts.List("")
	if err != nil || len(contacts) != 30 || len(contacts[0].ApplicationIDs) != 1 {
		t.Fatalf("contacts %d %v", len(contacts), err)
	}

	// The next file with these headers gets the mapping the user chose.
	custom := p.Mapping
	custom.Statuses = append(custom.Statuses[:0:0], custom.Statuses...)
	for i := range custom.Statuses {
		if custom.Statuses[i].Status == "Phone screen" {
			custom.Statuses[i].Target = "new:Phone screen"
		}
	}
	other := filepath.Join(t.TempDir(), "next.csv")
	next := "company name,ROLE TITLE,status,date applied,recruiter,recruiter email\nNext,Dev,Phone screen,,,\n"
	if err := os.WriteFile(other, []byte(next), 0o600); err != nil {
		t.Fatal(err)
	}
	s.Data.grants.chosen(other)
	if _, err := s.Data.ImportCSV(path, custom); err != nil {
		t.Fatal(err)
	}
	again, err := s.Data.PreviewImport(other, model.CSVMapping{})
	if err != nil {
		t.Fatal(err)
	}
	if !again.Remembered || again.Statuses[0].Target != "new:Phone screen" || again.Rows[0].Stage != "Phone screen" {
		t.Fatalf("remembered %v statuses %+v rows %+v", again.Remembered, again.Statuses, again.Rows)
	}
}

func TestImportCSVRefusesWhatCannotBeImported(t *testing.T) {
	s, _ := newServices(t)
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	noCompany := write("a.csv", "Firma,Title\nAcme,Dev\n")
	if _, err := s.Data.ImportCSV(noCompany, model.CSVMapping{}); model.ErrorCode(err) != model.CodeInvalid || !strings.Contains(err.Error(), "Company") {
		t.Fatalf("no company column: %v", err)
	}
	// Mapped by hand, the same file imports.
	if res, err := s.Data.ImportCSV(noCompany, model.CSVMapping{Columns: []string{"company", "title"}}); err != nil || res.Applications != 1 {
		t.Fatalf("mapped: %+v %v", res, err)
	}
	allBad := write("b.csv", "Company,Title\n,Dev\n")
	if _, err := s.Data.ImportCSV(allBad, model.CSVMapping{}); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("all bad: %v", err)
	}
	if _, err := s.Data.SaveSkippedRows(noCompany, model.CSVMapping{Columns: []string{"company", "title"}}); err == nil {
		t.Fatal("saving the skipped rows of a file with none: no error")
	}
	if info, _ := s.Data.Info(); info.Applications != 1 {
		t.Fatalf("%d applications, want 1", info.Applications)
	}
}

// TestPreviewOfAnExportHasNoNullLists: a Huntbook export has no preview, and
// the page reads its lists as Go sends them, so they must be empty, not null.
func TestPreviewOfAnExportHasNoNullLists(t *testing.T) {
	s, _ := newServices(t)
	zip := filepath.Join(t.TempDir(), "export.zip")
	if _, err := s.Data.ExportTo(zip); err != nil {
		t.Fatal(err)
	}
	p, err := s.Data.PreviewImport(zip, model.CSVMapping{})
	if err != nil || p.Kind != "zip" {
		t.Fatalf("preview: %+v %v", p, err)
	}
	raw, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	if nulls := nullLists("PreviewImport", reflect.TypeOf(p), doc); len(nulls) > 0 {
		t.Fatalf("null lists: %v", nulls)
	}
}
