package cvparse

import (
	"fmt"
	"strings"

	"github.com/huntbook/huntbook/backend/model"
)

// run parses the prepared lines into p.res.
func (p *parser) run() {
	if len(p.lines) == 0 {
		p.warn("no text found")
		p.warn(NotACV)
		return
	}
	header := p.split()
	p.basics(header)
	letter := p.looksLikeLetter()
	evidence := p.cvEvidence()
	if (letter && evidence < 3) || evidence == 0 {
		p.warn(NotACV)
		return
	}
	for si := range p.sections {
		s := &p.sections[si]
		if len(s.Lines) == 0 {
			continue
		}
		switch s.Kind {
		case kindSummary:
			p.summary(s)
		case kindWork:
			p.work(s, false)
		case kindVolunteer:
			p.work(s, true)
		case kindEducation:
			p.education(s)
		case kindProjects:
			p.projects(s)
		case kindSkills:
			p.skills(s)
		case kindLanguages:
			p.languages(s)
		case kindCertificates:
			p.certificates(s)
		case kindAwards:
			p.awards(s)
		case kindInterests:
			p.interests(s)
		case kindPublications:
			p.publications(s)
		}
	}
	pr := &p.res.Profile
	if len(pr.Work) == 0 {
		p.warn("no work history found")
	}
	if len(pr.Education) == 0 {
		p.warn("no education found")
	}
	if pr.Basics.Name == "" {
		p.warn("no name found")
	}
}

func (p *parser) summary(s *section) {
	if p.res.Profile.Basics.Summary != "" {
		return
	}
	var txt string
	for _, l := range s.Lines {
		if hasContact(l.Flat) && len(l.Flat) < 80 {
			continue
		}
		txt = joinWrapped(txt, l.Flat)
		if len(txt) > 4000 {
			break
		}
	}
	if txt != "" {
		p.res.Profile.Basics.Summary = txt
		p.field("basics.summary", s.Lines[0], 0.8)
	}
}

func dates(e *entry) (start, end string, conf float64) {
	if e.span == nil {
		return "", "", 0
	}
	if e.single {
		return e.span.Start, "", 0.5
	}
	return e.span.Start, e.span.End, 0.85
}

// roleAndOrg picks the job title and the organisation among the pieces.
// A title's head noun ("Engineer", "Intern") and an organisation's ("Inc.",
// "University") usually come last, so the last word counts most.
func roleAndOrg(ps []piece) (role, org *piece) {
	score := func(s string) (t, o int) {
		ws := words(s)
		t, o = countIn(s, titleWords()), countIn(s, orgWords())
		for len(ws) > 1 && levelSuffix()[ws[len(ws)-1]] {
			ws = ws[:len(ws)-1]
		}
		if len(ws) > 0 {
			last := strings.TrimRight(ws[len(ws)-1], ".")
			if titleWords()[last] {
				t += 2
			}
			if orgWords()[last] || orgWords()[last+"."] {
				o += 2
			}
		}
		return t, o
	}
	best, bestScore := -1, 0
	for i := range ps {
		t, o := score(ps[i].Text)
		if t-o > bestScore {
			best, bestScore = i, t-o
		}
	}
	if best >= 0 {
		role = &ps[best]
	}
	bestOrg, orgScore := -1, 0
	for i := range ps {
		if i == best {
			continue
		}
		t, o := score(ps[i].Text)
		if o-t > orgScore {
			bestOrg, orgScore = i, o-t
		}
	}
	if bestOrg < 0 {
		for i := range ps {
			if i != best {
				bestOrg = i
				break
			}
		}
	}
	if bestOrg >= 0 {
		org = &ps[bestOrg]
	}
	if role == nil {
		for i := range ps {
			if i != bestOrg {
				role = &ps[i]
				break
			}
		}
	}
	return role, org
}

func (p *parser) work(s *section, volunteer bool) {
	for n, e := range splitEntries(s.Lines) {
		ps, loc, locLine := e.pieces(true)
		if len(ps) == 0 && e.span == nil {
			continue
		}
		role, org := roleAndOrg(ps)
		start, end, dconf := dates(e)
		hs, sum := e.highlights()
		if volunteer {
			v := model.Volunteer{StartDate: start, EndDate: end, Highlights: hs, Summary: sum}
			i := len(p.res.Profile.Volunteer)
			path := fmt.Sprintf("volunteer[%d]", i)
			if org != nil {
				v.Organization = org.Text
				p.field(path+".organization", org.Line, 0.6)
			}
			if role != nil {
				v.Position = role.Text
				p.field(path+".position", role.Line, 0.6)
			}
			p.dateFields(path, e, dconf)
			p.res.Profile.Volunteer = append(p.res.Profile.Volunteer, v)
			continue
		}
		w := model.Work{StartDate: start, EndDate: end, Location: loc, Highlights: hs, Summary: sum}
		i := len(p.res.Profile.Work)
		path := fmt.Sprintf("work[%d]", i)
		if org != nil {
			w.Name = org.Text
			p.field(path+".name", org.Line, confOf(countIn(org.Text, orgWords()) > 0, 0.75, 0.55))
		}
		if role != nil {
			w.Position = role.Text
			p.field(path+".position", role.Line, confOf(countIn(role.Text, titleWords()) > 0, 0.8, 0.5))
		}
		if loc != "" {
			p.field(path+".location", locLine, 0.7)
		}
		p.dateFields(path, e, dconf)
		if e.span == nil {
			p.warn("dates unclear in %s entry %d", s.Title, n+1)
		}
		p.res.Profile.Work = append(p.res.Profile.Work, w)
	}
}

func confOf(c bool, yes, no float64) float64 {
	if c {
		return yes
	}
	return no
}

