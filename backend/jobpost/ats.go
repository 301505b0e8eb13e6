package jobpost

import (
	"strings"

	"github.com/huntbook/huntbook/backend/model"
)

// How ATS API responses (Greenhouse, Lever, Ashby, Workable, SmartRecruiters,
// Workday CXS, Recruitee, Teamtailor, Eightfold, Paylocity, Next.js page
// props...) are read: walk the JSON for objects that look like one job (a
// title plus a job field), carrying the employer named by the list around
// them, and map each object's keys by the names those APIs use.

// titleKeyNames name a job's title in a record's top level.
var titleKeyNames = []string{"jobtitle", "positiontitle", "title", "postingtitle", "name", "jobname", "position"}

// jobSignals are keys that only a job record carries beside its title.
var jobSignals = map[string]bool{
	"description": true, "jobdescription": true, "descriptionhtml": true, "descriptionplain": true, "content": true, "body": true,
	"location": true, "locations": true, "joblocation": true, "locationstext": true, "city": true, "office": true, "offices": true,
	"absoluteurl": true, "joburl": true, "hostedurl": true, "applyurl": true, "externalpath": true, "canonicalpositionurl": true, "careersurl": true,
	"employmenttype": true, "typeofemployment": true, "commitment": true, "categories": true, "dateposted": true, "postedon": true,
	"publishedat": true, "publishedon": true, "releaseddate": true, "firstpublished": true, "tcreate": true, "department": true,
	"departments": true, "salary": true, "salaryrange": true, "compensation": true, "workplacetype": true, "telecommuting": true,
	"isremote": true, "remote": true, "jobad": true, "requisitionid": true, "reqid": true, "jobreqid": true, "hiringorganization": true,
	"company": true, "companyname": true, "jobid": true, "shortcode": true, "validthrough": true,
}

// wrapperKeys hold a single job inside a response ({"jobPostingInfo": {...}}).
var wrapperKeys = []string{"jobPostingInfo", "jobPosting", "posting", "job", "offer", "attributes", "jobDetail", "jobData"}

// listCompanyKeys name the employer at the top of a list response.
var listCompanyKeys = []string{"company", "companyName", "company_name", "ModuleTitle", "organizationName", "name"}

// record is one job-like JSON object and the employer its list names.
type record struct {
	m       map[string]any
	company string
	inList  bool // reached through an array: one of several jobs
}

// findRecords collects the job-like objects in v, at most maxJobs.
func findRecords(v any, company string, out []record, depth, maxJobs int) []record {
	return walkRecords(v, company, false, false, out, depth, maxJobs)
}

// walkRecords collects job records; jobList says v is the array of a key
// that names jobs ({"jobs": [...]}), where a title alone makes a job.
func walkRecords(v any, company string, inList, jobList bool, out []record, depth, maxJobs int) []record {
	if depth > 12 || len(out) >= maxJobs {
		return out
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			if m, ok := e.(map[string]any); ok && jobList && recordTitle(lift(m)) != "" {
				if len(out) < maxJobs {
					out = append(out, record{lift(m), company, true})
				}
				continue
			}
			out = walkRecords(e, company, true, false, out, depth+1, maxJobs)
		}
	case map[string]any:
		m := lift(t)
		if isJobRecord(m) {
			return append(out, record{m, company, inList})
		}
		if c := listCompany(t); c != "" {
			company = c
		}
		for _, k := range sortedKeys(t) {
			out = walkRecords(t[k], company, inList, containerKeys[normKey(k)], out, depth+1, maxJobs)
		}
	}
	return out
}

