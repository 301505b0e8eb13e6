package jobpost

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// Documents of the kinds the corpus holds, written here in the shapes the
// ATS APIs and pages publish, so each kind is handled and not one file.
var kinds = []struct {
	name string
	opt  Options
	data string
	want readWant
}{
	{"recruitee offers", Options{Name: "offers.json"}, `{"offers":[
	  {"id":1,"title":"Backend Developer","company_name":"Tulip BV","location":"Utrecht, Netherlands","remote":false,"hybrid":true,"on_site":false,
	   "description":"<p>Build <b>APIs</b>.</p>","requirements":"<ul><li>Go</li></ul>","careers_url":"https://tulip.recruitee.com/o/backend-developer",
	   "careers_apply_url":"https://tulip.recruitee.com/o/backend-developer/c/new","published_at":"2025-02-03 10:00:00 UTC",
	   "employment_type_code":"fulltime_permanent","salary":{"min":"55000","max":"70000","currency":"EUR","period":"year"}},
	  {"id":2,"title":"Designer","company_name":"Tulip BV","location":"Remote","description":"<p>Design things for our customers every day.</p>"}]}`,
		readWant{count: 2, title: "Backend Developer", company: "Tulip BV", location: "Utrecht, Netherlands", remote: "hybrid", typ: "full-time",
			posted: "2025-02-03", salary: sal(55000, 70000, "EUR", model.PeriodYear), contains: []string{"Build APIs."}}},
	{"teamtailor JSON:API", Options{Name: "jobs.json"}, `{"data":[{"id":"7","type":"jobs","attributes":{"title":"Support Lead",` +
		`"body":"<p>Lead our support team across Europe.</p>",
	  "remote-status":"fully","created-at":"2025-01-20T08:00:00+01:00"},` +
		`"links":{"careers-site-job-url":"https://acme-labs.teamtailor.com/jobs/7-support-lead"}}]}`,
		readWant{title: "Support Lead", company: "Acme Labs", remote: "remote", posted: "2025-01-20", contains: []string{"Lead our support team"}}},
	{"lever posting, dates in ms, company from the hosted URL", Options{Name: "lever.json"},
		`{"id":"x","text":"Data Scientist","categories":{"location":"Berlin","commitment":"Part-time","team":"Data"},
	  "createdAt":1736935200000,"hostedUrl":"https://jobs.lever.co/northwind/x","applyUrl":"https://jobs.lever.co/northwind/x/apply",` +
			`"descriptionPlain":"Model things.",
	  "lists":[{"text":"What you'll do","content":"<li>Train models</li><li>Ship them</li>"}]}`,
		readWant{title: "Data Scientist", company: "Northwind", location: "Berlin", typ: "part-time", posted: "2025-01-15",
			contains: []string{"## What you'll do\n\n- Train models\n- Ship them"}}},
	{"greenhouse single job", Options{Name: "job.json"}, `{"id":1,"title":"SRE","absolute_url":"https://boards.greenhouse.io/globex/jobs/1",` +
		`"location":{"name":"Remote - EMEA"},
	  "updated_at":"2025-03-01T00:00:00-05:00","first_published":"2025-02-27T00:00:00-05:00","content":"&lt;p&gt;Keep it up &amp;amp; running.&lt;/p&gt;"}`,
		readWant{title: "SRE", company: "Globex", remote: "remote", posted: "2025-02-27", contains: []string{"Keep it up & running."}}},
	{"JSON-LD with trailing commas, name for title, @graph", Options{Name: "p.html"}, `<html><head><script type="application/ld+json">
	  {"@context":"https://schema.org","@graph":[{"@type":"Organization","name":"Initech"},
	   {"@type":"JobPosting","name":"QA Engineer","hiringOrganization":{"name":"Initech",},"datePosted":"2025-04-01",
	    "jobLocation":{"@type":"Place","address":{"addressLocality":"Austin","addressRegion":"TX",},},
	    "description":"<p>Test the TPS reports.</p>",},],}</script></head><body><h1>QA Engineer</h1></body></html>`,
		readWant{title: "QA Engineer", company: "Initech", location: "Austin, TX", posted: "2025-04-01", contains: []string{"Test the TPS reports."}}},
	{"microdata", Options{Name: "m.html"}, `<html><body><div itemscope itemtype="http://schema.org/JobPosting">
	  <h1 itemprop="title">Nurse</h1><span itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization"><span itemprop="name">Mercy ` +
		`Hospital</span></span>
	  <div itemprop="jobLocation" itemscope itemtype="http://schema.org/Place"><span itemprop="address" itemscope itemtype="http://schema.org/PostalAddress">
	  <span itemprop="addressLocality">Leeds</span></span></div><meta itemprop="datePosted" content="2025-05-05">
	  <div itemprop="description"><p>Care for patients on the ward.</p><ul><li>NMC registration</li></ul></div></div></body></html>`,
		readWant{title: "Nurse", company: "Mercy Hospital", location: "Leeds", posted: "2025-05-05",
			contains: []string{"Care for patients on the ward.\n\n- NMC registration"}}},
	{"__NEXT_DATA__", Options{Name: "n.html", URL: "https://careers.example.org/jobs/42"}, `<html><body><div id="__next"></div>
	  <script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"job":{"jobTitle":"Pharmacist","company":{"name":"Walgreen Co"},
	  "location":"Chicago, IL","workplaceType":"ONSITE","description":"<p>Dispense medicine safely.</p>","datePosted":"2025-06-01"}}}}</script></body></html>`,
		readWant{title: "Pharmacist", company: "Walgreen Co", location: "Chicago, IL", remote: "onsite", posted: "2025-06-01"}},
	{"window.__DATA__ and Phenom phApp.ddo", Options{Name: "w.html"}, `<html><body><script>var phApp = phApp || {}; phApp.ddo = {"jobDetail":{"status":200,
	  "data":{"job":{"title":"Store Manager","companyName":"Contoso","cityStateCountry":"Denver, CO, USA","location":"Denver, CO, USA","type":"Full time",
	  "postedDate":"2025-07-07T00:00:00.000+0000","description":"<p>Run the store.</p>"}}}}; window.foo = 1;</script></body></html>`,
		readWant{title: "Store Manager", company: "Contoso", location: "Denver, CO, USA", typ: "full-time", posted: "2025-07-07"}},
	{"salary in prose, euro style", Options{Name: "t.txt"}, "Title: Accountant\nCompany: Kontor GmbH\n\nGehalt: €55.000 – €70.000 per year," +
		" plus bonus. You will keep our books.",
		readWant{title: "Accountant", company: "Kontor GmbH", salary: sal(55000, 70000, "EUR", model.PeriodYear)}},
	{"salary in prose, annualized with cents", Options{Name: "t.txt"}, "Title: Case Worker\n\n" +
		"The pay for this position is $52,900.00 to $108,000.00 annualized, depending on experience.",
		readWant{title: "Case Worker", salary: sal(52900, 108000, "USD", model.PeriodYear)}},
	{"a small budget is not a salary", Options{Name: "t.txt"}, "Title: Engineer\n\nWe offer a learning budget of $500 per annum and a great team to work with.",
		readWant{title: "Engineer", salary: noSalary}},
	{"relative date against the fetch time", Options{Name: "w.json", Fetched: time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)},
		`{"jobPostings":[{"title":"Analyst","externalPath":"/job/x_1","postedOn":"Posted 3 Days Ago"},{"title":"Clerk","externalPath":"/job/y_2",` +
			`"postedOn":"Posted 30+ Days Ago"}]}`,
		readWant{count: 2, title: "Analyst", posted: "2025-03-07"}},
	{"relative date without a fetch time stays empty", Options{Name: "w.json"},
		`{"jobPostingInfo":{"title":"Analyst","jobDescription":"<p>Numbers.</p>","postedOn":"Posted Yesterday"}}`,
		readWant{title: "Analyst", posted: none}},
	{"unix seconds", Options{Name: "e.json"}, `{"positions":[{"name":"Chemist","location":"Basel",` +
		`"t_create":1735689600,"canonicalPositionUrl":"https://roche.eightfold.ai/careers/job/1"}]}`,
		readWant{title: "Chemist", company: "Roche", posted: "2025-01-01"}},
	{"404 page", Options{Name: "x.html"}, `<html><head><title>Page not found |` +
		` Careers</title></head><body><h1>Oops! 404</h1><p>The page you are looking for does not exist.</p></body></html>`,
		readWant{noJob: "not found"}},
	{"closed posting", Options{Name: "x.html"}, `<html><head><title>Careers at Acme</title></head><body><h1>This job is no longer available</h1><p>Browse ` +
		`our other openings.</p></body></html>`,
		readWant{noJob: "no longer available"}},
	{"search page", Options{Name: "s.html"}, `<html><head><title>1,234 Python jobs in Berlin - Job search</title></head><body><h1>Python jobs</h1><ul>` +
		strings.Repeat(`<li><a href="/jobs/view/123456">Python Developer</a> Acme, Berlin. Apply today for this role.</li>`, 20) + `</ul></body></html>`,
		readWant{noJob: "search"}},
	{"sign-in wall", Options{Name: "l.html"}, `<html><head><title>LinkedIn Login, Sign in |` +
		` LinkedIn</title></head><body><h1>Sign in</h1><form><input name="u"></form><p>New to LinkedIn? Join now</p></body></html>`,
		readWant{noJob: "sign-in wall"}},
	{"a list key makes a bare title a job", Options{Name: "board.json"},
		`{"name":"Zaelab","jobs":[{"title":"Analyst","url":"https://apply.workable.com/j/A1"},{"title":"Engineer","url":"https://apply.workable.com/j/B2"}]}`,
		readWant{count: 2, title: "Analyst", company: "Zaelab"}},
	{"company from the apply address", Options{Name: "t.txt"}, "Title: Welder\n\nWe build bridges. Send your CV to jobs@nordic-steel.co.uk before May.",
		readWant{title: "Welder", company: "Nordic Steel"}},
	{"a free mail host names no company", Options{Name: "t.txt"}, "Title: Nanny\n\nLooking after two kids. Send your CV to anna.berg@gmail.com.",
		readWant{title: "Nanny", company: none}},
	{"page state: the job shown, not the similar jobs", Options{Name: "n.html"}, `<html><body><main><h1>Baker</h1>
	  <div class="job-description"><p>Bake bread every morning in our shop on the harbour front.</p></div></main>
	  <script>window.__DATA__ = {"currentJob":{"jobTitle":"Baker","companyName":"Brot AG","location":"Zürich"},
	  "similarJobs":[{"title":"Cook","location":"Bern"},{"title":"Barista","location":"Basel"}]};</script></body></html>`,
		readWant{title: "Baker", company: "Brot AG", location: "Zürich", contains: []string{"Bake bread every morning"}}},
	{"Lever job page: facts in class names, company from the address", Options{Name: "l.html", URL: "https://jobs.lever.co/northwind/abc"},
		`<html><head><title>Northwind - Platform Engineer</title></head><body><div class="posting-headline"><h2>Platform Engineer</h2>
	  <div class="posting-categories"><div class="sort-by-location posting-category location">Lisbon, Portugal</div>
	  <div class="sort-by-commitment posting-category commitment">Full-time</div></div></div>
	  <div class="section page-centered"><p>` + strings.Repeat("You will run our Kubernetes clusters and keep deploys boring. ", 5) +
			`</p></div></body></html>`,
		readWant{title: "Platform Engineer", company: "Northwind", location: "Lisbon, Portugal"}},
	{"LinkedIn signed-in page title", Options{Name: "li.html"}, `<html><head><title>(3) Staff Engineer | Initech | LinkedIn</title></head><body>
	  <div class="job-details-jobs-unified-top-card__company-name"><a href="/company/initech">Initech</a></div>
	  <div class="jobs-description__content"><h2>About the job</h2><p>` + strings.Repeat("Design systems that scale to millions of users. ", 5) +
		`</p></div></body></html>`,
		readWant{title: "Staff Engineer", company: "Initech", contains: []string{"Design systems that scale"}}},
	{"Indeed page title", Options{Name: "in.html"}, `<html><head><title>Senior Engineer - Platform - Umbrella Corp - Raccoon City, MO |` +
		` Indeed.com</title></head><body>
	  <div id="jobDescriptionText"><p>` + strings.Repeat("Keep the platform healthy and the on-call calm. ", 5) + `</p></div></body></html>`,
		readWant{title: "Senior Engineer - Platform", company: "Umbrella Corp", location: "Raccoon City, MO"}},
	{"Workday list: page address and company from the API address", Options{Name: "jobs.json",
		URL: "https://acme.wd5.myworkdayjobs.com/wday/cxs/acme/External/jobs"},
		`{"total":1,"jobPostings":[{"title":"Buyer","externalPath":"/job/Berlin/Buyer_R1","locationsText":"Berlin","postedOn":"Posted Today"}]}`,
		readWant{title: "Buyer", company: "Acme", url: "https://acme.wd5.myworkdayjobs.com/External/job/Berlin/Buyer_R1"}},
	{"RDFa", Options{Name: "r.html"}, `<html><body><div vocab="https://schema.org/" typeof="JobPosting"><h1 property="title">Gardener</h1>
	  <div property="hiringOrganization" typeof="Organization"><span property="name">Kew Trust</span></div>
	  <div property="description"><p>Tend the glasshouses and the lawns through the seasons.</p></div></div></body></html>`,
		readWant{title: "Gardener", company: "Kew Trust", contains: []string{"Tend the glasshouses"}}},
	{"a day rate is not read as a monthly salary", Options{Name: "t.txt"},
		"Title: Contractor\nSalary: €450 per day\n\nSix months, start in June, on site in Lyon.",
		readWant{title: "Contractor", salary: noSalary}},
	{"JSON-LD weekly pay is left empty", Options{Name: "p.html"}, `<script type="application/ld+json">{"@type":"JobPosting","title":"Picker",` +
		`"description":"Pick orders in our warehouse.",
	  "baseSalary":{"@type":"MonetaryAmount","currency":"GBP","value":{"@type":"QuantitativeValue","value":520,"unitText":"WEEK"}}}</script>`,
		readWant{title: "Picker", salary: noSalary}},
	{"pasted page source", Options{}, "Saved from the job board\n" + strings.Repeat(`<link rel="preload" href="/a.css">`, 60) +
		`<meta name="x" content="y"><div class="job"><h1>Pastry Chef</h1><p>Bake for our three cafés in Porto. Early starts, good coffee, a kind team.</p>` +
		`<ul><li>Pastry training</li><li>Two years in a kitchen</li></ul></div>`,
		readWant{title: "Pastry Chef", contains: []string{"Bake for our three cafés in Porto.", "- Pastry training"}}},
	{"JSON without a job", Options{Name: "x.json"}, `{"status":"ok","items":[{"id":1},{"id":2}]}`, readWant{noJob: "no job record"}},
	{"workable v2 job: published date, type full, workplace", Options{Name: "job.json", URL: "https://apply.workable.com/acme/j/F88446C814/"},
		`{"id":4012345,"shortcode":"F88446C814","title":"Senior Backend Engineer","remote":false,
	  "location":{"country":"Greece","countryCode":"GR","city":"Athens","region":"Attica"},"state":"published",
	  "published":"2026-08-03T00:00:00.000Z","type":"full","workplace":"hybrid","description":"<p>Build the payments platform in Go.</p>"}`,
		readWant{title: "Senior Backend Engineer", company: "Acme", remote: "hybrid", typ: "full-time", posted: "2026-08-03",
			contains: []string{"Build the payments platform in Go."}}},
}

