package jobfetch

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/huntbook/huntbook/backend/corpus"
	"github.com/huntbook/huntbook/backend/jobpost"
	"github.com/huntbook/huntbook/backend/model"
)

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// corpusJob reads a file of the shared corpus's jobs folder.
func corpusJob(t *testing.T, name string) []byte {
	t.Helper()
	return readFile(t, filepath.Join(corpus.Path(t, "jobs"), name))
}

// fakeATS serves each API path from a body; other paths answer 404 like
// the real APIs do for a posting that is gone.
type fakeATS struct {
	mu     sync.Mutex
	asked  []string
	accept []string
	bodies map[string][]byte // request URI -> body
}

func (f *fakeATS) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.asked = append(f.asked, r.URL.RequestURI())
	f.accept = append(f.accept, r.Header.Get("Accept"))
	f.mu.Unlock()
	if r.Method != http.MethodGet || r.Header.Get("Cookie") != "" {
		http.Error(w, "unexpected request", http.StatusBadRequest)
		return
	}
	b, ok := f.bodies[r.URL.RequestURI()]
	if !ok {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusNotFound)
		_, _ = w.Write([]byte(`{"message":"not found"}`))
		return
	}
	if strings.HasPrefix(strings.TrimSpace(string(b)), "<") {
		w.Header().Set("Content-Type", "text/xml;charset=UTF-8")
	} else {
		w.Header().Set("Content-Type", "application/json;charset=UTF-8")
	}
	_, _ = w.Write(b)
}

