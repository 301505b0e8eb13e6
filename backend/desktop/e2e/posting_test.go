package e2e

import (
	"encoding/json"
	"strings"
	"testing"
)

// checkPosting: the application read from the pasted page was saved with
// the posting's fields, a clean description, and in the Wishlist.
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
	b, _ := json.Marshal(obj)
	if strings.Contains(string(b), "\\u003c") || strings.Contains(string(b), "<li>") {
		t.Errorf("the saved application carries page markup: %s", b)
	}
}
