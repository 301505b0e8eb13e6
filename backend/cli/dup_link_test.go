package cli

import (
	"strings"
	"testing"
)

// job add and app add warn when the link is one already saved, even under
// another company name and title, and still save.
func TestAddWarnsOnTheSameLink(t *testing.T) {
	dir := t.TempDir()
	must(t, run(t, dir, "app", "add", "--company", "Bluewater Analytics", "--title", "Data Analyst (m/w/d)",
		"--url", "https://www.bluewater.example/jobs/analyst/?utm_source=newsletter"))
	file := writeFile(t, "job.html", ogPage)
	r := must(t, run(t, dir, "job", "add", file, "--url", "http://bluewater.example/jobs/analyst?gclid=abc#apply"))
	if strings.TrimSpace(r.stdout) != "2" || !strings.Contains(r.stderr, "already track Data Analyst (m/w/d) at Bluewater Analytics (id 1): same link") {
		t.Errorf("job add: %+v", r)
	}
	r = must(t, run(t, dir, "app", "add", "--company", "Other", "--title", "Other", "--url", "https://bluewater.example/jobs/analyst#top"))
	if strings.TrimSpace(r.stdout) != "3" || !strings.Contains(r.stderr, "(id 1): same link") || !strings.Contains(r.stderr, "(id 2): same link") {
		t.Errorf("app add: %+v", r)
	}
	r = must(t, run(t, dir, "app", "add", "--company", "Other", "--title", "Other"))
	if !strings.Contains(r.stderr, "(id 3): same company and title") || strings.Contains(r.stderr, "same link") {
		t.Errorf("app add by title: %+v", r)
	}
}