func TestReadKinds(t *testing.T) {
	for _, k := range kinds {
		t.Run(k.name, func(t *testing.T) {
			jobs, err := Read([]byte(k.data), k.opt)
			checkRead(t, jobs, err, k.want)
		})
	}
}

func TestReadApplyURLAndPageURL(t *testing.T) {
	jobs, err := Read([]byte(kinds[2].data), Options{Name: "lever.json"})
	if err != nil {
		t.Fatal(err)
	}
	if jobs[0].URL != "https://jobs.lever.co/northwind/x" || jobs[0].ApplyURL != "https://jobs.lever.co/northwind/x/apply" {
		t.Errorf("url %q apply %q", jobs[0].URL, jobs[0].ApplyURL)
	}
	page := `<html><head><title>Welder</title></head><body><h1>Welder</h1><p>` + strings.Repeat("Weld steel frames for bridges. ", 20) + `</p></body></html>`
	jobs, err = Read([]byte(page), Options{Name: "p.html", URL: "https://shop.example/careers/welder"})
	if err != nil {
		t.Fatal(err)
	}
	if jobs[0].URL != "https://shop.example/careers/welder" {
		t.Errorf("page URL not kept: %q", jobs[0].URL)
	}
}

func TestReadLimits(t *testing.T) {
	_, err := Read(make([]byte, MaxInput+1), Options{})
	if model.ErrorCode(err) != model.CodeTooLarge {
		t.Errorf("over 10 MB: %v", err)
	}
	if MaxInput != 10<<20 {
		t.Errorf("MaxInput = %d, want 10 MB", MaxInput)
	}
	var e *NoJobError
	if _, err := Read([]byte(`<html><body><p>Hi</p></body></html>`), Options{Name: "x.html"}); !errors.As(err, &e) {
		t.Errorf("an empty page: %v, want a no-job error", err)
	}
}

