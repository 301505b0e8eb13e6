package cvparse

import (
	"strings"
	"unicode"

	"github.com/huntbook/huntbook/backend/model"
)

// golden is the expected content of a CV, written by reading its source.
// A key left out of an entry is not scored; "present" as an end date means
// the entry is current (an empty end date in the profile).
type golden struct {
	Source    string              `json:"source"`
	NotCV     bool                `json:"notCV"`
	Name      string              `json:"name"`
	Email     string              `json:"email"`
	Phone     string              `json:"phone"`
	Location  string              `json:"location"`
	Work      []map[string]string `json:"work"`
	Education []map[string]string `json:"education"`
	Skills    []string            `json:"skills"`
}

// score is a field-level tally: Expected fields, how many Matched, and how
// many the parser filled Wrongly (a different value, or a spurious entry).
type score struct {
	Expected, Matched, Wrong float64
}

func (s *score) add(o score) { s.Expected += o.Expected; s.Matched += o.Matched; s.Wrong += o.Wrong }

// Recall is the share of expected fields found.
func (s score) Recall() float64 {
	if s.Expected == 0 {
		return 1
	}
	return s.Matched / s.Expected
}

// Precision is the share of filled, scored fields that are right.
func (s score) Precision() float64 {
	if s.Matched+s.Wrong == 0 {
		return 1
	}
	return s.Matched / (s.Matched + s.Wrong)
}

// norm lower-cases, folds quotes and keeps letters and digits.
func norm(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// same compares two texts after normalisation, allowing one to hold the
// other when it is most of it (a trailing "Inc." or parenthesis).
func same(want, got string) bool {
	w, g := norm(want), norm(got)
	if w == "" || g == "" {
		return w == g
	}
	if w == g {
		return true
	}
	short, long := w, g
	if len(short) > len(long) {
		short, long = long, short
	}
	return strings.Contains(long, short) && float64(len([]rune(short))) >= 0.7*float64(len([]rune(long)))
}

func samePhone(want, got string) bool {
	digits := func(s string) string {
		var b strings.Builder
		for _, r := range s {
			if unicode.IsDigit(r) {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	return digits(want) != "" && digits(want) == digits(got)
}

func scoreField(want, got string, eq func(a, b string) bool) score {
	if eq(want, got) {
		return score{Expected: 1, Matched: 1}
	}
	if got != "" {
		return score{Expected: 1, Wrong: 1}
	}
	return score{Expected: 1}
}

func endMatch(want string, start, end string) bool {
	if want == "present" {
		return start != "" && end == ""
	}
	return want == end
}

// scoreEntries matches expected entries to parsed ones greedily, best first.
func scoreEntries(want []map[string]string, got []map[string]string, fields []string) score {
	var total score
	used := make([]bool, len(got))
	for _, w := range want {
		best, bestS := -1, score{}
		for j, g := range got {
			if used[j] {
				continue
			}
			s := scoreEntry(w, g, fields)
			if best < 0 || s.Matched > bestS.Matched {
				best, bestS = j, s
			}
		}
		if best >= 0 && bestS.Matched > 0 {
			used[best] = true
			total.add(bestS)
			continue
		}
		for _, f := range fields {
			if _, ok := w[f]; ok {
				total.Expected++
			}
		}
	}
	for j, g := range got {
		if !used[j] {
			for _, f := range fields {
				if g[f] != "" && f != "end" {
					total.Wrong++
				}
			}
		}
	}
	return total
}

func scoreEntry(w, g map[string]string, fields []string) score {
	var s score
	for _, f := range fields {
		want, ok := w[f]
		if !ok {
			continue
		}
		switch f {
		case "end":
			if endMatch(want, g["start"], g["end"]) {
				s.add(score{Expected: 1, Matched: 1})
			} else if g["end"] != "" || g["start"] != "" {
				s.add(score{Expected: 1, Wrong: 1})
			} else {
				s.add(score{Expected: 1})
			}
		case "start":
			s.add(scoreField(want, g[f], func(a, b string) bool { return a == b }))
		case "degree":
			s.add(scoreField(want, strings.Trim(g[f], "\x00"), degreeMatch))
		default:
			s.add(scoreField(want, g[f], same))
		}
	}
	return s
}

// scoreResult scores a parse against its golden expectation.
func scoreResult(gd golden, r Result) (total score, parts map[string]score) {
	parts = map[string]score{}
	p := r.Profile
	if gd.NotCV {
		ok := false
		for _, w := range r.Warnings {
			ok = ok || w == NotACV
		}
		s := score{Expected: 1}
		if ok && len(p.Work) == 0 && len(p.Education) == 0 {
			s.Matched = 1
		} else {
			s.Wrong = 1
		}
		parts["notCV"] = s
		return s, parts
	}
	if gd.Name != "" {
		parts["name"] = scoreField(gd.Name, p.Basics.Name, same)
	}
	if gd.Email != "" {
		parts["email"] = scoreField(gd.Email, p.Basics.Email, func(a, b string) bool { return strings.EqualFold(a, b) })
	}
	if gd.Phone != "" {
		parts["phone"] = scoreField(gd.Phone, p.Basics.Phone, samePhone)
	}
	if gd.Location != "" {
		parts["location"] = scoreField(gd.Location, p.Basics.Location.City, same)
	}
	var works []map[string]string
	for _, w := range p.Work {
		works = append(works, map[string]string{"company": w.Name, "title": w.Position, "start": w.StartDate, "end": w.EndDate})
	}
	if gd.Work != nil {
		parts["work"] = scoreEntries(gd.Work, works, []string{"company", "title", "start", "end"})
	}
	var eds []map[string]string
	for _, e := range p.Education {
		deg := strings.TrimSpace(e.StudyType + "\x00" + e.Area)
		eds = append(eds, map[string]string{"institution": e.Institution, "degree": deg, "start": e.StartDate, "end": e.EndDate})
	}
	if gd.Education != nil {
		parts["education"] = scoreEntries(gd.Education, eds, []string{"institution", "degree", "start", "end"})
	}
	if len(gd.Skills) > 0 {
		parts["skills"] = scoreSkills(gd.Skills, p.Skills)
	}
	for _, s := range parts {
		total.add(s)
	}
	return total, parts
}

// scoreSkills counts as one field: the share of expected skills found among
// the parsed skill names and keywords.
func scoreSkills(want []string, got []model.Skill) score {
	var have []string
	for _, s := range got {
		if s.Name != "" {
			have = append(have, s.Name)
		}
		have = append(have, s.Keywords...)
	}
	found := 0
	for _, w := range want {
		for _, h := range have {
			if same(w, h) {
				found++
				break
			}
		}
	}
	f := float64(found) / float64(len(want))
	return score{Expected: 1, Matched: f}
}

// degreeMatch compares an expected degree ("PhD in Computer Science") with
// the parsed study type and area (joined by a NUL): each part must be found
// in the expected text and together they must cover most of it.
func degreeMatch(want, got string) bool {
	w := norm(want)
	if w == "" {
		return false
	}
	n := 0
	for _, part := range strings.Split(got, "\x00") {
		p := norm(part)
		if p == "" {
			continue
		}
		if !strings.Contains(w, p) {
			return same(want, strings.ReplaceAll(got, "\x00", " "))
		}
		n += len(p)
	}
	return n > 0 && float64(n) >= 0.6*float64(len(w))
}