// TestFetchMoreATS checks that SmartRecruiters, Workable, Workday,
// Recruitee and Personio posting links are read through the API path
// their public endpoints use, and that the answer reads as the job with
// the link kept as its address.
func TestFetchMoreATS(t *testing.T) {
	fake := &fakeATS{bodies: map[string][]byte{
		"/v1/companies/Acme1/postings/744000060000000":                      corpusJob(t, "jamiedongjae_smartrecruiters_detail.json"),
		"/api/v2/accounts/acme-fintech/jobs/F88446C814":                     readFile(t, "testdata/workable_v2_job.json"),
		"/wday/cxs/acme/External/job/Amsterdam/Financial-Analyst_R-1234":    corpusJob(t, "jamiedongjae_workday_cxs_detail.json"),
		"/wday/cxs/acme/External/job/S%C3%A3o-Paulo/Financial-Analyst_R-77": corpusJob(t, "jamiedongjae_workday_cxs_detail.json"),
		"/api/offers/support-lead":                                          readFile(t, "testdata/recruitee_offer.json"),
		"/xml":                                                              corpusJob(t, "careerkit_personio_xml_acme.xml"),
		"/xml?language=de":                                                  corpusJob(t, "careerkit_personio_xml_acme.xml"),
	}}
	srv := httptest.NewServer(fake)
	defer srv.Close()
	opt := Options{SmartRecruitersAPI: srv.URL, WorkableAPI: srv.URL + "/", WorkdayAPI: srv.URL, RecruiteeAPI: srv.URL, PersonioAPI: srv.URL}
	cases := []struct {
		page, api, accept          string
		title, company, location   string
		descriptionHas, remoteWant string
	}{
		{page: "https://jobs.smartrecruiters.com/Acme1/744000060000000-product-manager?trid=x", api: "/v1/companies/Acme1/postings/744000060000000",
			accept: "application/json", title: "Product Manager", company: "Acme", location: "Rotterdam", descriptionHas: "5+ years in product"},
		{page: "https://jobs.smartrecruiters.com/Acme1/744000060000000", api: "/v1/companies/Acme1/postings/744000060000000",
			accept: "application/json", title: "Product Manager", company: "Acme", location: "Rotterdam"},
		{page: "https://apply.workable.com/acme-fintech/j/F88446C814/", api: "/api/v2/accounts/acme-fintech/jobs/F88446C814",
			accept: "application/json", title: "Senior Backend Engineer", company: "Acme Fintech", location: "Athens", descriptionHas: "payments platform",
			remoteWant: "hybrid"},
		{page: "https://acme-fintech.workable.com/j/F88446C814/apply", api: "/api/v2/accounts/acme-fintech/jobs/F88446C814",
			accept: "application/json", title: "Senior Backend Engineer", location: "Athens"},
		{page: "https://acme.wd3.myworkdayjobs.com/en-US/External/job/Amsterdam/Financial-Analyst_R-1234",
			api:    "/wday/cxs/acme/External/job/Amsterdam/Financial-Analyst_R-1234",
			accept: "application/json", title: "Financial Analyst", company: "Acme", location: "Amsterdam", descriptionHas: "30% ruling"},
		{page: "https://acme.wd3.myworkdayjobs.com/External/job/Amsterdam/Financial-Analyst_R-1234/apply/applyManually",
			api:    "/wday/cxs/acme/External/job/Amsterdam/Financial-Analyst_R-1234",
			accept: "application/json", title: "Financial Analyst"},
		{page: "https://acme.wd3.myworkdayjobs.com/External/job/S%C3%A3o-Paulo/Financial-Analyst_R-77",
			api:    "/wday/cxs/acme/External/job/S%C3%A3o-Paulo/Financial-Analyst_R-77",
			accept: "application/json", title: "Financial Analyst"},
		{page: "https://make.recruitee.com/o/support-lead", api: "/api/offers/support-lead",
			accept: "application/json", title: "Support Lead", company: "Make Studio", location: "Amsterdam", descriptionHas: "Zendesk", remoteWant: "hybrid"},
		{page: "https://acme.jobs.personio.de/job/1834171?language=de&display=en", api: "/xml?language=de",
			accept: "application/xml", title: "Staff Software Engineer, Data Platform", company: "Acme SE & Co. KG", location: "Munich"},
		{page: "https://acme.jobs.personio.com/job/1834171", api: "/xml",
			accept: "application/xml", title: "Staff Software Engineer, Data Platform"},
	}
	for _, c := range cases {
		fake.asked, fake.accept = nil, nil
		rec := &recorder{}
		o := opt
		o.Record = rec.record
		res, err := Fetch(context.Background(), c.page, o)
		if err != nil {
			t.Errorf("%s: %v", c.page, err)
			continue
		}
		if len(fake.asked) != 1 || fake.asked[0] != c.api || !strings.HasPrefix(fake.accept[0], c.accept) {
			t.Errorf("%s: asked %q (Accept %q), want %q (%s)", c.page, fake.asked, fake.accept, c.api, c.accept)
		}
		if len(rec.rows) != 1 || !strings.HasPrefix(rec.rows[0], strings.TrimPrefix(srv.URL, "http://")+" ") || !strings.Contains(rec.rows[0], " 200 OK") {
			t.Errorf("%s: recorded %q, want the one API request", c.page, rec.rows)
		}
		if res.URL != c.page {
			t.Errorf("%s: result URL %q, want the link pasted", c.page, res.URL)
		}
		jobs, err := jobpost.Read(res.Body, jobpost.Options{Name: res.Name, URL: res.URL})
		if err != nil {
			t.Errorf("%s: read: %v", c.page, err)
			continue
		}
		j := jobs[0]
		if len(jobs) != 1 {
			t.Errorf("%s: read %d jobs, want the one asked for", c.page, len(jobs))
		}
		if j.Title != c.title || c.company != "" && j.Company != c.company || !strings.Contains(j.Location, c.location) {
			t.Errorf("%s: read %q / %q / %q, want %q / %q / %q", c.page, j.Title, j.Company, j.Location, c.title, c.company, c.location)
		}
		if !strings.Contains(j.Description, c.descriptionHas) {
			t.Errorf("%s: description %q lacks %q", c.page, j.Description, c.descriptionHas)
		}
		if c.remoteWant != "" && string(j.Remote) != c.remoteWant {
			t.Errorf("%s: remote %q, want %s", c.page, j.Remote, c.remoteWant)
		}
	}
}

// TestFetchATSPostingGone checks that an API answering 404, or a list or
// feed without the posting, gives a clear "closed or removed" error.
func TestFetchATSPostingGone(t *testing.T) {
	fake := &fakeATS{bodies: map[string][]byte{
		"/posting-api/job-board/highlightta?includeCompensation=true": corpusJob(t, "careerkit_ashby_board_highlightta.json"),
		"/xml": corpusJob(t, "careerkit_personio_xml_acme.xml"),
		"/wday/cxs/acme/External/job/Amsterdam/Closed_R-1": []byte(`{"jobPostingInfo": null, "similarJobs": []}`),
		"/api/offers/closed-role":                          []byte(`{"offer": null}`),
	}}
	srv := httptest.NewServer(fake)
	defer srv.Close()
	opt := Options{AshbyAPI: srv.URL, SmartRecruitersAPI: srv.URL, WorkableAPI: srv.URL, WorkdayAPI: srv.URL, RecruiteeAPI: srv.URL, PersonioAPI: srv.URL}
	for page, ats := range map[string]string{
		"https://jobs.ashbyhq.com/highlightta/00000000-0000-0000-0000-000000000000": "Ashby",
		"https://jobs.smartrecruiters.com/Acme1/744000069999999-gone":               "SmartRecruiters",
		"https://apply.workable.com/acme-fintech/j/0000000000/":                     "Workable",
		"https://acme.wd3.myworkdayjobs.com/External/job/Amsterdam/Closed_R-1":      "Workday",
		"https://acme.wd3.myworkdayjobs.com/External/job/Amsterdam/Gone_R-2":        "Workday",
		"https://make.recruitee.com/o/closed-role":                                  "Recruitee",
		"https://acme.jobs.personio.de/job/99":                                      "Personio",
	} {
		_, err := Fetch(context.Background(), page, opt)
		var me *model.Error
		if !errors.As(err, &me) || me.Code != model.CodeNotFound || me.Field != "url" ||
			!strings.Contains(me.Message, "no longer on "+ats) || !strings.Contains(me.Message, "closed or removed") {
			t.Errorf("%s: err = %v, want a %s posting closed or removed", page, err, ats)
		}
	}
}

