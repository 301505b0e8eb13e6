package jobfetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/corpus"
	"github.com/huntbook/huntbook/backend/model"
)

// recorder collects what Fetch reports through Options.Record.
type recorder struct {
	mu   sync.Mutex
	rows []string
}

func (r *recorder) record(host string, n int64, status string, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	e := ""
	if err != nil {
		e = " err"
	}
	r.rows = append(r.rows, fmt.Sprintf("%s %d %s%s", host, n, status, e))
}

func code(t *testing.T, err error) model.Code {
	t.Helper()
	var me *model.Error
	if !errors.As(err, &me) {
		t.Fatalf("error %v (%T) is not a *model.Error", err, err)
	}
	if me.Field != "url" {
		t.Errorf("error field = %q, want url", me.Field)
	}
	return me.Code
}

func TestFetchPage(t *testing.T) {
	const page = `<html><head><title>Engineer</title></head><body>Build things.</body></html>`
	var ua, cookie string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ua, cookie = r.UserAgent(), r.Header.Get("Cookie")
		http.SetCookie(w, &http.Cookie{Name: "session", Value: "x"}) //nolint:gosec // G124: a plain cookie over http is the case tested
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	}))
	defer srv.Close()
	rec := &recorder{}
	for i := 0; i < 2; i++ { // a second fetch must not send the cookie the first got
		res, err := Fetch(context.Background(), srv.URL+"/jobs/1#apply", Options{Record: rec.record})
		if err != nil {
			t.Fatal(err)
		}
		if string(res.Body) != page || res.Name != "posting.html" || res.URL != srv.URL+"/jobs/1" || res.FetchedURL != srv.URL+"/jobs/1" {
			t.Fatalf("result = %+v", res)
		}
	}
	if !strings.Contains(ua, "Huntbook") {
		t.Errorf("User-Agent = %q, want one naming Huntbook", ua)
	}
	if cookie != "" {
		t.Errorf("second fetch sent Cookie %q", cookie)
	}
	host := strings.TrimPrefix(srv.URL, "http://")
	want := fmt.Sprintf("%s %d 200 OK", host, len(page))
	if len(rec.rows) != 2 || rec.rows[0] != want {
		t.Errorf("recorded %q, want twice %q", rec.rows, want)
	}
}

func TestFetchRedirects(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/hop/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		if _, err := fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/hop/"), "%d", &n); err != nil {
			t.Error(err)
		}
		if n == 0 {
			fmt.Fprint(w, "<html><body><h1>Job</h1></body></html>")
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	rec := &recorder{}
	started := 0
	res, err := Fetch(context.Background(), srv.URL+"/hop/5", Options{Record: rec.record, Start: func(string) { started++ }})
	if err != nil {
		t.Fatalf("5 redirects: %v", err)
	}
	if res.FetchedURL != srv.URL+"/hop/0" || res.URL != srv.URL+"/hop/5" {
		t.Errorf("result addresses = %q, %q", res.URL, res.FetchedURL)
	}
	if len(rec.rows) != 6 || !strings.HasSuffix(rec.rows[0], " 0 302 Found") || !strings.HasSuffix(rec.rows[5], " 200 OK") {
		t.Errorf("recorded %q, want 5 redirect hops and the page", rec.rows)
	}
	if started != 6 {
		t.Errorf("Start called %d times for 6 requests", started)
	}

	rec = &recorder{}
	_, err = Fetch(context.Background(), srv.URL+"/hop/6", Options{Record: rec.record})
	if err == nil || code(t, err) != model.CodeUnavailable || !strings.Contains(err.Error(), "redirects more than 5") {
		t.Fatalf("6 redirects: err = %v", err)
	}
	if len(rec.rows) != 6 {
		t.Errorf("recorded %q, want the 6 requests sent", rec.rows)
	}
}

func TestFetchRedirectToOtherScheme(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	}))
	defer srv.Close()
	_, err := Fetch(context.Background(), srv.URL, Options{})
	if err == nil || code(t, err) != model.CodeInvalid {
		t.Fatalf("err = %v, want the file: redirect refused", err)
	}
}

