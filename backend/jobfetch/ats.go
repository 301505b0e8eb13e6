package jobfetch

import (
	"net/url"
	"strings"

	"github.com/huntbook/huntbook/backend/lazyre"
)

// apiCall is the public API request that answers for a posting address.
type apiCall struct {
	url    string // the API request
	ats    string // the ATS's name, for messages ("SmartRecruiters")
	accept string // the media types asked for
	// narrow, when not nil, keeps the one posting asked for from the
	// answer; false says the answer does not hold it (closed or removed).
	narrow func(body []byte) ([]byte, bool)
}

const jsonAccept = "application/json"

// apiFor maps a known ATS posting address to its public, unauthenticated
// API request; false means the page itself is fetched. Every path segment
// taken from the address is checked (isID, or workdaySegment for Workday's
// free-text segments), so a crafted link reaches no other host or path.
//
//	boards.greenhouse.io/<board>/jobs/<id>     -> boards-api.greenhouse.io/v1/boards/<board>/jobs/<id>
//	job-boards.greenhouse.io/<board>/jobs/<id> -> the same
//	jobs.lever.co/<company>/<id>               -> api.lever.co/v0/postings/<company>/<id>
//	jobs.ashbyhq.com/<org>/<id>                -> api.ashbyhq.com/posting-api/job-board/<org>, job <id>
//	jobs.smartrecruiters.com/<Company>/<id>-<slug>
//	                                           -> api.smartrecruiters.com/v1/companies/<Company>/postings/<id>
//	apply.workable.com/<account>/j/<shortcode> -> apply.workable.com/api/v2/accounts/<account>/jobs/<shortcode>
//	<tenant>.wd<N>.myworkdayjobs.com/[<locale>/]<site>/job/<...>
//	                                           -> the same host's /wday/cxs/<tenant>/<site>/job/<...>
//	<company>.recruitee.com/o/<slug>           -> <company>.recruitee.com/api/offers/<slug>
//	<company>.jobs.personio.de/job/<id>        -> <company>.jobs.personio.de/xml, position <id>
//
// Teamtailor has no public API without a company's key: its pages, which
// carry JSON-LD, are fetched.
func apiFor(u *url.URL, opt Options) (apiCall, bool) {
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	parts := strings.Split(strings.Trim(u.EscapedPath(), "/"), "/")
	if call, ok := boardAPI(host, parts, opt); ok {
		return call, true
	}
	if call, ok := tenantAPI(u, host, parts, opt); ok {
		return call, true
	}
	if call, ok := workday(host, parts, opt); ok {
		return call, true
	}
	return apiCall{}, false
}

// apiBase is set without a trailing slash, or def when set is empty.
func apiBase(set, def string) string {
	if set != "" {
		return strings.TrimRight(set, "/")
	}
	return def
}

// pathTail reports that parts after the first n are absent or exactly suffix.
func pathTail(parts []string, n int, suffix ...string) bool {
	if len(parts) == n {
		return true
	}
	if len(parts) != n+len(suffix) {
		return false
	}
	for i, s := range suffix {
		if parts[n+i] != s {
			return false
		}
	}
	return true
}

// boardAPI maps the boards that live on one host of their own (Greenhouse,
// Lever, Ashby, SmartRecruiters, Workable's careers site).
func boardAPI(host string, parts []string, opt Options) (apiCall, bool) {
	base := apiBase
	tail := func(n int, suffix ...string) bool { return pathTail(parts, n, suffix...) }
	switch host {
	case "boards.greenhouse.io", "job-boards.greenhouse.io", "job-boards.eu.greenhouse.io", "boards.eu.greenhouse.io":
		if len(parts) == 3 && parts[1] == "jobs" && isID(parts[0]) && isID(parts[2]) {
			return apiCall{url: base(opt.GreenhouseAPI, GreenhouseAPI) + "/v1/boards/" + parts[0] + "/jobs/" + parts[2],
				ats: "Greenhouse", accept: jsonAccept}, true
		}
	case "jobs.lever.co":
		if len(parts) >= 2 && isID(parts[0]) && isID(parts[1]) && tail(2, "apply") {
			return apiCall{url: base(opt.LeverAPI, LeverAPI) + "/v0/postings/" + parts[0] + "/" + parts[1],
				ats: "Lever", accept: jsonAccept}, true
		}
	case "jobs.ashbyhq.com":
		if len(parts) >= 2 && isID(parts[0]) && isID(parts[1]) && tail(2, "application") {
			id := parts[1]
			return apiCall{url: base(opt.AshbyAPI, AshbyAPI) + "/posting-api/job-board/" + parts[0] + "?includeCompensation=true",
				ats: "Ashby", accept: jsonAccept, narrow: func(b []byte) ([]byte, bool) { return onlyJob(b, id) }}, true
		}
	case "jobs.smartrecruiters.com":
		// /<Company>/<postingId>-<slug>, the slug optional
		if len(parts) >= 2 && isID(parts[0]) && isID(parts[1]) && tail(2) {
			id, _, _ := strings.Cut(parts[1], "-")
			if isDigits(id) {
				return apiCall{url: base(opt.SmartRecruitersAPI, SmartRecruitersAPI) + "/v1/companies/" + parts[0] + "/postings/" + id,
					ats: "SmartRecruiters", accept: jsonAccept, narrow: hasKey("id")}, true
			}
		}
	case "apply.workable.com":
		// /<account>/j/<shortcode>[/apply]; /j/<shortcode> names no account
		if len(parts) >= 3 && parts[1] == "j" && parts[0] != "j" && parts[0] != "api" && isID(parts[0]) && isAlnum(parts[2]) && tail(3, "apply") {
			return workable(parts[0], parts[2], opt), true
		}
	}
	return apiCall{}, false
}