// TestATSLinksStayOnTheirPath checks that crafted links (traversal, encoded
// slashes, other hosts, look-alike hosts) map to no API request, or only to
// the one path their checked segments make: they are fetched as the page
// the user pasted.
func TestATSLinksStayOnTheirPath(t *testing.T) {
	for _, raw := range []string{
		"https://jobs.smartrecruiters.com/..%2F..%2Fv2/744000060000000",
		"https://jobs.smartrecruiters.com/Acme1/..%2F744000060000000",
		"https://jobs.smartrecruiters.com/Acme1/abc-not-a-posting",
		"https://jobs.smartrecruiters.com/Acme1/744000060000000-x/../../admin",
		"https://jobs.smartrecruiters.com.evil.example/Acme1/744000060000000",
		"https://apply.workable.com/j/F88446C814",
		"https://apply.workable.com/acme/j/F88446C814%2F..%2F..%2Fv1",
		"https://apply.workable.com/../j/F88446C814",
		"https://apply.workable.com/api/j/F88446C814",
		"https://evil.example/apply.workable.com/acme/j/F88446C814",
		"https://a.b.workable.com/j/F88446C814",
		"https://acme.wd3.myworkdayjobs.com/External/job/..%2F..%2Fwday%2Fcxs/x_1",
		"https://acme.wd3.myworkdayjobs.com/External/job/%2E%2E/x_1",
		"https://acme.wd3.myworkdayjobs.com/External/job/a%5Cb/x_1",
		"https://acme.wd3.myworkdayjobs.com/External/job/a%0Ab/x_1",
		"https://acme.wd3.myworkdayjobs.com/..%2FExternal/job/x/y_1",
		"https://acme.wd3.myworkdayjobs.com/External/jobs",
		"https://acme.wd3.myworkdayjobs.com.evil.example/External/job/x/y_1",
		"https://x.acme.wd3.myworkdayjobs.com/External/job/x/y_1",
		"https://acme.wdx.myworkdayjobs.com/External/job/x/y_1",
		"https://make.recruitee.com/o/..%2F..%2Fapi%2Fcandidates",
		"https://make.recruitee.com/o/support-lead/../../api",
		"https://make.evil.recruitee.com/o/support-lead",
		"https://make.recruitee.com.evil.example/o/support-lead",
		"https://www.recruitee.com/o/support-lead",
		"https://acme.jobs.personio.de/job/1834171%2F..",
		"https://acme.jobs.personio.de/job/abc",
		"https://a.b.jobs.personio.de/job/1834171",
		"https://acme.jobs.personio.de.evil.example/job/1834171",
		"https://acme.teamtailor.com/jobs/123-engineer",
	} {
		u, err := checkURL(raw)
		if err != nil {
			t.Fatalf("%s: %v", raw, err)
		}
		if call, ok := apiFor(u, Options{}); ok {
			t.Errorf("%s mapped to %s", raw, call.url)
		}
	}
	// The real endpoints, with no base overridden.
	for _, c := range [][2]string{
		{"https://jobs.smartrecruiters.com/Acme1/744000060000000-pm", "https://api.smartrecruiters.com/v1/companies/Acme1/postings/744000060000000"},
		{"https://apply.workable.com/acme/j/F88446C814/", "https://apply.workable.com/api/v2/accounts/acme/jobs/F88446C814"},
		{"https://Acme.WD5.myworkdayjobs.com/en-US/Ext_Site/job/NYC/Eng_R1", "https://acme.wd5.myworkdayjobs.com/wday/cxs/acme/Ext_Site/job/NYC/Eng_R1"},
		{"https://acme.wd5.myworkdayjobs.com:8443/Ext/job/Eng_R1", "https://acme.wd5.myworkdayjobs.com/wday/cxs/acme/Ext/job/Eng_R1"},
		{"https://user@make.recruitee.com/o/support-lead", "https://make.recruitee.com/api/offers/support-lead"},
		{"https://acme.jobs.personio.de/job/1834171?language=en", "https://acme.jobs.personio.de/xml?language=en"},
		{"https://acme.jobs.personio.de/job/1834171?language=../x", "https://acme.jobs.personio.de/xml"},
		{"https://acme.wd5.myworkdayjobs.com/Ext/job/New-York%2C-NY/Eng_R1?source=LI",
			"https://acme.wd5.myworkdayjobs.com/wday/cxs/acme/Ext/job/New-York%2C-NY/Eng_R1"},
	} {
		raw, want := c[0], c[1]
		u, _ := checkURL(raw)
		if call, ok := apiFor(u, Options{}); !ok || call.url != want {
			t.Errorf("%s mapped to %q, want %q", raw, call.url, want)
		}
	}
}

