package jobpost

import (
	"bytes"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/huntbook/huntbook/backend/model"
)

// contentHint matches the class or id of the element that holds a posting's
// text on most job boards and applicant-tracking systems.
var contentHint = regexp.MustCompile(`(?i)job[-_ ]?description|jobad|job[-_]?ad[-_]?(?:body|text|content)|posting[-_]?(?:body|description|content)|job[-_]?details?[-_]?(?:body|content|text)|vacancy[-_]?(?:text|description)|description__text|show-more-less-html`)

// isContentBlock reports an element whose class, id or itemprop says it
// holds the posting's text.
func isContentBlock(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id":
			if mayHintContent(a.Val) && contentHint.MatchString(a.Val) {
				return true
			}
		case "itemprop":
			if a.Val == "description" {
				return true
			}
		}
	}
	return false
}

// mayHintContent is a quick test before contentHint runs: every form it
// matches holds one of these words.
func mayHintContent(v string) bool {
	return len(v) >= 5 && (containsFold(v, "job") || containsFold(v, "posting") || containsFold(v, "vacanc") ||
		containsFold(v, "description") || containsFold(v, "show-more"))
}

// hasText reports whether the shown text under n, trimmed, is at least min
// bytes long; it stops as soon as it has seen them.
func hasText(n *html.Node, min int) bool {
	total := -1 // bytes since the first non-space byte, -1 before it
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.TextNode {
			for i := 0; i < len(n.Data); i++ {
				c := n.Data[i]
				space := c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'
				if total < 0 && space {
					continue
				}
				if total++; !space && total+1 >= min {
					return true
				}
			}
			return false
		}
		if n.Type == html.ElementNode && (skipped[n.DataAtom] || hidden(n)) {
			return false
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	return walk(n)
}

// parseHTML reads a saved job page: JobPosting JSON-LD when present, else the
// page's readable main text.
func parseHTML(data []byte, max int) ([]Job, error) {
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
	for _, body := range p.ld {
		v, err := decodeLD(body)
		if err != nil {
			continue
		}
		for _, posting := range findPostings(v, nil, 0) {
			j := fromPosting(posting)
			if j.Description == "" {
				j.Description = p.mainText(doc)
				j.Sources.Description = "page text"
			}
			if j.URL == "" {
				j.URL = p.canonical
				j.Sources.URL = "page address"
			}
			jobs = append(jobs, j)
			if len(jobs) >= max {
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
		if len(jobs) >= max {
			break
		}
	}
	if len(jobs) > 0 {
		return jobs, nil
	}
	if jobs = p.scriptJobs(max); len(jobs) > 0 {
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
var linkedInTitle = regexp.MustCompile(`^(.{1,100}?) hiring (.{1,200}?)(?: Job)?(?: in (.{1,120}?))?\s*\|\s*(?:LinkedIn|Glassdoor)$`)

// siteTitles are how job sites title a posting: LinkedIn signed in
// "(3) Data Engineer | Acme | LinkedIn", Indeed "Data Engineer - Acme -
// Berlin | Indeed.com"; groups: title, company, location.
var siteTitles = []*regexp.Regexp{
	regexp.MustCompile(`^(?:\(\d+\)\s*)?(.{2,200}?) \| (.{1,100}?) \| LinkedIn$`),
	regexp.MustCompile(`^(.{2,200}) - (.{1,100}?) - (.{1,120}?) \| Indeed(?:\.[a-z.]+)?$`),
}

// titleAt splits "Senior Data Analyst at Bluewater".
var titleAt = regexp.MustCompile(`^(.{2,200}?)\s+(?:at|@|bei|chez|hos)\s+(.{2,100})$`)

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
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Script:
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
			return
		case atom.Style, atom.Noscript, atom.Template, atom.Svg:
			return
		case atom.Title:
			if p.title == "" {
				p.title = strings.TrimSpace(rawText(n))
			}
		case atom.Meta:
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
		case atom.Link:
			if attr(n, "rel") == "canonical" {
				p.canonical = attr(n, "href")
			}
		case atom.H1:
			if p.h1 == "" {
				p.h1 = strings.TrimSpace(rawText(n))
			}
		case atom.H2, atom.H3:
			t := oneLine(rawText(n))
			if p.firstH2 == "" && n.DataAtom == atom.H2 {
				p.firstH2 = t
			}
			if p.h1 != "" && p.afterH1 == "" && n.DataAtom == atom.H2 {
				p.afterH1 = t
			}
			p.pendingKey = t
		case atom.Dt:
			p.pendingKey = oneLine(rawText(n))
		case atom.Dd, atom.P:
			if p.pendingKey != "" {
				p.label(p.pendingKey, rawText(n))
				p.pendingKey = ""
			}
			// "<strong>Location:</strong> Kirkland WA<br><strong>Hours:</strong> …"
			if !hasColon(n, 0) {
				break
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
		case atom.Li:
			if !hasColon(n, 0) {
				break
			}
			if k, v, ok := strings.Cut(rawText(n), ":"); ok && len(k) < 40 {
				p.label(k, v)
			}
		case atom.A:
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
		case atom.Main:
			if p.main == nil {
				p.main = n
			}
		case atom.Article:
			if p.article == nil {
				p.article = n
			}
		}
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
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.scan(c)
	}
}

var sourceAt = regexp.MustCompile(`(?i)(?:complete text|full (?:job )?(?:text|description|posting)|apply) at (.{2,80})$`)

func (p *page) label(k, v string) {
	k = strings.ToLower(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(k), ":")))
	v = strings.TrimSpace(v)
	if k == "" || v == "" || len(k) > 60 {
		return
	}
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
	j.Company = firstLine(firstNonEmpty(p.get("employer", "company", "hiring organization", "hiring company", "arbeitgeber", "unternehmen", "arbejdsgiver", "virksomhed", "empresa", "entreprise"), p.sourceAt, p.classLabels["company"]))
	if j.Company == "" && p.afterH1 != "" && len(p.afterH1) < 80 && !strings.Contains(strings.ToLower(p.afterH1), "job") {
		j.Company = p.afterH1
		j.Sources.Company = "page heading"
	}
	j.Location = p.get("location", "work area", "job location", "work location", "workplace", "arbeitsort", "standort", "arbejdssted", "ubicación", "lieu")
	if j.Location == "" {
		j.Location = p.classLabels["location"]
	}
	j.EmploymentType = p.get("employment type", "type of employment", "job type", "hours", "working hours", "weekly working hours", "anstellungsart", "ansættelsesform")
	j.DatePosted = j.postedDate(p.get("date posted", "posted", "created", "advertisement publish date", "published", "publication date", "veröffentlicht", "oprettet"))
	if j.DatePosted == "" && j.postedRaw == "" {
		j.DatePosted = j.postedDate(p.classLabels["posted"])
	}
	j.ValidThrough = parseDate(p.get("application deadline", "deadline", "apply by", "closing date", "application", "bewerbungsfrist", "ansøgningsfrist"))
	j.Salary = ParseSalary(firstNonEmpty(p.get("salary", "pay", "compensation", "gehalt", "løn", "salario"), p.classLabels["salary"]))
	j.mark("page text")
	j.tidySources()
	return j
}

var siteSuffix = regexp.MustCompile(`\s*[|–—-]\s*[^|–—-]+$`)

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// classFields map the last word of a class or test id that job boards give
// the element showing one fact ("posting-categories location",
// "jobs-unified-top-card__company-name", "inlineHeader-companyName").
var classFields = map[string]string{
	"location": "location", "joblocation": "location", "companylocation": "location",
	"company": "company", "companyname": "company", "employer": "company", "employername": "company", "hiringorganization": "company",
	"salary": "salary", "jobsalary": "salary", "compensation": "salary", "salaryinfo": "salary",
	"timeago": "posted", "dateposted": "posted", "posteddate": "posted", "postedon": "posted", "postingdate": "posted",
}

// classField returns the fact an element's class or test id names, or "":
// the last one or two words of a token, split at "-", "_" and camel case.
func classField(n *html.Node) string {
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "data-testid", "data-test", "data-automation":
		default:
			continue
		}
		if !namesFact(a.Val) {
			continue // none of the words classFields knows: skip the split
		}
		for _, tok := range strings.Fields(a.Val) {
			words := splitWords(tok)
			for k := min(2, len(words)); k >= 1; k-- {
				if f, ok := classFields[strings.Join(words[len(words)-k:], "")]; ok {
					return f
				}
			}
		}
	}
	return ""
}

