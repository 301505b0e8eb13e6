package service

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/corpus"
	"github.com/huntbook/huntbook/backend/jobfetch"
	"github.com/huntbook/huntbook/backend/model"
)

const linkedPage = `<!doctype html><html><head><title>Careers</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting",
"title":"Backend Engineer","hiringOrganization":{"@type":"Organization","name":"Acme"},
"jobLocation":{"@type":"Place","address":{"addressLocality":"Utrecht","addressCountry":"NL"}},
"description":"<p>Build the <b>API</b>.</p>","validThrough":"2027-01-31"}</script>
</head><body><h1>Backend Engineer</h1></body></html>`

func fetchLedger(t *testing.T, s *Services) []model.LedgerEntry {
	t.Helper()
	rows, err := s.Applications.db.Ledger(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func urlError(t *testing.T, err error) *model.Error {
	t.Helper()
	var me *model.Error
	if !errors.As(err, &me) || me.Field != "url" {
		t.Fatalf("error %v is not a *model.Error on field url", err)
	}
	return me
}

// A pasted link to a page (here behind a redirect) comes back as the
// reader's drafts, and each request sent is in the request ledger.
func TestReadLinkPage(t *testing.T) {
	s, _ := newServices(t)
	mux := http.NewServeMux()
	mux.HandleFunc("/j/1", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/jobs/backend", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/jobs/backend", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, linkedPage)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	drafts, err := s.Applications.ReadLink(srv.URL + "/j/1")
	if err != nil {
		t.Fatal(err)
	}
	if len(drafts) != 1 {
		t.Fatalf("got %d drafts", len(drafts))
	}
	d := drafts[0]
	if d.Title != "Backend Engineer" || d.Company != "Acme" || !strings.Contains(d.Location, "Utrecht") ||
		d.Deadline != "2027-01-31" || d.URL != srv.URL+"/j/1" || d.From != "JSON-LD" || strings.Contains(d.Description, "<") {
		t.Errorf("draft = %+v", d)
	}
	rows := fetchLedger(t, s)
	if len(rows) != 2 {
		t.Fatalf("ledger has %d rows, want the redirect and the page: %+v", len(rows), rows)
	}
	host := strings.TrimPrefix(srv.URL, "http://")
	statuses := map[string]int64{}
	for _, r := range rows {
		if r.Host != host || r.Task != "fetch-job" || r.Provider != "" || r.Error != "" || r.Method != "GET" || !strings.HasPrefix(r.URL, srv.URL+"/") {
			t.Errorf("ledger row = %+v", r)
		}
		statuses[r.Status] = r.BytesReceived
	}
	if n, ok := statuses["200 OK"]; !ok || n != int64(len(linkedPage)) {
		t.Errorf("ledger statuses = %v, want 200 OK with %d bytes", statuses, len(linkedPage))
	}
	if _, ok := statuses["301 Moved Permanently"]; !ok {
		t.Errorf("ledger statuses = %v, want the redirect", statuses)
	}
}

// A Lever posting link is read through Lever's API (a fake serving the
// corpus's real answer) and keeps the link as the draft's address.
func TestReadLinkATS(t *testing.T) {
	s, _ := newServices(t)
	lever, err := os.ReadFile(filepath.Join(corpus.Path(t, "jobs"), "jamiedongjae_lever_posting_eur.json"))
	if err != nil {
		t.Fatal(err)
	}
	var asked string
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		asked = r.URL.Path
		w.Header().Set("Content-Type", "application/json")
		if _, err := w.Write(lever); err != nil {
			t.Fatal(err)
		}
	}))
	defer api.Close()
	old := linkFetch
	linkFetch = jobfetch.Options{LeverAPI: api.URL}
	defer func() { linkFetch = old }()

	link := "https://jobs.lever.co/acme/a1b2c3d4-e5f6-7890-abcd-ef1234567890"
	drafts, err := s.Applications.ReadLink(link)
	if err != nil {
		t.Fatal(err)
	}
	if asked != "/v0/postings/acme/a1b2c3d4-e5f6-7890-abcd-ef1234567890" {
		t.Errorf("API asked for %q", asked)
	}
	d := drafts[0]
	if d.Title != "Machine Learning Engineer" || d.Remote != model.RemoteHybrid || d.Salary.Currency != "EUR" || d.URL != link {
		t.Errorf("draft = %+v", d)
	}
	rows := fetchLedger(t, s)
	if len(rows) != 1 || rows[0].Host != strings.TrimPrefix(api.URL, "http://") || rows[0].Status != "200 OK" {
		t.Errorf("ledger = %+v", rows)
	}
}

// What cannot be read gives a clear error on "url": a bad address, a
// sign-in-wall host (never fetched), a failed request and a page with no
// job (both still in the ledger).
func TestReadLinkRefusals(t *testing.T) {
	s, _ := newServices(t)
	wall, err := os.ReadFile(filepath.Join(corpus.Path(t, "jobs"), "jamiedongjae_linkedin_authwall.html"))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/gone" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		if _, err := w.Write(wall); err != nil {
			t.Fatal(err)
		}
	}))
	defer srv.Close()

	for _, raw := range []string{"", "not a link", "file:///etc/passwd"} {
		_, err := s.Applications.ReadLink(raw)
		if me := urlError(t, err); me.Code != model.CodeInvalid {
			t.Errorf("%q: %v", raw, err)
		}
	}
	_, err = s.Applications.ReadLink("https://www.linkedin.com/jobs/view/4012345678/")
	if me := urlError(t, err); me.Code != model.CodeUnsupported || !strings.Contains(me.Message, "browser button") || !errors.Is(err, jobfetch.ErrSignInWall) {
		t.Errorf("linkedin: %v", err)
	}
	if rows := fetchLedger(t, s); len(rows) != 0 {
		t.Errorf("refused links reached the ledger: %+v", rows)
	}

	_, err = s.Applications.ReadLink(srv.URL + "/gone")
	if me := urlError(t, err); me.Code != model.CodeNotFound || !strings.Contains(me.Message, "404") {
		t.Errorf("404: %v", err)
	}
	_, err = s.Applications.ReadLink(srv.URL + "/wall")
	if me := urlError(t, err); me.Code != model.CodeNotFound || !strings.HasPrefix(me.Message, "No job") {
		t.Errorf("sign-in page: %v", err)
	}
	rows := fetchLedger(t, s)
	if len(rows) != 2 {
		t.Fatalf("ledger = %+v, want the two requests sent", rows)
	}
	var failed int
	for _, r := range rows {
		if r.Status == "404 Not Found" && r.Method == "GET" && strings.HasSuffix(r.URL, "/gone") {
			failed++
		}
	}
	if failed != 1 {
		t.Errorf("ledger = %+v, want the 404 with its method and address", rows)
	}
}