// tenantAPI maps the boards that give each company a subdomain (Workable's
// older pages, Recruitee, Personio).
func tenantAPI(u *url.URL, host string, parts []string, opt Options) (apiCall, bool) {
	base := apiBase
	tail := func(n int, suffix ...string) bool { return pathTail(parts, n, suffix...) }
	if account, ok := tenantOf(host, ".workable.com"); ok && account != "apply" && account != "www" {
		// the older <account>.workable.com/j/<shortcode>
		if len(parts) >= 2 && parts[0] == "j" && isAlnum(parts[1]) && tail(2, "apply") {
			return workable(account, parts[1], opt), true
		}
	}
	if company, ok := tenantOf(host, ".recruitee.com"); ok && company != "www" && company != "app" && company != "api" {
		// /o/<slug>[/c/new]
		if len(parts) >= 2 && parts[0] == "o" && isID(parts[1]) && tail(2, "c", "new") {
			return apiCall{url: base(opt.RecruiteeAPI, "https://"+host) + "/api/offers/" + parts[1],
				ats: "Recruitee", accept: jsonAccept, narrow: hasKey("offer")}, true
		}
	}
	for _, suffix := range []string{".jobs.personio.de", ".jobs.personio.com"} {
		if _, ok := tenantOf(host, suffix); ok && len(parts) >= 2 && parts[0] == "job" && isDigits(parts[1]) && tail(2, "apply") {
			id, q := parts[1], ""
			if lang := u.Query().Get("language"); len(lang) == 2 && isAlnum(lang) {
				q = "?language=" + strings.ToLower(lang)
			}
			return apiCall{url: base(opt.PersonioAPI, "https://"+host) + "/xml" + q,
				ats: "Personio", accept: "application/xml, text/xml;q=0.9",
				narrow: func(b []byte) ([]byte, bool) { return onlyPosition(b, id) }}, true
		}
	}
	return apiCall{}, false
}

// workable is the v2 job request of Workable's careers site, which answers
// one job by its shortcode without a key.
func workable(account, shortcode string, opt Options) apiCall {
	base := WorkableAPI
	if opt.WorkableAPI != "" {
		base = strings.TrimRight(opt.WorkableAPI, "/")
	}
	return apiCall{url: base + "/api/v2/accounts/" + account + "/jobs/" + shortcode,
		ats: "Workable", accept: jsonAccept, narrow: hasKey("title")}
}

// workdayHost matches <tenant>.wd<N>.myworkdayjobs.com.
var workdayHost = lazyre.New(`^([a-z0-9][a-z0-9_-]*)\.(wd[0-9]{1,3})\.myworkdayjobs\.com$`)

// locale matches the language segment Workday puts before the site.
var locale = lazyre.New(`^[a-z]{2}(-[A-Za-z]{2,4})?$`)

// workday maps a Workday posting page (GET on the CXS API answers one job;
// POST on .../jobs is the search).
func workday(host string, parts []string, opt Options) (apiCall, bool) {
	m := workdayHost.FindStringSubmatch(host)
	if m == nil {
		return apiCall{}, false
	}
	if len(parts) > 0 && locale.MatchString(parts[0]) {
		parts = parts[1:]
	}
	if len(parts) < 3 || parts[1] != "job" || !isID(parts[0]) {
		return apiCall{}, false
	}
	site, rest := parts[0], parts[2:]
	for i, p := range rest { // .../job/<place>/<title>_<req>/apply[/...]
		if p == "apply" && i > 0 {
			rest = rest[:i]
			break
		}
	}
	if len(rest) == 0 || len(rest) > 3 {
		return apiCall{}, false
	}
	segs := make([]string, len(rest))
	for i, p := range rest {
		s, ok := workdaySegment(p)
		if !ok {
			return apiCall{}, false
		}
		segs[i] = s
	}
	base := "https://" + host
	if opt.WorkdayAPI != "" {
		base = strings.TrimRight(opt.WorkdayAPI, "/")
	}
	return apiCall{url: base + "/wday/cxs/" + m[1] + "/" + site + "/job/" + strings.Join(segs, "/"),
		ats: "Workday", accept: jsonAccept, narrow: hasKey("jobPostingInfo")}, true
}

// workdaySegment checks one escaped segment of a Workday job path, which
// may hold any letter ("S%C3%A3o-Paulo"): it returns it escaped again, or
// false when it decodes to a dot segment or holds a slash, a backslash or a
// control character.
func workdaySegment(p string) (string, bool) {
	s, err := url.PathUnescape(p)
	if err != nil || s == "" || s == "." || s == ".." || len(s) > 300 {
		return "", false
	}
	for _, r := range s {
		if r == '/' || r == '\\' || r < 0x20 || r == 0x7f {
			return "", false
		}
	}
	return url.PathEscape(s), true
}

// tenantOf returns the one label before suffix in host ("acme" for
// acme.recruitee.com), false when host is not a single label there.
func tenantOf(host, suffix string) (string, bool) {
	label, ok := strings.CutSuffix(host, suffix)
	if !ok || strings.Contains(label, ".") || !isID(label) {
		return "", false
	}
	return label, true
}

// isID accepts a path segment made of letters, digits, '-', '_' and '.'
// only (no escapes, no "..").
func isID(s string) bool {
	if s == "" || s == "." || s == ".." {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	return true
}

// isAlnum accepts ASCII letters and digits only.
func isAlnum(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return s != ""
}

// isDigits accepts ASCII digits only.
func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
