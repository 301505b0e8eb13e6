// Package mailmatch finds the tracked application a job e-mail is about:
// from the sender's address (a contact of the application, or the
// company's own domain), the company, title and requisition number read
// from the message, and earlier messages of the same thread. It is pure:
// the caller gives the applications and what the database knows of the
// thread and the requisition.
package mailmatch

import (
	"fmt"
	"slices"
	"strings"

	"github.com/huntbook/huntbook/backend/calendar/match"
	"github.com/huntbook/huntbook/backend/model"
)

// App is what matching needs to know of a tracked application.
type App struct {
	ID            int64
	Company       string
	Title         string
	URL           string   // the posting or company site
	ContactEmails []string // of the contacts linked to it
	Open          bool     // not yet closed (rejected, withdrawn, ...)
}

// Message is what matching uses of one e-mail.
type Message struct {
	From    string   // the sender's address
	ReplyTo []string // Reply-To addresses
	Company string   // the company read from the message
	Title   string   // the job title read from it
	Subject string
	// Requisition is the requisition number read, and RequisitionApps
	// the applications whose posting mentions it.
	Requisition     string
	RequisitionApps []int64
	// ThreadApp is the application of an earlier message of the same
	// thread (0 for none), ThreadSubject that message's subject.
	ThreadApp     int64
	ThreadSubject string
}

// Match says a message is about an application.
type Match struct {
	ApplicationID int64    `json:"applicationId"`
	Confidence    float64  `json:"confidence"`
	Reasons       []string `json:"reasons"`
}

// MinConfidence is the confidence below which no match is proposed: the
// message is offered as a new application instead.
const MinConfidence = 0.5

// maxConfidence is the most a match claims: clues add up, and never to
// certainty.
const maxConfidence = 0.99

// Index holds applications prepared for matching many messages.
type Index struct {
	apps     []App
	byID     map[int64]int
	byName   map[string][]int // normalised company name -> apps
	byDomain map[string][]int // company domain (link or contacts) -> apps
	byEmail  map[string][]int // contact address -> apps
	titles   []string         // normalised titles
	maxWords int
}

// NewIndex prepares apps for matching.
func NewIndex(apps []App) *Index {
	ix := &Index{apps: apps, byID: map[int64]int{}, byName: map[string][]int{}, byDomain: map[string][]int{},
		byEmail: map[string][]int{}, titles: make([]string, len(apps))}
	for i, a := range apps {
		ix.byID[a.ID] = i
		if k := model.NormalizeCompany(a.Company); len(k) >= 2 {
			ix.byName[k] = append(ix.byName[k], i)
			ix.maxWords = max(ix.maxWords, min(len(strings.Fields(a.Company)), 4))
		}
		ix.titles[i] = model.NormalizeTitle(a.Title)
		var doms []string
		if d := match.URLDomain(a.URL); d != "" {
			doms = append(doms, d)
		}
		for _, em := range a.ContactEmails {
			em = strings.ToLower(strings.TrimSpace(em))
			if em == "" {
				continue
			}
			ix.byEmail[em] = append(ix.byEmail[em], i)
			if d := match.EmailDomain(em); d != "" && !slices.Contains(doms, d) {
				doms = append(doms, d)
			}
		}
		for _, d := range doms {
			ix.byDomain[d] = append(ix.byDomain[d], i)
		}
	}
	return ix
}

// Len is the number of indexed applications.
func (ix *Index) Len() int { return len(ix.apps) }

// evidence collects, for each application, the chance that every clue
// pointing to it is wrong (miss) and the clues in words.
type evidence map[int]*clues

type clues struct {
	miss    float64
	reasons []string
}

func (ev evidence) add(i int, w float64, reason string) {
	a := ev[i]
	if a == nil {
		a = &clues{miss: 1}
		ev[i] = a
	}
	if slices.Contains(a.reasons, reason) {
		return
	}
	a.miss *= 1 - w
	a.reasons = append(a.reasons, reason)
}