// bigPage builds a job page of about size bytes shaped like a saved
// LinkedIn page: long head, many scripts and styles, the posting, a list of
// similar jobs.
func bigPage(size int) []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><title>Acme hiring Senior Engineer in Berlin, Germany | LinkedIn</title>`)
	for i := 0; b.Len() < size/3; i++ {
		fmt.Fprintf(&b, `<style>.c%d{color:red;margin:0 auto}</style><script>window.x%d = {"a":[1,2,3],"b":"%s"};</script>`, i, i, strings.Repeat("z", 200))
	}
	b.WriteString(`</head><body><main><h1>Senior Engineer</h1><div class="description__text show-more-less-html">`)
	for i := 0; b.Len() < size*2/3; i++ {
		fmt.Fprintf(&b, `<p>Paragraph %d of the posting: you will build <strong>reliable</strong> services &amp; tools.</p><ul><li>Go</li><li>SQL</li></ul>`, i)
	}
	b.WriteString(`</div><section class="similar-jobs"><ul>`)
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, `<li><a href="https://www.linkedin.com/jobs/view/engineer-at-other-%d">Engineer</a><span>Other Co</span><span>2 days `+
			`ago</span></li>`, 4000000+i)
	}
	b.WriteString(`</ul></section></main></body></html>`)
	return []byte(b.String())
}

func TestBigPage(t *testing.T) {
	jobs, err := Read(bigPage(1300<<10), Options{Name: "big.html"})
	if err != nil {
		t.Fatal(err)
	}
	if jobs[0].Title != "Senior Engineer" || jobs[0].Company != "Acme" || jobs[0].Location != "Berlin, Germany" {
		t.Errorf("job = %q at %q in %q", jobs[0].Title, jobs[0].Company, jobs[0].Location)
	}
}
