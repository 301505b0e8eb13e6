package jobpost

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/huntbook/huntbook/backend/lazyre"
)

// How a page without structured data is read for facts: the block that holds
// the posting's text, facts named by class names, short lines that state one
// fact on their own.

// contentHint matches the class or id of the element that holds a posting's
// text on most job boards and applicant-tracking systems.
var contentHint = lazyre.New(`(?i)job[-_ ]?description|jobad|job[-_]?ad[-_]?(?:body|text|content)|posting[-_]?(?:body|description|content)|` +
	`job[-_]?details?[-_]?(?:body|content|text)|vacancy[-_]?(?:text|description)|description__text|show-more-less-html`)

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

// hasText reports whether the shown text under n, trimmed, is at least
// minLen bytes long; it stops as soon as it has seen them.
func hasText(n *html.Node, minLen int) bool {
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
				if total++; !space && total+1 >= minLen {
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

// sectionHeading matches the headings that open a posting's sections,
// which never name the employer.
var sectionHeading = lazyre.New(`(?i)aufgaben|profil|wir bieten|über uns|about (?:the|this|us|you)|responsibilit|requirements|qualifications|` +
	`benefits|what you|your |the role|description|tasks|skills|apply|contact|kontakt`)

// postedWords open a short line that states when a job was posted
// ("Posted 3 days ago", "Active 2 days ago", "Posted on 12 May 2025").
var postedWords = []string{"posted", "reposted", "active", "published"}

// isPostedLine reports a line that opens with one of postedWords as a whole
// word, in any case.
func isPostedLine(t string) bool {
	for _, w := range postedWords {
		if len(t) >= len(w) && strings.EqualFold(t[:len(w)], w) && (len(t) == len(w) || !isLetter(t[len(w)])) {
			return true
		}
	}
	return false
}

func isLetter(c byte) bool {
	c = lowerASCII(c)
	return c >= 'a' && c <= 'z' || c >= 0x80
}

// employmentLines are the employment types a short line may state alone.
var employmentLines = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range employmentWords {
		m[w.key], m[w.value] = true, true
	}
	delete(m, "stage") // an English word as often as a French internship
	delete(m, "temporal")
	return m
}()

// shortFact keeps a short text that states one fact on its own: when the job
// was posted, or its employment type ("Full-time" beside the title). Values
// that differ across the page (a list of cards) cancel out.
func (p *page) shortFact(s string) {
	t := strings.TrimSpace(s)
	if len(t) < 4 {
		return
	}
	switch c := lowerASCII(t[0]); {
	case (c == 'p' || c == 'r' || c == 'a') && isPostedLine(t):
		p.classLabel("postedText", t)
	case len(t) <= 20 && isEmploymentLine(t):
		p.classLabel("typeText", t)
	}
}

// isEmploymentLine reports a short line (at most 20 bytes) that is only an
// employment type, in any ASCII case, without allocating.
func isEmploymentLine(s string) bool {
	var buf [20]byte
	n := copy(buf[:], s)
	for i := range n {
		buf[i] = lowerASCII(buf[i])
	}
	return employmentLines[string(buf[:n])]
}

// inContent reports whether n lies inside the posting's content block.
func (p *page) inContent(n *html.Node) bool {
	for a := n.Parent; a != nil && p.content != nil; a = a.Parent {
		if a == p.content {
			return true
		}
	}
	return false
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
			if n := len(words); n > 1 && plainSuffix[words[n-1]] {
				words = words[:n-1] // "posted-time-ago__text", "job-location-label"
			}
			for k := min(2, len(words)); k >= 1; k-- {
				if f, ok := classFields[strings.Join(words[len(words)-k:], "")]; ok {
					return f
				}
			}
		}
	}
	return ""
}

// plainSuffix are last words of a class name that say nothing of the fact.
var plainSuffix = map[string]bool{"text": true, "label": true, "value": true, "caption": true}

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