func TestFetchTimeout(t *testing.T) {
	stop := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) {
		select {
		case <-stop:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(stop)
	rec := &recorder{}
	_, err := Fetch(context.Background(), srv.URL, Options{Timeout: 50 * time.Millisecond, Record: rec.record})
	if err == nil || code(t, err) != model.CodeUnavailable || !strings.Contains(err.Error(), "did not answer within 50ms") {
		t.Fatalf("err = %v", err)
	}
	if len(rec.rows) != 1 || !strings.HasSuffix(rec.rows[0], " 0  err") {
		t.Errorf("recorded %q, want one failed request", rec.rows)
	}
}

func TestFetchTooLarge(t *testing.T) {
	const maxBytes = 1 << 20
	var sent int64
	var mu sync.Mutex
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/declared" {
			w.Header().Set("Content-Length", fmt.Sprint(50*maxBytes))
		}
		chunk := []byte(strings.Repeat("<p>job</p>", 1000))
		for i := 0; i < 50*maxBytes/len(chunk); i++ {
			n, err := w.Write(chunk)
			mu.Lock()
			sent += int64(n)
			mu.Unlock()
			if err != nil {
				return
			}
		}
	}))
	defer srv.Close()
	for _, path := range []string{"/declared", "/chunked"} {
		rec := &recorder{}
		_, err := Fetch(context.Background(), srv.URL+path, Options{MaxBytes: maxBytes, Record: rec.record})
		if err == nil || code(t, err) != model.CodeTooLarge || !strings.Contains(err.Error(), "larger than the 1 MB") {
			t.Fatalf("%s: err = %v", path, err)
		}
		if len(rec.rows) != 1 {
			t.Fatalf("%s: recorded %q", path, rec.rows)
		}
		var n int64
		if _, err := fmt.Sscanf(strings.Fields(rec.rows[0])[1], "%d", &n); err != nil {
			t.Fatal(err)
		}
		if n > maxBytes+1 {
			t.Errorf("%s: read %d bytes, more than the cap", path, n)
		}
	}
}

func TestFetchNotAPage(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/cv.pdf":
			w.Header().Set("Content-Type", "application/pdf")
			fmt.Fprint(w, "%PDF-1.7")
		case "/job.json":
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprint(w, `{"title":"Engineer"}`)
		case "/feed":
			w.Header().Set("Content-Type", "text/xml")
			fmt.Fprint(w, `<?xml version="1.0"?><jobs/>`)
		case "/gone":
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	_, err := Fetch(context.Background(), srv.URL+"/cv.pdf", Options{})
	if err == nil || code(t, err) != model.CodeUnsupported || !strings.Contains(err.Error(), "application/pdf") {
		t.Errorf("pdf: err = %v", err)
	}
	for path, name := range map[string]string{"/job.json": "posting.json", "/feed": "posting.xml"} {
		res, err := Fetch(context.Background(), srv.URL+path, Options{})
		if err != nil || res.Name != name {
			t.Errorf("%s: name %q, err %v; want %s", path, res.Name, err, name)
		}
	}
	_, err = Fetch(context.Background(), srv.URL+"/gone", Options{})
	if err == nil || code(t, err) != model.CodeNotFound || !strings.Contains(err.Error(), "404") {
		t.Errorf("404: err = %v", err)
	}
}

func TestFetchRefusesBadAddresses(t *testing.T) {
	for _, raw := range []string{"", "  ", "ftp://example.com/job", "file:///etc/passwd", "javascript:alert(1)", "example.com/jobs/1"} {
		_, err := Fetch(context.Background(), raw, Options{})
		if err == nil || code(t, err) != model.CodeInvalid {
			t.Errorf("%q: err = %v, want invalid", raw, err)
		}
	}
}

func TestFetchSignInWall(t *testing.T) {
	rec := &recorder{}
	for _, raw := range []string{"https://www.linkedin.com/jobs/view/4012345678/", "https://LinkedIn.com/jobs/view/1", "https://nl.linkedin.com/jobs/view/x"} {
		_, err := Fetch(context.Background(), raw, Options{Record: rec.record})
		if !errors.Is(err, ErrSignInWall) || code(t, err) != model.CodeUnsupported || !strings.Contains(err.Error(), "browser button") {
			t.Errorf("%s: err = %v", raw, err)
		}
	}
	if len(rec.rows) != 0 {
		t.Errorf("a sign-in-wall host was fetched: %q", rec.rows)
	}
	if signInHost("notlinkedin.com") != "" {
		t.Error("notlinkedin.com taken for linkedin.com")
	}
}

