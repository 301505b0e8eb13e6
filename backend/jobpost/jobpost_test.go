package jobpost

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/corpus"
	"github.com/huntbook/huntbook/backend/model"
)

// want lists fields read by hand from each corpus file; empty fields are not checked.
type want struct {
	title, company, location, typ, posted, valid, url, lang string
	remote                                                  model.Remote
	salary                                                  model.Salary
	contains                                                []string // must be in the description
}

var corpusWant = map[string]want{
	"cvjdmatching_1017340707950150.json": {title: "Procurement Manager", company: "RWE AG", location: "Panama City, Panama", typ: "contract",
		posted: "2022-05-19", lang: "en",
		salary: model.Salary{Min: 5_500_000, Max: 8_400_000, Currency: "USD", Period: model.PeriodYear}, contains: []string{"## Responsibilities", "- BBA",
			"Promote diversity and inclusion"}},
	"cvjdmatching_teacher.json": {title: "High School Science Teacher", company: "Brightwood International School", location: "Sydney, Australia",
		typ: "full-time", posted: "2024-02-20",
		salary:   model.Salary{Min: 4_900_000, Max: 9_200_000, Currency: "USD", Period: model.PeriodYear},
		contains: []string{"- Develop and teach science curriculum for grades 9–12.", "- Teaching License"}},
	"cvjdmatching_advocate.json": {title: "Advocate / Legal Associate", company: "Harper & Finch Legal Group", location: "Chicago, United States",
		typ:    "full-time",
		salary: model.Salary{Min: 7_800_000, Max: 14_200_000, Currency: "USD", Period: model.PeriodYear}},
	"cvjdmatching_2098552040971402.json": {title: "Substance Abuse Counselor", company: "Wipro Limited", typ: "part-time",
		salary: model.Salary{Min: 5_700_000, Max: 11_200_000, Currency: "USD", Period: model.PeriodYear}},
	"cvjdmatching_tiny.csv": {title: "Procurement Manager", company: "RWE AG", location: "Panama City, Panama", typ: "contract", posted: "2022-05-19",
		salary: model.Salary{Min: 5_500_000, Max: 8_400_000, Currency: "USD", Period: model.PeriodYear}, contains: []string{"## Benefits", "- Profit-Sharing"}},
	"linkedin_4117560283.txt": {title: "Adjunct Computer Science Instructor", company: "Virginia's Community College System", location: "Richmond, VA",
		url: "https://www.linkedin.com/jobs/view/4117560283/", lang: "en", contains: []string{"CSC 222 – Object Oriented Programming (Java)",
			"KSA's/Required Qualifications"}},
	"linkedin_4149956952.txt": {title: "Remote Math Teacher (Pre-K to K)", company: "Think Academy U.S", remote: model.RemoteRemote,
		salary: model.Salary{Min: 3300, Max: 3300, Currency: "USD", Period: model.PeriodHour}},
	"linkedin_4207665840.txt": {title: "Learning Instructor II with verification", company: "Oracle",
		salary: model.Salary{Min: 2548, Max: 6063, Currency: "USD", Period: model.PeriodHour}},
	"linkedin_4204481720.txt": {company: "US Anesthesia Partners", remote: model.RemoteRemote},
	"linkedin_4196748635.txt": {company: "Virginia Commonwealth University"}, // "$1,395 per credit" is not a salary
	"resumematcher_backend-eng.txt": {title: "Senior Backend Engineer", lang: "en",
		contains: []string{"Requirements: 4+ years of professional Python experience"}},
	"resumematcher_german_job.md": {title: "Backend Engineer (m/w/d)", lang: "de",
		contains: []string{"Python-Services.\nSie entwickeln", "- Containerisierung (Docker) und Deployment\n- Qualitätssicherung", "## Muss-Kriterien"}},
	"workindenmark_Page01_PageItemExtended01.html": {title: "Learning sales – Fulltime Student Position", company: "KK Wind Solutions A/S",
		location: "Ikast", posted: "2021-05-07",
		contains: []string{"- You want to learn and develop you sales skills"}},
	"workindenmark_Page03_PageItemExtended01.html": {title: "Assistant professor (adjunkt) position in ultrafast photoelectron spectroscopy",
		company: "Aarhus Universitet",
		posted:  "2021-05-06", valid: "2021-05-26", contains: []string{"Starting Date and Period"}},
	"workindenmark_api_JobPostingExtended01.json": {title: "Linux Specialist", company: "Keepit A/S", location: "København Ø, Danmark", typ: "full-time",
		posted: "2021-07-02", valid: "2021-08-27", contains: []string{"Keepit is looking for a Linux Specialist"}},
}

