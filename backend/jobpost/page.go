package jobpost

import (
	"bytes"
	"sort"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/huntbook/huntbook/backend/lazyre"
	"github.com/huntbook/huntbook/backend/model"
)

// parseHTML reads a saved job page: JobPosting JSON-LD when present, else the
// page's readable main text.
func parseHTML(data []byte, maxJobs int) ([]Job, error) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, model.Errorf(model.CodeCorrupt, "read job page: %v", err)
	}
	p := &page{labels: map[string]string{}, classLabels: map[string]string{}}
	p.scan(doc)
	var jobs []Job
	defer func() {
		for i := range jobs {
			p.complete(&jobs[i])
		}
	}()
	var docs []any
	ids := map[string]map[string]any{}
	for _, body := range p.ld {
		if v, err := decodeLD(body); err == nil {
			docs = append(docs, v)
			indexIDs(v, ids, 0)
		}
	}
	for _, v := range docs {
		for _, posting := range findPostings(v, nil, 0) {
			j := fromPosting(resolveIDs(posting, ids, 0).(map[string]any))
			if j.Description == "" {
				j.Description = p.mainText(doc)
				j.Sources.Description = "page text"
			}
			if j.URL == "" {
				j.URL = p.canonical
				j.Sources.URL = "page address"
			}
			jobs = append(jobs, j)
			if len(jobs) >= maxJobs {
				return jobs, nil
			}
		}
	}
	if len(jobs) > 0 {
		return jobs, nil
	}
	for _, item := range p.items {
		j := fromPosting(item)
		j.Source = "microdata"
		if j.Description == "" {
			j.Description = p.mainText(doc)
			j.Sources.Description = "page text"
		}
		jobs = append(jobs, j)
		if len(jobs) >= maxJobs {
			break
		}
	}
	if len(jobs) > 0 {
		return jobs, nil
	}
	if jobs = p.scriptJobs(maxJobs); len(jobs) > 0 {
		if len(jobs) == 1 {
			// the page's own text fills what its data left out
			fillFrom(&jobs[0], p.readable(doc, jobs[0].Description == ""))
		}
		return jobs, nil
	}
	j := p.readable(doc, true)
	if why := whyNoJob(p, j); why != "" {
		return nil, noJob(why)
	}
	jobs = []Job{j}
	return jobs, nil
}

// complete fills a job's missing fields from the page's meta tags.
func (p *page) complete(j *Job) {
	if j.URL == "" {
		j.URL = p.canonical
		j.Sources.URL = "page address"
	}
	t, c, l := p.metaTitle()
	if j.Company == "" {
		j.Company = c
		j.Sources.Company = "page title"
	}
	if j.Location == "" {
		j.Location = l
		j.Sources.Location = "page title"
	}
	if j.Title == "" {
		j.Title = t
		j.Sources.Title = "page title"
	}
}

// linkedInTitle is how LinkedIn titles a job page: "Acme hiring Data
// Engineer in Berlin, Germany | LinkedIn".
var linkedInTitle = lazyre.New(`^(.{1,100}?) hiring (.{1,200}?)(?: Job)?(?: in (.{1,120}?))?\s*\|\s*(?:LinkedIn|Glassdoor)$`)

// siteTitles are how job sites title a posting: LinkedIn signed in
// "(3) Data Engineer | Acme | LinkedIn", Indeed "Data Engineer - Acme -
// Berlin | Indeed.com"; groups: title, company, location.
var siteTitles = []*lazyre.Regexp{
	lazyre.New(`^(?:\(\d+\)\s*)?(.{2,200}?) \| (.{1,100}?) \| LinkedIn$`),
	lazyre.New(`^(.{2,200}) - (.{1,100}?) - (.{1,120}?) \| Indeed(?:\.[a-z.]+)?$`),
}

// titleAt splits "Senior Data Analyst at Bluewater".
var titleAt = lazyre.New(`^(.{2,200}?)\s+(?:at|@|bei|chez|hos)\s+(.{2,100})$`)

