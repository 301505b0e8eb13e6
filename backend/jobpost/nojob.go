package jobpost

import (
	"errors"
	"strings"

	"github.com/huntbook/huntbook/backend/lazyre"
	"github.com/huntbook/huntbook/backend/model"
)

// NoJobError says that a document was read but holds no job posting, and why
// (a sign-in wall, a search page, a "not found" page, too little text).
type NoJobError struct {
	Reason string
}

func (e *NoJobError) Error() string { return "no job found: " + e.Reason }

// IsNoJob reports whether err says the document holds no job.
func IsNoJob(err error) bool {
	var e *NoJobError
	return errors.As(err, &e)
}

// noJob returns a CodeInvalid *model.Error wrapping a *NoJobError.
func noJob(reason string) error {
	e := &NoJobError{Reason: reason}
	return &model.Error{Code: model.CodeInvalid, Field: "job", Message: e.Error(), Err: e}
}

var (
	signInWall = lazyre.New(`(?i)\b(?:sign[ -]?in|sign[ -]?up|log[ -]?in|join linkedin|authwall|create (?:an |your )?account|anmelden|connexion|` +
		`iniciar sesión)\b`)
	notFound = lazyre.New(`(?i)\b404\b|\bnot found\b|(?:page|job|posting|position) (?:does not|doesn't|no longer) exists?|no longer (?:available|` +
		`accepting applications|active|open)|(?:job|posting|position) (?:has )?(?:expired|been (?:filled|closed|removed))|seite nicht gefunden|introuvable`)
	searchPage = lazyre.New(`(?i)\bsearch results\b|\bjob search\b|^\s*[\d,.]+\+? (?:jobs|results|vacancies|positions)\b|\bjobs? (?:found|` +
		`matching)\b|\bsearch jobs\b`)
	// listHead is how a list of jobs titles itself or opens: "Data Engineer
	// jobs in Berlin (214 new)", "214 results for Data Engineer".
	listHead = lazyre.New(`(?i)\bjobs in\b|\b\d[\d,.]*\+? (?:new )?(?:jobs|results|vacancies|openings|stellenangebote|jobangebote)\b|\(\d[\d,.]* new\)`)
	// listOpening is how a list of jobs opens its text: "214 results for …".
	listOpening = lazyre.New(`(?i)^\W{0,3}\d[\d,.]*\+? (?:new )?(?:jobs|results|vacancies|openings|stellenangebote|jobangebote)\b`)
	// goneText is how a page's opening text says the job is gone.
	goneText = lazyre.New(`(?i)(?:job|page|posting|position|vacancy|role)\b[^.\n]{0,40}\bno longer (?:available|open|active|accepting applications)|` +
		`could(?: not|n't) find (?:that|this|the) (?:job|page|posting|position)|(?:job|posting|position|vacancy) (?:has )?(?:expired|been (?:filled|closed|` +
		`removed))`)
)

// jobDirs are the path segments under which a site keeps single postings.
var jobDirs = map[string]bool{"job": true, "jobs": true, "career": true, "careers": true, "position": true, "positions": true,
	"vacancy": true, "vacancies": true, "stellen": true, "posting": true, "postings": true}

// jobQueryKeys are the query keys that name one posting (Indeed's jk, Greenhouse's gh_jid...).
var jobQueryKeys = map[string]bool{"jk": true, "jobid": true, "job_id": true, "gh_jid": true, "currentjobid": true}

// isJobLink reports a link that looks like a link to one posting:
// "/jobs/view/…", a job directory followed by a segment with a digit
// ("/jobs/123-baker"), or a query key naming a posting ("?jk=…"). It runs
// on every link of a page, so it scans by hand instead of by pattern.
func isJobLink(href string) bool {
	if !strings.ContainsAny(href, "0123456789") {
		return false // every link to a posting carries its id
	}
	path, query, _ := strings.Cut(href, "?")
	path, _, _ = strings.Cut(path, "#")
	if containsFold(path, "/jobs/view/") {
		return true
	}
	for i := strings.IndexByte(path, '/'); i >= 0 && i < len(path); {
		rest := path[i+1:]
		end := strings.IndexByte(rest, '/')
		if end < 0 {
			break
		}
		if jobDirs[strings.ToLower(rest[:end])] {
			next := rest[end+1:]
			if k := strings.IndexByte(next, '/'); k >= 0 {
				next = next[:k]
			}
			if strings.ContainsAny(next, "0123456789") {
				return true
			}
		}
		i += 1 + end
	}
	query, _, _ = strings.Cut(query, "#")
	for _, kv := range strings.Split(query, "&") {
		if k, _, ok := strings.Cut(kv, "="); ok && jobQueryKeys[strings.ToLower(k)] {
			return true
		}
	}
	return false
}

// containsFold reports whether s contains sub, ignoring ASCII case; sub is
// lower case.
func containsFold(s, sub string) bool {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		j := 0
		for j < n && lowerASCII(s[i+j]) == sub[j] {
			j++
		}
		if j == n {
			return true
		}
	}
	return false
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// whyNoJob judges a page read without structured data: it returns why the
// page is not a job posting, or "" when it may be one.
func whyNoJob(p *page, j Job) string {
	head := p.title + "\n" + p.h1
	text := j.Description
	short := len(text) < 1500
	switch {
	case signInWall.MatchString(head) && short:
		return "the page is a sign-in wall; save the job from the browser button or paste the posting's text"
	case (notFound.MatchString(head) || goneText.MatchString(clip(text, 400))) && len(text) < 3000:
		return "the page says the job was not found or is no longer available"
	case p.jobLinks >= 5 && (searchPage.MatchString(head) || listHead.MatchString(head) || listOpening.MatchString(text)),
		p.jobLinks >= 15 && p.content == nil && p.h1 == "":
		return "the page is a list of jobs (search results), not one posting; open a posting and save that"
	case searchPage.MatchString(head) && short:
		return "the page is a job search page, not one posting"
	case words(text, 25) < 25 && p.ogDescription == "" && j.Title == "":
		return "the page holds too little text to be a job posting"
	case words(text, 8) < 8 && p.ogDescription == "":
		return "the page holds too little text to be a job posting"
	}
	return ""
}

// words counts the words of s, stopping at limit.
func words(s string, limit int) int {
	n, in := 0, false
	for _, r := range s {
		space := r == ' ' || r == '\n' || r == '\t'
		if !space && !in {
			if n++; n >= limit {
				return n
			}
		}
		in = !space
	}
	return n
}
