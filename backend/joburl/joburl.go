// Package joburl says when two links point to the same job posting: Key
// reduces a link to the form every link to that posting shares, so a saved
// job is found again from a link that differs only in how the visitor came
// (tracking parameters, a fragment, "www.", http or https).
package joburl

import (
	"net/url"
	"sort"
	"strings"

	"github.com/huntbook/huntbook/backend/lazyre"
)

// trackingParams are query parameters that only say how a visitor arrived;
// two links that differ only in them are the same job. Names are compared
// in lower case; every "utm_*" parameter is dropped as well.
var trackingParams = map[string]bool{
	"gclid": true, "gclsrc": true, "dclid": true, "fbclid": true, "msclkid": true, "yclid": true, "twclid": true,
	"igshid": true, "li_fat_id": true, "mc_cid": true, "mc_eid": true, "mkt_tok": true, "_hsenc": true, "_hsmi": true,
	"_ga": true, "_gl": true, "trk": true, "trkinfo": true, "refid": true, "trackingid": true, "ref": true,
	"referrer": true, "src": true, "source": true, "from": true, "ebp": true,
	"gh_src": true, "lever-source": true, "lever-origin": true,
}

// linkedInJobID finds a LinkedIn job's number at the end of a /jobs/view/
// path ("/jobs/view/3791234567" or "/jobs/view/go-engineer-at-acme-3791234567").
var linkedInJobID = lazyre.New(`/jobs/view/(?:[^/]*-)?(\d+)/?$`)

// Key returns the form two links to the same job share: no scheme, no
// "www.", no fragment, no tracking parameters, no default port, no trailing
// slash, the remaining parameters sorted; a LinkedIn or Indeed job link
// reduced to the job's id. It returns "" for anything that is not an
// absolute http(s) link.
func Key(link string) string {
	u, err := url.Parse(strings.TrimSpace(link))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
		return ""
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	host = strings.TrimPrefix(host, "www.")
	if host == "" {
		return ""
	}
	q := u.Query()
	path := u.Path
	switch {
	case host == "linkedin.com" || strings.HasSuffix(host, ".linkedin.com"):
		if k := linkedInKey(path, q); k != "" {
			return k
		}
		host = "linkedin.com" // uk.linkedin.com is the same site
	case host == "indeed.com" || strings.HasSuffix(host, ".indeed.com") || strings.HasPrefix(host, "indeed."):
		if jk := firstOf(q, "jk", "vjk"); jk != "" {
			return host + "/viewjob?jk=" + url.QueryEscape(jk)
		}
	case host == "boards.greenhouse.io" || host == "job-boards.greenhouse.io":
		host = "boards.greenhouse.io" // job-boards is Greenhouse's newer board host
		if path == "/embed/job_app" && q.Get("for") != "" && q.Get("token") != "" {
			// The embedded application form of a board's job.
			return host + cleanPath("/"+q.Get("for")+"/jobs/"+q.Get("token"))
		}
	case host == "jobs.lever.co":
		path = strings.TrimSuffix(strings.TrimRight(path, "/"), "/apply") // the posting's form is the posting
	}
	if p := u.Port(); p != "" && p != "80" && p != "443" {
		host += ":" + p
	}
	return host + cleanPath(path) + query(q)
}

// linkedInKey is the key of a LinkedIn link naming one job: a job page
// (/jobs/view/<id>, also behind /comm/) or a search or collection page
// showing one (currentJobId=<id>). It is "" for any other LinkedIn link.
func linkedInKey(path string, q url.Values) string {
	id := ""
	if m := linkedInJobID.FindStringSubmatch(path); m != nil {
		id = m[1]
	} else if strings.HasPrefix(path, "/jobs/") {
		id = q.Get("currentJobId")
	}
	if id == "" || strings.Trim(id, "0123456789") != "" {
		return ""
	}
	return "linkedin.com/jobs/view/" + id
}

// cleanPath escapes path the one canonical way, without trailing slashes.
func cleanPath(path string) string {
	p := (&url.URL{Path: path}).EscapedPath()
	return strings.TrimRight(p, "/")
}

// query returns q's parameters other than tracking ones, sorted by name and
// value, as "?a=1&b=2" (or "" when none is left).
func query(q url.Values) string {
	keys := make([]string, 0, len(q))
	for k := range q {
		lk := strings.ToLower(k)
		if trackingParams[lk] || strings.HasPrefix(lk, "utm_") {
			continue
		}
		keys = append(keys, k)
	}
	if len(keys) == 0 {
		return ""
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		vs := append([]string(nil), q[k]...)
		sort.Strings(vs)
		for _, v := range vs {
			parts = append(parts, url.QueryEscape(k)+"="+url.QueryEscape(v))
		}
	}
	return "?" + strings.Join(parts, "&")
}

func firstOf(q url.Values, names ...string) string {
	for _, n := range names {
		if v := strings.TrimSpace(q.Get(n)); v != "" {
			return v
		}
	}
	return ""
}
