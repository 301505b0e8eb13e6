package assist

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/jobpost"
	"github.com/huntbook/huntbook/backend/lazyre"
	"github.com/huntbook/huntbook/backend/model"
)

// Importance says where a job description asks for a skill.
type Importance string

// Importances, strongest first.
const (
	Required  Importance = "required"  // under requirements / must have
	Mentioned Importance = "mentioned" // elsewhere in the text
	Nice      Importance = "nice"      // under nice to have / bonus / a plus
)

var weights = map[Importance]float64{Required: 3, Mentioned: 2, Nice: 1}

// SkillMatch is one skill of the job and whether the profile has it.
type SkillMatch struct {
	Name       string     `json:"name"`
	Category   string     `json:"category"`
	Importance Importance `json:"importance"`
	Count      int        `json:"count"`
	Matched    bool       `json:"matched"`
	// Evidence is the profile line that shows the skill (when matched) and
	// EvidenceSection the profile section it is in ("Experience", "Skills").
	Evidence        string `json:"evidence"`
	EvidenceSection string `json:"evidenceSection"`
	// Why says, for a skill not matched, why it counts against the score.
	Why string `json:"why"`
}

// Requirement is one item of the job's checklist.
type Requirement struct {
	Kind   string `json:"kind"`   // experience, degree, language, location, authorisation
	Text   string `json:"text"`   // the sentence it comes from
	Value  string `json:"value"`  // "5 years", "master", "German", ...
	Status string `json:"status"` // met, unmet, unknown
	// Evidence is what in the profile meets it; Why says why it is not met
	// or cannot be told.
	Evidence string `json:"evidence"`
	Why      string `json:"why"`
}

// Analysis is the offline analyzer's view of a job against a profile.
type Analysis struct {
	Language    string       `json:"language"`
	Skills      []SkillMatch `json:"skills"`
	Matched     []string     `json:"matched"`
	Missing     []string     `json:"missing"`     // required or mentioned, not in the profile
	MissingNice []string     `json:"missingNice"` // nice to have, not in the profile
	Score       int          `json:"score"`       // 0-100, skills weighted by importance
	// Points and Possible are the score's parts: the weights (required 3,
	// mentioned 2, nice 1) of the skills the profile has, and of all the
	// job's skills.
	Points   int `json:"points"`
	Possible int `json:"possible"`
	// ProfileEmpty says the profile has nothing to compare (see
	// ProfileEmpty): no skill counts as matched and the score is 0.
	ProfileEmpty bool `json:"profileEmpty"`
	// Against says what the job was compared with: "profile" (the user's
	// profile) or "cv" (an imported CV, named by CV). When the profile is
	// empty, CV is the imported CV the page offers to compare with instead
	// (nil when there is none). The caller fills both in.
	Against      string        `json:"against"`
	CV           *CVChoice     `json:"cv"`
	KeyPhrases   []string      `json:"keyPhrases"`
	Requirements []Requirement `json:"requirements"`
}

// CVChoice names an imported CV version for the match.
type CVChoice struct {
	ID    int64  `json:"id"`
	Label string `json:"label"`
	// Linked says the CV is the one recorded as sent with the application.
	Linked bool `json:"linked"`
}

var (
	requiredHead = lazyre.New(`(?i)requirement|required|must[- ]have|qualifications|what you(?:'ll)? bring|what we(?:'re| are) looking for|` +
		`who you are|you have|your profile|skills|ksa|ideal (?:candidate|teacher)|muss|anforderung|voraussetzung|profil|was du mitbringst|was sie mitbringen|` +
		`requisitos|exigences|compétences|requisiti|vereisten|eisen|kvalifikation|krav|forudsætning`)
	niceHead = lazyre.New(`(?i)nice[- ]to[- ]have|bonus|a plus|\bplus\b|preferred|desirable|additional considerations|von vorteil|wünschenswert|` +
		`idealerweise|gerne gesehen|deseable|valorable|souhaité|atout|un plus|gradit|pluspunt|fordel|ønskeligt`)
	otherHead = lazyre.New(`(?i)responsibilit|duties|what you(?:'ll)? do|about|benefit|we offer|offer|aufgaben|wir bieten|über uns|tareas|` +
		`missions|vi tilbyder|arbejdsopgaver|statement|salary|pay`)
	niceInline = lazyre.New(`(?i)nice[- ]to[- ]have|is a plus|are a plus|a bonus|is preferred|preferred|desirable|ideally|von vorteil|` +
		`wünschenswert|idealerweise|gerne gesehen|deseable|valorable|un plus|un atout|è gradit|is een pré|en fordel|appreciated`)
	inlineLabel = lazyre.New(`^\s*([A-Za-zÀ-ÿ'’ /-]{3,40}):\s*\S`)
)

