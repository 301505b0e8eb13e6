package assist

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/huntbook/huntbook/backend/lazyre"
	"github.com/huntbook/huntbook/backend/model"
)

// Flag is one claim in a suggestion that the profile does not support.
type Flag struct {
	Kind   string `json:"kind"`   // employer, title, date, degree, number, source
	Text   string `json:"text"`   // the unsupported text as it appears
	Bullet int    `json:"bullet"` // index of the bullet, -1 for the summary
}

var (
	numberRe  = lazyre.New(`[$€£]?\d[\d,.]*\s*(?:%|[kKmM]\b|x\b)?`)
	isoDateRe = lazyre.New(`\b\d{4}-\d{2}(?:-\d{2})?\b`)
	yearRe    = lazyre.New(`\b(?:19[5-9]\d|20[0-4]\d)\b`)
	degreeRe  = lazyre.New(`(?i)\b(ph\.?\s?d|doctorate|doctoral|master(?:'s)?|m\.?sc|m\.s\.|m\.a\.|mba|m\.?eng|bachelor(?:'s)?|b\.?sc|b\.s\.|b\.a\.|` +
		`b\.?eng|b\.?tech|m\.?tech|associate(?:'s)? degree|diplom(?:a)?|abitur|licenciatura|maestría|doctorado)\b`)
	titleRe = lazyre.New(`\b(?:(?:Senior|Junior|Lead|Principal|Staff|Chief|Head|Associate|Assistant|Deputy|Executive|Vice|Sr\.?|` +
		`Jr\.?)\s+)*(?:[A-Z][A-Za-z+#/.-]*\s+){0,3}(?:Engineer|Developer|Manager|Director|Analyst|Designer|Consultant|Architect|Scientist|Officer|Specialist|` +
		`Coordinator|Administrator|Teacher|Professor|Lecturer|Nurse|Accountant|President|VP|CTO|CEO|CFO|COO|Intern|Researcher|Technician|Editor|Writer|` +
		`Lawyer|Attorney|Counsel|Recruiter|Strategist|Owner|Founder|Co-founder)s?\b`)
	orgRe  = lazyre.New(`\b(?:at|for|with|joined|bei|chez|en)\s+((?:[A-Z][\w&'.-]*)(?:\s+(?:[A-Z][\w&'.-]*|&|of|de|and))*)`)
	corpRe = lazyre.New(`\b((?:[A-Z][\w&'.-]*\s+){1,4}(?:Inc|LLC|Ltd|GmbH|AG|SA|SAS|BV|NV|PLC|Corp|Corporation|Group|Labs|Technologies|Systems|` +
		`Solutions|University|Bank|Hospital|School|College))\b\.?`)
)

// knowledge is what a profile says, normalised for comparison.
type knowledge struct {
	text    string          // all text, lower case, single spaces
	numbers map[string]bool // every figure, normalised
	years   map[string]bool
	degrees map[string]bool
	orgs    []string // NormalizeCompany keys of employers and institutions
}

func learn(p model.Profile, allow []string) knowledge {
	var b strings.Builder
	k := knowledge{numbers: map[string]bool{}, years: map[string]bool{}, degrees: map[string]bool{}}
	add := func(ss ...string) {
		for _, s := range ss {
			b.WriteString(s)
			b.WriteByte('\n')
		}
	}
	add(ProfileText(p), p.Basics.Label, p.Basics.Summary)
	for _, w := range p.Work {
		k.orgs = append(k.orgs, model.NormalizeCompany(w.Name))
		add(w.Name, w.Position, w.StartDate, w.EndDate)
	}
	for _, e := range p.Education {
		k.orgs = append(k.orgs, model.NormalizeCompany(e.Institution))
		add(e.StudyType, e.Area, e.Institution, e.StartDate, e.EndDate)
	}
	for _, v := range p.Volunteer {
		k.orgs = append(k.orgs, model.NormalizeCompany(v.Organization))
	}
	for _, c := range p.Certificates {
		k.orgs = append(k.orgs, model.NormalizeCompany(c.Issuer))
	}
	for _, pr := range p.Projects {
		k.orgs = append(k.orgs, model.NormalizeCompany(pr.Entity), model.NormalizeCompany(pr.Name))
	}
	for _, a := range allow {
		k.orgs = append(k.orgs, model.NormalizeCompany(a))
		add(a)
	}
	all := b.String()
	k.text = normText(all)
	for _, n := range numberRe.FindAllString(isoDateRe.ReplaceAllString(all, " "), -1) {
		if v := normNumber(n); v != "" {
			k.numbers[v] = true
		}
	}
	for _, y := range yearRe.FindAllString(all, -1) {
		k.years[y] = true
	}
	for _, d := range degreeRe.FindAllString(all, -1) {
		k.degrees[degreeLevel(d)] = true
	}
	return k
}

// CheckFabrication lists the employers, titles, dates, degrees and figures in
// text that the profile does not contain. allow names things that may appear
// though they are not in the profile (the target employer, the job title).
func CheckFabrication(text string, p model.Profile, allow ...string) []Flag {
	return learn(p, allow).check(text, -1)
}

