package cvparse

import (
	"strings"
	"unicode"

	"github.com/huntbook/huntbook/backend/model"
)

var (
	emailRe = lazyRegexp(`[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9][A-Za-z0-9.\-]*\.[A-Za-z]{2,24}`)
	phoneRe = lazyRegexp(`(?:\+|00)?\(?\+?\d[\d ().\-]{5,22}\d`)
	urlRe   = lazyRegexp(`(?i)(?:https?://|www\.)[^\s,;|<>"'()]+|\b[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:com|org|net|io|dev|me|co|ai|app|edu|de|fr|es|pt|` +
		`br|uk|info|tech|site|xyz|page|ch|at|nl|it|eu|us|ca|in|cv|blog|eth)(?:/[^\s,;|<>"'()]*)?`)
	// "GitHub: @user", "LinkedIn: /in/user", "github - user"
	labelledProfileRe = lazyRegexp(`(?i)\b(github|linkedin|gitlab|twitter|mastodon|stackoverflow|medium|behance|dribbble|orcid|` +
		`x)\s*[:\-]\s*@?(/in/)?([A-Za-z0-9_.\-]{2,60})`)
	// The two location shapes start with (?m)^, not ^: Go analyses a
	// pattern anchored at the start of the text for its one-pass matcher,
	// and for these ({1,40} of a Unicode class, twice) that analysis took
	// 7-20 ms, a third of `huntbook cv parse`. parseLocation passes no text
	// with a line break, so (?m)^ is the start of the text as before.
	usStateRe     = lazyRegexp(`(?m)^[\p{Lu}][\p{L}.'\- ]{1,40}, ?([A-Z]{2})(?: \d{5}(?:-\d{4})?)?(?:, ?(?:USA|US|United States))?$`)
	phoneShapeRe  = lazyRegexp(`\d{2,4}[ .\-]\d{2,4}`)
	cityCountryRe = lazyRegexp(`(?m)^[\p{Lu}][\p{L}.'\- ]{1,40}(?:, ?[\p{Lu}][\p{L}.'\- ]{1,40}){1,2}$`)
)

var networks = []struct{ host, name string }{
	{"linkedin.com", "LinkedIn"}, {"github.com", "GitHub"}, {"gitlab.com", "GitLab"}, {"twitter.com", "Twitter"},
	{"x.com", "X"}, {"stackoverflow.com", "Stack Overflow"}, {"medium.com", "Medium"}, {"behance.net", "Behance"},
	{"dribbble.com", "Dribbble"}, {"orcid.org", "ORCID"}, {"kaggle.com", "Kaggle"}, {"xing.com", "XING"},
	{"scholar.google", "Google Scholar"}, {"researchgate.net", "ResearchGate"}, {"youtube.com", "YouTube"},
}

// findEmails returns the e-mail addresses in s.
func findEmails(s string) []string {
	var out []string
	for _, m := range emailRe().FindAllString(s, 8) {
		m = strings.TrimSuffix(m, ".")
		m = strings.TrimPrefix(m, "mailto:")
		out = append(out, m)
	}
	return out
}