// TestFetchATS checks that Greenhouse, Lever and Ashby posting addresses are
// read through their public API, answered here by a fake with the corpus's
// real responses.
func TestFetchATS(t *testing.T) {
	jobs := corpus.Path(t, "jobs")
	ashby, err := os.ReadFile(filepath.Join(jobs, "careerkit_ashby_board_highlightta.json"))
	if err != nil {
		t.Fatal(err)
	}
	lever, err := os.ReadFile(filepath.Join(jobs, "jamiedongjae_lever_posting_eur.json"))
	if err != nil {
		t.Fatal(err)
	}
	var asked []string
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		asked = append(asked, r.URL.RequestURI())
		w.Header().Set("Content-Type", "application/json")
		switch {
		case strings.HasPrefix(r.URL.Path, "/posting-api/"):
			_, _ = w.Write(ashby)
		case strings.HasPrefix(r.URL.Path, "/v0/postings/"):
			_, _ = w.Write(lever)
		default:
			fmt.Fprint(w, `{"id": 1, "title": "Engineer"}`)
		}
	}))
	defer api.Close()
	opt := Options{GreenhouseAPI: api.URL, LeverAPI: api.URL + "/", AshbyAPI: api.URL}
	cases := []struct{ page, api string }{
		{"https://boards.greenhouse.io/amplitude/jobs/8636903002", "/v1/boards/amplitude/jobs/8636903002"},
		{"https://job-boards.greenhouse.io/amplitude/jobs/8636903002?gh_src=x", "/v1/boards/amplitude/jobs/8636903002"},
		{"https://jobs.lever.co/acme/a1b2c3d4-e5f6-7890-abcd-ef1234567890", "/v0/postings/acme/a1b2c3d4-e5f6-7890-abcd-ef1234567890"},
		{"https://jobs.lever.co/acme/a1b2c3d4-e5f6-7890-abcd-ef1234567890/apply", "/v0/postings/acme/a1b2c3d4-e5f6-7890-abcd-ef1234567890"},
		{"https://jobs.ashbyhq.com/highlightta/90fb3621-899e-4b59-925d-25080ec91e18", "/posting-api/job-board/highlightta?includeCompensation=true"},
	}
	for _, c := range cases {
		asked = nil
		rec := &recorder{}
		opt.Record = rec.record
		res, err := Fetch(context.Background(), c.page, opt)
		if err != nil {
			t.Fatalf("%s: %v", c.page, err)
		}
		if len(asked) != 1 || asked[0] != c.api {
			t.Errorf("%s: asked %q, want %q", c.page, asked, c.api)
		}
		if res.Name != "posting.json" || res.URL != strings.Split(c.page, "#")[0] {
			t.Errorf("%s: result %q %q", c.page, res.Name, res.URL)
		}
		if len(rec.rows) != 1 || !strings.HasPrefix(rec.rows[0], strings.TrimPrefix(api.URL, "http://")+" ") {
			t.Errorf("%s: recorded %q, want the API request", c.page, rec.rows)
		}
	}
	// The Ashby board answer is narrowed to the job asked for.
	res, _ := Fetch(context.Background(), cases[4].page, opt)
	if strings.Count(string(res.Body), `"title"`) != 1 || !strings.Contains(string(res.Body), "90fb3621-899e-4b59-925d-25080ec91e18") {
		t.Errorf("ashby answer not narrowed to one job: %.300s", res.Body)
	}
	// Other addresses on these hosts (a board, a search) are fetched as pages.
	for _, raw := range []string{"https://boards.greenhouse.io/amplitude", "https://jobs.lever.co/acme", "https://jobs.ashbyhq.com/x/../y/z"} {
		u, _ := checkURL(raw)
		if got, ok := apiFor(u, opt); ok {
			t.Errorf("%s mapped to %s", raw, got.url)
		}
	}
}