// toServer sends every request to one test server, keeping the host asked
// for in the Host header, so links on the real ATS hosts reach the fake.
type toServer struct{ addr string }

func (s toServer) RoundTrip(r *http.Request) (*http.Response, error) {
	out := r.Clone(r.Context())
	out.URL.Scheme, out.URL.Host, out.Host = "http", s.addr, r.URL.Host
	resp, err := http.DefaultTransport.RoundTrip(out)
	if resp != nil {
		resp.Request = r // as a transport does: the answer is to the request sent
	}
	return resp, err
}

// TestFetchATSKeyRequired checks that an API asking for a key (401/403;
// Recruitee's careers API will from February 2027) makes Fetch read the
// page itself, both requests in the ledger, and that with no base
// overridden the request goes to the posting's own host.
func TestFetchATSKeyRequired(t *testing.T) {
	const page = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting",
"title":"Support Lead","hiringOrganization":{"@type":"Organization","name":"Make Studio"},
"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Amsterdam","addressCountry":"NL"}},
"description":"<p>Lead our support team.</p>","datePosted":"2026-08-10"}</script></head><body>Support Lead</body></html>`
	var mu sync.Mutex
	var asked []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		asked = append(asked, r.Host+r.URL.RequestURI())
		mu.Unlock()
		switch r.Host + r.URL.Path {
		case "make.recruitee.com/api/offers/support-lead":
			http.Error(w, `{"error":"unauthorized"}`, http.StatusUnauthorized)
		case "make.recruitee.com/o/support-lead":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write([]byte(page))
		case "acme.wd3.myworkdayjobs.com/wday/cxs/acme/External/job/Amsterdam/Financial-Analyst_R-1234":
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write(corpusJob(t, "jamiedongjae_workday_cxs_detail.json"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	opt := Options{Transport: toServer{strings.TrimPrefix(srv.URL, "http://")}}

	rec := &recorder{}
	opt.Record = rec.record
	res, err := Fetch(context.Background(), "https://make.recruitee.com/o/support-lead", opt)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"make.recruitee.com/api/offers/support-lead", "make.recruitee.com/o/support-lead"}; strings.Join(asked, " ") != strings.Join(want,
		" ") {
		t.Errorf("asked %q, want %q", asked, want)
	}
	if len(rec.rows) != 2 || !strings.HasPrefix(rec.rows[0], "make.recruitee.com ") || !strings.Contains(rec.rows[0], "401 Unauthorized err") ||
		rec.rows[1] != "make.recruitee.com "+strconv.Itoa(len(page))+" 200 OK" {
		t.Errorf("recorded %q, want the refused API request and the page", rec.rows)
	}
	if res.Name != "posting.html" || res.URL != "https://make.recruitee.com/o/support-lead" || res.FetchedURL != res.URL {
		t.Errorf("result %q %q %q, want the page", res.Name, res.URL, res.FetchedURL)
	}
	jobs, err := jobpost.Read(res.Body, jobpost.Options{Name: res.Name, URL: res.URL})
	if err != nil || jobs[0].Title != "Support Lead" || jobs[0].Company != "Make Studio" {
		t.Errorf("read %+v, %v", jobs, err)
	}

	asked = nil
	res, err = Fetch(context.Background(), "https://acme.wd3.myworkdayjobs.com/en-US/External/job/Amsterdam/Financial-Analyst_R-1234", opt)
	if err != nil || len(asked) != 1 || asked[0] != "acme.wd3.myworkdayjobs.com/wday/cxs/acme/External/job/Amsterdam/Financial-Analyst_R-1234" ||
		res.FetchedURL != "https://acme.wd3.myworkdayjobs.com/wday/cxs/acme/External/job/Amsterdam/Financial-Analyst_R-1234" {
		t.Errorf("workday: asked %q, fetched %q, err %v", asked, res.FetchedURL, err)
	}
}