func (p *parser) dateFields(path string, e *entry, conf float64) {
	if e.span == nil {
		return
	}
	if e.span.Start != "" {
		p.field(path+".startDate", e.spanLine, conf)
	}
	if e.span.End != "" {
		p.field(path+".endDate", e.spanLine, conf)
	}
}

func (p *parser) education(s *section) {
	for _, e := range splitEntries(s.Lines) {
		ps, _, _ := e.pieces(true)
		if len(ps) == 0 {
			continue
		}
		ed := model.Education{}
		i := len(p.res.Profile.Education)
		path := fmt.Sprintf("education[%d]", i)
		inst, deg, best := institutionAndDegree(ps)
		if inst >= 0 {
			ed.Institution = ps[inst].Text
			p.field(path+".institution", ps[inst].Line, confOf(best > 0, 0.8, 0.5))
		}
		if deg >= 0 {
			t := ps[deg].Text
			if k := indexWord(t, []string{" in ", " en ", " em ", " of science in ", " de ", " in the "}); k != nil {
				ed.StudyType = strings.TrimSpace(t[:k.at])
				ed.Area = strings.TrimSpace(t[k.at+len(k.w):])
			} else {
				ed.StudyType = t
			}
			p.field(path+".studyType", ps[deg].Line, 0.75)
		}
		if ed.Area == "" {
			if k := areaPiece(ps, inst, deg, ed.StudyType); k >= 0 {
				ed.Area = ps[k].Text
				p.field(path+".area", ps[k].Line, 0.55)
			}
		}
		if ed.StudyType == "" {
			for k := range ps {
				if k != inst && hasDegree(ps[k].Text) {
					ed.StudyType = ps[k].Text
				}
			}
		}
		for _, l := range append(append([]*pline{}, e.head...), e.body...) {
			if m := scoreRe().FindStringSubmatch(l.Flat); m != nil && ed.Score == "" {
				ed.Score = strings.TrimSpace(m[2])
				p.field(path+".score", l, 0.7)
			}
		}
		if e.span != nil {
			if e.single {
				ed.EndDate = e.span.Start
				p.field(path+".endDate", e.spanLine, 0.5)
			} else {
				ed.StartDate, ed.EndDate = e.span.Start, e.span.End
				p.dateFields(path, e, 0.85)
			}
		}
		hs, _ := e.highlights()
		for _, h := range hs {
			if !scoreRe().MatchString(h) || len(h) > 40 {
				ed.Courses = append(ed.Courses, h)
			}
		}
		p.res.Profile.Education = append(p.res.Profile.Education, ed)
	}
}

type wordAt struct {
	w  string
	at int
}

func indexWord(s string, ws []string) *wordAt {
	low := strings.ToLower(s)
	for _, w := range ws {
		if k := strings.Index(low, w); k > 0 {
			return &wordAt{w, k}
		}
	}
	return nil
}

func (p *parser) projects(s *section) {
	for _, e := range splitEntries(s.Lines) {
		ps, _, _ := e.pieces(false)
		if len(ps) == 0 {
			continue
		}
		pr := model.Project{}
		path := fmt.Sprintf("projects[%d]", len(p.res.Profile.Projects))
		name := ps[0].Text
		if k := strings.IndexAny(name, "|"); k > 0 {
			pr.Keywords = append(pr.Keywords, splitList(name[k+1:])...)
			name = strings.TrimSpace(name[:k])
		}
		pr.Name = name
		p.field(path+".name", ps[0].Line, 0.7)
		for _, u := range findURLs(strings.Join(lineTexts(append(e.head, e.body...)), " ")) {
			pr.URL = u
			break
		}
		pr.StartDate, pr.EndDate, _ = dates(e)
		p.dateFields(path, e, 0.8)
		pr.Highlights, pr.Description = e.highlights()
		if pr.Description == "" && len(ps) > 1 {
			pr.Description = ps[1].Text
		}
		p.res.Profile.Projects = append(p.res.Profile.Projects, pr)
	}
}

func lineTexts(ls []*pline) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = l.Flat
	}
	return out
}

// levelSuffix are grade marks after a job title: "Engineer III", "Developer 2".
var levelSuffix = lazyWords(`i ii iii iv v vi 1 2 3 4 5 sr sr. jr jr. senior junior`)

// institutionAndDegree picks the pieces of an education entry that name the
// institution (most institution words, else the first that is not the
// degree) and the degree; best is the institution's word count; -1 is none.
func institutionAndDegree(ps []piece) (inst, deg, best int) {
	inst, deg = -1, -1
	for k := range ps {
		if c := countIn(ps[k].Text, institutionWords()); c > best {
			inst, best = k, c
		}
	}
	for k := range ps {
		if k != inst && hasDegree(ps[k].Text) {
			deg = k
			break
		}
	}
	if inst < 0 {
		for k := range ps {
			if k != deg {
				inst = k
				break
			}
		}
	}
	return inst, deg, best
}

// areaPiece is the piece naming the field of study, or -1.
func areaPiece(ps []piece, inst, deg int, studyType string) int {
	for k := range ps {
		if k == inst || k == deg || hasDegree(ps[k].Text) && deg < 0 {
			continue
		}
		if deg >= 0 && inst >= 0 && (deg < inst && k > inst && len(ps)-inst > 2 || inst < deg && k < deg) {
			// the field of study goes with the degree: a run of
			// pieces after the institution ("Degree, Institution,
			// City, Grade"), or before the degree that follows it,
			// is places and grades
			continue
		}
		if scoreRe().MatchString(ps[k].Text) || len(strings.Fields(ps[k].Text)) > 8 {
			continue
		}
		if deg < 0 && studyType == "" && hasDegree(ps[k].Text) {
			continue
		}
		return k
	}
	return -1
}