// findPhones returns the phone numbers in s.
func findPhones(s string) []string {
	var out []string
	for _, loc := range phoneRe().FindAllStringIndex(s, 8) {
		m := strings.TrimSpace(s[loc[0]:loc[1]])
		// keep a closing parenthesis balanced, drop a stray opening one
		if strings.Count(m, "(") > strings.Count(m, ")") && strings.HasPrefix(m, "(") && !strings.Contains(m[1:], "(") {
			if strings.IndexByte(m, ')') < 0 {
				m = strings.TrimPrefix(m, "(")
			}
		}
		// "94588 (555) 123-4567": a postal code run into the number
		if i := strings.Index(m, "("); i > 0 && strings.Trim(m[:i], "0123456789 ") == "" {
			if rest := m[i:]; countDigits(rest) >= 7 {
				m = rest
			}
		}
		digits := 0
		for _, r := range m {
			if unicode.IsDigit(r) {
				digits++
			}
		}
		if digits < 7 || digits > 15 {
			continue
		}
		// a date range or a year list is not a phone
		if spans := findDates(m); len(spans) > 0 && dateOnly(m, spans) {
			continue
		}
		if gluedToText(s, loc[0], loc[1]) {
			continue
		}
		// dotted numbers like 3.97 or versions have few separators; require
		// a phone-like shape: a leading +, a (area), or a run of 3+ digits
		// followed by a separator.
		if !strings.HasPrefix(m, "+") && !strings.HasPrefix(m, "00") && !strings.Contains(m, "(") && !phoneShapeRe().MatchString(m) {
			if digits < 9 {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// gluedToText reports a match s[from:to] that runs on from a word, a path,
// a decimal or a percentage: part of something else, not a phone number.
func gluedToText(s string, from, to int) bool {
	if from > 0 {
		prev := rune(s[from-1])
		if unicode.IsLetter(prev) || prev == '/' || prev == '.' || prev == ',' {
			return true
		}
	}
	if to < len(s) {
		next := rune(s[to])
		if unicode.IsLetter(next) || next == '/' || next == '%' || next == ',' && to+1 < len(s) && unicode.IsDigit(rune(s[to+1])) {
			return true
		}
	}
	return false
}

// findURLs returns the links in s (e-mail addresses excluded).
func findURLs(s string) []string {
	s = emailRe().ReplaceAllString(s, " ")
	var out []string
	for _, m := range urlRe().FindAllString(s, 12) {
		m = strings.TrimRight(m, ".:;")
		if strings.HasPrefix(strings.ToLower(m), "mailto:") || strings.HasPrefix(strings.ToLower(m), "tel:") {
			continue
		}
		low := strings.ToLower(m)
		// "Node.js", "Vue.js", "e.g", "ASP.NET" are not links
		if !strings.Contains(low, "/") && !strings.HasPrefix(low, "www.") {
			if strings.HasSuffix(low, ".js") || strings.Count(low, ".") == 0 {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// profileOf returns the social profile a URL points to, if any.
func profileOf(u string) (model.SocialProfile, bool) {
	low := strings.ToLower(u)
	for _, n := range networks {
		i := strings.Index(low, n.host)
		if i < 0 || (i > 0 && low[i-1] != '.' && low[i-1] != '/') {
			continue
		}
		path := strings.Trim(u[i+len(n.host):], "/")
		path = strings.TrimPrefix(path, "in/")
		path = strings.TrimPrefix(path, "@")
		if j := strings.IndexAny(path, "/?#"); j >= 0 {
			path = path[:j]
		}
		url := u
		if !strings.HasPrefix(low, "http") {
			url = "https://" + strings.TrimPrefix(u, "www.")
		}
		return model.SocialProfile{Network: n.name, Username: path, URL: url}, true
	}
	return model.SocialProfile{}, false
}

// labelledProfiles returns profiles written as "GitHub: @user".
func labelledProfiles(s string) []model.SocialProfile {
	var out []model.SocialProfile
	for _, m := range labelledProfileRe().FindAllStringSubmatch(s, 6) {
		net := strings.ToLower(m[1])
		name := ""
		for _, n := range networks {
			if strings.HasPrefix(n.host, net+".") {
				name = n.name
			}
		}
		if name == "" {
			if net == "mastodon" {
				name = "Mastodon"
			} else {
				continue
			}
		}
		user := m[3]
		if strings.Contains(user, ".") && strings.Contains(strings.ToLower(user), net) {
			continue // a URL, handled by findURLs
		}
		out = append(out, model.SocialProfile{Network: name, Username: user})
	}
	return out
}

// parseLocation reads "City, ST", "City, Country" or "City, Region, Country".
func parseLocation(s string) (model.Location, bool) {
	t := strings.TrimSpace(strings.Trim(s, " |•·"))
	for _, p := range []string{"location:", "address:", "lives in", "based in", "ubicación:", "wohnort:", "adresse:", "endereço:"} {
		if strings.HasPrefix(strings.ToLower(t), p) {
			t = strings.TrimSpace(t[len(p):])
		}
	}
	if t == "" || len(t) > 60 || strings.ContainsAny(t, "@:/\n") {
		return model.Location{}, false
	}
	if m := usStateRe().FindStringSubmatch(t); m != nil {
		city := strings.TrimSpace(t[:strings.Index(t, ",")])
		if badPlace(city) {
			return model.Location{}, false
		}
		return model.Location{City: city, Region: m[1], CountryCode: ""}, true
	}
	if strings.EqualFold(t, "remote") {
		return model.Location{City: "Remote"}, true
	}
	if cityCountryRe().MatchString(t) {
		parts := strings.Split(t, ",")
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
			if badPlace(parts[i]) || len(strings.Fields(parts[i])) > 3 {
				return model.Location{}, false
			}
		}
		loc := model.Location{City: parts[0]}
		if len(parts) > 1 {
			loc.Region = strings.Join(parts[1:], ", ")
		}
		return loc, true
	}
	return model.Location{}, false
}

// badPlace rejects words that are not place names.
func badPlace(s string) bool {
	if countIn(s, titleWords()) > 0 || countIn(s, orgWords()) > 0 || hasDegree(s) {
		return true
	}
	for _, r := range s {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// locationString renders a location for comparison and display.
func locationString(l model.Location) string {
	parts := []string{}
	for _, p := range []string{l.City, l.Region} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}

func countDigits(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// withoutContacts replaces emails, links and phones in s by "|", so that
// what is left (a place, a name) can be split out of a run-on contact line.
func withoutContacts(s string) string {
	s = emailRe().ReplaceAllString(s, "|")
	s = urlRe().ReplaceAllString(s, "|")
	for _, p := range findPhones(s) {
		s = strings.Replace(s, p, "|", 1)
	}
	return s
}
