package e2e

import (
	"testing"
	"time"
)

// layoutLong is a company name too long for its column at 1024x700.
const layoutLong = "Internationale Verwaltungsgesellschaft für Erneuerbare Energien und Infrastruktur"

// setupLayout adds applications through the CLI: a long company name, a
// location, dates applied, and one with an overdue follow-up date.
func setupLayout(t *testing.T, dataDir string) {
	bin := binary(t)
	day := func(d int) string { return time.Now().AddDate(0, 0, d).Format("2006-01-02") }
	runCLI(t, bin, dataDir, "app", "add", "--company", layoutLong, "--title", "Senior Platform Reliability Engineer (Kubernetes, Go)",
		"--stage", "Interviewing", "--location", "Frankfurt am Main", "--remote", "hybrid", "--applied", day(-19))
	runCLI(t, bin, dataDir, "app", "add", "--company", "Globex", "--title", "Site Reliability Engineer", "--stage", "Applied",
		"--location", "Lisbon", "--applied", day(-12), "--follow-up", day(-2))
	runCLI(t, bin, dataDir, "app", "add", "--company", "Initech", "--title", "Staff Software Engineer", "--stage", "Offer",
		"--location", "Remote (EU)", "--remote", "remote", "--applied", day(-40))
	runCLI(t, bin, dataDir, "app", "add", "--company", "Hooli", "--title", "Backend Engineer", "--stage", "Wishlist")
}

// checkLayout: the dialog closed without saving what was typed in it.
func checkLayout(t *testing.T, bin, dataDir string) {
	if v := info(t, bin, dataDir); v["applications"] != float64(4) {
		t.Errorf("info = %v, want the 4 seeded applications and nothing from the discarded dialog", v)
	}
}
