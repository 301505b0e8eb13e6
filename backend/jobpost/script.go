package jobpost

import (
	"encoding/json"
	"strings"
)

// maxScriptValues caps how many script values one page decodes.
const maxScriptValues = 200

// assignments returns the offsets of the "{" or "[" that starts the value
// of each assignment in a script ("window.__DATA__ = {", "phApp.ddo = {",
// "var x = ["): data a page keeps only in JavaScript.
func assignments(body string, limit int) []int {
	var out []int
	for i := 0; i < len(body) && len(out) < limit; {
		k := strings.IndexByte(body[i:], '=')
		if k < 0 {
			break
		}
		eq := i + k
		i = eq + 1
		if eq == 0 || strings.ContainsRune("=!<>+-*/%&|^", rune(body[eq-1])) || (eq+1 < len(body) && (body[eq+1] == '=' || body[eq+1] == '>')) {
			continue // ==, !=, <=, =>, +=...
		}
		j := eq + 1
		for j < len(body) && (body[j] == ' ' || body[j] == '\t' || body[j] == '\n' || body[j] == '\r') {
			j++
		}
		if j >= len(body) || (body[j] != '{' && body[j] != '[') {
			continue
		}
		b := eq - 1
		for b >= 0 && (body[b] == ' ' || body[b] == '\t') {
			b--
		}
		if b < 0 || !(isIdent(body[b]) || body[b] == ']') {
			continue
		}
		out = append(out, j)
	}
	return out
}

func isIdent(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// scriptJobs reads jobs from JSON held in the page's scripts (Next.js
// __NEXT_DATA__, window.__DATA__, Paylocity's window.pageData, Phenom's
// phApp.ddo...).
func (p *page) scriptJobs(maxJobs int) []Job {
	tries := 0
	for _, body := range p.scripts {
		for _, start := range assignments(body, 50) {
			if tries++; tries > maxScriptValues {
				return nil
			}
			var v any
			dec := json.NewDecoder(strings.NewReader(body[start:]))
			if dec.Decode(&v) != nil {
				continue
			}
			if posts := findPostings(v, nil, 0); len(posts) > 0 {
				var jobs []Job
				for _, post := range posts[:min(len(posts), maxJobs)] {
					j := fromPosting(post)
					j.Source = "script"
					jobs = append(jobs, j)
				}
				return jobs
			}
			records := findRecords(v, "", nil, 0, maxJobs)
			if len(records) == 0 {
				continue
			}
			return recordJobs(v, records, "script", false)
		}
	}
	return nil
}
