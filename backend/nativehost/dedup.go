package nativehost

import (
	"fmt"
	"net/url"
	"sort"
	"strings"

	"github.com/huntbook/huntbook/backend/model"
)

// trackingParams are query parameters that only say how a visitor arrived;
// two links that differ only in them are the same job.
var trackingParams = map[string]bool{
	"gclid": true, "fbclid": true, "msclkid": true, "mc_cid": true, "mc_eid": true, "_hsenc": true, "_hsmi": true,
	"trk": true, "trkinfo": true, "refid": true, "trackingid": true, "ref": true, "referrer": true, "src": true,
	"gh_src": true, "lever-source": true, "lever-origin": true, "source": true, "from": true, "ebp": true,
}

// NormalizeURL returns the form two links to the same job share: no scheme
// difference, no "www.", no fragment, no tracking parameters, no default
// port, no trailing slash, the remaining parameters sorted. It returns "" for
// anything that is not an http(s) link.
func NormalizeURL(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	if p := u.Port(); p != "" && p != "80" && p != "443" {
		host += ":" + p
	}
	q := u.Query()
	keys := make([]string, 0, len(q))
	for k := range q {
		lk := strings.ToLower(k)
		if trackingParams[lk] || strings.HasPrefix(lk, "utm_") {
			continue
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		vs := q[k]
		sort.Strings(vs)
		for _, v := range vs {
			parts = append(parts, url.QueryEscape(k)+"="+url.QueryEscape(v))
		}
	}
	out := host + strings.TrimRight(u.EscapedPath(), "/")
	if len(parts) > 0 {
		out += "?" + strings.Join(parts, "&")
	}
	return out
}

// findSaved returns the application that already holds j: one with the same
// normalised link (j's or the page's), else one with the same company and
// title. It returns nil when there is none.
func (h *Host) findSaved(j *Job, pageURL string) (*Saved, error) {
	want := map[string]bool{}
	for _, s := range []string{j.URL, pageURL} {
		if n := NormalizeURL(s); n != "" {
			want[n] = true
		}
	}
	if len(want) > 0 {
		// The store has no lookup by link, so compare every application's.
		res, err := h.Services.Applications.List(model.ListQuery{Sort: model.SortCreated})
		if err != nil {
			return nil, fmt.Errorf("look for the job in Huntbook: %w", err)
		}
		for _, a := range res.Items {
			if want[NormalizeURL(a.URL)] {
				return savedOf(a, "url"), nil
			}
		}
	}
	dups, err := h.Services.Applications.Duplicates(j.Company, j.Title, 0)
	if err != nil {
		return nil, fmt.Errorf("look for the job in Huntbook: %w", err)
	}
	if len(dups) > 0 {
		return savedOf(dups[0], "company+title"), nil
	}
	return nil, nil
}

func savedOf(a model.Application, match string) *Saved {
	return &Saved{ID: a.ID, Title: a.Title, Company: a.Company, Stage: a.Stage, Match: match}
}
