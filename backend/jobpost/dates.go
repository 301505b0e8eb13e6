package jobpost

import (
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/huntbook/huntbook/backend/lazyre"
	"github.com/huntbook/huntbook/backend/model"
)

// unixDate reads a date written as Unix seconds (10 digits) or milliseconds
// (13 digits) between 1995 and 2100.
func unixDate(s string) string {
	if len(s) != 10 && len(s) != 13 {
		return ""
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return ""
	}
	if len(s) == 13 {
		n /= 1000
	}
	t := time.Unix(n, 0).UTC()
	if t.Year() < 1995 || t.Year() > 2100 {
		return ""
	}
	return t.Format(model.DateLayout)
}

var relative = lazyre.New(`(?i)^(?:posted|published|active|reposted|updated)?\s*(?:on\s*)?(?:(today|just now|just posted|yesterday)|(\d+|an?|` +
	`one)\s*(minute|min|hour|hr|day|week|month)s?\s*ago)\b`)

// relativeDate resolves "Posted yesterday", "3 days ago", "Posted 30+ Days
// Ago" (not a date: left empty) against the fetch time; without a fetch time
// it gives "".
func relativeDate(s string, fetched time.Time) string {
	if fetched.IsZero() {
		return ""
	}
	s = strings.TrimSpace(s)
	if strings.Contains(s, "+") {
		return "" // "30+ days ago" states no date
	}
	m := relative.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	t := fetched.UTC()
	switch strings.ToLower(m[1]) {
	case "yesterday":
		return t.AddDate(0, 0, -1).Format(model.DateLayout)
	case "":
	default:
		return t.Format(model.DateLayout)
	}
	n := 1
	if v, err := strconv.Atoi(m[2]); err == nil {
		n = v
	}
	switch strings.ToLower(m[3]) {
	case "minute", "min":
		t = t.Add(-time.Duration(n) * time.Minute)
	case "hour", "hr":
		t = t.Add(-time.Duration(n) * time.Hour)
	case "day":
		t = t.AddDate(0, 0, -n)
	case "week":
		t = t.AddDate(0, 0, -7*n)
	case "month":
		t = t.AddDate(0, -n, 0)
	}
	return t.Format(model.DateLayout)
}

// postedDate reads an absolute date, or keeps a relative one in j.postedRaw.
func (j *Job) postedDate(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(strings.TrimPrefix(s, "Posted on "), ".")
	if d := parseDate(s); d != "" {
		return d
	}
	if relative.MatchString(s) && j.postedRaw == "" {
		j.postedRaw = s
	}
	return ""
}

// atsHosts name the applicant-tracking hosts whose first path segment (or
// subdomain) is the employer's board name.
var atsPath = map[string]bool{
	"boards.greenhouse.io": true, "job-boards.greenhouse.io": true, "job-boards.eu.greenhouse.io": true, "boards.eu.greenhouse.io": true,
	"jobs.lever.co": true, "jobs.eu.lever.co": true, "jobs.ashbyhq.com": true, "apply.workable.com": true,
	"jobs.smartrecruiters.com": true, "careers.smartrecruiters.com": true, "ats.rippling.com": true, "jobs.jobvite.com": true,
	"recruiting.paylocity.com": false, "app.dover.com": false,
}

var atsSub = []string{".myworkdayjobs.com", ".eightfold.ai", ".recruitee.com", ".teamtailor.com", ".jobs.personio.de", ".jobs.personio.com",
	".bamboohr.com", ".breezy.hr", ".applytojob.com", ".workable.com", ".freshteam.com", ".zohorecruit.com"}

var linkedInAt = lazyre.New(`/jobs/view/[a-z0-9-]+-at-([a-z0-9-]+?)-\d+/?$`)

// companyFromURL reads the employer's board name from an ATS address
// ("jobs.lever.co/acme/…" -> "Acme"), or "" for other addresses.
func companyFromURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	segs := strings.Split(strings.Trim(u.Path, "/"), "/")
	var slug string
	switch {
	case atsPath[host]:
		slug = segs[0]
		if slug == "j" || slug == "embed" || slug == "v1" {
			return ""
		}
	case strings.HasSuffix(host, "linkedin.com"):
		if m := linkedInAt.FindStringSubmatch(u.Path); m != nil {
			slug = m[1]
		}
	default:
		for _, suf := range atsSub {
			if strings.HasSuffix(host, suf) {
				slug = strings.TrimSuffix(host, suf)
				if i := strings.IndexByte(slug, '.'); i >= 0 {
					slug = slug[:i] // acme.wd1.myworkdayjobs.com
				}
				break
			}
		}
	}
	return slugName(slug)
}

// slugName turns "acme-labs" into "Acme Labs"; a slug with capitals is kept.
func slugName(slug string) string {
	if slug == "" || len(slug) > 60 {
		return ""
	}
	if strings.IndexFunc(slug, unicode.IsUpper) >= 0 {
		return slug
	}
	words := strings.FieldsFunc(slug, func(r rune) bool { return r == '-' || r == '_' || r == '+' })
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

// applyMail finds an address the posting says to apply or write to.
var applyMail = lazyre.New(`(?i)(?:apply|application|send|e-?mail|write to|contact|cv|résumé|resume|bewerb|candidat|ansøg|` +
	`sollicit)[^@\n]{0,80}?\b(?:mailto:)?[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})\b`)

// freeMail are mail hosts that name no employer.
var freeMail = map[string]bool{"gmail": true, "googlemail": true, "outlook": true, "hotmail": true, "live": true, "yahoo": true, "icloud": true,
	"me": true, "gmx": true, "web": true, "proton": true, "protonmail": true, "aol": true, "mail": true, "yandex": true, "zoho": true, "example": true}

// companyFromMail names the employer from the domain of the address the
// posting says to apply to ("send your CV to jobs@acme-labs.com" ->
// "Acme Labs"), "" when there is none or it is a free mail host.
func companyFromMail(text string) string {
	m := applyMail.FindStringSubmatch(clip(text, factWindow))
	if m == nil {
		return ""
	}
	labels := strings.Split(strings.ToLower(strings.TrimSuffix(m[1], ".")), ".")
	if len(labels) < 2 {
		return ""
	}
	name := labels[len(labels)-2]
	if len(labels) >= 3 && len(name) <= 3 && (name == "co" || name == "com" || name == "org" || name == "ac" || name == "gov" || name == "net") {
		name = labels[len(labels)-3] // acme.co.uk
	}
	if freeMail[name] {
		return ""
	}
	return slugName(name)
}

// workdayAPI is the path of a Workday CXS request: /wday/cxs/TENANT/SITE/...
var workdayAPI = lazyre.New(`^/wday/cxs/[^/]+/([^/]+)/`)

// jobAddress turns a job's relative path into its page address, given the
// address the response came from: Workday's CXS API answers for
// https://HOST/wday/cxs/TENANT/SITE/jobs with paths under https://HOST/SITE.
// Other responses give "": a path relative to an API is no page address.
func jobAddress(from, path string) string {
	u, err := url.Parse(from)
	if err != nil || u.Host == "" || !strings.HasSuffix(u.Hostname(), ".myworkdayjobs.com") {
		return ""
	}
	m := workdayAPI.FindStringSubmatch(u.Path)
	if m == nil {
		return ""
	}
	return u.Scheme + "://" + u.Host + "/" + m[1] + path
}