// factStems are parts of the words classFields knows, written as pages
// case them; namesFact looks for them before a class is split into words.
var factStems = []string{"ocation", "ompan", "mployer", "alary", "ompensation", "rganization", "osted", "ago", "Ago", "ostingDate", "osting-date"}

// namesFact reports a class or test id that may hold a word classFields knows.
func namesFact(v string) bool {
	if len(v) < 3 {
		return false
	}
	for _, stem := range factStems {
		if strings.Contains(v, stem) {
			return true
		}
	}
	return false
}

// splitWords splits "inlineHeader-companyName" into lower-case words.
func splitWords(tok string) []string {
	var words []string
	start := 0
	for i := 0; i <= len(tok); i++ {
		if i == len(tok) || tok[i] == '-' || tok[i] == '_' || (i > start && tok[i] >= 'A' && tok[i] <= 'Z' && tok[i-1] >= 'a' && tok[i-1] <= 'z') {
			if i > start {
				words = append(words, strings.ToLower(tok[start:i]))
			}
			start = i
			if i < len(tok) && (tok[i] == '-' || tok[i] == '_') {
				start = i + 1
			}
		}
	}
	return words
}

// classLabel keeps a fact read from a class name; one that differs from an
// earlier one means a list of cards (similar jobs), so the fact is dropped.
func (p *page) classLabel(key, v string) {
	switch old, seen := p.classLabels[key]; {
	case !seen:
		p.classLabels[key] = v
	case old != v:
		p.classLabels[key] = "" // conflicting: stays empty for good
	}
}

// hasColon reports whether a text node under n holds a ":", looking a few
// levels down: a labelled line ("Location: Berlin") has one.
func hasColon(n *html.Node, depth int) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			if strings.IndexByte(c.Data, ':') >= 0 {
				return true
			}
		case c.Type == html.ElementNode && depth < 3 && hasColon(c, depth+1):
			return true
		}
	}
	return false
}