// Match ranks the applications a message may be about, best first, with
// at least MinConfidence; empty when none fits.
func (ix *Index) Match(m Message) []Match {
	ev := evidence{}
	if i, ok := ix.byID[m.ThreadApp]; ok && m.ThreadApp != 0 {
		r := "a reply in the same thread as an earlier message"
		if m.ThreadSubject != "" {
			r = fmt.Sprintf("same thread as %q", short(m.ThreadSubject))
		}
		ev.add(i, 0.95, r)
	}
	for _, s := range append([]string{m.From}, m.ReplyTo...) {
		ix.sender(ev, strings.ToLower(strings.TrimSpace(s)))
	}
	if k := model.NormalizeCompany(m.Company); len(k) >= 2 {
		for _, i := range ix.byName[k] {
			ev.add(i, 0.75, fmt.Sprintf("the message names %s", ix.apps[i].Company))
		}
	}
	ix.names(words(m.Subject), func(i int) {
		ev.add(i, 0.55, fmt.Sprintf("the subject names %s", ix.apps[i].Company))
	})
	if m.Requisition != "" {
		for _, id := range m.RequisitionApps {
			if i, ok := ix.byID[id]; ok {
				ev.add(i, 0.7, fmt.Sprintf("requisition %s is in the posting", m.Requisition))
			}
		}
	}
	return ix.rank(ev, m)
}

// sender adds the clues of one sender address: a contact's own, the
// company's domain, a domain named like the company.
func (ix *Index) sender(ev evidence, s string) {
	if s == "" {
		return
	}
	for _, i := range ix.byEmail[s] {
		ev.add(i, 0.9, fmt.Sprintf("%s is a contact for this application", s))
	}
	d := match.EmailDomain(s)
	if d == "" {
		return
	}
	for _, i := range ix.byDomain[d] {
		ev.add(i, 0.8, fmt.Sprintf("sent from @%s, %s's domain", d, ix.apps[i].Company))
	}
	if label := model.NormalizeCompany(strings.SplitN(d, ".", 2)[0]); len(label) >= 3 {
		for _, i := range ix.byName[label] {
			ev.add(i, 0.7, fmt.Sprintf("sent from @%s", d))
		}
	}
}

// rank weighs the role named in the message, closed applications, and
// sorts what is sure enough.
func (ix *Index) rank(ev evidence, m Message) []Match {
	title := model.NormalizeTitle(m.Title)
	subject := model.NormalizeTitle(m.Subject)
	out := make([]Match, 0, len(ev))
	for i, a := range ev {
		app := ix.apps[i]
		t := ix.titles[i]
		switch {
		case title != "" && t == title:
			a.miss *= 0.4
			a.reasons = append(a.reasons, fmt.Sprintf("for the role %q", app.Title))
		case len(t) >= 6 && (strings.Contains(subject, t) || (title != "" && (strings.Contains(title, t) || strings.Contains(t, title)))):
			a.miss *= 0.6
			a.reasons = append(a.reasons, fmt.Sprintf("mentions the role %q", app.Title))
		case title != "" && len(t) >= 6:
			// Another role at the same company: less likely this one.
			a.miss = 1 - (1-a.miss)*0.85
		}
		conf := min(1-a.miss, maxConfidence)
		if !app.Open {
			conf *= 0.75
			a.reasons = append(a.reasons, "but the application is closed")
		}
		if conf = round(conf); conf >= MinConfidence {
			out = append(out, Match{ApplicationID: app.ID, Confidence: conf, Reasons: a.reasons})
		}
	}
	slices.SortFunc(out, func(a, b Match) int {
		switch {
		case a.Confidence > b.Confidence:
			return -1
		case a.Confidence < b.Confidence:
			return 1
		case a.ApplicationID > b.ApplicationID: // newer first
			return -1
		case a.ApplicationID < b.ApplicationID:
			return 1
		}
		return 0
	})
	return out
}

// names calls found for each application whose company name appears in
// toks as whole words (runs of up to maxWords words joined, the shape
// model.NormalizeCompany gives names).
func (ix *Index) names(toks []string, found func(i int)) {
	var b strings.Builder
	for i := range toks {
		b.Reset()
		for n := 0; n < ix.maxWords && i+n < len(toks); n++ {
			b.WriteString(toks[i+n])
			k := b.String()
			if len(k) < 3 {
				continue
			}
			for _, a := range ix.byName[k] {
				found(a)
			}
		}
	}
}

// words splits s into lower-case letter and digit runs.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && !isSpaceOrPunct(r))
	})
}

func isSpaceOrPunct(r rune) bool {
	return strings.ContainsRune(" \t\n\u00a0–—‘’“”«»…·", r)
}

func round(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

func short(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:59]) + "…"
	}
	return s
}
