package match

import (
	"fmt"
	"net/url"
	"slices"
	"strings"

	"golang.org/x/net/publicsuffix"

	"github.com/huntbook/huntbook/backend/calendar"
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

// Proposal suggests that an event belongs to an application.
type Proposal struct {
	ApplicationID int64    `json:"applicationId"`
	Confidence    float64  `json:"confidence"`
	Reasons       []string `json:"reasons"`
	people        []string // the reasons that come from the event's people
}

// MinProposal is the confidence below which no proposal is made.
const MinProposal = 0.35

// Propose ranks the applications an event may belong to, best first; empty
// when nothing fits. For many events against the same applications, build
// an Index once.
func Propose(e calendar.Event, apps []App) []Proposal { return NewIndex(apps).Propose(e) }

// Index holds applications prepared for matching.
type Index struct {
	apps     []App
	byName   map[string][]int // normalised company name -> apps
	byDomain map[string][]int // company domain (from URL or contacts) -> apps
	byEmail  map[string][]int // contact address -> apps
	titles   []string         // normalised job titles
	maxWords int              // most words in a company name
}

// NewIndex prepares apps for matching.
func NewIndex(apps []App) *Index {
	ix := &Index{apps: apps, byName: map[string][]int{}, byDomain: map[string][]int{}, byEmail: map[string][]int{}, titles: make([]string, len(apps))}
	for i, a := range apps {
		if k := companyKeys.get(a.Company); len(k) >= 2 {
			ix.byName[k] = append(ix.byName[k], i)
			ix.maxWords = max(ix.maxWords, min(strings.Count(strings.TrimSpace(a.Company), " ")+1, 4))
		}
		ix.titles[i] = titleKeys.get(a.Title)
		var doms []string
		if d := urlDomains.get(a.URL); d != "" {
			doms = append(doms, d)
		}
		for _, em := range a.ContactEmails {
			em = strings.ToLower(strings.TrimSpace(em))
			if em == "" {
				continue
			}
			ix.byEmail[em] = appendOnce(ix.byEmail[em], i)
			if d := emailDomains.get(em); d != "" && !slices.Contains(doms, d) {
				doms = append(doms, d)
			}
		}
		for _, d := range doms {
			ix.byDomain[d] = appendOnce(ix.byDomain[d], i)
		}
	}
	return ix
}

func appendOnce(s []int, i int) []int {
	if len(s) > 0 && s[len(s)-1] == i {
		return s
	}
	return append(s, i)
}

// Propose ranks the indexed applications for one event.
func (ix *Index) Propose(e calendar.Event) []Proposal {
	type acc struct {
		miss    float64
		reasons []string
		people  []string
	}
	found := map[int]*acc{}
	add := func(i int, w float64, reason string, fromPeople bool) {
		a := found[i]
		if a == nil {
			a = &acc{miss: 1}
			found[i] = a
		}
		if slices.Contains(a.reasons, reason) {
			return
		}
		a.miss *= 1 - w
		a.reasons = append(a.reasons, reason)
		if fromPeople {
			a.people = append(a.people, reason)
		}
	}
	// People: a contact's own address, then a company domain.
	for _, p := range people(e) {
		for _, i := range ix.byEmail[p.email] {
			add(i, 0.9, fmt.Sprintf("%s %s is a contact for %s", p.role, p.email, ix.apps[i].Company), true)
		}
		if p.domain == "" {
			continue
		}
		for _, i := range ix.byDomain[p.domain] {
			add(i, 0.8, fmt.Sprintf("%s @%s matches %s", p.role, p.domain, ix.apps[i].Company), true)
		}
		if label := companyKeys.get(strings.SplitN(p.domain, ".", 2)[0]); len(label) >= 3 {
			for _, i := range ix.byName[label] {
				add(i, 0.6, fmt.Sprintf("%s @%s looks like %s", p.role, p.domain, ix.apps[i].Company), true)
			}
		}
	}
	// Company names in the title and description, as whole words.
	desc := e.Description + " " + e.Location
	if len(desc) > maxText {
		desc = desc[:maxText]
	}
	ix.names(tokens(e.Title), func(i int) {
		add(i, 0.7, fmt.Sprintf("title mentions %s", ix.apps[i].Company), false)
	})
	ix.names(tokens(desc), func(i int) {
		add(i, 0.45, fmt.Sprintf("description mentions %s", ix.apps[i].Company), false)
	})
	// A company's own meeting subdomain: acme.zoom.us, acme.webex.com.
	if sub := meetingSubdomain(e.MeetingURL); sub != "" {
		for _, i := range ix.byName[sub] {
			add(i, 0.4, fmt.Sprintf("the call is on %s's own %s", ix.apps[i].Company, hostOf(e.MeetingURL)), false)
		}
	}
	if len(found) == 0 {
		return nil
	}
	flat := ""
	if len(found) <= 20 {
		flat = model.NormalizeTitle(e.Title + " " + desc)
	}
	out := make([]Proposal, 0, len(found))
	for i, a := range found {
		app := ix.apps[i]
		if t := ix.titles[i]; len(t) >= 6 && flat != "" && strings.Contains(flat, t) {
			a.miss *= 0.8
			a.reasons = append(a.reasons, fmt.Sprintf("mentions the role %q", app.Title))
		}
		conf := 1 - a.miss
		if !app.Open {
			conf *= 0.6
			a.reasons = append(a.reasons, "but the application is closed")
		}
		if conf = round(conf); conf >= MinProposal {
			out = append(out, Proposal{ApplicationID: app.ID, Confidence: conf, Reasons: a.reasons, people: a.people})
		}
	}
	slices.SortFunc(out, func(a, b Proposal) int {
		switch {
		case a.Confidence != b.Confidence:
			if a.Confidence > b.Confidence {
				return -1
			}
			return 1
		case a.ApplicationID != b.ApplicationID:
			if a.ApplicationID > b.ApplicationID { // newer first
				return -1
			}
			return 1
		}
		return 0
	})
	return out
}

// names calls found for each application whose company name appears in
// toks as whole words: runs of up to maxWords tokens joined without spaces,
// the shape model.NormalizeCompany gives names.
func (ix *Index) names(toks []string, found func(i int)) {
	var b []byte
	for i := range toks {
		b = b[:0]
		for n := 0; n < ix.maxWords && i+n < len(toks); n++ {
			b = append(b, toks[i+n]...)
			for _, a := range ix.byName[string(b)] {
				found(a)
			}
		}
	}
}

// person is an organiser or attendee reduced to what matching uses.
type person struct {
	role, email string
	domain      string // company domain: "" for free mail, hiring tools, no-reply senders
	registrable string // registrable domain whatever it is
}

// people lists the event's organiser and attendees with their company
// domain ("" for free mail and calendar resources).
func people(e calendar.Event) []person {
	var out []person
	addP := func(role string, p calendar.Person) {
		em := strings.ToLower(strings.TrimSpace(p.Email))
		if em == "" || isResource(em) {
			return
		}
		pr := person{role: role, email: em}
		if _, host, ok := strings.Cut(em, "@"); ok {
			pr.registrable, _ = publicsuffix.EffectiveTLDPlusOne(host)
		}
		if !isNoReply(em) {
			pr.domain = emailDomain(em)
		}
		out = append(out, pr)
	}
	if e.Organizer != nil {
		addP("organiser", *e.Organizer)
	}
	for i, a := range e.Attendees {
		if i >= 200 {
			break
		}
		addP("attendee", a)
	}
	return out
}

// isResource tells calendar rooms, groups and virtual addresses from people.
func isResource(email string) bool {
	_, d, _ := strings.Cut(email, "@")
	return strings.HasSuffix(d, "resource.calendar.google.com") || strings.HasSuffix(d, "group.calendar.google.com") ||
		strings.HasSuffix(d, "group.v.calendar.google.com") || d == "virtual" || d == "import.calendar.google.com"
}

// isNoReply tells automatic senders, whose domain is a service's, not a company's.
func isNoReply(email string) bool {
	return strings.HasPrefix(email, "noreply") || strings.HasPrefix(email, "no-reply") ||
		strings.HasPrefix(email, "donotreply") || strings.HasPrefix(email, "calendar-notification")
}

// freeMail are mail providers whose domain says nothing of an employer.
var freeMail = map[string]bool{
	"gmail.com": true, "googlemail.com": true, "outlook.com": true, "hotmail.com": true, "live.com": true, "msn.com": true,
	"yahoo.com": true, "ymail.com": true, "icloud.com": true, "me.com": true, "mac.com": true, "aol.com": true,
	"proton.me": true, "protonmail.com": true, "pm.me": true, "gmx.de": true, "gmx.net": true, "gmx.com": true, "web.de": true,
	"t-online.de": true, "mail.com": true, "yandex.ru": true, "yandex.com": true, "mail.ru": true, "zoho.com": true,
	"fastmail.com": true, "hey.com": true, "tutanota.com": true, "qq.com": true, "163.com": true, "126.com": true,
	"naver.com": true, "orange.fr": true, "free.fr": true, "laposte.net": true, "libero.it": true, "xs4all.nl": true,
	"hotmail.co.uk": true, "yahoo.co.uk": true, "btinternet.com": true, "seznam.cz": true, "wp.pl": true, "o2.pl": true,
	"example.com": true, "example.org": true,
}

// emailDomain returns the registrable domain of an address, "" for free
// mail, hiring tools and addresses without one.
func emailDomain(email string) string {
	_, host, ok := strings.Cut(email, "@")
	if !ok {
		return ""
	}
	return companyDomain(host)
}

// urlDomain returns the registrable domain of a company URL, "" for job
// boards and applicant-tracking hosts, which say nothing of the employer.
func urlDomain(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	if !strings.Contains(raw, "://") {
		raw = "https://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return companyDomain(u.Hostname())
}

// jobBoards are hosts of postings for many employers.
var jobBoards = map[string]bool{
	"linkedin.com": true, "indeed.com": true, "glassdoor.com": true, "stepstone.de": true, "xing.com": true,
	"monster.com": true, "welcometothejungle.com": true, "wellfound.com": true, "angel.co": true, "otta.com": true,
	"ycombinator.com": true, "workatastartup.com": true, "dice.com": true, "ziprecruiter.com": true, "seek.com.au": true,
	"naukri.com": true, "google.com": false, "arbeitsagentur.de": true, "jobs.ch": true, "reed.co.uk": true,
	"totaljobs.com": true, "builtin.com": true, "remoteok.com": true, "weworkremotely.com": true, "hired.com": true,
}

func companyDomain(host string) string {
	host = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(host)), ".")
	if host == "" || !strings.Contains(host, ".") {
		return ""
	}
	d, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil || freeMail[d] || jobBoards[d] || hiringTools[d] != "" {
		return ""
	}
	return d
}

