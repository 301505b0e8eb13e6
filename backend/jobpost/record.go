package jobpost

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"sort"
	"strings"

	"github.com/huntbook/huntbook/backend/lazyre"
	"github.com/huntbook/huntbook/backend/model"
)

// field names records use, most specific first; compared lower-case with
// spaces, dashes and underscores removed.
var (
	titleKeys   = []string{"jobtitle", "positiontitle", "title", "position", "role", "jobname"}
	companyKeys = []string{"company", "companyname", "hiringorganization", "hiringorg", "employer", "employername", "organization", "organisation",
		"organizationname", "subcompany"}
	descKeys = []string{"jobdescription", "descriptionhtml", "description", "descriptionplain", "formattedpurpose", "purpose", "descriptiontext",
		"body", "content", "summary", "text"}
	locationKeys = []string{"fulllocation", "location", "formattedlocation", "joblocation", "worklocation", "locations", "locationstext", "locationname",
		"city", "place", "office", "offices", "country"}
	typeKeys = []string{"employmenttype", "typeofemployment", "commitment", "timetype", "schedule", "typename", "worktype", "jobtype", "type",
		"employmenttypes", "employmenttypecode", "workschedule"}
	salaryKeys = []string{"salary", "salaryrange", "basesalary", "pay", "payrange", "compensation", "compensationtiersummary",
		"scrapeablecompensationsalarysummary", "salarysummary", "compensationdescription"}
	postedKeys = []string{"dateposted", "jobpostingdate", "postingdate", "publicationstartdate", "firstpublished", "publishedat", "publishedon",
		"publisheddate", "published", "publicationdate", "releaseddate", "postedon", "postedat", "posteddate", "posted", "listedat", "date", "created",
		"createdat", "createdon", "tcreate"}
	validKeys = []string{"validthrough", "applicationdeadlinedate", "applicationdeadline", "deadline", "closingdate", "publicationenddate", "expires",
		"expiresat"}
	urlKeys = []string{"url", "absoluteurl", "hostedurl", "joburl", "canonicalpositionurl", "careersurl", "careerssitejoburl", "externalurl",
		"positionurl", "jobadurl", "link", "shortlink", "applyviaurl", "applyurl"}
	applyKeys = []string{"applyurl", "careersapplyurl", "applicationurl", "applyviaurl", "applylink"}
	// sections are extra record fields appended to the description under a heading.
	sectionKeys = []struct{ key, heading string }{
		{"responsibilities", "Responsibilities"}, {"requirements", "Requirements"}, {"qualifications", "Qualifications"},
		{"skills", "Skills"}, {"experience", "Experience"}, {"benefits", "Benefits"},
	}
)

// countedPlaces is how a list says a job has several places without naming them.
var countedPlaces = lazyre.New(`(?i)^\d+\s+(?:locations?|places|standorte|sites)$`)

var keySeparators = strings.NewReplacer(" ", "", "_", "", "-", "")

func normKey(k string) string {
	return strings.ToLower(keySeparators.Replace(k))
}

// containerKeys name arrays of records inside an API response.
var containerKeys = map[string]bool{"jobs": true, "postings": true, "listings": true, "jobpostings": true, "positions": true, "offers": true,
	"openings": true, "vacancies": true, "requisitions": true, "joblist": true, "jobresults": true}

// parseJSON reads a JSON record, an array of records, or JSON-LD.
func parseJSON(data []byte, maxJobs int) ([]Job, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, model.Errorf(model.CodeCorrupt, "read job JSON: %v", err)
	}
	if posts := findPostings(v, nil, 0); len(posts) > 0 {
		var jobs []Job
		for _, p := range posts {
			if len(jobs) >= maxJobs {
				break
			}
			jobs = append(jobs, fromPosting(p))
		}
		return jobs, nil
	}
	if jobs := voyager(v); len(jobs) > 0 {
		return jobs, nil
	}
	records := findRecords(v, "", nil, 0, maxJobs)
	if len(records) == 0 {
		// one flat record whose title sits deeper than its top level
		if m, ok := v.(map[string]any); ok && pick(flatten(m), titleKeys, str) != "" {
			records = []record{{m: m}}
		}
	}
	if len(records) == 0 {
		return nil, noJob("the JSON holds no job record (no object with a title and job fields)")
	}
	return recordJobs(v, records, "json", true), nil
}

