package cli

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/model"
)

// `job parse URL` and `job add URL` fetch the page (behind a redirect here)
// as the window's "Add from a link" does: each host asked is named on
// stderr, each request is in the request ledger, and the saved job keeps
// the link.
func TestJobFromLink(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/j/analyst", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/careers/analyst", http.StatusFound)
	})
	mux.HandleFunc("/careers/analyst", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, ogPage)
	})
	mux.HandleFunc("/search", func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprint(w, "<html><body></body></html>")
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	host := strings.TrimPrefix(srv.URL, "http://")
	link := srv.URL + "/j/analyst"
	dir := t.TempDir()

	r := must(t, run(t, dir, "job", "parse", link, "--json"))
	if r.stderr != strings.Repeat("fetching "+host+"…\n", 2) {
		t.Errorf("stderr %q, want the two requests named", r.stderr)
	}
	var out struct {
		Jobs []map[string]any `json:"jobs"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("%v\n%s", err, r.stdout)
	}
	if len(out.Jobs) != 1 || out.Jobs[0]["title"] != "Senior Data Analyst" || out.Jobs[0]["company"] != "Bluewater" || out.Jobs[0]["url"] != link {
		t.Errorf("jobs %v", out.Jobs)
	}

	id := strings.TrimSpace(must(t, run(t, dir, "job", "add", link)).stdout)
	var list model.ListResult
	if err := json.Unmarshal([]byte(must(t, run(t, dir, "app", "list", "--json")).stdout), &list); err != nil {
		t.Fatal(err)
	}
	if id != "1" || list.Total != 1 || list.Items[0].URL != link || list.Items[0].Title != "Senior Data Analyst" {
		t.Errorf("saved %q: %+v", id, list.Items)
	}

	var rows []model.LedgerEntry
	if err := json.Unmarshal([]byte(must(t, run(t, dir, "ai", "ledger", "--json")).stdout), &rows); err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 {
		t.Fatalf("ledger %+v, want 2 fetches of 2 requests", rows)
	}
	for _, e := range rows {
		if e.Host != host || e.Task != "fetch-job" || (e.Status != "200 OK" && e.Status != "302 Found") {
			t.Errorf("ledger row %+v", e)
		}
	}

	r = run(t, dir, "job", "parse", srv.URL+"/search")
	if r.code != ExitError || r.stdout != "" || !strings.Contains(r.stderr, "no job found") {
		t.Errorf("no job: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	r = run(t, dir, "job", "add", srv.URL+"/missing")
	if r.code != ExitError || r.stdout != "" || !strings.Contains(r.stderr, "404") {
		t.Errorf("404: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}
