package mailread

import (
	"strings"
	"unicode"

	"github.com/huntbook/huntbook/backend/lazyre"
)

// titleEnd is what ends a job title in running text.
const titleEnd = `(?:\s+(?:at|with|in|bei|chez|en|bij|and|und|et|y|en|en el|à|a|has|was|is|ist|est|es|is|op|` +
	`im|in der|for|für|pour|para|voor|@|anbieten|anzubieten|zu|willen|zouden|graag|möchten|würden|` +
	`au sein|dans|nous|vous|hemos|nos|te|we|wij)\s|[.!?;:"“”»\n]|\s[-–|]\s|$)`

// titlePatterns find the job title, subject first. The title is group 1.
var titlePatterns = []fastRe{
	newLowRe(`(?:for the (?:role|position|job|post) of|application for the (?:role|position) of|for the position|` +
		`for the role|au poste d['e]|pour le poste d['e]|pour le poste|du poste d['e]|le poste d['e]|al puesto de|` +
		`para el puesto de|el puesto de|la posición de|la vacante de|the vacancy of|voor de functie (?:van|` +
		`als)?|de functie van|de functie|functie als|voor de vacature|de vacature|vacature:?)\s+["“'‘]?([^\n"“”'’]{3,110}?)["”'’]?` + titleEnd),
	newLowRe(`(?:your application (?:for|to)|applying for|applied for|apply for|applied to|applying to|application to|` +
		`interview for|interview for the|bewerbung (?:als|für|auf)(?: die stelle| die position)?(?: als)?|` +
		`candidature (?:pour|au poste de|à l['’]offre)|candidatura (?:para|al puesto de|a la oferta)|` +
		`sollicitatie (?:voor|op|naar)(?: de functie| de vacature| de positie)?(?: van| als)?)\s+(?:the |` +
		`our |a |an |la |le |el |de |die |der |het )?(?:position of |role of |poste de )?["“'‘]?([^\n"“”]{3,110}?)["”'’]?(?:\s+(?:position|` +
		`role|job|opening|vacancy|stelle|poste|puesto|functie|vacature))?` + titleEnd),
	newFastRe(`(?i:as an?|als)\s+([\p{Lu}][^\n"“”'’]{2,110}?)` + titleEnd),
}

// subjectTitlePattern reads "Company Application Update | Title".
var subjectTitlePattern = lazyre.New(`(?i)(?:^|\|\s*|[-–]\s+)(?:application update|update on (?:your application|\S+ position))\s*[|` +
	`:\-–]\s*([^\n]{3,110})$`)

// leadTitle are the surest title phrases: a labelled line ("Position
// Title: X", "Job title: - X", "Poste : X"), "the X position", "the
// announcement for X".
var leadTitle = []fastRe{
	newFastRe(`(?im)^\s*[-*•]?\s*(?:position title|job title|title|role|position|stellenbezeichnung|stellentitel|` +
		`jobtitel|intitulé du poste|poste|puesto|cargo|vacante|functietitel|functie|vacature)\s*:\s*[-–]?\s*([^\n]{2,110})$`),
	newFastRe(`(?i:announcement for|vacancy announcement for|posting for)\s+([^,\n]{3,100})`),
	newFastRe(`(?i:update on (?:\S+ ){0,3}(?:position|role)|re:\s*\d+-)\s*[:-]?\s*([\p{Lu}][^\n]{2,100})$`),
}

// reqPatterns find a requisition number; group 1.
var reqPatterns = []fastRe{
	newLowRe(`\breq(?:uisition)?\.?\s*(?:#|id|no\.?|number|nr\.?)?\s*[:#]?\s*([a-z]{0,4}[-_]?\d{3,10}(?:[-_][a-z0-9]{1,10})*)\b`),
	newLowRe(`(?:job\s*(?:id|ref(?:erence)?|code|number|no\.?)|reference(?:\s*(?:number|no\.?|code))?|ref\.?|` +
		`réf(?:érence)?\.?|referencia|referenznummer|kennziffer|stellen-?id|vacaturenummer|vacature-?id|` +
		`announcement number|posting id|job posting)\s*[:#]?\s*([a-z]{0,4}[-_]?\d{2,10}(?:[-_][a-z0-9]{1,10})*)\b`),
	newFastRe(`\b(R-?\d{5,8}(?:-\d+)?)\b`),
	newFastRe(`\(ID:?\s*(\d[\d-]{2,15})\)`),
	newFastRe(`\b(\d{5,7}BR)\b`),
	newFastRe(`\b([A-Z]{2,4}-\d{6,10}-\d{2}-[A-Z]{2,5})\b`), // USA Staffing announcement
	newFastRe(`\((\d{4,8})\)\s*$`),                          // "Title (32661)" at the end of a subject
}

