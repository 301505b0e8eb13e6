package jobpost

import (
	"net/url"
	"strings"
)

// Sources says where each field of a Job was read from, in words a user
// understands ("JSON-LD", "Greenhouse API", "page title", "text", "URL",
// "relative date"...). A field the job leaves empty has no source.
type Sources struct {
	Title          string `json:"title,omitempty"`
	Company        string `json:"company,omitempty"`
	Location       string `json:"location,omitempty"`
	Remote         string `json:"remote,omitempty"`
	EmploymentType string `json:"employmentType,omitempty"`
	Salary         string `json:"salary,omitempty"`
	DatePosted     string `json:"datePosted,omitempty"`
	ValidThrough   string `json:"validThrough,omitempty"`
	URL            string `json:"url,omitempty"`
	ApplyURL       string `json:"applyUrl,omitempty"`
	Description    string `json:"description,omitempty"`
	Language       string `json:"language,omitempty"`
}

// Map returns the sources keyed by the Job's JSON field names, only for
// fields that have one.
func (s Sources) Map() map[string]string {
	out := map[string]string{}
	for _, f := range []struct{ key, from string }{
		{"title", s.Title}, {"company", s.Company}, {"location", s.Location}, {"remote", s.Remote},
		{"employmentType", s.EmploymentType}, {"salary", s.Salary}, {"datePosted", s.DatePosted},
		{"validThrough", s.ValidThrough}, {"url", s.URL}, {"applyUrl", s.ApplyURL},
		{"description", s.Description}, {"language", s.Language},
	} {
		if f.from != "" {
			out[f.key] = f.from
		}
	}
	return out
}

// sourceField pairs whether a field of a job is set with its source.
type sourceField struct {
	set  bool
	from *string
}

func (j *Job) sourceFields() []sourceField {
	s := &j.Sources
	return []sourceField{
		{j.Title != "", &s.Title}, {j.Company != "", &s.Company}, {j.Location != "", &s.Location}, {j.Remote != "", &s.Remote},
		{j.EmploymentType != "", &s.EmploymentType}, {!j.Salary.IsZero(), &s.Salary}, {j.DatePosted != "", &s.DatePosted},
		{j.ValidThrough != "", &s.ValidThrough}, {j.URL != "", &s.URL}, {j.ApplyURL != "", &s.ApplyURL},
		{j.Description != "", &s.Description}, {j.Language != "", &s.Language},
	}
}

// mark gives every set field that has no source yet the source from.
func (j *Job) mark(from string) {
	for _, f := range j.sourceFields() {
		if f.set && *f.from == "" {
			*f.from = from
		}
	}
}

// tidySources drops the source of every field that ended up empty.
func (j *Job) tidySources() {
	for _, f := range j.sourceFields() {
		if !f.set {
			*f.from = ""
		}
	}
}

// atsNames name the hosts whose public API or feed a job came from.
var atsNames = []struct{ host, name string }{
	{"greenhouse.io", "Greenhouse API"}, {"lever.co", "Lever API"}, {"ashbyhq.com", "Ashby API"}, {"workable.com", "Workable API"},
	{"smartrecruiters.com", "SmartRecruiters API"}, {"myworkdayjobs.com", "Workday API"}, {"myworkday.com", "Workday API"},
	{"recruitee.com", "Recruitee API"}, {"teamtailor.com", "Teamtailor API"}, {"personio.de", "Personio feed"},
	{"personio.com", "Personio feed"}, {"eightfold.ai", "Eightfold API"}, {"linkedin.com", "LinkedIn data"},
	{"paylocity.com", "Paylocity data"},
}

// sourceWords names how a job was read, for the fields its reader set.
func sourceWords(j Job, opt Options) string {
	switch j.Source {
	case "jsonld":
		return "JSON-LD"
	case "microdata":
		return "microdata"
	case "script":
		if name := atsName(firstNonEmpty(j.URL, opt.URL)); name != "" {
			return strings.TrimSuffix(strings.TrimSuffix(name, " API"), " data") + " page data"
		}
		return "page data"
	case "html":
		return "page text"
	case "og":
		return "meta tags"
	case "text", "markdown":
		return "text"
	case "csv":
		return "CSV file"
	case "json", "xml":
		for _, u := range []string{j.URL, j.ApplyURL, opt.URL} {
			if name := atsName(u); name != "" {
				return name
			}
		}
		if j.Source == "xml" {
			return "XML feed"
		}
		return "JSON data"
	}
	return j.Source
}

// atsName names the applicant-tracking system an address belongs to, "".
func atsName(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	for _, a := range atsNames {
		if host == a.host || strings.HasSuffix(host, "."+a.host) {
			return a.name
		}
	}
	return ""
}