func TestCorpus(t *testing.T) {
	dir := corpus.Path(t, "jd")
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus jd files: %v", err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		if strings.HasSuffix(name, ".tsv") || strings.HasSuffix(name, ".md") && strings.HasPrefix(name, "README") {
			continue
		}
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			j, err := Parse(data, name)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			// every file: a title, a clean description, no markup left
			if j.Title == "" || len(j.Description) < 100 {
				t.Errorf("title %q, description %d bytes", j.Title, len(j.Description))
			}
			for _, bad := range []string{"<script", "<div", "</p>", "&amp;", "&nbsp;", "function(", `\n`} {
				if strings.Contains(j.Description, bad) {
					t.Errorf("description still contains %q", bad)
				}
			}
			if strings.Contains(j.Description, "\n\n\n") || strings.Contains(j.Description, "  ") {
				t.Errorf("whitespace not normalised")
			}
			w, ok := corpusWant[name]
			if !ok {
				return
			}
			check := func(field, got, want string) {
				if want != "" && got != want {
					t.Errorf("%s = %q, want %q", field, got, want)
				}
			}
			check("title", j.Title, w.title)
			check("company", j.Company, w.company)
			check("location", j.Location, w.location)
			check("employmentType", j.EmploymentType, w.typ)
			check("datePosted", j.DatePosted, w.posted)
			check("validThrough", j.ValidThrough, w.valid)
			check("url", j.URL, w.url)
			check("language", j.Language, w.lang)
			check("remote", string(j.Remote), string(w.remote))
			if j.Salary != w.salary {
				t.Errorf("salary = %+v, want %+v", j.Salary, w.salary)
			}
			for _, c := range w.contains {
				if !strings.Contains(j.Description, c) {
					t.Errorf("description lacks %q", c)
				}
			}
		})
	}
}

func TestParseAllCSV(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(corpus.Path(t, "jd"), "cvjdmatching_tiny.csv"))
	if err != nil {
		t.Fatal(err)
	}
	jobs, err := ParseAll(data, "tiny.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(jobs) != 7 {
		t.Fatalf("got %d jobs, want the 7 rows", len(jobs))
	}
	// the file holds "AsunciÃ³n", UTF-8 read as Latin-1 once; it is repaired
	if jobs[2].Location != "Asunción, Paraguay" || jobs[2].Title != "Substance Abuse Counselor" {
		t.Errorf("row 3 = %q at %q", jobs[2].Title, jobs[2].Location)
	}
}

const ldPage = `<!doctype html><html><head><title>Jobs | Example</title>
<script>window.dataLayer=[];function x(){return "<p>not text</p>"}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebPage","name":"Careers"},
 {"@type":["JobPosting"],"title":"Data Engineer","datePosted":"2024-03-01T09:00:00Z","validThrough":"2024-04-30",
  "employmentType":["FULL_TIME"],"hiringOrganization":{"@type":"Organization","name":"Acme &amp; Co"},
  "jobLocation":[{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Lisboa","addressCountry":{"@type":"Country","name":"PT"}}}],
  "jobLocationType":"TELECOMMUTE",
  "baseSalary":{"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue","minValue":50000,"maxValue":65000,"unitText":"YEAR"}},
  "description":"&lt;p&gt;Build pipelines in &lt;b&gt;Python&lt;/b&gt;.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Spark&lt;/li&gt;&lt;li&gt;Airflow &amp;amp; dbt&lt;` +
	`/li&gt;&lt;/ul&gt;",
  "url":"https://example.com/jobs/42"}]}</script>
</head><body><nav>Home</nav><h1>Data Engineer</h1><p>Page text</p></body></html>`

func TestJSONLDGraph(t *testing.T) {
	j, err := Parse([]byte(ldPage), "")
	if err != nil {
		t.Fatal(err)
	}
	if j.Source != "jsonld" || j.Title != "Data Engineer" || j.Company != "Acme & Co" || j.Location != "Lisboa, PT" ||
		j.Remote != model.RemoteRemote || j.EmploymentType != "full-time" || j.DatePosted != "2024-03-01" || j.ValidThrough != "2024-04-30" ||
		j.URL != "https://example.com/jobs/42" {
		t.Errorf("job = %+v", j)
	}
	if j.Salary != (model.Salary{Min: 5_000_000, Max: 6_500_000, Currency: "EUR", Period: model.PeriodYear}) {
		t.Errorf("salary = %+v", j.Salary)
	}
	if j.Description != "Build pipelines in Python.\n\n- Spark\n- Airflow & dbt" {
		t.Errorf("description = %q", j.Description)
	}
}

func TestReadableFallbackSkipsScripts(t *testing.T) {
	page := `<html><head><style>.a{}</style></head><body><header>Sign in</header><main>
<h1>Nurse (m/w/d)</h1><div class="job-description"><p>Wir suchen eine Pflegefachkraft für unser Team in Berlin. Sie betreuen Patienten und arbeiten mit dem ` +
		`Team.</p>
<script>alert(1)</script><ul><li>Examen als Pflegefachkraft</li><li>Teamfähigkeit</li></ul></div></main><footer>Impressum</footer></body></html>`
	j, err := Parse([]byte(page), "job.html")
	if err != nil {
		t.Fatal(err)
	}
	if j.Title != "Nurse (m/w/d)" || j.Language != "de" {
		t.Errorf("title %q language %q", j.Title, j.Language)
	}
	want := "Wir suchen eine Pflegefachkraft für unser Team in Berlin. Sie betreuen Patienten und arbeiten mit dem Team.\n\n- Examen als Pflegefachkraft\n" +
		"- Teamfähigkeit"
	if j.Description != want {
		t.Errorf("description = %q", j.Description)
	}
}