// titleNoise are parenthesized notes a title carries that are not part of it.
var titleNoise = lazyre.New(`(?i)\s*\((?:[^)]*(?:remote|hybrid|on-?site|usa|f/m|m/w|w/m|m/f|h/f|f/h|m/v|v/m|level|id\b|` +
	`ref|req|referenz|kennziffer|` +
	`full[- ]time|part[- ]time|vollzeit|teilzeit|temps plein|jornada)[^)]*|\d{3,10}|[mwfdhvx](?:\s*/\s*[mwfdhvx]){1,2})\)`)

// jobTitle returns the title and where it came from.
func jobTitle(t *msgText, company string) string {
	subject, text := t.subject, t.head
	docs := []*doc{t.sd, t.hd}
	srcs := []string{t.sd.s, t.hd.s}
	lows := []string{docs[0].low, docs[1].low}
	if strings.HasPrefix(strings.TrimSpace(text), "Ref:") {
		// "Ref: 110127BR - 2018 Data Scientist Internship"
		l := firstLine(text, 200)
		if i := strings.Index(l, " - "); i > 0 {
			if t := cleanTitle(l[i+3:], company); t != "" {
				return t
			}
		}
	}
	if t := linkedInTitle(text); t != "" {
		return cleanTitle(t, company)
	}
	for i, s := range srcs {
		if t := thePosition(s, lows[i], company); t != "" {
			return t
		}
	}
	if m := subjectTitlePattern.FindStringSubmatch(subject); m != nil {
		if t := cleanTitle(m[1], company); t != "" {
			return t
		}
	}
	for _, group := range [][]fastRe{leadTitle, titlePatterns} {
		for _, re := range group {
			for _, d := range docs {
				if m := re.findSubmatch(d); m != nil {
					if t := cleanTitle(m[1], company); t != "" {
						return t
					}
				}
			}
		}
	}
	return subjectTitle(subject, company)
}

// positionWords end "the X position".
var positionWords = []string{" position", " role", " job opening", " opening", " vacancy", " vacancies"}

// thePosition reads "the X position" / "our X role": X starts with a
// capital or a digit and stays on one sentence of the line.
func thePosition(s, low, company string) string {
	if len(s) != len(low) {
		return ""
	}
	best, bestAt := "", len(s)
	for _, w := range positionWords {
		from := 0
		for from < len(low) {
			i := strings.Index(low[from:], w)
			if i < 0 {
				break
			}
			at := from + i
			from = at + len(w)
			if at > bestAt || (from < len(low) && isWordByte(low[from])) {
				continue
			}
			a := max(0, at-110)
			seg := low[a:at]
			if k := strings.LastIndexAny(seg, "\n.!?\"“”"); k >= 0 {
				a += k + 1
				seg = low[a:at]
			}
			k := -1
			for _, det := range []string{"the ", "our ", "your ", "this "} {
				if j := strings.LastIndex(seg, det); j >= 0 && (j == 0 || seg[j-1] == ' ') && j+len(det) > k {
					k = j + len(det)
				}
			}
			if k < 0 {
				continue
			}
			cand := s[a+k : at]
			if cand == "" || !(unicode.IsUpper(rune(cand[0])) || unicode.IsDigit(rune(cand[0])) || cand[0] >= 0x80) {
				continue
			}
			if t := cleanTitle(cand, company); t != "" {
				best, bestAt = t, at
			}
		}
	}
	return best
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}

// linkedInTitle is the line after "Your application was sent to X".
func linkedInTitle(text string) string {
	lines := strings.Split(firstChars(text, 3000), "\n")
	for i, l := range lines {
		if strings.HasPrefix(strings.ToLower(strings.TrimSpace(l)), "your application was sent to") {
			for _, n := range lines[i+1:] {
				if n = strings.TrimSpace(n); n != "" {
					return n
				}
			}
		}
	}
	return ""
}

// subjectSplit cuts subjects like "Company - Title", "Title | City".
var subjectSplit = lazyre.New(`\s+[|–-]\s+|\s*\|\s*`)