// Analyze compares a job with a profile, offline.
func Analyze(job jobpost.Job, p model.Profile) Analysis {
	text := job.Description
	if job.Title != "" {
		text = job.Title + "\n\n" + text
	}
	a := AnalyzeText(text, p)
	if job.Language != "" {
		a.Language = job.Language
	}
	if job.Location != "" || job.Remote != "" {
		v := strings.TrimSpace(job.Location + " " + string(job.Remote))
		status := "unknown"
		if c := strings.ToLower(p.Basics.Location.City); c != "" && strings.Contains(strings.ToLower(job.Location), c) || job.Remote == model.RemoteRemote {
			status = "met"
		}
		r := Requirement{Kind: "location", Text: v, Value: v, Status: status}
		explainRequirement(&r, p, 0)
		a.Requirements = append(a.Requirements, r)
	}
	return a
}

// AnalyzeText compares a job description given as text with a profile.
func AnalyzeText(text string, p model.Profile) Analysis {
	a := Analysis{Language: jobpost.DetectLanguage(text), ProfileEmpty: ProfileEmpty(p)}
	have := map[string]bool{}
	if !a.ProfileEmpty {
		have = profileSkills(p)
	}
	found := map[int]*SkillMatch{}
	var order []int
	section := Mentioned
	for _, line := range strings.Split(text, "\n") {
		trim := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "#*- "))
		if trim == "" {
			continue
		}
		lineClass := section
		if isHeading(line, trim) {
			section = classify(trim, Mentioned)
			continue
		}
		if m := inlineLabel.FindStringSubmatch(trim); m != nil {
			if c := classify(m[1], ""); c != "" {
				lineClass = c
				section = c
			}
		}
		for _, sentence := range splitSentences(trim) {
			class := lineClass
			// "(idealerweise mit FastAPI)": the marker covers the parenthesis only
			clauses := []string{sentence}
			classes := []Importance{class}
			if paren := parenRe.FindAllString(sentence, -1); len(paren) > 0 {
				rest := sentence
				for _, pc := range paren {
					if niceInline.MatchString(pc) {
						rest = strings.Replace(rest, pc, " ", 1)
						clauses = append(clauses, pc)
						classes = append(classes, Nice)
					}
				}
				clauses[0] = rest
			}
			if niceInline.MatchString(clauses[0]) {
				classes[0] = Nice
			}
			for ci, clause := range clauses {
				found, order = collect(clause, classes[ci], have, found, order)
			}
		}
	}
	return finishAnalysis(a, text, p, found, order)
}

var parenRe = lazyre.New(`\([^()]*\)`)

// collect adds the skills of one clause at the given importance.
func collect(clause string, class Importance, have map[string]bool, found map[int]*SkillMatch, order []int) (map[int]*SkillMatch, []int) {
	for _, h := range skillLexicon().find(tokenize(clause)) {
		sm := found[h.skill]
		if sm == nil {
			sk := skillLexicon().skills[h.skill]
			sm = &SkillMatch{Name: sk.Name, Category: sk.Category, Importance: class, Matched: have[sk.Name]}
			found[h.skill] = sm
			order = append(order, h.skill)
		}
		sm.Count++
		if weights[class] > weights[sm.Importance] {
			sm.Importance = class
		}
	}
	return found, order
}

func finishAnalysis(a Analysis, text string, p model.Profile, found map[int]*SkillMatch, order []int) Analysis {
	var total, got float64
	ev := skillEvidence(profileLines(p))
	for _, idx := range order {
		sm := *found[idx]
		explainSkill(&sm, ev)
		a.Skills = append(a.Skills, sm)
		w := weights[sm.Importance]
		total += w
		switch {
		case sm.Matched:
			got += w
			a.Matched = append(a.Matched, sm.Name)
		case sm.Importance == Nice:
			a.MissingNice = append(a.MissingNice, sm.Name)
		default:
			a.Missing = append(a.Missing, sm.Name)
		}
	}
	sort.SliceStable(a.Skills, func(i, j int) bool { return weights[a.Skills[i].Importance] > weights[a.Skills[j].Importance] })
	if total > 0 {
		a.Score = int(math.Round(100 * got / total))
	}
	a.Points, a.Possible = int(got), int(total)
	a.KeyPhrases = keyPhrases(text, 10)
	a.Requirements = requirements(text, p)
	years := profileYears(p, time.Now())
	for i := range a.Requirements {
		explainRequirement(&a.Requirements[i], p, years)
	}
	a.fillLists()
	return a
}