// metaTitle reads title, company and location from the page's title and
// OpenGraph tags, as far as they state them.
func (p *page) metaTitle() (title, company, location string) {
	for _, t := range []string{p.ogTitle, p.title} {
		t = strings.TrimSpace(t)
		if m := linkedInTitle.FindStringSubmatch(t); m != nil {
			return m[2], m[1], m[3]
		}
		for _, re := range siteTitles {
			if m := re.FindStringSubmatch(t); m != nil {
				m = append(m, "") // the LinkedIn form has no location
				return m[1], m[2], m[3]
			}
		}
	}
	og := strings.TrimSpace(p.ogTitle)
	if m := titleAt.FindStringSubmatch(og); m != nil && (p.h1 == "" || strings.EqualFold(oneLine(p.h1), m[1]) || strings.EqualFold(p.siteName, m[2])) {
		return m[1], m[2], ""
	}
	return firstNonEmpty(og, siteSuffix.ReplaceAllString(p.title, "")), "", ""
}

// page collects what one pass over the document finds.
type page struct {
	ld         []string
	items      []map[string]any // microdata / RDFa JobPosting items
	title      string           // <title>
	ogTitle    string
	canonical  string
	h1         string
	afterH1    string // the first heading after the h1 (often the employer)
	content    *html.Node
	main       *html.Node
	article    *html.Node
	labels     map[string]string
	pendingKey string
	sourceAt   string

	firstH2       string
	classLabels   map[string]string // facts from class names, after the labelled ones
	ogDescription string
	siteName      string
	jobLinks      int      // links that look like links to single postings
	scripts       []string // inline scripts that may carry the page's data
	scriptBytes   int
}

func (p *page) scan(n *html.Node) {
	if n.Type == html.TextNode && len(n.Data) < 60 {
		p.shortFact(n.Data)
	}
	if n.Type == html.ElementNode && !p.element(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.scan(c)
	}
}

// element reads what one element tells about the page; false means its
// children hold nothing to scan (scripts, styles, templates, SVG).
func (p *page) element(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script:
		p.script(n)
		return false
	case atom.Style, atom.Noscript, atom.Template, atom.Svg:
		return false
	case atom.Title:
		if p.title == "" {
			p.title = strings.TrimSpace(rawText(n))
		}
	case atom.Meta:
		p.meta(n)
	case atom.Link:
		if attr(n, "rel") == "canonical" {
			p.canonical = attr(n, "href")
		}
	case atom.H1:
		if p.h1 == "" {
			p.h1 = strings.TrimSpace(rawText(n))
		}
	case atom.H2, atom.H3:
		p.heading(n)
	case atom.Dt:
		p.pendingKey = oneLine(rawText(n))
	case atom.Dd, atom.P:
		p.paragraphLabels(n)
	case atom.Li:
		if hasColon(n, 0) {
			if k, v, ok := strings.Cut(rawText(n), ":"); ok && len(k) < 40 {
				p.label(k, v)
			}
		}
	case atom.A:
		p.link(n)
	case atom.Main:
		if p.main == nil {
			p.main = n
		}
	case atom.Article:
		if p.article == nil {
			p.article = n
		}
	}
	p.blockFacts(n)
	return true
}

// script keeps a JSON-LD block, or an inline script that may carry the
// page's data.
func (p *page) script(n *html.Node) {
	if n.FirstChild == nil {
		return
	}
	typ := strings.ToLower(attr(n, "type"))
	switch {
	case strings.Contains(typ, "ld+json"):
		p.ld = append(p.ld, n.FirstChild.Data)
	case attr(n, "src") == "" && p.scriptBytes < MaxInput && (typ == "" || strings.Contains(typ, "javascript") || strings.Contains(typ, "json")):
		body := n.FirstChild.Data
		if attr(n, "id") == "__NEXT_DATA__" || strings.Contains(typ, "json") {
			body = "__DATA__=" + body
		}
		p.scripts = append(p.scripts, body)
		p.scriptBytes += len(body)
	}
}

