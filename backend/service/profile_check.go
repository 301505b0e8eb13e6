package service

import (
	"fmt"
	"net/mail"
	"net/url"
	"reflect"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/lazyre"
	"github.com/huntbook/huntbook/backend/model"
)

// normaliseProfile trims every text of p, drops empty list items, gives
// bare links ("github.com/ada") an https scheme and checks dates, emails and
// links. The error names the field as JSON Resume does ("work[1].startDate").
func normaliseProfile(p *model.Profile) error {
	trimStrings(reflect.ValueOf(p).Elem())
	b := &p.Basics
	if b.Email != "" && !looksLikeEmail(b.Email) {
		return model.Invalid("basics.email", "%q does not look like an email address", b.Email)
	}
	c := profileChecks{links: []profileLink{{"basics.url", &b.URL}, {"basics.image", &b.Image}}}
	for i := range b.Profiles {
		c.links = append(c.links, profileLink{fmt.Sprintf("basics.profiles[%d].url", i), &b.Profiles[i].URL})
	}
	for i := range p.Work {
		c.add("work", i, &p.Work[i].URL, "startDate", p.Work[i].StartDate, "endDate", p.Work[i].EndDate)
	}
	for i := range p.Volunteer {
		c.add("volunteer", i, &p.Volunteer[i].URL, "startDate", p.Volunteer[i].StartDate, "endDate", p.Volunteer[i].EndDate)
	}
	for i := range p.Education {
		c.add("education", i, &p.Education[i].URL, "startDate", p.Education[i].StartDate, "endDate", p.Education[i].EndDate)
	}
	for i := range p.Awards {
		c.add("awards", i, nil, "date", p.Awards[i].Date)
	}
	for i := range p.Certificates {
		c.add("certificates", i, &p.Certificates[i].URL, "date", p.Certificates[i].Date)
	}
	for i := range p.Publications {
		c.add("publications", i, &p.Publications[i].URL, "releaseDate", p.Publications[i].ReleaseDate)
	}
	for i := range p.Projects {
		c.add("projects", i, &p.Projects[i].URL, "startDate", p.Projects[i].StartDate, "endDate", p.Projects[i].EndDate)
	}
	for _, d := range c.dates {
		if d.value != "" && !isPartialDate(d.value) {
			return model.Invalid(d.field, "%s %q is not a date: write 2020, 2020-03 or 2020-03-15", d.field, d.value)
		}
	}
	for _, l := range c.links {
		fixed, err := httpLink(*l.value)
		if err != nil {
			return model.Invalid(l.field, "%s %q is not a web link: %v", l.field, *l.value, err)
		}
		*l.value = fixed
	}
	return nil
}

// profileChecks collects the dates and links of a profile to check.
type profileChecks struct {
	dates []profileDate
	links []profileLink
}

type profileDate struct{ field, value string }

type profileLink struct {
	field string
	value *string
}

// add records entry i of section: its link (if any) and its dates, given
// as name, value pairs.
func (c *profileChecks) add(section string, i int, link *string, dates ...string) {
	prefix := fmt.Sprintf("%s[%d].", section, i)
	if link != nil {
		c.links = append(c.links, profileLink{prefix + "url", link})
	}
	for k := 0; k+1 < len(dates); k += 2 {
		c.dates = append(c.dates, profileDate{prefix + dates[k], dates[k+1]})
	}
}

// trimStrings trims every string in v (a struct, slice or string) and
// drops empty strings from string lists.
func trimStrings(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(strings.TrimSpace(v.String()))
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			trimStrings(v.Field(i))
		}
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.String {
			kept := reflect.MakeSlice(v.Type(), 0, v.Len())
			for i := 0; i < v.Len(); i++ {
				if s := strings.TrimSpace(v.Index(i).String()); s != "" {
					kept = reflect.Append(kept, reflect.ValueOf(s).Convert(v.Type().Elem()))
				}
			}
			if v.Len() > 0 {
				v.Set(kept)
			}
			return
		}
		for i := 0; i < v.Len(); i++ {
			trimStrings(v.Index(i))
		}
	}
}

var partialDate = lazyre.New(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// isPartialDate reports whether s is "YYYY", "YYYY-MM" or "YYYY-MM-DD" and
// a real date.
func isPartialDate(s string) bool {
	if !partialDate.MatchString(s) {
		return false
	}
	layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(s)]
	_, err := time.Parse(layout, s)
	return err == nil
}

func looksLikeEmail(s string) bool {
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" || a.Address != s {
		return false
	}
	_, domain, _ := strings.Cut(s, "@")
	return strings.Contains(domain, ".") && !strings.HasSuffix(domain, ".")
}

// httpLink returns s as an http(s) link: empty stays empty, a bare host
// ("github.com/ada") gets https://, other schemes are refused.
func httpLink(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	if strings.ContainsAny(s, " \t\n\"<>") {
		return "", fmt.Errorf("it contains spaces or quotes")
	}
	if !strings.Contains(s, "://") {
		host, _, _ := strings.Cut(s, "/")
		if strings.Contains(host, ":") || !strings.Contains(host, ".") {
			return "", fmt.Errorf("only http and https links are kept")
		}
		s = "https://" + s
	}
	u, err := url.Parse(s)
	if err != nil {
		return "", fmt.Errorf("it cannot be read as a link")
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", fmt.Errorf("only http and https links are kept")
	}
	if u.Host == "" {
		return "", fmt.Errorf("it has no host")
	}
	return s, nil
}
