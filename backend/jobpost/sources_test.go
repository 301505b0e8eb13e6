package jobpost

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// Each field the reader fills names where it came from; an empty field
// names nothing.
func TestReadSources(t *testing.T) {
	fetched := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name string
		opt  Options
		data string
		want map[string]string
	}{
		{"JSON-LD completed from the page title and the page text", Options{Name: "p.html"},
			`<html><head><title>Acme hiring Baker in Leeds | LinkedIn</title><link rel="canonical" href="https://www.linkedin.com/jobs/view/1234"></head><body>
			<script type="application/ld+json">{"@type":"JobPosting","title":"Baker","datePosted":"2025-02-01","employmentType":"FULL_TIME"}</script>
			<main><div class="job-description"><p>Bake bread every morning in our shop. The pay is £24,000 per year.</p></div></main></body></html>`,
			map[string]string{"title": "JSON-LD", "datePosted": "JSON-LD", "employmentType": "JSON-LD", "company": "page title", "location": "page title",
				"url": "page address", "description": "page text", "salary": "text", "language": "text"}},
		{"Greenhouse API", Options{Name: "job.json"},
			`{"id":1,"title":"SRE","absolute_url":"https://boards.greenhouse.io/globex/jobs/1","location":{"name":"Remote"},
			"first_published":"2025-02-27T00:00:00-05:00","content":"&lt;p&gt;Keep it up and running for our customers.&lt;/p&gt;"}`,
			map[string]string{"title": "Greenhouse API", "url": "Greenhouse API", "remote": "Greenhouse API", "datePosted": "Greenhouse API",
				"description": "Greenhouse API", "company": "URL", "language": "text"}},
		{"Workday list: address from the API, relative date", Options{Name: "w.json", URL: "https://acme.wd5.myworkdayjobs.com/wday/cxs/acme/External/jobs",
			Fetched: fetched},
			`{"jobPostings":[{"title":"Analyst","externalPath":"/job/x_1","locationsText":"Berlin","postedOn":"Posted 3 Days Ago"}]}`,
			map[string]string{"title": "Workday API", "location": "Workday API", "url": "Workday API", "datePosted": "relative date", "company": "URL"}},
		{"pasted text", Options{},
			"Title: Welder\nLocation: Hull\n\nWe build bridges. Hybrid: two days at home. Send your CV to jobs@nordic-steel.co.uk before May.",
			map[string]string{"title": "text", "location": "text", "description": "text", "remote": "text", "company": "apply address", "language": "text"}},
		{"a page without structured data", Options{Name: "p.html", URL: "https://shop.example/careers/welder"},
			`<html><head><title>Welder - Shop</title></head><body><h1>Welder</h1><p>` + strings.Repeat("You will weld the steel frames of our bridges. ",
				10) + `</p></body></html>`,
			map[string]string{"title": "page heading", "description": "page text", "url": "page address", "language": "text"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			jobs, err := Read([]byte(c.data), c.opt)
			if err != nil {
				t.Fatal(err)
			}
			j := jobs[0]
			if got := j.Sources.Map(); !reflect.DeepEqual(got, c.want) {
				t.Errorf("sources\n got %v\nwant %v", got, c.want)
			}
			for _, f := range j.sourceFields() {
				if *f.from != "" && !f.set {
					t.Errorf("an empty field has the source %q", *f.from)
				}
				if f.set && *f.from == "" {
					t.Errorf("a set field has no source: %+v", j)
				}
			}
		})
	}
}
