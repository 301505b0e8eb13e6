package jobpost

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/huntbook/huntbook/backend/model"
)

// decodeLD parses one JSON-LD script body, tolerating the CDATA wrappers and
// raw line breaks inside strings that pages ship.
func decodeLD(body string) (any, error) {
	body = strings.TrimSpace(body)
	body = strings.TrimPrefix(body, "/*<![CDATA[*/")
	body = strings.TrimSuffix(body, "/*]]>*/")
	body = strings.TrimPrefix(body, "<![CDATA[")
	body = strings.TrimSuffix(body, "]]>")
	var v any
	err := json.Unmarshal([]byte(body), &v)
	if err != nil {
		if err2 := json.Unmarshal([]byte(looseJSON(body)), &v); err2 != nil {
			return nil, fmt.Errorf("parse JSON-LD: %w", err)
		}
	}
	return v, nil
}

// looseJSON repairs what pages get wrong in JSON-LD: trailing commas before
// "}" or "]", raw control characters inside strings, and "//" or "/* */"
// comments outside them.
func looseJSON(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	inStr, esc := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if inStr {
			switch {
			case esc:
				esc = false
			case c == '\\':
				esc = true
			case c == '"':
				inStr = false
			case c < 0x20:
				c = ' '
			}
			b.WriteByte(c)
			continue
		}
		switch {
		case c == '"':
			inStr = true
		case c == '/' && i+1 < len(s) && s[i+1] == '/':
			for i < len(s) && s[i] != '\n' {
				i++
			}
			continue
		case c == '/' && i+1 < len(s) && s[i+1] == '*':
			end := strings.Index(s[i+2:], "*/")
			if end < 0 {
				return b.String()
			}
			i += end + 3
			continue
		case c == ',':
			j := i + 1
			for j < len(s) && (s[j] == ' ' || s[j] == '\n' || s[j] == '\r' || s[j] == '\t') {
				j++
			}
			if j < len(s) && (s[j] == '}' || s[j] == ']') {
				continue // a trailing comma
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// findPostings collects every schema.org JobPosting object in v: top-level,
// in arrays, in @graph or nested under other objects.
func findPostings(v any, out []map[string]any, depth int) []map[string]any {
	if depth > 32 {
		return out
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			out = findPostings(e, out, depth+1)
		}
	case map[string]any:
		if isType(t["@type"], "JobPosting") {
			return append(out, t)
		}
		for _, k := range sortedKeys(t) {
			out = findPostings(t[k], out, depth+1)
		}
	}
	return out
}

// indexIDs collects the nodes of a JSON-LD document that have an "@id" and
// say more than it, so that references ({"@id": "…#organization"}, as
// @graph pages write the employer and the place) can be resolved.
func indexIDs(v any, ids map[string]map[string]any, depth int) {
	if depth > 16 || len(ids) > MaxRecords {
		return
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			indexIDs(e, ids, depth+1)
		}
	case map[string]any:
		if id, ok := t["@id"].(string); ok && len(t) > 1 {
			if _, seen := ids[id]; !seen {
				ids[id] = t
			}
		}
		for _, e := range t {
			indexIDs(e, ids, depth+1)
		}
	}
}

// resolveIDs returns v with each bare reference ({"@id": "…"} and nothing
// else) replaced by the node it names, a few levels deep.
func resolveIDs(v any, ids map[string]map[string]any, depth int) any {
	if depth > 4 || len(ids) == 0 {
		return v
	}
	switch t := v.(type) {
	case []any:
		out := make([]any, len(t))
		for i, e := range t {
			out[i] = resolveIDs(e, ids, depth+1)
		}
		return out
	case map[string]any:
		if id, ok := t["@id"].(string); ok && len(t) == 1 {
			if node, ok := ids[id]; ok {
				return resolveIDs(node, ids, depth+1)
			}
			return t
		}
		out := make(map[string]any, len(t))
		for k, e := range t {
			out[k] = resolveIDs(e, ids, depth+1)
		}
		return out
	}
	return v
}

func isType(v any, name string) bool {
	switch t := v.(type) {
	case string:
		return strings.EqualFold(strings.TrimPrefix(strings.TrimPrefix(t, "http://schema.org/"), "https://schema.org/"), name)
	case []any:
		for _, e := range t {
			if isType(e, name) {
				return true
			}
		}
	}
	return false
}

// fromPosting maps a schema.org JobPosting to a Job.
func fromPosting(p map[string]any) Job {
	j := Job{Source: "jsonld"}
	j.Title = str(p["title"])
	if j.Title == "" {
		j.Title = str(p["name"])
	}
	j.Company = nameOf(p["hiringOrganization"])
	j.Location = placeOf(p["jobLocation"])
	if isType(p["jobLocationType"], "TELECOMMUTE") {
		j.Remote = model.RemoteRemote
		if j.Location == "" {
			j.Location = placeOf(p["applicantLocationRequirements"])
		}
	}
	j.EmploymentType = strings.Join(strs(p["employmentType"]), ", ")
	j.Salary = ldSalary(p["baseSalary"])
	if c := str(p["salaryCurrency"]); j.Salary.IsZero() && c != "" {
		if m, ok := p["baseSalary"].(map[string]any); ok {
			m2 := map[string]any{"currency": c}
			for k, v := range m {
				m2[k] = v
			}
			j.Salary = ldSalary(m2)
		} else {
			j.Salary = ldSalary(map[string]any{"currency": c, "value": p["baseSalary"]})
		}
	}
	if j.Salary.IsZero() {
		j.Salary = ldSalary(p["estimatedSalary"])
	}
	j.DatePosted = parseDate(str(p["datePosted"]))
	j.ValidThrough = parseDate(str(p["validThrough"]))
	j.URL = str(p["url"])
	j.Description = describe(str(p["description"]))
	for _, k := range []string{"responsibilities", "qualifications", "skills", "experienceRequirements", "educationRequirements", "jobBenefits"} {
		if s := describe(strings.Join(strs(p[k]), "\n")); s != "" && !strings.Contains(j.Description, firstLine(s)) {
			j.Description += "\n\n## " + strings.ToUpper(k[:1]) + k[1:] + "\n\n" + s
		}
	}
	if l := str(p["inLanguage"]); l != "" {
		j.Language = strings.ToLower(strings.SplitN(l, "-", 2)[0])
	}
	return j
}

// describe turns a description that may be HTML (or entity-escaped HTML) into
// clean text.
func describe(s string) string {
	if s == "" {
		return ""
	}
	if strings.Contains(s, "&lt;") {
		s = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&", "&quot;", `"`, "&#39;", "'").Replace(s)
	}
	s = literalEscapes.Replace(s)
	if looksLikeHTML(s) {
		return htmlToText(s)
	}
	return CleanText(s)
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// str returns v as a string when it is a string or a number.
func str(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case float64:
		return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%f", t), "0"), ".")
	case json.Number:
		return t.String()
	case map[string]any:
		if s := str(t["@value"]); s != "" {
			return s
		}
		return str(t["name"])
	}
	return ""
}

// strs returns v as a list of strings (a string, or an array of them).
func strs(v any) []string {
	switch t := v.(type) {
	case []any:
		var out []string
		for _, e := range t {
			if s := str(e); s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	if s := str(v); s != "" {
		return []string{s}
	}
	return nil
}

// nameOf returns an organisation's name, whether given as text or an object.
func nameOf(v any) string {
	switch t := v.(type) {
	case []any:
		if len(t) > 0 {
			return nameOf(t[0])
		}
	case map[string]any:
		for _, k := range []string{"name", "Name", "legalName", "label", "valueLabel"} {
			if s := str(t[k]); s != "" {
				return s
			}
		}
		return ""
	}
	return str(v)
}

// placeOf formats a schema.org Place, PostalAddress, or a plain location
// object as "City, Region, Country".
func placeOf(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		var parts []string
		for _, e := range t {
			if s := placeOf(e); s != "" && !contains(parts, s) {
				parts = append(parts, s)
			}
			if len(parts) == 3 {
				break
			}
		}
		return strings.Join(parts, "; ")
	case map[string]any:
		for _, k := range []string{"fullLocation", "formattedLocation", "locationName"} {
			if s := str(t[k]); s != "" {
				return s
			}
		}
		if a, ok := t["address"]; ok {
			if s := placeOf(a); s != "" {
				return s
			}
		}
		var parts []string
		keys := []string{"addressLocality", "city", "City", "addressRegion", "region", "state", "State", "addressCountry", "country", "Country"}
		if str(t["country"]) == "" && str(t["addressCountry"]) == "" && str(t["Country"]) == "" {
			keys = append(keys, "countryCode")
		}
		for _, k := range keys {
			s := nameOf(t[k])
			if len(s) == 2 && strings.Contains(strings.ToLower(k), "country") {
				s = strings.ToUpper(s) // "nl" -> "NL"
			}
			if s != "" && s != "N/A" && !contains(parts, s) {
				parts = append(parts, s)
			}
		}
		if len(parts) == 0 {
			return nameOf(t)
		}
		return strings.Join(parts, ", ")
	}
	return ""
}

func contains(list []string, s string) bool {
	for _, e := range list {
		if strings.EqualFold(e, s) {
			return true
		}
	}
	return false
}

// ldSalary maps a schema.org MonetaryAmount.
func ldSalary(v any) model.Salary {
	m, ok := v.(map[string]any)
	if !ok {
		if s := str(v); s != "" {
			return ParseSalary(s)
		}
		return model.Salary{}
	}
	cur := strings.ToUpper(firstNonEmpty(str(m["currency"]), str(m["currencyCode"]), str(m["salaryCurrency"])))
	unit := strings.ToLower(firstNonEmpty(str(m["unitText"]), str(m["interval"]), str(m["period"]), str(m["unit"])))
	var lo, hi float64
	if _, ok := m["value"]; !ok {
		// Lever's salaryRange, Recruitee's salary: {min, max, currency, interval}
		m = map[string]any{"value": map[string]any{"minValue": firstOf(m, "min", "minValue", "minimum", "from"), "maxValue": firstOf(m, "max", "maxValue",
			"maximum", "to")}}
	}
	switch val := m["value"].(type) {
	case map[string]any:
		lo, hi = num(val["minValue"]), num(val["maxValue"])
		if lo == 0 && hi == 0 {
			lo = num(val["value"])
		}
		if u := strings.ToLower(str(val["unitText"])); u != "" {
			unit = u
		}
		if cur == "" {
			cur = strings.ToUpper(str(val["currency"]))
		}
	default:
		lo = num(val)
	}
	if lo == 0 {
		lo, hi = hi, 0
	}
	if lo <= 0 || cur == "" {
		return model.Salary{}
	}
	if hi == 0 {
		hi = lo
	}
	p := periodOf(unit, lo)
	if p == "" {
		return model.Salary{}
	}
	return model.Salary{Min: int64(lo * 100), Max: int64(hi * 100), Currency: cur, Period: p}
}

// firstOf returns the first of keys present in m.
func firstOf(m map[string]any, keys ...string) any {
	for _, k := range keys {
		if v, ok := m[k]; ok && v != nil {
			return v
		}
	}
	return nil
}

func num(v any) float64 {
	switch t := v.(type) {
	case float64:
		return t
	case string:
		return float64(money(t, "")) / 100
	}
	return 0
}
