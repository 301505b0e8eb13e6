package jobpost

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/corpus"
	"github.com/huntbook/huntbook/backend/model"
)

// none marks a field the document does not state: it must stay empty.
const none = "∅"

// readWant is what a corpus file holds, read by hand from the file. Empty
// fields are not checked; none asserts that the field stays empty.
type readWant struct {
	count                                               int    // jobs in the file (1 when 0)
	noJob                                               string // the no-job reason must contain this
	title, company, location, remote, typ, posted, lang string
	url                                                 string
	salary                                              *model.Salary
	contains                                            []string
}

func sal(low, high int64, cur string, p model.Period) *model.Salary {
	return &model.Salary{Min: low * 100, Max: high * 100, Currency: cur, Period: p}
}

var noSalary = &model.Salary{}

// readFetched is when the corpus pages count as fetched (relative dates).
var readFetched = time.Date(2026, 8, 10, 12, 0, 0, 0, time.UTC)

var readWants = map[string]readWant{
	// jobs/: ATS API responses, pages, pasted text
	"careerkit_ashby_board_highlightta.json": {count: 2, title: "Senior Technical Recruiter", company: "HighlightTA", location: "Canada", remote: "remote",
		typ: "full-time", posted: "2026-04-20", salary: noSalary, contains: []string{"## About HighlightTA"}},
	"careerkit_eightfold_albemarle.json": {count: 2, title: "Supply Planner, Bromine S&OP", company: "Albemarle",
		location: "Charlotte, North Carolina, United States of America", posted: "2026-08-04", remote: none},
	"careerkit_greenhouse_board_amplitude.json": {count: 2, title: "Customer Data Scientist - Experimentation", company: "Amplitude",
		location: "London, UK", posted: "2026-07-16", lang: "en", contains: []string{"Amplitude is the leading AI analytics platform"}},
	"careerkit_paylocity_page_ncae.html": {count: 2, title: "Engineer/Associate Engineer, Power Systems", company: "North Carolina Advanced Energy Corporation",
		location: "Raleigh, NC, USA", remote: "hybrid", posted: "2026-08-08"},
	"careerkit_personio_xml_acme.xml": {count: 1, title: "Staff Software Engineer, Data Platform", company: "Acme SE & Co. KG", location: "Munich",
		typ: "full-time", posted: "2024-11-13"},
	"careerkit_smartrecruiters_postings_knight.json": {count: 1, title: "CNA / LPN - Consistent Hours. Start Next Week.", company: "Knight Gayles",
		location: "St. Louis, MO, United States", remote: "onsite", typ: "part-time", posted: "2018-06-08"},
	"careerkit_workable_widget_zaelab.json": {count: 2, title: "Business Analyst - Spanish Speaking", company: "Zaelab", location: "Spain",
		remote: "remote", posted: "2026-08-05"},
	"careerkit_workday_cxs_search_salesforce.json": {count: 2, title: "Solution Architect / Senior Solution Architect - PubSec - SLED/NGO",
		location: none, posted: "2026-08-09", company: none},
	"coverletterer_linkedin_heidi.html": {title: "Senior Software Engineer - Developer Experience", company: "Heidi",
		location: "Melbourne, Victoria, Australia", salary: noSalary, lang: "en", contains: []string{"Heidi is building an AI Care Partner"}},
	"jamiedongjae_lever_posting_eur.json": {title: "Machine Learning Engineer", location: "Amsterdam, Netherlands", remote: "hybrid", typ: "full-time",
		salary: sal(65000, 85000, "EUR", model.PeriodYear), company: none, posted: none},
	"jamiedongjae_linkedin_authwall.html": {noJob: "sign-in wall"},
	"jamiedongjae_og_only.html":           {title: "Senior Data Analyst", company: "Bluewater", remote: "hybrid", contains: []string{"Join our data team"}},
	"jamiedongjae_pasted_jd_nl.txt": {title: "Data Engineer", location: "Rotterdam, Zuid-Holland", remote: "hybrid", typ: "full-time", company: none,
		salary: sal(4500, 4500, "EUR", model.PeriodMonth)},
	"jamiedongjae_smartrecruiters_detail.json": {title: "Product Manager", company: "Acme", location: "Rotterdam, NL",
		contains: []string{"Drive the roadmap.", "## Qualifications\n\n5+ years in product."}},
	"jamiedongjae_workday_cxs_detail.json": {title: "Financial Analyst", location: "Amsterdam, Netherlands", posted: "2026-08-07",
		contains: []string{"Support FP&A."}},
	"jobosint_linkedin_voyager_description_card.json": {title: none, company: none, posted: "2025-03-25", remote: "remote",
		salary: sal(158200, 252800, "USD", model.PeriodYear), contains: []string{"About The Team"}},
	"schemaorg_eg-0028_jsonld.html": {title: "Software Engineer", company: none, location: "Kirkland, WA", typ: "full-time", posted: "2011-10-31",
		salary: sal(100000, 100000, "USD", model.PeriodYear)},
	"schemaorg_eg-0028_plain.html": {title: "Software Engineer", company: none, location: "Kirkland WA", typ: "full-time",
		salary: sal(100000, 100000, "USD", model.PeriodYear), contains: []string{"- Build tools according to specifications"}},
	"schemaorg_eg-0251_jsonld.html": {title: "Mobile App Developer", company: "ACME Software", location: none},

	// jd/: job descriptions as records, text dumps and saved pages
	"cvjdmatching_1017340707950150.json": {title: "Procurement Manager", company: "RWE AG", typ: "contract"},
	"cvjdmatching_172583655774311.json": {title: "Network Engineer", company: "ON Semiconductor", location: "Pretoria, South Africa",
		typ: "internship"},
	"cvjdmatching_185890664889286.json":            {title: "QA Analyst", company: "Community Health Systems", typ: "temporary"},
	"cvjdmatching_2098552040971402.json":           {title: "Substance Abuse Counselor", company: "Wipro Limited", location: "Asunción, Paraguay"},
	"cvjdmatching_2421048253959975.json":           {title: "Architectural Designer", company: "Asian Paints", location: "Tunis, Tunisia"},
	"cvjdmatching_advocate.json":                   {title: "Advocate / Legal Associate", company: "Harper & Finch Legal Group"},
	"cvjdmatching_teacher.json":                    {title: "High School Science Teacher", company: "Brightwood International School"},
	"cvjdmatching_tiny.csv":                        {count: 7, title: "Procurement Manager"},
	"linkedin_4117560283.txt":                      {title: "Adjunct Computer Science Instructor", company: "Virginia's Community College System"},
	"linkedin_4149956952.txt":                      {title: "Remote Math Teacher (Pre-K to K)", remote: "remote", salary: sal(33, 33, "USD", model.PeriodHour)},
	"linkedin_4196748635.txt":                      {company: "Virginia Commonwealth University", salary: noSalary},
	"linkedin_4197997028.txt":                      {company: "Flatiron School"},
	"linkedin_4204481720.txt":                      {company: "US Anesthesia Partners", remote: "remote"},
	"linkedin_4207665840.txt":                      {company: "Oracle", salary: &model.Salary{Min: 2548, Max: 6063, Currency: "USD", Period: model.PeriodHour}},
	"linkedin_4211043888.txt":                      {title: "Online Finnish Language teacher-ID:1039691"},
	"resumematcher_backend-eng.txt":                {title: "Senior Backend Engineer", company: none},
	"resumematcher_frontend-eng.txt":               {title: "Senior Frontend Engineer", company: none},
	"resumematcher_german_job.md":                  {title: "Backend Engineer (m/w/d)", lang: "de"},
	"resumematcher_ml-eng.txt":                     {title: "Machine Learning Engineer"},
	"resumematcher_product-manager.txt":            {title: "Senior Product Manager"},
	"workindenmark_Page01_PageItemExtended01.html": {title: "Learning sales – Fulltime Student Position", company: "KK Wind Solutions A/S"},
	"workindenmark_Page01_PageItemExtended14.html": {title: "Lean Professional", company: "Vestas Wind Systems A/S", posted: "2021-05-07"},
	"workindenmark_Page02_PageItemExtended18.html": {title: "Dutch speaking Salesperson", company: "Bixter.dk ApS"},
	"workindenmark_Page03_PageItemExtended01.html": {title: "Assistant professor (adjunkt) position in ultrafast photoelectron spectroscopy"},
	"workindenmark_Page03_PageItemExtended02.html": {title: "Embedded Software Developer for Medical Device Development", company: "PREVAS A/S"},
	"workindenmark_api_JobPostingExtended01.json":  {count: 1, title: "Linux Specialist", company: "Keepit A/S", location: "København Ø, Danmark"},
}