// meetingSubdomain returns "acme" for https://acme.zoom.us/j/1 or
// https://acme.webex.com/..., normalised like a company name.
func meetingSubdomain(raw string) string {
	host := hostOf(raw)
	for _, svc := range []string{".zoom.us", ".webex.com", ".my.webex.com", ".whereby.com"} {
		if strings.HasSuffix(host, svc) {
			sub := strings.TrimSuffix(host, svc)
			if i := strings.LastIndexByte(sub, '.'); i >= 0 {
				sub = sub[i+1:]
			}
			if k := model.NormalizeCompany(sub); len(k) >= 3 && k != "us" && k != "www" && !strings.HasPrefix(k, "us0") {
				return k
			}
		}
	}
	return ""
}

func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Hostname())
}

// EmailDomain returns the company domain of an address ("acme.com" for
// jane@mail.acme.com), "" for free mail, job boards, hiring tools and
// addresses without one. The mail matcher uses it as calendar matching does.
func EmailDomain(email string) string {
	return emailDomains.get(strings.ToLower(strings.TrimSpace(email)))
}

// URLDomain returns the company domain of a posting or company link, ""
// for job boards and applicant-tracking hosts.
func URLDomain(raw string) string { return urlDomains.get(raw) }

// HiringTool names the applicant-tracking or scheduling service a domain
// belongs to ("Workday" for myworkday.com), "" for others.
func HiringTool(host string) string {
	d, err := publicsuffix.EffectiveTLDPlusOne(strings.ToLower(strings.TrimSpace(host)))
	if err != nil {
		return ""
	}
	return hiringTools[d]
}