// fillFrom sets each empty field of j from o, with o's source for it.
func fillFrom(j *Job, o Job) {
	s, os := &j.Sources, o.Sources
	for _, f := range []struct {
		dst, src, dstFrom *string
		srcFrom           string
	}{
		{&j.Title, &o.Title, &s.Title, os.Title}, {&j.Company, &o.Company, &s.Company, os.Company},
		{&j.Location, &o.Location, &s.Location, os.Location}, {&j.EmploymentType, &o.EmploymentType, &s.EmploymentType, os.EmploymentType},
		{&j.DatePosted, &o.DatePosted, &s.DatePosted, os.DatePosted}, {&j.ValidThrough, &o.ValidThrough, &s.ValidThrough, os.ValidThrough},
		{&j.URL, &o.URL, &s.URL, os.URL}, {&j.ApplyURL, &o.ApplyURL, &s.ApplyURL, os.ApplyURL},
		{&j.Description, &o.Description, &s.Description, os.Description}, {&j.Language, &o.Language, &s.Language, os.Language},
		{&j.postedRaw, &o.postedRaw, new(string), ""},
	} {
		if *f.dst == "" && *f.src != "" {
			*f.dst, *f.dstFrom = *f.src, f.srcFrom
		}
	}
	if j.Remote == "" && o.Remote != "" {
		j.Remote, s.Remote = o.Remote, os.Remote
	}
	if j.Salary.IsZero() && !o.Salary.IsZero() {
		j.Salary, s.Salary = o.Salary, os.Salary
	}
}

// lift merges a single wrapped job into its envelope: the wrapper's fields
// win, the envelope's other fields (hiringOrganization...) stay.
func lift(m map[string]any) map[string]any {
	for _, k := range wrapperKeys {
		inner, ok := m[k].(map[string]any)
		if !ok {
			continue
		}
		out := make(map[string]any, len(m)+len(inner))
		for k2, v := range m {
			if k2 != k {
				out[k2] = v
			}
		}
		for k2, v := range lift(inner) {
			out[k2] = v
		}
		return out
	}
	return m
}

// isJobRecord reports an object with a title and at least one job field.
func isJobRecord(m map[string]any) bool {
	if recordTitle(m) == "" {
		return false
	}
	for k := range m {
		if jobSignals[normKey(k)] {
			return true
		}
	}
	return false
}

// recordTitle returns a record's title from its top level only, so a
// section heading deeper down ("Job Description") is never taken for it.
func recordTitle(m map[string]any) string {
	keys := map[string]any{}
	for k, v := range m {
		keys[normKey(k)] = v
	}
	for _, k := range titleKeyNames {
		if s, ok := keys[k].(string); ok && strings.TrimSpace(s) != "" && len(s) < 300 {
			return s
		}
	}
	// Lever names the title "text" beside its categories
	if _, lever := keys["categories"]; lever {
		if s, ok := keys["text"].(string); ok && len(s) < 300 {
			return s
		}
	}
	return ""
}

// listCompany returns the employer a list response names beside its jobs
// ({"name": "Zaelab", "jobs": [...]}), "" when it names none.
func listCompany(m map[string]any) string {
	hasList := false
	for k, v := range m {
		if arr, ok := v.([]any); ok && len(arr) > 0 {
			if e, ok := arr[0].(map[string]any); ok && (isJobRecord(lift(e)) || containerKeys[normKey(k)] && recordTitle(lift(e)) != "") {
				hasList = true
				break
			}
		}
	}
	if !hasList {
		return ""
	}
	for _, k := range listCompanyKeys {
		if s := nameOf(m[k]); s != "" {
			return s
		}
	}
	return ""
}

// recordRemote reads the remote policy an ATS states as a flag or a word.
func recordRemote(es []entry) model.Remote {
	for _, k := range []string{"workplacetype", "remotetype", "remotestatus", "locationtype", "worklocationoption", "joblocationtype", "worktype",
		"workplace", "remote"} {
		for _, e := range es {
			if e.key == k {
				if s, ok := e.value.(string); ok {
					if r := remotePolicy(s); r != "" {
						return r
					}
				}
			}
		}
	}
	for _, e := range es {
		if e.key == "locationname" || e.key == "location" {
			if r, ok := remoteWords[strings.ToLower(strings.TrimSpace(str(e.value)))]; ok {
				return r
			}
		}
	}
	flags := map[string]bool{}
	seen := map[string]bool{}
	for _, e := range es {
		if b, ok := e.value.(bool); ok && e.depth <= 1 {
			flags[e.key] = flags[e.key] || b
			seen[e.key] = true
		}
	}
	switch {
	case flags["hybrid"] || flags["ishybrid"]:
		return model.RemoteHybrid
	case flags["remote"] || flags["isremote"] || flags["telecommuting"] || flags["fullyremote"] || flags["workremoteallowed"]:
		return model.RemoteRemote
	case flags["onsite"] || flags["isonsite"]:
		return model.RemoteOnsite
	case seen["remote"] && seen["hybrid"]:
		return model.RemoteOnsite // both stated false
	}
	return ""
}