// fillLists makes every list of a an empty one rather than nil, so the page
// gets [] and never null.
func (a *Analysis) fillLists() {
	for _, l := range []*[]string{&a.Matched, &a.Missing, &a.MissingNice, &a.KeyPhrases} {
		if *l == nil {
			*l = []string{}
		}
	}
	if a.Skills == nil {
		a.Skills = []SkillMatch{}
	}
	if a.Requirements == nil {
		a.Requirements = []Requirement{}
	}
}

// isHeading reports a line that names a section: Markdown headings, and short
// lines without a full stop ("Requirements", "KSA's/Required Qualifications:").
func isHeading(line, trim string) bool {
	if strings.HasPrefix(strings.TrimSpace(line), "#") {
		return true
	}
	if len(trim) > 60 || strings.HasSuffix(trim, ".") || strings.HasPrefix(strings.TrimSpace(line), "-") {
		return false
	}
	if strings.HasSuffix(trim, ":") {
		return true
	}
	words := strings.Fields(trim)
	return len(words) <= 6 && (requiredHead.MatchString(trim) || niceHead.MatchString(trim) || otherHead.MatchString(trim))
}

// classify names the importance a heading gives the skills under it.
func classify(h string, otherwise Importance) Importance {
	switch {
	case niceHead.MatchString(h):
		return Nice
	case requiredHead.MatchString(h):
		return Required
	case otherHead.MatchString(h):
		return Mentioned
	}
	return otherwise
}

var sentenceEnd = lazyre.New(`[.;!?]\s+|;\s*`)

func splitSentences(s string) []string { return sentenceEnd.Split(s, -1) }

// profileSkills returns the canonical skills found anywhere in the profile.
func profileSkills(p model.Profile) map[string]bool {
	have := map[string]bool{}
	var b strings.Builder
	b.WriteString(ProfileText(p))
	for _, s := range p.Skills {
		b.WriteString("\n" + s.Name + "\n" + strings.Join(s.Keywords, "\n"))
	}
	for _, pr := range p.Projects {
		b.WriteString("\n" + strings.Join(pr.Keywords, "\n"))
	}
	for _, h := range skillLexicon().find(tokenize(b.String())) {
		have[skillLexicon().skills[h.skill].Name] = true
	}
	return have
}

var (
	yearsRe = lazyre.New(`(?i)(?:at least|minimum(?: of)?|mindestens|min\.?|más de|au moins|over)?\s*(\d{1,2})\s*\+?\s*(?:(?:-|–|to|bis|a|` +
		`à)\s*(\d{1,2})\s*\+?\s*)?(?:years?|yrs?|jahre?n?|años|ans|anni|jaar|års?)\b`)
	langNeedRe = lazyre.New(`(?i)\b(english|german|deutsch|french|français|spanish|español|portuguese|italian|dutch|danish|dansk|swedish|norwegian|` +
		`finnish|polish|chinese|mandarin|japanese|arabic|russian|englisch|französisch|spanisch)\b`)
	langCtxRe = lazyre.New(`(?i)fluent|fluency|native|proficien|speak|speaking|written and spoken|language|kenntnisse|sprach|\b[abc][12]\b|idioma|` +
		`langue|sprog`)
	authRe = lazyre.New(`(?i)authori[sz]ed to work|right to work|work permit|visa sponsorship|sponsor (?:your |a )?visa|valid work(?:ing)? visa|` +
		`eligible to work|e-verify|arbeitserlaubnis|security clearance|citizenship`)
	degreeCtx = lazyre.New(`(?i)\bdegree\b|studium|abschluss|diploma|título|diplôme|laurea|uddannelse`)
)

var langCanon = map[string]string{"deutsch": "german", "englisch": "english", "français": "french", "französisch": "french", "español": "spanish",
	"spanisch": "spanish", "dansk": "danish", "mandarin": "chinese"}

var levelRank = map[string]int{"associate": 1, "bachelor": 2, "master": 3, "mba": 3, "doctorate": 4}