// statusSuffix is the news a subject adds to a title.
var statusSuffix = lazyre.New(`(?i)\s+(?:has been|was|is)\s+(?:cancel+ed|filled|closed|withdrawn|received|updated)\b.*$|,\s*[A-Z]{2,4}-\d{6,}.*$`)

// titleWords say a phrase is a job title.
var titleWords = lazyre.New(`(?i)\b(engineer|developer|manager|analyst|scientist|specialist|designer|consultant|director|` +
	`lead|architect|administrator|intern|internship|officer|coordinator|associate|assistant|expert|` +
	`researcher|pm|cto|ceo|cfo|head|sme|technician|advisor|entwickler|ingenieur|berater|leiter|` +
	`referent|sachbearbeiter|ingénieur|développeur|chef|responsable|chargé|desarrollador|ingeniero|` +
	`analista|jefe|consultor|ontwikkelaar|medewerker|adviseur|beheerder|werkstudent|praktikant|` +
	`stagiaire|becario|stagiair|trainee)\b`)

// subjectTitle takes the part of a subject that reads like a job title.
func subjectTitle(subject, company string) string {
	subject = statusSuffix.ReplaceAllString(subject, "")
	if i := strings.LastIndex(strings.ToLower(subject), " for "); i >= 0 {
		subject = subject[i+5:]
	}
	if company != "" && strings.HasPrefix(strings.ToLower(subject), strings.ToLower(company)) {
		subject = strings.TrimLeft(subject[len(company):], " ,-–|:")
	}
	for _, p := range subjectSplit.Split(subject, -1) {
		if titleWords.MatchString(p) {
			if t := cleanTitle(p, company); t != "" && !strings.Contains(strings.ToLower(t), "application") {
				return t
			}
		}
	}
	return ""
}

func cleanTitle(t, company string) string {
	t = titleNoise.ReplaceAllString(t, "")
	t = strings.TrimSpace(strings.Trim(t, " \t\"'“”‘’«»!.,:;-–|("))
	for strings.HasSuffix(t, ")") && strings.Count(t, "(") < strings.Count(t, ")") {
		t = strings.TrimSpace(strings.TrimSuffix(t, ")"))
	}
	if strings.HasSuffix(t, "(") {
		t = strings.TrimSpace(strings.TrimSuffix(t, "("))
	}
	if company != "" {
		for _, suf := range []string{" at " + company, " @ " + company, " bei " + company, " chez " + company, " bij " + company, " en " + company} {
			t = strings.TrimSuffix(t, suf)
		}
	}
	t = strings.TrimSpace(t)
	lt := strings.ToLower(t)
	if len(t) < 2 || len(t) > 100 || strings.Count(t, " ") > 12 {
		return ""
	}
	if i := strings.IndexAny(t, "\u00a0"); i >= 0 {
		t = strings.TrimSpace(t[:i])
	}
	for _, pre := range []string{"any ", "other ", "future ", "all ", "more ", "open ", "the ", "our ", "a ", "an "} {
		if strings.HasPrefix(lt, pre) && pre != "the " && pre != "our " && pre != "a " && pre != "an " {
			return ""
		}
	}
	if strings.ToLower(t) == t && !titleWords.MatchString(t) {
		return ""
	}
	for _, bad := range []string{"http", "www.", "@", "this position", "the position", "a position", "our team", "your ", "opportunit"} {
		if strings.Contains(lt, bad) {
			return ""
		}
	}
	if notCompany[lt] || (company != "" && strings.EqualFold(t, company)) {
		return ""
	}
	return t
}

// numberLines keeps the lines of s that hold a number of three digits or
// more: the only ones a requisition can be on.
func numberLines(s string) string {
	var b strings.Builder
	for _, l := range strings.Split(s, "\n") {
		run := 0
		for i := 0; i < len(l) && run < 3; i++ {
			if l[i] >= '0' && l[i] <= '9' {
				run++
			} else {
				run = 0
			}
		}
		if run >= 3 {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// requisition returns a requisition or job number.
func requisition(t *msgText) string {
	docs := []*doc{t.sd, newDoc(numberLines(t.head))}
	for _, re := range reqPatterns {
		for _, d := range docs {
			if m := re.findSubmatch(d); m != nil {
				return m[1]
			}
		}
	}
	return ""
}
