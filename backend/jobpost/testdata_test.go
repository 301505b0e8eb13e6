package jobpost

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// testdataWants are written-by-hand documents of kinds the shared corpus
// lacks (testdata/), with the fields read by hand from each. A field the
// document does not state is none.
var testdataWants = []struct {
	file         string
	opt          Options
	want         readWant
	validThrough string
}{
	{"workday_job_page.html", Options{URL: "https://northwindhealth.wd5.myworkdayjobs.com/en-US/Careers/job/Portland-OR/Clinical-Data-Analyst_R-20417",
		Fetched: time.Date(2025, 5, 14, 8, 0, 0, 0, time.UTC)},
		readWant{title: "Clinical Data Analyst", company: "Northwind Health", location: "Portland, OR", remote: "hybrid", typ: "full-time",
			posted: "2025-05-12", lang: "en", salary: noSalary,
			url:      "https://northwindhealth.wd5.myworkdayjobs.com/en-US/Careers/job/Portland-OR/Clinical-Data-Analyst_R-20417",
			contains: []string{"Northwind Health runs twelve hospitals", "- Build reports on patient outcomes"}}, none},
	{"wordpress_graph_jobposting.html", Options{},
		readWant{title: "Warehouse Team Leader", company: "Brightwell Logistics Ltd", location: "Daventry, Northamptonshire, GB", typ: "full-time",
			posted: "2025-03-03", salary: sal(31500, 34000, "GBP", model.PeriodYear), remote: none, lang: "en",
			url:      "https://www.brightwell-logistics.co.uk/careers/warehouse-team-leader/",
			contains: []string{"Lead a shift team of twelve", "- Coach and train new starters"}}, "2025-04-14"},
	{"microdata_only.html", Options{},
		readWant{title: "Dental Nurse", company: "Smile Studio Dental Group", location: "Bristol, England, GB", typ: "part-time", posted: "2025-02-17",
			salary: &model.Salary{Min: 1350, Max: 1500, Currency: "GBP", Period: model.PeriodHour}, remote: none,
			contains: []string{"qualified dental nurse", "- GDC registration"}}, "2025-03-16"},
	{"indeed_like_salary_prose.html", Options{Fetched: time.Date(2025, 6, 10, 8, 0, 0, 0, time.UTC)},
		readWant{title: "Behavioral Health Case Manager", company: "Cascade Family Services", location: "Tacoma, WA 98402", typ: "full-time",
			posted: "2025-06-07", salary: sal(52900, 108000, "USD", model.PeriodYear), remote: none, lang: "en",
			contains: []string{"Carry a caseload of 25 clients"}}, none},
	{"german_stellenanzeige.html", Options{},
		readWant{title: "Controller (m/w/d)", company: "Brauerei Hofmann", location: "Bamberg", remote: "hybrid", typ: "full-time", posted: none,
			salary: sal(55000, 70000, "EUR", model.PeriodYear), lang: "de", contains: []string{"## Ihre Aufgaben", "- Erfahrung mit DATEV und SAP"}}, none},
	{"teamtailor_page_telecommute.html", Options{},
		readWant{title: "Backendutvecklare", company: "Fjällräv Studios AB", location: "Sweden", remote: "remote", typ: "full-time", posted: "2025-04-28",
			lang: "sv", url: "https://fjallrav.teamtailor.com/jobs/3140512-backendutvecklare", salary: noSalary,
			contains: []string{"spelservrar i Go", "- Erfarenhet av PostgreSQL"}}, none},
	{"linkedin_guest_page.html", Options{Fetched: time.Date(2025, 6, 20, 8, 0, 0, 0, time.UTC)},
		readWant{title: "Firmware Engineer", company: "Orbit Robotics", location: "Eindhoven, North Brabant, Netherlands", remote: "hybrid", typ: "full-time",
			posted: "2025-06-06", salary: noSalary, lang: "en", url: "https://nl.linkedin.com/jobs/view/firmware-engineer-at-orbit-robotics-4188123456",
			contains: []string{"We build warehouse robots", "- Write embedded C for our motor controllers"}}, none},
	{"ashby_job_page.html", Options{URL: "https://jobs.ashbyhq.com/lumenhealth/9c2d7f10"},
		readWant{title: "Product Designer", company: "Lumen Health", location: "United States", remote: "remote", typ: "full-time", posted: "2025-07-01",
			salary: sal(140000, 170000, "USD", model.PeriodYear), contains: []string{"Design the app our patients use",
				"- Own flows from research to ship"}}, none},
	{"greenhouse_404.html", Options{URL: "https://boards.greenhouse.io/globex/jobs/4410000"}, readWant{noJob: "no longer available"}, ""},
	{"search_results.html", Options{}, readWant{noJob: "list of jobs"}, ""},
}

func TestReadTestdata(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.*")) // not testdata/fuzz
	if len(files) != len(testdataWants) {
		t.Errorf("%d files in testdata, %d expectations", len(files), len(testdataWants))
	}
	for _, c := range testdataWants {
		t.Run(c.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", c.file))
			if err != nil {
				t.Fatal(err)
			}
			opt := c.opt
			opt.Name = c.file
			jobs, err := Read(data, opt)
			checkRead(t, jobs, err, c.want)
			if err != nil || c.validThrough == "" {
				return
			}
			if got := jobs[0].ValidThrough; c.validThrough == none && got != "" || c.validThrough != none && got != c.validThrough {
				t.Errorf("validThrough = %q, want %q", got, c.validThrough)
			}
		})
	}
}

// A posting whose text speaks of "jobs in" something, beside a list of
// similar jobs, is still one posting.
func TestPostingWithSimilarJobsIsNotAList(t *testing.T) {
	var links strings.Builder
	for i := range 6 {
		fmt.Fprintf(&links, `<li><a href="/jobs/%d-technician">Technician</a></li>`, 5000+i)
	}
	page := `<html><head><title>Wind Technician - Nordvind Careers</title></head><body><main><h1>Wind Technician</h1>
	<div class="job-description"><p>We create jobs in renewable energy across Denmark. As a wind technician you service our turbines on the west coast,
	working in teams of two and travelling to sites from our Esbjerg base.</p></div><h2>Similar jobs</h2><ul>` + links.String() + `</ul></main></body></html>`
	jobs, err := Read([]byte(page), Options{Name: "p.html"})
	checkRead(t, jobs, err, readWant{title: "Wind Technician", contains: []string{"We create jobs in renewable energy"}})
}