// experienceNeed reads "5+ years", "at least 3 years of experience" in
// sentence s against the profile's years of experience.
func experienceNeed(s string, years float64) (Requirement, bool) {
	l := strings.ToLower(s)
	m := yearsRe.FindStringSubmatch(s)
	if m == nil || !(strings.Contains(m[0], "+") || strings.Contains(l, "experience") ||
		strings.Contains(l, "erfahrung") || strings.Contains(l, "experiencia") || strings.Contains(l, "expérience") ||
		strings.Contains(l, "erfaring")) {
		return Requirement{}, false
	}
	n, _ := strconv.Atoi(m[1])
	if n <= 0 || n >= 40 {
		return Requirement{}, false
	}
	status := "unmet"
	if years >= float64(n) {
		status = "met"
	} else if years == 0 {
		status = "unknown"
	}
	return Requirement{Kind: "experience", Text: s, Value: strconv.Itoa(n) + "+ years", Status: status}, true
}

// requirements builds the checklist from the text's sentences.
func requirements(text string, p model.Profile) []Requirement {
	var out []Requirement
	seen := map[string]bool{}
	add := func(r Requirement) {
		if seen[r.Kind+r.Value] {
			return
		}
		seen[r.Kind+r.Value] = true
		if len(r.Text) > 300 {
			r.Text = r.Text[:300] + "…"
		}
		out = append(out, r)
	}
	years := profileYears(p, time.Now())
	profLangs := map[string]bool{}
	for _, l := range p.Languages {
		profLangs[canonLang(l.Language)] = true
	}
	profLevel := 0
	for _, e := range p.Education {
		for _, d := range degreeRe.FindAllString(e.StudyType+" "+e.Area, -1) {
			profLevel = max(profLevel, levelRank[degreeLevel(d)])
		}
	}
	for _, line := range strings.Split(text, "\n") {
		for _, s := range splitSentences(line) {
			s = strings.TrimSpace(strings.TrimLeft(s, "#*- "))
			if s == "" {
				continue
			}
			if r, ok := experienceNeed(s, years); ok {
				add(r)
			}
			if ds := degreeRe.FindAllString(s, -1); len(ds) > 0 || degreeCtx.MatchString(s) {
				level := "bachelor"
				if len(ds) > 0 {
					level = degreeLevel(ds[0])
				}
				if _, ok := levelRank[level]; ok {
					status := "unknown"
					if len(p.Education) > 0 {
						status = "unmet"
						if profLevel >= levelRank[level] {
							status = "met"
						}
					}
					add(Requirement{Kind: "degree", Text: s, Value: level, Status: status})
				}
			}
			if langCtxRe.MatchString(s) {
				for _, m := range langNeedRe.FindAllString(s, -1) {
					c := canonLang(m)
					status := "unmet"
					if profLangs[c] {
						status = "met"
					} else if len(p.Languages) == 0 {
						status = "unknown"
					}
					add(Requirement{Kind: "language", Text: s, Value: strings.ToUpper(c[:1]) + c[1:], Status: status})
				}
			}
			if m := authRe.FindString(s); m != "" {
				add(Requirement{Kind: "authorisation", Text: s, Value: strings.ToLower(m), Status: "unknown"})
			}
		}
	}
	return out
}

func canonLang(s string) string {
	l := strings.ToLower(strings.TrimSpace(s))
	if c, ok := langCanon[l]; ok {
		return c
	}
	return l
}

// profileYears sums the profile's work periods (overlaps merged), in years.
func profileYears(p model.Profile, now time.Time) float64 {
	type span struct{ a, b time.Time }
	var spans []span
	for _, w := range p.Work {
		a, ok := partialDate(w.StartDate)
		if !ok {
			continue
		}
		b := now
		if w.EndDate != "" {
			if e, ok := partialDate(w.EndDate); ok {
				b = e
			}
		}
		if b.After(a) {
			spans = append(spans, span{a, b})
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].a.Before(spans[j].a) })
	var total time.Duration
	var cur span
	for i, s := range spans {
		if i == 0 {
			cur = s
			continue
		}
		if s.a.After(cur.b) {
			total += cur.b.Sub(cur.a)
			cur = s
		} else if s.b.After(cur.b) {
			cur.b = s.b
		}
	}
	if len(spans) > 0 {
		total += cur.b.Sub(cur.a)
	}
	return total.Hours() / 24 / 365.25
}

func partialDate(s string) (time.Time, bool) {
	for _, l := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(l, strings.TrimSpace(s)); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
