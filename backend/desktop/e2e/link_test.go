package e2e

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"
)

// The "add from a link" scenario runs with the others (TestScenarios).
func init() {
	scenarios = append(scenarios, scenario{file: "link.js", check: checkLink, prelude: linkPrelude})
}

// jobSite is a local job board for scenarios/link.js: two postings with
// JSON-LD, each answered after a short pause so the page can show that it
// is fetching. It records every request.
type jobSite struct {
	srv  *httptest.Server
	mu   sync.Mutex
	hits []string
}

var jobs *jobSite

// jobPages are the site's postings by path. Neither names its own URL, so
// the job keeps the link it was read from.
var jobPages = map[string]string{
	"/jobs/sre": `<!doctype html><html><head><title>Site Reliability Engineer - Initrode</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Site Reliability Engineer",
"hiringOrganization":{"@type":"Organization","name":"Initrode"},
"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Lisbon","addressCountry":"PT"}},
"description":"<p>Keep our services up.</p><ul><li>On call one week in six</li></ul>"}</script>
</head><body><h1>Site Reliability Engineer</h1></body></html>`,
	"/jobs/analyst": `<!doctype html><html><head><title>Data Analyst - Vandelay Industries</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Data Analyst",
"hiringOrganization":{"@type":"Organization","name":"Vandelay Industries"},
"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"New York","addressCountry":"US"}},
"description":"<p>Import and export the numbers.</p>"}</script>
</head><body><h1>Data Analyst</h1></body></html>`,
}

// linkPrelude starts the job site and gives the scenario its address.
func linkPrelude(t *testing.T) string {
	s := &jobSite{}
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits = append(s.hits, r.Method+" "+r.URL.Path)
		s.mu.Unlock()
		page, ok := jobPages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		time.Sleep(700 * time.Millisecond) // long enough for "Fetching …" to be seen
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	}))
	t.Cleanup(s.srv.Close)
	jobs = s
	u, _ := url.Parse(s.srv.URL)
	return fmt.Sprintf("var JOBS = %q;\nvar HOST = %q;\n", s.srv.URL, u.Host)
}

// checkLink: both jobs read from links are saved with their fields, the
// link as their URL and the stage they were reviewed in; the site got one
// request per link and none for LinkedIn's.
func checkLink(t *testing.T, bin, dataDir string) {
	out := runCLI(t, bin, dataDir, "app", "list", "--json")
	var v any
	if err := json.Unmarshal(out, &v); err != nil {
		t.Fatalf("huntbook app list --json is not JSON: %v\n%s", err, out)
	}
	for company, want := range map[string][]string{
		"Initrode":            {"Site Reliability Engineer", jobs.srv.URL + "/jobs/sre", "Wishlist"},
		"Vandelay Industries": {"Data Analyst", jobs.srv.URL + "/jobs/analyst", "Applied"},
	} {
		obj := findObject(v, company)
		if obj == nil {
			t.Errorf("the database has no application for %s:\n%s", company, out)
			continue
		}
		for _, w := range want {
			if findObject(obj, w) == nil {
				t.Errorf("the %s application lacks %q: %v", company, w, obj)
			}
		}
	}
	jobs.mu.Lock()
	defer jobs.mu.Unlock()
	if got := strings.Join(jobs.hits, ", "); got != "GET /jobs/sre, GET /jobs/analyst" {
		t.Errorf("the job site got %q, want one GET per link", got)
	}
}