// recordSections gathers description sections APIs keep apart: Lever's
// lists and additional text, SmartRecruiters' jobAd.sections.
func recordSections(m map[string]any) string {
	var parts []string
	if secs, ok := m["jobAd"].(map[string]any); ok {
		if s, ok := secs["sections"].(map[string]any); ok {
			for _, k := range []string{"companyDescription", "jobDescription", "qualifications", "additionalInformation"} {
				sec, _ := s[k].(map[string]any)
				if text := describe(str(sec["text"])); text != "" {
					if t := str(sec["title"]); t != "" {
						text = "## " + t + "\n\n" + text
					}
					parts = append(parts, text)
				}
			}
		}
	}
	if lists, ok := m["lists"].([]any); ok {
		for _, l := range lists {
			lm, _ := l.(map[string]any)
			if text := describe(str(lm["content"])); text != "" {
				if t := str(lm["text"]); t != "" {
					text = "## " + t + "\n\n" + text
				}
				parts = append(parts, text)
			}
		}
		if add := describe(firstNonEmpty(str(m["additional"]), str(m["additionalPlain"]))); add != "" {
			parts = append(parts, add)
		}
	}
	return strings.Join(parts, "\n\n")
}

// voyager reads LinkedIn's internal (voyager) job JSON: a normalised graph
// whose "included" list holds the posting, its description and company.
func voyager(v any) []Job {
	root, ok := v.(map[string]any)
	if !ok {
		return nil
	}
	inc, ok := root["included"].([]any)
	if !ok {
		return nil
	}
	j := Job{Source: "json"}
	var companies []string
	for _, e := range inc {
		m, ok := e.(map[string]any)
		if !ok {
			continue
		}
		typ := str(m["$type"])
		switch {
		case strings.HasSuffix(typ, ".JobPosting"):
			if t := str(m["title"]); t != "" {
				j.Title = t
			}
			if d := describe(str(m["description"])); d != "" && j.Description == "" {
				j.Description = d
			}
			if l := str(m["formattedLocation"]); l != "" {
				j.Location = l
			}
			if d := parseDate(str(m["listedAt"])); d != "" {
				j.DatePosted = d
			}
			if b, ok := m["workRemoteAllowed"].(bool); ok && b {
				j.Remote = model.RemoteRemote
			}
			if id := strings.TrimPrefix(str(m["entityUrn"]), "urn:li:fsd_jobPosting:"); id != "" && isDigits(id) {
				j.URL = "https://www.linkedin.com/jobs/view/" + id + "/"
			}
			if u := str(m["companyApplyUrl"]); u != "" {
				j.ApplyURL = u
			}
		case strings.HasSuffix(typ, ".JobDescription"):
			if d, ok := m["descriptionText"].(map[string]any); ok {
				j.Description = CleanText(str(d["text"]))
			}
			if j.DatePosted == "" {
				j.DatePosted = j.postedDate(str(m["postedOnText"]))
			}
			if id := strings.TrimPrefix(str(m["*jobPosting"]), "urn:li:fsd_jobPosting:"); id != "" && isDigits(id) && j.URL == "" {
				j.URL = "https://www.linkedin.com/jobs/view/" + id + "/"
			}
		case strings.HasSuffix(typ, ".Company"):
			if n := str(m["name"]); n != "" && !contains(companies, n) {
				companies = append(companies, n)
			}
		}
	}
	if len(companies) == 1 {
		j.Company = companies[0]
	}
	if j.Title == "" && j.Description == "" {
		return nil
	}
	return []Job{j}
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
