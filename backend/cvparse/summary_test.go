package cvparse

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// summarise renders a result compactly, for reading by hand.
func summarise(r Result) string {
	var b strings.Builder
	bs := r.Profile.Basics
	fmt.Fprintf(&b, "name=%q label=%q email=%q phone=%q url=%q loc=%q profiles=%d\n", bs.Name, bs.Label, bs.Email, bs.Phone, bs.URL,
		locationString(bs.Location), len(bs.Profiles))
	for _, w := range r.Profile.Work {
		fmt.Fprintf(&b, "  W %q | %q | %s..%s | %q | %dh\n", w.Name, w.Position, w.StartDate, w.EndDate, w.Location, len(w.Highlights))
	}
	for _, w := range r.Profile.Volunteer {
		fmt.Fprintf(&b, "  V %q | %q | %s..%s\n", w.Organization, w.Position, w.StartDate, w.EndDate)
	}
	for _, e := range r.Profile.Education {
		fmt.Fprintf(&b, "  E %q | %q | %q | %s..%s | %q\n", e.Institution, e.StudyType, e.Area, e.StartDate, e.EndDate, e.Score)
	}
	for _, s := range r.Profile.Skills {
		fmt.Fprintf(&b, "  S %q %q %q\n", s.Name, s.Level, s.Keywords)
	}
	for _, p := range r.Profile.Projects {
		fmt.Fprintf(&b, "  P %q %s..%s\n", p.Name, p.StartDate, p.EndDate)
	}
	for _, c := range r.Profile.Certificates {
		fmt.Fprintf(&b, "  C %q %q %s\n", c.Name, c.Issuer, c.Date)
	}
	for _, a := range r.Profile.Awards {
		fmt.Fprintf(&b, "  A %q %s\n", a.Title, a.Date)
	}
	for _, l := range r.Profile.Languages {
		fmt.Fprintf(&b, "  L %q %q\n", l.Language, l.Fluency)
	}
	fmt.Fprintf(&b, "  warnings: %q\n", r.Warnings)
	return b.String()
}

// TestSummaries prints a compact parse of every text file in the folder
// named by CVPARSE_DIR (skipped otherwise).
func TestSummaries(t *testing.T) {
	dir := os.Getenv("CVPARSE_DIR")
	if dir == "" {
		t.Skip("set CVPARSE_DIR to a folder of .txt CVs")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	for _, f := range files {
		b, _ := os.ReadFile(f)
		t.Logf("== %s\n%s", filepath.Base(f), summarise(Parse(FromText(string(b)))))
	}
}
