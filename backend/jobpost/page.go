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

// parseHTML reads a saved job page: JobPosting JSON-LD when present, else the
// page's readable main text.
func parseHTML(data []byte, max int) ([]Job, error) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, model.Errorf(model.CodeCorrupt, "read job page: %v", err)
	}
	p := &page{labels: map[string]string{}}
	p.scan(doc)
	var jobs []Job
	for _, body := range p.ld {
		v, err := decodeLD(body)
		if err != nil {
			continue
		}
		for _, posting := range findPostings(v, nil, 0) {
			j := fromPosting(posting)
			if j.Description == "" {
				j.Description = p.mainText(doc)
			}
			if j.URL == "" {
				j.URL = p.canonical
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
	return []Job{p.readable(doc)}, nil
}

// page collects what one pass over the document finds.
type page struct {
	ld         []string
	title      string // <title>
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
}

func (p *page) scan(n *html.Node) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
				p.ld = append(p.ld, n.FirstChild.Data)
			}
			return
		case atom.Style, atom.Noscript, atom.Template, atom.Svg:
			return
		case atom.Title:
			if p.title == "" {
				p.title = strings.TrimSpace(rawText(n))
			}
		case atom.Meta:
			switch attr(n, "property") {
			case "og:title":
				p.ogTitle = attr(n, "content")
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
		case atom.Li:
			if k, v, ok := strings.Cut(rawText(n), ":"); ok && len(k) < 40 {
				p.label(k, v)
			}
		case atom.A:
			if m := sourceAt.FindStringSubmatch(oneLine(rawText(n))); m != nil && p.sourceAt == "" {
				p.sourceAt = m[1]
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
		if p.content == nil && n.DataAtom != atom.Body && n.DataAtom != atom.Html &&
			(contentHint.MatchString(attr(n, "class")) || contentHint.MatchString(attr(n, "id")) || attr(n, "itemprop") == "description") &&
			len(strings.TrimSpace(rawText(n))) >= 80 {
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

// readable builds a Job from a page without structured data.
func (p *page) readable(doc *html.Node) Job {
	j := Job{Source: "html", URL: p.canonical}
	j.Title = firstNonEmpty(p.h1, p.ogTitle, siteSuffix.ReplaceAllString(p.title, ""))
	j.Description = p.mainText(doc)
	j.Company = firstLine(firstNonEmpty(p.get("employer", "company", "hiring organization", "hiring company", "arbeitgeber", "unternehmen", "arbejdsgiver", "virksomhed", "empresa", "entreprise"), p.sourceAt))
	if j.Company == "" && p.afterH1 != "" && len(p.afterH1) < 80 && !strings.Contains(strings.ToLower(p.afterH1), "job") {
		j.Company = p.afterH1
	}
	j.Location = p.get("location", "work area", "job location", "work location", "workplace", "arbeitsort", "standort", "arbejdssted", "ubicación", "lieu")
	j.EmploymentType = p.get("employment type", "type of employment", "job type", "working hours", "weekly working hours", "anstellungsart", "ansættelsesform")
	j.DatePosted = parseDate(p.get("date posted", "posted", "created", "advertisement publish date", "published", "publication date", "veröffentlicht", "oprettet"))
	j.ValidThrough = parseDate(p.get("application deadline", "deadline", "apply by", "closing date", "application", "bewerbungsfrist", "ansøgningsfrist"))
	j.Salary = ParseSalary(p.get("salary", "pay", "compensation", "gehalt", "løn", "salario"))
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
