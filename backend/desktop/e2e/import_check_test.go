package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// setupImport writes the 300-row CSV import.js drops on the window, as a
// tracker with its own statuses exports it (see writeSwitcherCSV in
// backend/service): 40 Bookmarked, 122 Applied, 33 each Phone screen,
// Interviewing and Offer Received, 39 Rejected, dates day first over the
// last ten weeks, a recruiter on every tenth row, and two bad rows.
func setupImport(t *testing.T, dataDir string) {
	t.Helper()
	now := time.Now().UTC()
	var b strings.Builder
	b.WriteString("\ufeffCompany Name;Role Title;Status;Date Applied;Recruiter;Recruiter Email\r\n")
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
			fmt.Fprintf(&b, "Company %d;Engineer %d;%s;%s;%s;%s\r\n", i, i, g.status, date, recruiter, mail)
			i++
		}
	}
	b.WriteString(";No company;Applied;;;\r\nBroken Date Inc;Dev;Applied;31/31/2026;;\r\n")
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dataDir, "e2e-tracker.csv"), []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
}

// checkImport: the 300 good rows and their 30 contacts are in the database,
// and no stage was added for the tracker's statuses.
func checkImport(t *testing.T, bin, dataDir string) {
	v := info(t, bin, dataDir)
	if v["applications"] != float64(300) || v["contacts"] != float64(30) {
		t.Errorf("info = %v, want 300 applications and 30 contacts", v)
	}
}