// recordJobs maps the job records found in v to jobs. When one record was
// reached without passing through a list it is a detail response: that one
// job is returned (lists inside it, such as "similarJobs", are not what was
// asked for), completed from its envelope when envelope is set.
func recordJobs(v any, records []record, source string, envelope bool) []Job {
	for _, r := range records {
		if !r.inList {
			records = []record{r}
			break
		}
	}
	var jobs []Job
	for _, r := range records {
		j := fromRecord(flatten(r.m))
		j.Source = source
		if t := recordTitle(r.m); t != "" {
			j.Title = t
		}
		if j.Company == "" {
			j.Company = r.company
		}
		if j.Remote == "" {
			j.Remote = recordRemote(flatten(r.m))
		}
		if sec := recordSections(r.m); sec != "" {
			j.Description = sec
		}
		if top, ok := v.(map[string]any); ok && envelope && len(records) == 1 && !r.inList {
			fillFrom(&j, fromRecord(flatten(top)))
		}
		jobs = append(jobs, j)
	}
	return dedupe(jobs)
}

// dedupe drops a job that repeats an earlier one field for field (feeds
// that list the same position twice).
func dedupe(jobs []Job) []Job {
	seen := map[Job]bool{}
	out := jobs[:0]
	for _, j := range jobs {
		if seen[j] {
			continue
		}
		seen[j] = true
		out = append(out, j)
	}
	return out
}

// entry is one value found in a nested record, with its key and depth.
type entry struct {
	key   string
	depth int
	path  string
	value any
}

// flatten lists every keyed value of a nested record, shallowest first.
func flatten(r map[string]any) []entry {
	var out []entry
	var walk func(m map[string]any, depth int, path string)
	walk = func(m map[string]any, depth int, path string) {
		if depth > 8 {
			return
		}
		for _, k := range sortedKeys(m) {
			v := m[k]
			out = append(out, entry{key: normKey(k), depth: depth, path: path + "." + k, value: v})
			if sub, ok := v.(map[string]any); ok {
				walk(sub, depth+1, path+"."+k)
			}
		}
	}
	walk(r, 0, "")
	sort.SliceStable(out, func(i, j int) bool { return out[i].depth < out[j].depth })
	return out
}

// pick returns the first usable value under any of keys, trying keys in
// order and shallower entries first.
func pick(es []entry, keys []string, use func(any) string) string {
	for _, k := range keys {
		for _, e := range es {
			if e.key == k {
				if s := use(e.value); s != "" {
					return s
				}
			}
		}
	}
	return ""
}

