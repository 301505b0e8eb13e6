package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// setupPosting puts a saved job page in the data folder for the scenario
// to drop on the window.
func setupPosting(t *testing.T, dataDir string) {
	page := `<!doctype html><html><head><title>Data Steward | Umbrella Corp</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "JobPosting", "title": "Data Steward",
"hiringOrganization": {"@type": "Organization", "name": "Umbrella Corp"},
"description": "<p>Keep our <b>data catalogue</b> tidy.</p>"}</script></head>
<body><h1>Data Steward</h1><p>Keep our data catalogue tidy.</p></body></html>`
	if err := os.WriteFile(filepath.Join(dataDir, "job-e2e.html"), []byte(page), 0o600); err != nil {
		t.Fatal(err)
	}
}

// checkPosting: the applications read from the pasted page and from the
// dropped one were saved with the postings' fields, in the Wishlist.
func checkPosting(t *testing.T, bin, dataDir string) {
	out := runCLI(t, bin, dataDir, "app", "list", "--json")
	var v any
	if err := json.Unmarshal(out, &v); err != nil {
		t.Fatalf("huntbook app list --json is not JSON: %v\n%s", err, out)
	}
	obj := findObject(v, "Initech")
	if obj == nil {
		t.Fatalf("the database has no application for Initech:\n%s", out)
	}
	for _, want := range []string{"Platform Engineer", "https://jobs.initech.example/platform-engineer", "Wishlist"} {
		if findObject(obj, want) == nil {
			t.Errorf("the Initech application lacks %q: %v", want, obj)
		}
	}
	dropped := findObject(v, "Umbrella Corp")
	if dropped == nil || findObject(dropped, "Data Steward") == nil {
		t.Errorf("the dropped page's application is missing: %v", dropped)
	}
	b, _ := json.Marshal(obj)
	if strings.Contains(string(b), "\\u003c") || strings.Contains(string(b), "<li>") {
		t.Errorf("the saved application carries page markup: %s", b)
	}
}
