package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/model"
)

func writeFile(t *testing.T, name, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

const leverJSON = `{"id":"a1","text":"Machine Learning Engineer","categories":{"location":"Amsterdam, Netherlands","commitment":"Full-time"},
 "workplaceType":"hybrid","descriptionPlain":"Build ML systems end to end.",` +
	`"salaryRange":{"min":65000,"max":85000,"currency":"EUR","interval":"per-year-salary"}}`

const ogPage = `<!DOCTYPE html><html><head><title>Senior Data Analyst - Careers at Bluewater | Bluewater</title>
<meta property="og:title" content="Senior Data Analyst at Bluewater"><meta property="og:site_name" content="Bluewater">
<meta property="og:description" content="Join our data team in Rotterdam, Netherlands. Hybrid working. You will own our dashboards and work with product ` +
	`teams.">
</head><body><h1>Senior Data Analyst</h1><p>Apply <b>now</b>.</p></body></html>`

func TestJobParseJSON(t *testing.T) {
	file := writeFile(t, "lever.json", leverJSON)
	r := must(t, run(t, t.TempDir(), "job", "parse", file, "--json"))
	var out struct {
		Jobs []map[string]any `json:"jobs"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("%v\n%s", err, r.stdout)
	}
	if len(out.Jobs) != 1 {
		t.Fatalf("jobs %v", out.Jobs)
	}
	j := out.Jobs[0]
	keys := []string{"title", "company", "location", "remote", "salary", "datePosted", "validThrough", "employmentType", "description", "url", "applyUrl",
		"language", "source"}
	if len(j) != len(keys) {
		t.Errorf("keys %v, want exactly %v", j, keys)
	}
	for _, k := range keys {
		if _, ok := j[k]; !ok {
			t.Errorf("key %q missing", k)
		}
	}
	if j["title"] != "Machine Learning Engineer" || j["remote"] != "hybrid" || j["employmentType"] != "FULL_TIME" || j["location"] != "Amsterdam, Netherlands" {
		t.Errorf("job %v", j)
	}
	for _, k := range []string{"company", "datePosted", "validThrough", "url", "applyUrl"} {
		if j[k] != nil {
			t.Errorf("%s = %v, want null (the document does not state it)", k, j[k])
		}
	}
	sal, _ := j["salary"].(map[string]any)
	if sal["min"] != 65000.0 || sal["max"] != 85000.0 || sal["currency"] != "EUR" || sal["period"] != "YEAR" {
		t.Errorf("salary %v", j["salary"])
	}
}

func TestJobParseText(t *testing.T) {
	file := writeFile(t, "job.html", ogPage)
	r := must(t, run(t, t.TempDir(), "job", "parse", file, "--url", "https://bluewater.example/jobs/analyst"))
	for _, want := range []string{"Senior Data Analyst\n", "Company:       Bluewater", "Remote:        hybrid",
		"URL:           https://bluewater.example/jobs/analyst", "Join our data team"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
}

func TestJobParseNoJob(t *testing.T) {
	wall := writeFile(t, "wall.html", `<html><head><title>Sign Up | LinkedIn</title></head><body><h1>Join LinkedIn</h1><p>Sign in to `+
		`continue.</p></body></html>`)
	for _, args := range [][]string{{"job", "parse", wall}, {"job", "parse", wall, "--json"}, {"job", "add", wall}} {
		r := run(t, t.TempDir(), args...)
		if r.code != ExitError || r.stdout != "" || strings.Count(r.stderr, "\n") != 1 ||
			!strings.Contains(r.stderr, "no job found: the page is a sign-in wall") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, r.code, r.stdout, r.stderr)
		}
	}
	r := run(t, t.TempDir(), "job", "parse", "https://www.linkedin.com/jobs/view/1/")
	if r.code != ExitError || r.stdout != "" || strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, "browser button") ||
		strings.Contains(r.stderr, "fetching") {
		t.Errorf("URL: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if r := run(t, t.TempDir(), "job", "parse"); r.code != ExitUsage {
		t.Errorf("no file: exit %d", r.code)
	}
}

func TestJobAdd(t *testing.T) {
	dir := t.TempDir()
	file := writeFile(t, "job.html", ogPage)
	id := strings.TrimSpace(must(t, run(t, dir, "job", "add", file, "--url", "https://bluewater.example/jobs/analyst")).stdout)
	if id != "1" {
		t.Fatalf("id %q", id)
	}
	var list model.ListResult
	if err := json.Unmarshal([]byte(must(t, run(t, dir, "app", "list", "--json")).stdout), &list); err != nil {
		t.Fatal(err)
	}
	a := list.Items[0]
	if list.Total != 1 || a.Title != "Senior Data Analyst" || a.Company != "Bluewater" || a.Stage != "Wishlist" ||
		a.URL != "https://bluewater.example/jobs/analyst" || a.Remote != model.RemoteHybrid {
		t.Fatalf("saved %+v", a)
	}
	show := must(t, run(t, dir, "app", "show", "1")).stdout
	if !strings.Contains(show, "Join our data team") || strings.Contains(show, "<") {
		t.Errorf("description not kept as clean text:\n%s", show)
	}

	again := must(t, run(t, dir, "job", "add", file, "--stage", "Applied"))
	if strings.TrimSpace(again.stdout) != "2" || !strings.Contains(again.stderr, "already track Senior Data Analyst at Bluewater (id 1)") {
		t.Errorf("duplicate: %+v", again)
	}
	if err := json.Unmarshal([]byte(must(t, run(t, dir, "app", "list", "--stage", "Applied", "--json")).stdout), &list); err != nil || list.Total != 1 {
		t.Errorf("--stage Applied: %+v %v", list, err)
	}

	lever := writeFile(t, "lever.json", leverJSON)
	if r := run(t, dir, "job", "add", lever); r.code != ExitError || !strings.Contains(r.stderr, "--company") {
		t.Errorf("no company: exit %d %q", r.code, r.stderr)
	}
	must(t, run(t, dir, "job", "add", lever, "--company", "Northwind"))

	board := writeFile(t, "board.json", `{"name":"Zaelab","jobs":[{"title":"Analyst","url":"https://apply.workable.com/j/A1","country":"Spain"},
	  {"title":"Engineer","url":"https://apply.workable.com/j/B2","country":"Portugal"}]}`)
	r := must(t, run(t, dir, "job", "add", board))
	if !strings.Contains(r.stderr, "holds 2 jobs; saving the first") {
		t.Errorf("list response: %q", r.stderr)
	}
}