// meta reads the Open Graph, Twitter and description meta tags.
func (p *page) meta(n *html.Node) {
	switch firstNonEmpty(attr(n, "property"), attr(n, "name")) {
	case "og:title", "twitter:title":
		if p.ogTitle == "" {
			p.ogTitle = attr(n, "content")
		}
	case "og:description", "description", "twitter:description":
		if p.ogDescription == "" {
			p.ogDescription = attr(n, "content")
		}
	case "og:site_name":
		p.siteName = attr(n, "content")
	case "og:url":
		if p.canonical == "" {
			p.canonical = attr(n, "content")
		}
	}
}

// heading notes the first h2, the heading after the h1 and the key a
// following paragraph may be the value of.
func (p *page) heading(n *html.Node) {
	t := oneLine(rawText(n))
	if p.firstH2 == "" && n.DataAtom == atom.H2 {
		p.firstH2 = t
	}
	if p.h1 != "" && p.afterH1 == "" && n.DataAtom == atom.H2 && !p.inContent(n) && !sectionHeading.MatchString(t) {
		p.afterH1 = t
	}
	p.pendingKey = t
}

// paragraphLabels reads a dd or p as the value of the pending key, and its
// "Label: value" lines.
func (p *page) paragraphLabels(n *html.Node) {
	if p.pendingKey != "" {
		p.label(p.pendingKey, rawText(n))
		p.pendingKey = ""
	}
	// "<strong>Location:</strong> Kirkland WA<br><strong>Hours:</strong> …"
	if !hasColon(n, 0) {
		return
	}
	lines := strings.Split(rawText(n), "\n")
	for i, line := range lines {
		if k, v, ok := strings.Cut(line, ":"); ok && len(strings.TrimSpace(k)) < 40 && !strings.Contains(k, "http") {
			if strings.TrimSpace(v) == "" && i+1 < len(lines) {
				v = lines[i+1] // "<strong>Location:</strong>\n Kirkland WA"
			}
			p.label(k, v)
		}
	}
}

// link counts links to single postings and reads "apply at <source>".
func (p *page) link(n *html.Node) {
	if isJobLink(attr(n, "href")) {
		p.jobLinks++
	}
	if p.sourceAt == "" {
		if t := rawText(n); containsFold(t, "at ") {
			if m := sourceAt.FindStringSubmatch(oneLine(t)); m != nil {
				p.sourceAt = m[1]
			}
		}
	}
}

// blockFacts reads what any element may carry: a class naming a field,
// JobPosting microdata, the posting's content block.
func (p *page) blockFacts(n *html.Node) {
	if key := classField(n); key != "" {
		if t := oneLine(rawText(n)); t != "" && len(t) < 120 {
			p.classLabel(key, t)
		}
	}
	if isScope(n) && strings.EqualFold(itemType(n), "JobPosting") && len(p.items) < MaxRecords {
		p.items = append(p.items, microdata(n, 0))
	}
	if p.content == nil && n.DataAtom != atom.Body && n.DataAtom != atom.Html && len(n.Attr) > 0 && isContentBlock(n) && hasText(n, 80) {
		p.content = n
	}
	if n.DataAtom == atom.Div || n.DataAtom == atom.Section {
		p.pendingKey = ""
	}
}

var sourceAt = lazyre.New(`(?i)(?:complete text|full (?:job )?(?:text|description|posting)|apply) at (.{2,80})$`)

func (p *page) label(k, v string) {
	k = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(k), ":"))
	v = strings.TrimSpace(v)
	if k == "" || v == "" || len(k) > 60 || strings.Count(k, " ") > 3 {
		return // a sentence with a colon in it, not a label: every label looked up has at most four words
	}
	k = strings.ToLower(k)
	if _, ok := p.labels[k]; !ok {
		p.labels[k] = v
	}
}