func TestLimitsAndJunk(t *testing.T) {
	cases := []struct {
		name string
		data []byte
		code model.Code
	}{
		{"broken JSON file", []byte(`{"title": "x"`), model.CodeCorrupt},
		{"empty", []byte("  \n "), model.CodeInvalid},
		{"binary", append([]byte("%PDF-1.7\x00\x01\x02"), make([]byte, 100)...), model.CodeUnsupported},
		{"too large", []byte(strings.Repeat("a", MaxInput+1)), model.CodeTooLarge},
		{"empty JSON", []byte(`{}`), model.CodeInvalid},
	}
	for _, c := range cases {
		name := ""
		if strings.Contains(c.name, "file") {
			name = "job.json"
		}
		_, err := Parse(c.data, name)
		var e *model.Error
		if !errors.As(err, &e) {
			t.Errorf("%s: err = %v, want a *model.Error", c.name, err)
			continue
		}
		if e.Code != c.code {
			t.Errorf("%s: code %s, want %s (%v)", c.name, e.Code, c.code, err)
		}
	}
}

func TestDetectLanguage(t *testing.T) {
	cases := map[string]string{
		"en": "We are looking for an engineer with experience in the cloud and you will work with our team.",
		"de": "Wir suchen eine Entwicklerin mit Erfahrung und Kenntnisse in der Cloud, die mit uns im Team arbeitet.",
		"es": "Buscamos una persona con experiencia en ventas para el equipo de la empresa y con ganas de crecer.",
		"fr": "Nous recherchons une personne avec de l'expérience pour notre équipe dans le secteur des ventes.",
		"pt": "Procuramos uma pessoa com experiência em vendas para a nossa equipa, com vontade de crescer e não parar.",
		"it": "Cerchiamo una persona con esperienza nel settore delle vendite per il nostro gruppo di lavoro che sia motivata.",
		"nl": "Wij zoeken een collega met ervaring in de verkoop voor ons team, je werkt samen met onze klanten.",
		"da": "Vi søger en medarbejder med erfaring til vores team, og du skal arbejde med kunder i det daglige.",
		"":   "Python Docker",
	}
	for want, text := range cases {
		if got := DetectLanguage(text); got != want {
			t.Errorf("DetectLanguage(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestParseSalary(t *testing.T) {
	cases := map[string]model.Salary{
		"$55K-$84K":                  {Min: 5_500_000, Max: 8_400_000, Currency: "USD", Period: model.PeriodYear},
		"€60,000 - €75,000 per year": {Min: 6_000_000, Max: 7_500_000, Currency: "EUR", Period: model.PeriodYear},
		"50.000 - 60.000 EUR":        {Min: 5_000_000, Max: 6_000_000, Currency: "EUR", Period: model.PeriodYear},
		"$25.50/hour":                {Min: 2550, Max: 2550, Currency: "USD", Period: model.PeriodHour},
		"£3,200 per month":           {Min: 320_000, Max: 320_000, Currency: "GBP", Period: model.PeriodMonth},
		"competitive":                {},
	}
	for in, want := range cases {
		if got := ParseSalary(in); got != want {
			t.Errorf("ParseSalary(%q) = %+v, want %+v", in, got, want)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(ldPage), "")
	f.Add([]byte("Title: A\nCompany: B\n\nAbout the job\n\ntext"), "x.txt")
	f.Add([]byte("a,b\n1,2"), "x.csv")
	f.Add([]byte(`[{"title":"x","description":"<p>y</p>"}]`), "x.json")
	f.Add([]byte(`<script type="application/ld+json">[{"@type":"JobPosting","title":1}]</script>`), "")
	for _, k := range kinds {
		f.Add([]byte(k.data), k.opt.Name)
	}
	f.Add([]byte(`<?xml version="1.0"?><workzag-jobs><position><name>A</name><office>B</office></position></workzag-jobs>`), "feed.xml")
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		jobs, err := ParseAll(data, name)
		if err == nil && len(jobs) == 0 {
			t.Fatal("no error and no job")
		}
		for _, j := range jobs {
			if strings.Contains(j.Description, "\n\n\n") {
				t.Fatalf("unnormalised description %q", j.Description)
			}
			if j.Title == "" && j.Description == "" {
				t.Fatal("a job with neither title nor description")
			}
		}
	})
}

// Words either side of an inline element keep the space the HTML has, in
// front of or after the element.
func TestHTMLToTextKeepsSpacesAroundInlineElements(t *testing.T) {
	for in, want := range map[string]string{
		`<p>Run our <b>Kubernetes</b> platform.</p>`:           "Run our Kubernetes platform.",
		`<p>Use <a href="/x">Go</a>, <i>SQL</i> and more.</p>`: "Use Go, SQL and more.",
		`<p>one<b>two</b>three</p>`:                            "onetwothree",
		`<p><b>Salary:</b> €50k</p>`:                           "Salary: €50k",
	} {
		if got := htmlToText(in); got != want {
			t.Errorf("htmlToText(%q) = %q, want %q", in, got, want)
		}
	}
}
