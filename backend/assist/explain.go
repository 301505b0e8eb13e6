package assist

import (
	"fmt"
	"math"
	"strings"

	"github.com/huntbook/huntbook/backend/model"
)

// ProfileEmpty reports a profile with nothing to compare a job with: no
// summary, skills, work, education, projects, volunteering, certificates or
// languages. A name and a headline alone ("Python engineer") do not count,
// so a profile started on the first screen does not score a job.
func ProfileEmpty(p model.Profile) bool {
	return strings.TrimSpace(p.Basics.Summary) == "" && len(p.Skills) == 0 && len(p.Work) == 0 && len(p.Education) == 0 &&
		len(p.Projects) == 0 && len(p.Volunteer) == 0 && len(p.Certificates) == 0 && len(p.Awards) == 0 && len(p.Languages) == 0
}

// profileLine is one line of the profile's text and the section it is in.
type profileLine struct {
	section string // "Headline", "Summary", "Skills", "Experience", ...
	text    string
}

// profileLines splits the profile into the lines the analyzer quotes as
// evidence: ProfileText's lines without Markdown marks, plus the projects'
// keywords, which ProfileText leaves out.
func profileLines(p model.Profile) []profileLine {
	var out []profileLine
	section := "Headline"
	for _, l := range strings.Split(ProfileText(p), "\n") {
		l = strings.TrimSpace(l)
		switch {
		case l == "":
			if section == "Headline" {
				section = "Summary"
			}
			continue
		case strings.HasPrefix(l, "## "):
			section = strings.TrimPrefix(l, "## ")
			continue
		}
		l = strings.TrimSpace(strings.TrimLeft(l, "#- "))
		out = append(out, profileLine{section: section, text: l})
	}
	for _, pr := range p.Projects {
		if len(pr.Keywords) > 0 {
			out = append(out, profileLine{section: "Projects", text: join(": ", pr.Name, strings.Join(pr.Keywords, ", "))})
		}
	}
	return out
}

// evidenceRank prefers what the user did (experience, projects) over what
// they list (skills) when several lines name a skill.
func evidenceRank(section string) int {
	switch section {
	case "Experience", "Projects", "Volunteering":
		return 0
	case "Skills":
		return 1
	}
	return 2
}

// evidence is a profile line quoted for a skill, with where in it the
// skill is named.
type evidence struct {
	profileLine
	at int // byte offset of the skill's name in text
}

// skillEvidence maps each canonical skill found in the profile to the line
// that shows it best.
func skillEvidence(lines []profileLine) map[string]evidence {
	out := map[string]evidence{}
	for _, l := range lines {
		toks := tokenize(l.text)
		for _, h := range skillLexicon().find(toks) {
			name := skillLexicon().skills[h.skill].Name
			if cur, ok := out[name]; !ok || evidenceRank(l.section) < evidenceRank(cur.section) {
				out[name] = evidence{profileLine: l, at: toks[h.at].pos}
			}
		}
	}
	return out
}

// excerpt quotes about n bytes of s around byte offset at, cut at spaces,
// so a long skills list still shows the skill it is quoted for.
func excerpt(s string, at, n int) string {
	if len(s) <= n {
		return s
	}
	start := max(0, at-n/3)
	if start > 0 {
		if sp := strings.IndexByte(s[start:], ' '); sp >= 0 && start+sp < at {
			start += sp + 1
		}
	}
	end := min(len(s), start+n)
	if end < len(s) {
		if sp := strings.LastIndexByte(s[:end], ' '); sp > at {
			end = sp
		}
	}
	out := strings.Trim(s[start:end], " ,;:")
	if start > 0 {
		out = "…" + out
	}
	if end < len(s) {
		out += "…"
	}
	return out
}

// clip shortens a quoted line to about n characters at a word boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}

// explainSkill fills in why a skill counts or does not.
func explainSkill(sm *SkillMatch, ev map[string]evidence) {
	if l, ok := ev[sm.Name]; ok && sm.Matched {
		sm.Evidence = excerpt(l.text, l.at, 160)
		sm.EvidenceSection = l.section
		return
	}
	switch sm.Importance {
	case Required:
		sm.Why = "The job requires it; no line of your profile names it."
	case Nice:
		sm.Why = "Nice to have; no line of your profile names it."
	default:
		sm.Why = "The job mentions it; no line of your profile names it."
	}
}

// explainRequirement quotes the profile line that meets a requirement, or
// says why it is not met or cannot be told.
func explainRequirement(r *Requirement, p model.Profile, years float64) {
	switch r.Kind {
	case "experience":
		switch r.Status {
		case "met", "unmet":
			r.Evidence = fmt.Sprintf("Your dated work adds up to about %s.", yearsText(years))
			if r.Status == "unmet" {
				r.Why = fmt.Sprintf("The job asks for %s; your profile shows about %s.", r.Value, yearsText(years))
			}
		default:
			r.Why = "No work entry in your profile has a start date, so the years cannot be counted."
		}
	case "degree":
		switch {
		case len(p.Education) == 0:
			r.Why = "Your profile lists no education."
		default:
			best := bestEducation(p)
			if r.Status == "met" {
				r.Evidence = clip(best, 160)
			} else {
				r.Why = fmt.Sprintf("The job asks for a %s degree; your education lists %s.", r.Value, clip(best, 120))
			}
		}
	case "language":
		for _, l := range p.Languages {
			if canonLang(l.Language) == strings.ToLower(r.Value) {
				r.Evidence = join(" ", l.Language, paren(l.Fluency))
			}
		}
		if r.Evidence == "" {
			if len(p.Languages) == 0 {
				r.Why = "Your profile lists no languages."
			} else {
				r.Why = fmt.Sprintf("%s is not among the languages in your profile.", r.Value)
			}
		}
	case "location":
		switch {
		case r.Status == "met" && p.Basics.Location.City != "" && !strings.Contains(strings.ToLower(r.Value), "remote"):
			r.Evidence = "Based in " + p.Basics.Location.City
		case r.Status == "met":
			r.Evidence = "The job is remote."
		case p.Basics.Location.City == "":
			r.Why = "Your profile has no city."
		default:
			r.Why = fmt.Sprintf("Your profile says %s; check whether you can work there.", p.Basics.Location.City)
		}
	case "authorisation":
		r.Why = "Your profile does not record work authorisation: check it yourself."
	}
}

// bestEducation names the profile's highest degree, or its first entry.
func bestEducation(p model.Profile) string {
	best, rank := -1, -1
	for i, e := range p.Education {
		for _, d := range degreeRe.FindAllString(e.StudyType+" "+e.Area, -1) {
			if r := levelRank[degreeLevel(d)]; r > rank {
				best, rank = i, r
			}
		}
	}
	if best < 0 {
		best = 0
	}
	e := p.Education[best]
	return join(" ", join(" in ", e.StudyType, e.Area), at(e.Institution))
}

func yearsText(y float64) string {
	n := int(math.Round(y))
	if n == 1 {
		return "1 year"
	}
	if y < 1 {
		return "less than a year"
	}
	return fmt.Sprintf("%d years", n)
}