// fromRecord maps a flattened record to a Job.
func fromRecord(es []entry) Job {
	j := Job{Source: "json"}
	j.Title = pick(es, titleKeys, str)
	j.Company = pick(es, companyKeys, nameOf)
	j.Location = pick(es, locationKeys, func(v any) string {
		if s := placeOf(v); !countedPlaces.MatchString(s) {
			return s
		}
		return "" // Workday's "3 Locations" names no place
	})
	if j.Location != "" && !strings.Contains(j.Location, ",") {
		if c := pick(es, []string{"country"}, nameOf); c != "" && !strings.EqualFold(c, j.Location) {
			j.Location += ", " + c
		}
	}
	typeOf := func(v any) string {
		if _, isNum := v.(float64); isNum {
			return "" // an enum id, meaningless without the site's table
		}
		return strings.Join(namesOf(v), ", ")
	}
	j.EmploymentType = pick(es, typeKeys, func(v any) string {
		if s := typeOf(v); knownEmployment(s) {
			return s // a type we know beats one we do not ("permanent")
		}
		return ""
	})
	if j.EmploymentType == "" {
		j.EmploymentType = pick(es, typeKeys, typeOf)
	}
	if s := pick(es, salaryKeys, func(v any) string {
		if m, ok := v.(map[string]any); ok {
			if sal := ldSalary(m); !sal.IsZero() {
				j.Salary = sal
				return "set"
			}
			return ""
		}
		return str(v)
	}); s != "" && s != "set" {
		j.Salary = ParseSalary(s)
	}
	j.DatePosted = pick(es, postedKeys, func(v any) string { return j.postedDate(str(v)) })
	j.ApplyURL = pick(es, applyKeys, func(v any) string {
		if s := str(v); strings.HasPrefix(s, "http") {
			return s
		}
		return ""
	})
	if l := pick(es, []string{"language", "inlanguage", "locale"}, func(v any) string {
		if m, ok := v.(map[string]any); ok {
			v = m["code"]
		}
		if s := str(v); len(s) >= 2 && len(s) <= 5 {
			return strings.ToLower(s[:2])
		}
		return ""
	}); l != "" {
		j.Language = l
	}
	j.ValidThrough = pick(es, validKeys, func(v any) string { return parseDate(str(v)) })
	j.URL = pick(es, urlKeys, func(v any) string {
		if s := str(v); strings.HasPrefix(s, "http") {
			return s
		}
		return ""
	})
	j.path = pick(es, []string{"externalpath", "jobpath"}, func(v any) string {
		if s := str(v); strings.HasPrefix(s, "/") {
			return s
		}
		return ""
	})
	j.Description = pick(es, descKeys, func(v any) string {
		if s := describe(str(v)); len(s) >= 40 {
			return s
		}
		return ""
	})
	if j.Description == "" {
		j.Description = pick(es, descKeys, func(v any) string { return describe(str(v)) })
	}
	j.Description = appendSections(j.Description, func(key string) string {
		return pick(es, []string{key}, func(v any) string { return strings.Join(namesOf(v), "\n") })
	})
	return j
}

// appendSections adds the record's list fields (responsibilities, skills...)
// to the description under Markdown headings.
func appendSections(desc string, get func(string) string) string {
	for _, s := range sectionKeys {
		v := get(s.key)
		if v == "" {
			continue
		}
		if looksLikeHTML(v) || strings.Contains(v, "&lt;") {
			desc = strings.TrimSpace(desc + "\n\n## " + s.heading + "\n\n" + describe(v))
			continue
		}
		var lines []string
		for _, l := range strings.Split(v, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, "- "+l)
			}
		}
		desc = strings.TrimSpace(desc + "\n\n## " + s.heading + "\n\n" + CleanText(strings.Join(lines, "\n")))
	}
	return desc
}

// namesOf returns v as strings: a string, an array of strings, or an array
// of objects with a name.
func namesOf(v any) []string {
	switch t := v.(type) {
	case []any:
		var out []string
		for _, e := range t {
			if s := nameOf(e); s != "" {
				out = append(out, s)
			}
		}
		return out
	case map[string]any:
		if s := nameOf(t); s != "" {
			return []string{s}
		}
		return nil
	}
	if s := str(v); s != "" {
		return []string{s}
	}
	return nil
}

// parseCSV reads CSV (or TSV) records with a header row.
func parseCSV(data []byte, tab bool, maxJobs int) ([]Job, error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	if tab {
		r.Comma = '\t'
	}
	header, err := r.Read()
	if err != nil {
		return nil, model.Errorf(model.CodeCorrupt, "read job CSV header: %v", err)
	}
	for i := range header {
		header[i] = normKey(header[i])
	}
	var jobs []Job
	for len(jobs) < maxJobs {
		row, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, model.Errorf(model.CodeCorrupt, "read job CSV row %d: %v", len(jobs)+2, err)
		}
		rec := map[string]any{}
		for i, v := range row {
			if i < len(header) && header[i] != "" {
				rec[header[i]] = fixMojibake(csvValue(v))
			}
		}
		j := fromRecord(flatten(rec))
		j.Source = "csv"
		jobs = append(jobs, j)
	}
	if len(jobs) == 0 {
		return nil, model.Invalid("description", "CSV has a header but no job rows")
	}
	return jobs, nil
}

// csvValue unwraps Python-style set literals ("{'a, b'}") some exports write.
func csvValue(v string) string {
	v = strings.TrimSpace(v)
	if strings.HasPrefix(v, "{'") && strings.HasSuffix(v, "'}") {
		inner := v[2 : len(v)-2]
		return strings.Join(strings.Split(inner, ", "), "\n")
	}
	return v
}
