package cvparse

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/huntbook/huntbook/backend/model"
)

// splitList splits "a, b; c • d | e" into items.
func splitList(s string) []string {
	var out []string
	depth := 0
	start := 0
	rs := []rune(s)
	flush := func(end int) {
		t := strings.TrimSpace(strings.Trim(string(rs[start:end]), " .•·|;,"))
		if t != "" {
			out = append(out, t)
		}
	}
	for i, r := range rs {
		switch r {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		case ',', ';', '•', '·', '|', '/':
			if r == '/' && !(i > 0 && rs[i-1] == ' ') {
				continue // "C/C++", "HTML/CSS"
			}
			if depth == 0 {
				flush(i)
				start = i + 1
			}
		}
	}
	flush(len(rs))
	return out
}

var levelWords = lazyWords(`beginner elementary basic intermediate advanced expert proficient fluent native master novice
básico intermedio avançado avanzado experto nativo grundkenntnisse fortgeschritten experte muttersprache débutant intermédiaire avancé courant natif`)

// logical joins lines wrapped inside a list into logical lines.
func logical(lines []*pline) []*pline {
	var out []*pline
	for _, l := range lines {
		if len(out) > 0 && !l.Bullet && len(l.Segs) == 1 {
			prev := out[len(out)-1]
			pt := prev.Segs[len(prev.Segs)-1].Text
			t := l.Segs[0].Text
			if strings.HasSuffix(pt, ",") || (len(t) > 0 && (unicode.IsLower([]rune(t)[0]) || t[0] == '(')) {
				cp := *prev
				cp.Segs = append([]seg{}, prev.Segs...)
				cp.Segs[len(cp.Segs)-1].Text = joinWrapped(pt, t)
				cp.Flat = joinWrapped(prev.Flat, t)
				out[len(out)-1] = &cp
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

func (p *parser) addSkill(sk model.Skill, l *pline, conf float64) {
	if sk.Name == "" && len(sk.Keywords) == 0 {
		return
	}
	if len(p.res.Profile.Skills) >= 200 {
		return
	}
	p.field(fmt.Sprintf("skills[%d]", len(p.res.Profile.Skills)), l, conf)
	p.res.Profile.Skills = append(p.res.Profile.Skills, sk)
}

func (p *parser) skills(s *section) {
	var pendingName string
	var pendingLine *pline
	for _, l := range logical(s.Lines) {
		for _, sg := range l.Segs {
			t := sg.Text
			if k := strings.Index(t, ":"); k > 0 && k < 40 && len(strings.Fields(t[:k])) <= 5 {
				name := strings.TrimSpace(t[:k])
				items := splitList(t[k+1:])
				if len(items) == 0 {
					pendingName, pendingLine = name, l
					continue
				}
				p.addSkill(model.Skill{Name: name, Keywords: items}, l, 0.8)
				continue
			}
			items := splitList(t)
			switch {
			case len(items) > 1:
				name := pendingName
				level := ""
				p.addSkill(model.Skill{Name: name, Level: level, Keywords: items}, l, 0.7)
				pendingName = ""
			case len(items) == 1:
				it := items[0]
				if levelWords()[strings.ToLower(it)] && len(p.res.Profile.Skills) > 0 && pendingName == "" {
					last := &p.res.Profile.Skills[len(p.res.Profile.Skills)-1]
					if last.Level == "" {
						last.Level = it
					}
					continue
				}
				if levelWords()[strings.ToLower(it)] && pendingName != "" {
					continue
				}
				if !l.Bullet && len(l.Segs) == 1 && len(strings.Fields(it)) <= 4 && pendingName == "" && !strings.HasSuffix(it, ".") && nextIsList(s.Lines, l) {
					pendingName, pendingLine = it, l
					continue
				}
				if len(strings.Fields(it)) > 12 {
					continue // a sentence, not a skill
				}
				if pendingName != "" {
					p.addSkill(model.Skill{Name: pendingName}, pendingLine, 0.5)
					pendingName = ""
				}
				p.addSkill(model.Skill{Name: it}, l, 0.65)
			}
		}
	}
	if pendingName != "" {
		p.addSkill(model.Skill{Name: pendingName}, pendingLine, 0.5)
	}
}

// nextIsList reports whether the line after l in ls is a comma list.
func nextIsList(ls []*pline, l *pline) bool {
	for i, x := range ls {
		if x == l {
			for _, y := range ls[i+1:] {
				it := strings.ToLower(y.Flat)
				if levelWords()[it] {
					continue
				}
				return len(splitList(y.Flat)) > 1
			}
		}
	}
	return false
}

var langSplitRe = lazyRegexp(`\s*[(:–\-—|]\s*|\s{2,}|\s+(?:\((?:[A-C][12])\))`)

func (p *parser) languages(s *section) {
	for _, l := range logical(s.Lines) {
		var items []string
		for _, sg := range l.Segs {
			if strings.Count(sg.Text, ",") >= 1 && !strings.Contains(sg.Text, ":") {
				items = append(items, splitList(sg.Text)...)
			} else {
				items = append(items, sg.Text)
			}
		}
		for k := 0; k < len(items); k++ {
			it := items[k]
			lang, fl := it, ""
			if loc := langSplitRe().FindStringIndex(it); loc != nil && loc[0] > 0 {
				lang, fl = strings.TrimSpace(it[:loc[0]]), strings.Trim(strings.TrimSpace(it[loc[1]:]), "()")
			} else if ws := strings.Fields(it); len(ws) >= 2 && levelWords()[strings.ToLower(ws[len(ws)-1])] {
				lang, fl = strings.Join(ws[:len(ws)-1], " "), ws[len(ws)-1]
			}
			// a fluency in the next gap-separated part: "English     Native"
			if fl == "" && k+1 < len(items) && len(l.Segs) == len(items) && (levelWords()[strings.ToLower(items[k+1])] || isCEFR(items[k+1])) {
				fl = items[k+1]
				k++
			}
			if lang == "" || len(strings.Fields(lang)) > 3 {
				continue
			}
			p.field(fmt.Sprintf("languages[%d]", len(p.res.Profile.Languages)), l, 0.7)
			p.res.Profile.Languages = append(p.res.Profile.Languages, model.Language{Language: lang, Fluency: fl})
		}
	}
}

func isCEFR(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) == 2 && (s[0] == 'A' || s[0] == 'B' || s[0] == 'C') && (s[1] == '1' || s[1] == '2')
}

// items returns the entries of a list section: a bullet or title line with
// its continuation lines, and the first date found in it.
type listItem struct {
	text  string
	extra []string
	date  string
	line  *pline
}

func listItems(lines []*pline) []listItem {
	var out []listItem
	for _, l := range lines {
		var parts []string
		date := ""
		for _, sg := range l.Segs {
			sp := findDates(sg.Text)
			if len(sp) > 0 && dateOnly(sg.Text, sp) {
				if date == "" {
					date = sp[0].Start
				}
				continue
			}
			parts = append(parts, sg.Text)
		}
		t := strings.Join(parts, " ")
		if date == "" {
			if sp := findDates(t); len(sp) > 0 {
				date = sp[0].Start
				if sp[0].End != "" {
					date = sp[0].End
				}
				t = removeSpans(t, sp[:1])
			}
		}
		if t == "" && date != "" && len(out) > 0 && out[len(out)-1].date == "" {
			out[len(out)-1].date = date
			continue
		}
		if t == "" {
			continue
		}
		cont := len(out) > 0 && !l.Bullet && (unicode.IsLower([]rune(t)[0]) || (lines[0].Bullet && !l.Bullet))
		if cont {
			last := &out[len(out)-1]
			last.extra = append(last.extra, t)
			if last.date == "" {
				last.date = date
			}
			continue
		}
		out = append(out, listItem{text: t, date: date, line: l})
	}
	return out
}

func (p *parser) certificates(s *section) {
	for _, it := range listItems(s.Lines) {
		c := model.Certificate{Name: it.text, Date: it.date}
		if parts := pieceSplitRe().Split(it.text, 2); len(parts) == 2 && countIn(parts[1], orgWords()) > 0 {
			c.Name, c.Issuer = strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1])
		} else if len(it.extra) > 0 && len(strings.Fields(it.extra[0])) <= 5 {
			c.Issuer = it.extra[0]
		}
		for _, u := range findURLs(it.text) {
			c.URL = u
		}
		p.field(fmt.Sprintf("certificates[%d]", len(p.res.Profile.Certificates)), it.line, 0.7)
		p.res.Profile.Certificates = append(p.res.Profile.Certificates, c)
	}
}

func (p *parser) awards(s *section) {
	for _, it := range listItems(s.Lines) {
		a := model.Award{Title: strings.Trim(it.text, " ()"), Date: it.date, Summary: strings.Join(it.extra, " ")}
		p.field(fmt.Sprintf("awards[%d]", len(p.res.Profile.Awards)), it.line, 0.7)
		p.res.Profile.Awards = append(p.res.Profile.Awards, a)
	}
}

func (p *parser) interests(s *section) {
	for _, l := range logical(s.Lines) {
		for _, it := range splitList(l.Flat) {
			if len(strings.Fields(it)) > 8 {
				continue
			}
			p.field(fmt.Sprintf("interests[%d]", len(p.res.Profile.Interests)), l, 0.6)
			p.res.Profile.Interests = append(p.res.Profile.Interests, model.Interest{Name: it})
		}
	}
}

func (p *parser) publications(s *section) {
	for _, it := range listItems(s.Lines) {
		pub := model.Publication{Name: it.text, ReleaseDate: it.date, Summary: strings.Join(it.extra, " ")}
		for _, u := range findURLs(it.text + " " + pub.Summary) {
			pub.URL = u
			break
		}
		p.field(fmt.Sprintf("publications[%d]", len(p.res.Profile.Publications)), it.line, 0.5)
		p.res.Profile.Publications = append(p.res.Profile.Publications, pub)
	}
}