// corpusDocs are the corpus folders' own notes, not documents to read.
var corpusDocs = map[string]bool{"README.md": true, "SOURCES.md": true}

// TestReadCorpus reads every file of the job corpus and checks the fields
// read by hand from it. A missing corpus fails the test.
func TestReadCorpus(t *testing.T) {
	dir := corpus.Dir()
	if dir == "" {
		t.Fatal("shared corpus not found (set HUNTBOOK_CORPUS or place it at ../shared/corpus)")
	}
	seen := 0
	for _, sub := range []string{"jobs", "jd"} {
		files, err := filepath.Glob(filepath.Join(dir, sub, "*"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no corpus files in %s: %v", sub, err)
		}
		for _, f := range files {
			name := filepath.Base(f)
			if corpusDocs[name] {
				continue
			}
			seen++
			t.Run(name, func(t *testing.T) {
				w, ok := readWants[name]
				if !ok {
					t.Fatalf("no expected fields for %s: read it by hand and add it to readWants", name)
				}
				data, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				jobs, err := Read(data, Options{Name: name, Fetched: readFetched})
				checkRead(t, jobs, err, w)
			})
		}
	}
	if seen != len(readWants) {
		t.Errorf("%d corpus files, %d expectations: a file is gone or renamed", seen, len(readWants))
	}
}

func checkRead(t *testing.T, jobs []Job, err error, w readWant) {
	t.Helper()
	if w.noJob != "" {
		var e *NoJobError
		if !IsNoJob(err) || !errors.As(err, &e) || !strings.Contains(e.Reason, w.noJob) {
			t.Fatalf("got %d jobs, err %v; want a no-job error saying %q", len(jobs), err, w.noJob)
		}
		return
	}
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if want := max(w.count, 1); len(jobs) != want {
		t.Errorf("got %d jobs, want %d", len(jobs), want)
	}
	j := jobs[0]
	check := func(field, got, want string) {
		t.Helper()
		switch {
		case want == none && got != "":
			t.Errorf("%s = %q, but the document does not state it", field, got)
		case want != "" && want != none && got != want:
			t.Errorf("%s = %q, want %q", field, got, want)
		}
	}
	check("title", j.Title, w.title)
	check("company", j.Company, w.company)
	check("location", j.Location, w.location)
	check("remote", string(j.Remote), w.remote)
	check("employmentType", j.EmploymentType, w.typ)
	check("datePosted", j.DatePosted, w.posted)
	check("language", j.Language, w.lang)
	check("url", j.URL, w.url)
	if w.salary != nil && j.Salary != *w.salary {
		t.Errorf("salary = %+v, want %+v", j.Salary, *w.salary)
	}
	for _, c := range w.contains {
		if !strings.Contains(j.Description, c) {
			t.Errorf("description lacks %q:\n%s", c, j.Description)
		}
	}
	for _, job := range jobs {
		for _, bad := range []string{"<p", "<div", "</", "&lt;", "&amp;", "&nbsp;"} {
			if strings.Contains(job.Description, bad) {
				t.Errorf("%q: description still holds markup %q", job.Title, bad)
			}
		}
	}
}
