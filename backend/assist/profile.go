package assist

import (
	"strings"

	"github.com/huntbook/huntbook/backend/model"
)

// writeWork writes the work entries: title line, summary, description (when
// it differs) and highlights.
func writeWork(line func(...string), work []model.Work) {
	for _, w := range work {
		line("###", w.Position, at(w.Name), paren(span(w.StartDate, w.EndDate)), dash(w.Location))
		if w.Summary != "" {
			line(w.Summary)
		}
		if w.Description != "" && w.Description != w.Summary {
			line(w.Description)
		}
		for _, h := range w.Highlights {
			line("- " + h)
		}
	}
}

// entryLines writes an entry's title line, its text and its highlights.
func entryLines(line func(...string), title []string, text string, highlights []string) {
	line(title...)
	line(text)
	for _, h := range highlights {
		line("- " + h)
	}
}

// ProfileText renders a profile as compact Markdown for a prompt: headline,
// summary, skills, then roles most recent first with their bullets ("- "),
// education, projects, certificates and languages. Contact details are left
// out: a model needs the experience, not the phone number.
func ProfileText(p model.Profile) string {
	var b strings.Builder
	line := func(parts ...string) {
		var kept []string
		for _, s := range parts {
			if s = strings.TrimSpace(s); s != "" {
				kept = append(kept, s)
			}
		}
		if len(kept) > 0 {
			b.WriteString(strings.Join(kept, " "))
			b.WriteByte('\n')
		}
	}
	if p.Basics.Name != "" || p.Basics.Label != "" {
		line(p.Basics.Name, dash(p.Basics.Label))
	}
	if p.Basics.Location.City != "" || p.Basics.Location.CountryCode != "" {
		line("Based in", join(", ", p.Basics.Location.City, p.Basics.Location.Region, p.Basics.Location.CountryCode))
	}
	if p.Basics.Summary != "" {
		b.WriteString("\n" + strings.TrimSpace(p.Basics.Summary) + "\n")
	}
	if len(p.Skills) > 0 {
		b.WriteString("\n## Skills\n")
		for _, s := range p.Skills {
			kw := strings.Join(s.Keywords, ", ")
			switch {
			case s.Name != "" && kw != "":
				line("- "+s.Name+":", kw)
			default:
				line("- " + s.Name + kw)
			}
		}
	}
	if len(p.Work) > 0 {
		b.WriteString("\n## Experience\n")
		writeWork(line, p.Work)
	}
	if len(p.Education) > 0 {
		b.WriteString("\n## Education\n")
		for _, e := range p.Education {
			line("-", join(" in ", e.StudyType, e.Area), at(e.Institution), paren(span(e.StartDate, e.EndDate)), dash(e.Score))
		}
	}
	if len(p.Projects) > 0 {
		b.WriteString("\n## Projects\n")
		for _, pr := range p.Projects {
			entryLines(line, []string{"###", pr.Name, paren(span(pr.StartDate, pr.EndDate))}, pr.Description, pr.Highlights)
		}
	}
	if len(p.Volunteer) > 0 {
		b.WriteString("\n## Volunteering\n")
		for _, v := range p.Volunteer {
			entryLines(line, []string{"###", v.Position, at(v.Organization), paren(span(v.StartDate, v.EndDate))}, v.Summary, v.Highlights)
		}
	}
	if len(p.Certificates) > 0 || len(p.Awards) > 0 {
		b.WriteString("\n## Certificates and awards\n")
		for _, c := range p.Certificates {
			line("-", c.Name, dash(c.Issuer), paren(c.Date))
		}
		for _, a := range p.Awards {
			line("-", a.Title, dash(a.Awarder), paren(a.Date))
		}
	}
	if len(p.Languages) > 0 {
		b.WriteString("\n## Languages\n")
		for _, l := range p.Languages {
			line("-", l.Language, paren(l.Fluency))
		}
	}
	return strings.TrimSpace(b.String())
}

func dash(s string) string {
	if s == "" {
		return ""
	}
	return "— " + s
}

func at(s string) string {
	if s == "" {
		return ""
	}
	return "at " + s
}

func paren(s string) string {
	if s == "" {
		return ""
	}
	return "(" + s + ")"
}

func span(from, to string) string {
	switch {
	case from == "" && to == "":
		return ""
	case to == "":
		return from + " – present"
	case from == "":
		return to
	}
	return from + " – " + to
}

func join(sep string, parts ...string) string {
	var kept []string
	for _, s := range parts {
		if s = strings.TrimSpace(s); s != "" {
			kept = append(kept, s)
		}
	}
	return strings.Join(kept, sep)
}