// CheckTailoring checks a whole tailoring reply: the summary, each suggested
// bullet, and that each cited original bullet is really in the profile.
func CheckTailoring(t Tailoring, p model.Profile, allow ...string) []Flag {
	k := learn(p, allow)
	flags := k.check(t.Summary, -1)
	for i, b := range t.Bullets {
		if o := normText(b.Original); o == "" || !strings.Contains(k.text, o) {
			flags = append(flags, Flag{Kind: "source", Text: b.Original, Bullet: i})
		}
		flags = append(flags, k.check(b.Suggested, i)...)
	}
	return flags
}

func (k knowledge) check(text string, bullet int) []Flag {
	var flags []Flag
	seen := map[string]bool{}
	flag := func(kind, s string) {
		s = strings.TrimSpace(s)
		if s == "" || seen[kind+s] {
			return
		}
		seen[kind+s] = true
		flags = append(flags, Flag{Kind: kind, Text: s, Bullet: bullet})
	}
	for _, y := range yearRe.FindAllString(text, -1) {
		if !k.years[y] {
			flag("date", y)
		}
	}
	masked := yearRe.ReplaceAllString(text, " ")
	for _, n := range numberRe.FindAllString(masked, -1) {
		if v := normNumber(n); v != "" && !k.numbers[v] {
			flag("number", n)
		}
	}
	for _, d := range degreeRe.FindAllString(text, -1) {
		if !k.degrees[degreeLevel(d)] {
			flag("degree", d)
		}
	}
	for _, t := range titleRe.FindAllString(text, -1) {
		if !strings.Contains(k.text, normText(t)) && !strings.Contains(k.text, normText(strings.TrimSuffix(t, "s"))) {
			flag("title", t)
		}
	}
	for _, re := range []*lazyre.Regexp{orgRe, corpRe} {
		for _, m := range re.FindAllStringSubmatch(text, -1) {
			name := strings.TrimRight(m[1], ".,")
			if !k.knowsOrg(name) {
				flag("employer", name)
			}
		}
	}
	return flags
}

// knowsOrg reports whether an organisation name is in the profile (or the
// allow list), or is a known word of it such as a skill ("experience with
// Kubernetes").
func (k knowledge) knowsOrg(name string) bool {
	key := model.NormalizeCompany(name)
	if key == "" {
		return true
	}
	for _, o := range k.orgs {
		if o != "" && (o == key || strings.HasPrefix(key, o) || strings.HasPrefix(o, key)) {
			return true
		}
	}
	return strings.Contains(k.text, normText(name))
}

// normText lower-cases s and reduces every run of non-alphanumerics to a space.
func normText(s string) string {
	var b strings.Builder
	space := true
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '%' || r == '+' || r == '#' {
			b.WriteRune(r)
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

// normNumber reduces a figure to a comparable form: "1,200" and "1200" and
// "1.2k" are all "1200"; "40 %" is "40%"; single digits are ignored (they are
// rarely claims: "2 teams").
func normNumber(n string) string {
	n = strings.TrimSpace(strings.TrimLeft(n, "$€£"))
	suffix := ""
	switch {
	case strings.HasSuffix(n, "%"):
		suffix, n = "%", strings.TrimSpace(strings.TrimSuffix(n, "%"))
	case strings.HasSuffix(n, "x"):
		suffix, n = "x", strings.TrimSpace(strings.TrimSuffix(n, "x"))
	}
	mul := 1.0
	if l := strings.ToLower(n); strings.HasSuffix(l, "k") {
		mul, n = 1e3, strings.TrimSpace(n[:len(n)-1])
	} else if strings.HasSuffix(l, "m") {
		mul, n = 1e6, strings.TrimSpace(n[:len(n)-1])
	}
	n = strings.TrimRight(n, ".,")
	if len(n) > 4 && (n[len(n)-4] == ',' || n[len(n)-4] == '.') {
		n = strings.NewReplacer(",", "", ".", "").Replace(n)
	}
	n = strings.ReplaceAll(n, ",", ".")
	v, err := strconv.ParseFloat(n, 64)
	if err != nil {
		return ""
	}
	v *= mul
	if v < 10 && suffix == "" {
		return ""
	}
	return strconv.FormatFloat(v, 'f', -1, 64) + suffix
}

// degreeLevel maps a degree's spelling to its level.
func degreeLevel(d string) string {
	l := strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(d, ".", ""), " ", ""))
	switch {
	case strings.HasPrefix(l, "phd") || strings.HasPrefix(l, "doct"):
		return "doctorate"
	case l == "mba":
		return "mba"
	case strings.HasPrefix(l, "master") || strings.HasPrefix(l, "msc") || l == "ms" || l == "ma" || l == "meng" || l == "mtech" ||
		strings.HasPrefix(l, "maestr") || strings.HasPrefix(l, "diplom"):
		return "master"
	case strings.HasPrefix(l, "bachelor") || strings.HasPrefix(l, "bsc") || l == "bs" || l == "ba" || l == "beng" || l == "btech" ||
		strings.HasPrefix(l, "licenciat"):
		return "bachelor"
	case strings.HasPrefix(l, "associate"):
		return "associate"
	}
	return l
}
