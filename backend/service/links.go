package service

import (
	"net/url"

	"github.com/huntbook/huntbook/backend/model"
)

// Links opens web addresses the user clicked (a job posting, a meeting's
// join link) in the system browser, never in the app's own page.
type Links struct{ base }

// Open opens an http(s) address in the system browser.
func (s *Links) Open(link string) error {
	u, err := url.Parse(link)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return model.Invalid("url", "%q is not a web address", link)
	}
	if s.deps.Browser == nil {
		return model.Errorf(model.CodeUnavailable, "no browser to open %s in", u.Host)
	}
	return s.deps.Browser.OpenURL(u.String())
}