// get returns the first labelled value among keys.
func (p *page) get(keys ...string) string {
	for _, k := range keys {
		if v := p.labels[k]; v != "" {
			return v
		}
	}
	return ""
}

// mainText returns the readable text of the posting's content block.
func (p *page) mainText(doc *html.Node) string {
	switch {
	case p.content != nil:
		return nodeText(p.content, false)
	case p.article != nil:
		return nodeText(p.article, true)
	case p.main != nil:
		return nodeText(p.main, true)
	}
	return nodeText(doc, true)
}

// readable builds a Job from a page without structured data; withText
// false leaves the description out (reading it is the costly part).
func (p *page) readable(doc *html.Node, withText bool) Job {
	j := Job{Source: "html", URL: p.canonical}
	j.Sources.URL = "page address"
	t, _, _ := p.metaTitle()
	j.Sources.Title = "page title"
	if p.h1 == "" && p.firstH2 != "" && (strings.Contains(p.title, p.firstH2) || strings.Contains(p.ogTitle, p.firstH2)) {
		t = p.firstH2 // "Northwind - Platform Engineer" titles a page whose h2 is the job
		j.Sources.Title = "page heading"
	}
	j.Title = firstNonEmpty(oneLine(p.h1), t, p.firstH2)
	if oneLine(p.h1) != "" || t == "" {
		j.Sources.Title = "page heading"
	}
	if withText {
		j.Description = p.mainText(doc)
		if d := CleanText(p.ogDescription); len(j.Description) < 200 && len(d) > len(j.Description) {
			j.Description = d
			j.Source = "og"
			j.Sources.Description = "meta tags"
		}
	}
	j.Company = firstLine(firstNonEmpty(p.get("employer", "company", "hiring organization", "hiring company", "arbeitgeber", "unternehmen", "arbejdsgiver",
		"virksomhed", "empresa", "entreprise"), p.sourceAt, p.classLabels["company"]))
	if j.Company == "" && p.afterH1 != "" && len(p.afterH1) < 80 && !strings.Contains(strings.ToLower(p.afterH1), "job") {
		j.Company = p.afterH1
		j.Sources.Company = "page heading"
	}
	j.Location = p.get("location", "work area", "job location", "work location", "workplace", "arbeitsort", "standort", "arbejdssted", "ubicación", "lieu")
	if j.Location == "" {
		j.Location = p.classLabels["location"]
	}
	j.Remote = remotePolicy(p.get("remote", "workplace type", "work model", "working model", "work arrangement", "arbeitsmodell", "arbeitsweise",
		"homeoffice", "remote work"))
	if j.EmploymentType = p.get("employment type", "type of employment", "job type", "hours", "working hours", "weekly working hours", "anstellungsart",
		"ansættelsesform"); j.EmploymentType == "" {
		j.EmploymentType = p.classLabels["typeText"] // a lone "Full-time" beside the title
	}
	j.DatePosted = j.postedDate(p.get("date posted", "posted", "created", "advertisement publish date", "published", "publication date", "veröffentlicht",
		"oprettet"))
	if j.DatePosted == "" && j.postedRaw == "" {
		j.DatePosted = j.postedDate(p.classLabels["posted"])
	}
	if j.DatePosted == "" && j.postedRaw == "" {
		j.DatePosted = j.postedDate(p.classLabels["postedText"])
	}
	j.ValidThrough = parseDate(p.get("application deadline", "deadline", "apply by", "closing date", "application", "bewerbungsfrist", "ansøgningsfrist"))
	j.Salary = ParseSalary(firstNonEmpty(p.get("salary", "pay", "compensation", "gehalt", "løn", "salario"), p.classLabels["salary"]))
	j.mark("page text")
	j.tidySources()
	return j
}

var siteSuffix = lazyre.New(`\s*[|–—-]\s*[^|–—-]+$`)

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
