package mailread

import (
	"strings"
	"unicode"

	"github.com/huntbook/huntbook/backend/lazyre"
)

// nameRun is a company name in running text: capitalized words (with "&",
// "of", "de", ...) up to six.
const nameRun = `((?:[\p{Lu}\d][\p{L}\d&'’.+-]*|[a-z]+[\p{Lu}][\p{L}\d]*)(?:[ ]+(?:[\p{Lu}\d&][\p{L}\d&'’.+-]*|` +
	`of|the|de|du|la|und|and|for|y|en|van|der|&)){0,5}(?:,? (?:Inc|LLC|Ltd|GmbH|AG|SA|BV|NV)\.?)?)`

// bodyCompany are the phrases that name the employer in a message's text
// or subject, in the five languages.
var bodyCompany = []fastRe{
	newFastRe(`(?i:candidatura a la oferta|application for|bewerbung als|bewerbung auf die stelle|candidature au poste de|sollicitatie voor de functie) ` +
		`[^\n]{3,80}? (?:at|bei der|bei|chez|en|bij) ` + nameRun),
	newFastRe(`(?i:your application was sent to|application has been sent to|bewerbung wurde an) ` + nameRun),
	newFastRe(`(?i:thanks? (?:you )?for applying (?:to|at|with)|thank you for your application (?:to|at|with)) (?:the )?` + nameRun),
	newFastRe(`(?i:interest in (?:a career at|a career with|working at|working for|working with|joining|employment (?:at|` +
		`with)|opportunities at|careers at)) (?:the )?` + nameRun),
	newFastRe(`(?i:career opportunities (?:with|at)|on behalf of|position (?:here )?at|role (?:here )?at|` +
		`team at|opportunity at|opportunities at|careers at|positions at|apply(?:ing)? to work at) (?:the )?` + nameRun),
	newFastRe(`(?i:employment (?:with|at)) (?:the )?` + nameRun),
	newFastRe(`(?i:this is|my name is) \S+(?: \S+)? (?i:from|with|at) (?:the )?` + nameRun),
	newFastRe(`(?i:interview with|interviewing with|interview at|interviews at) (?:the )?` + nameRun),
	newFastRe(`(?i:thank you from|greetings from|update from|news from|message from) ` + nameRun),
	newFastRe(`(?i:bewerbung bei|interesse an (?:einer (?:tätigkeit|mitarbeit|karriere) bei|der|dem)?|karriere bei|` +
		`arbeiten bei|stelle bei|position bei|team von) ?(?:der |dem |den )?` + nameRun),
	newFastRe(`(?i:candidature (?:chez|à|au sein de)|intérêt (?:pour|porté à)|rejoindre|au sein de|poste chez|` +
		`carrière chez) (?:la société |le groupe |l['’])?` + nameRun),
	newFastRe(`(?i:candidatura (?:en|a|para)|interés en (?:formar parte de|trabajar en|unirte a)?|unirte a|` +
		`trabajar (?:en|con)|forma parte de|equipo de) ?(?:la empresa )?` + nameRun),
	newFastRe(`(?i:sollicitatie bij|interesse in|werken bij|vacature bij|functie bij|team van|solliciteren bij) ` + nameRun),
	newFastRe(`@ ` + nameRun),
}

// signatureCompany is a team signature: "The SailPoint Recruiting Team",
// "IBM Early Professional Recruitment Team", "Claroty's hiring team",
// "Ihr Acme Recruiting-Team", "L'équipe Recrutement d'Acme".
var signatureCompany = []*lazyre.Regexp{
	lazyre.New(`^(?i:ihr|dein|das|euer) (?i:recruiting|personal|hr|bewerbungs)[ -]?(?i:team) (?i:der|des|von) ` + nameRun + `$`),
	lazyre.New(`^(?:(?i:the|ihr|dein|euer|das|het|je|uw) )?` + nameRun + `(?:'s|’s)? ` +
		`(?i:(?:early professional |global |university |campus |technical )?` +
		`(?:recruiting|recruitment|talent acquisition|talent|hiring|hr|people|careers|assessment|personal|werving|recruitment-?)` +
		`[ -]?(?:team|department|abteilung)?)\.?$`),
	lazyre.New(`^(?i:l['’]équipe (?:recrutement|rh|talents?|des ressources humaines)(?: de| d['’]| chez)?) ?` + nameRun + `$`),
	lazyre.New(`^(?i:el equipo de (?:selección|reclutamiento|talento|rrhh|recursos humanos)(?: de| en)?) ` + nameRun + `$`),
	lazyre.New(`^(?i:team (?:recruitment|werving|hr|talent)(?: van| bij)?) ` + nameRun + `$`),
	lazyre.New(`^(?i:das team von|ihr team von|votre équipe) ` + nameRun + `$`),
	lazyre.New(`^[\p{L} .'-]{3,40} \| ` + nameRun + `$`), // "Yama Wakman | Leidos"
}

// notCompany are words the patterns may catch that name no employer.
var notCompany = map[string]bool{
	"our": true, "the": true, "this": true, "your": true, "us": true, "you": true, "we": true, "a": true, "an": true,
	"linkedin": true, "indeed": true, "workday": false, "unsere": true, "unser": true, "uns": true, "nous": true, "notre": true,
	"nuestra": true, "nuestro": true, "ons": true, "onze": true, "hr": true, "dear": true, "hi": true, "hello": true,
	"talent acquisition": true, "recruiting": true, "recruitment": true, "jordan": true, "application": true,
	"the position": true, "position": true, "role": true, "job": true, "team": true, "company": true,
}

// companyFromText tries the body phrases on the subject, then the text,
// then the signature lines from the bottom.
func companyFromText(t *msgText) (string, string) {
	text := t.text
	docs := []*doc{t.sd, t.hd}
	for _, re := range bodyCompany {
		for _, d := range docs {
			if ix := re.findSubmatchIndex(d); ix != nil {
				m := []string{d.s[ix[0]:ix[1]], d.s[ix[2]:ix[3]]}
				if followedByRole(d.low[ix[3]:]) {
					continue // "applying to the Backend Engineer position": a title
				}
				if c := acceptCompany(m[1]); c != "" {
					return c, "named in the message: '" + strings.TrimSpace(truncate(m[0], 60)) + "'"
				}
			}
		}
	}
	lines := strings.Split(text, "\n")
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-40; i-- {
		l := strings.TrimSpace(lines[i])
		if l == "" || len(l) > 80 {
			continue
		}
		for _, re := range signatureCompany {
			if m := re.FindStringSubmatch(l); m != nil {
				if c := acceptCompany(m[1]); c != "" {
					return c, "signed '" + l + "'"
				}
			}
		}
	}
	return "", ""
}

// followedByRole tells text that starts with a word naming a job.
func followedByRole(rest string) bool {
	for _, w := range []string{" position", " role", " job", " opening", " vacancy", " stelle", " poste", " puesto", " functie", " vacature"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

func acceptCompany(s string) string {
	s = cleanCompany(s)
	// cut at a word that starts a new clause
	for _, stop := range []string{" and ", " for ", " in ", " to ", " we ", " We ", " I ", " the ", " The ", " de ", " of "} {
		if stop == " of " || stop == " the " || stop == " de " {
			// "Department of the Navy" keeps them; "X of our team" does not
			if i := strings.Index(s, stop); i > 0 && !startsUpper(s[i+len(stop):]) {
				s = cleanCompany(s[:i])
			}
			continue
		}
		if i := strings.Index(s, stop); i > 0 {
			s = cleanCompany(s[:i])
		}
	}
	if i := strings.Index(s, ". "); i > 0 {
		s = s[:i]
	}
	s = cleanCompany(strings.TrimSuffix(s, " I"))
	if s == "" || notCompany[strings.ToLower(s)] {
		return ""
	}
	if strings.ToLower(s) == s && !strings.ContainsAny(s, "0123456789") {
		return ""
	}
	return s
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r) || r == 't' // "of the Navy"
	}
	return false
}

func firstChars(s string, n int) string {
	if len(s) > n {
		return truncate(s, n)
	}
	return s
}

// company decides the employer: from the sender's domain unless it is a
// mailbox provider or an applicant tracking system, in which case from the
// sub-domain or mailbox the ATS gives the employer, the sender's display
// name, the text's phrases and the signature.
func company(m *Message, t *msgText) (name, platform, reason string) {
	subject, text := t.subject, t.head
	from := m.From
	if m.Forwarded.Email != "" || m.Forwarded.Name != "" {
		from = m.Forwarded
	}
	domain := from.Domain()
	platform = platformOf(domain)
	display := strings.ReplaceAll(from.Name, "_", " ")
	switch {
	case domain != "" && platform == "" && !freeMail[domain] && !strings.HasSuffix(domain, ".gov"):
		label, _ := orgLabel(domain)
		if c := casedName(label, display, subject, text); c != "" {
			return cleanCompany(c), "", "sender's domain " + domain
		}
		if d := companyFromDisplay(display); d != "" && strings.HasPrefix(squash(d), squash(label)) {
			return cleanCompany(d), "", "sender's domain " + domain
		}
		if c, why := companyFromText(t); c != "" {
			return c, "", why
		}
		return titleCase(label), "", "sender's domain " + domain
	case platform != "":
		name, reason = atsCompany(m, from, domain, platform, display, t)
		return name, platform, reason
	}
	if c, why := companyFromText(t); c != "" {
		return c, "", why
	}
	if strings.HasSuffix(domain, ".gov") {
		label, _ := orgLabel(domain)
		return "", "", "government sender " + label
	}
	return "", "", ""
}

// atsCompany finds the employer behind an ATS sender: its mailbox or
// sub-domain, its display name, the text, or the Reply-To domain.
func atsCompany(m *Message, from Address, domain, platform, display string, t *msgText) (string, string) {
	subject, head := t.subject, t.head
	via := " (sent by " + platform + ")"
	if jobBoards[platform] {
		if c, why := companyFromText(t); c != "" {
			return c, why + via
		}
		return "", ""
	}
	if c := atsMailbox(from.Email, domain); c != "" && !strings.Contains(c, squash(platform)) && !nameHas(from.Name, c) {
		if cased := casedName(c, display, subject, head); cased != "" {
			return cleanCompany(cased), "sent by " + platform + " for " + cleanCompany(cased)
		}
		if !genericLocal[c] {
			return titleCase(c), "sent by " + platform + " for " + titleCase(c)
		}
	}
	if d := companyFromDisplay(display); d != "" && !strings.Contains(squash(d), squash(platform)) && squash(from.Name) != squash(platform) &&
		!strings.Contains(squash(platform), squash(d)) && !looksPersonal(from.Name) {
		d = cleanCompany(d)
		return d, "sent by " + platform + " for " + d
	}
	if c, why := companyFromText(t); c != "" {
		return c, why + via
	}
	if rd := m.ReplyTo.Domain(); rd != "" && platformOf(rd) == "" && !freeMail[rd] && !strings.Contains(squash(rd), squash(platform)) {
		label, _ := orgLabel(rd)
		c := casedName(label, display, subject, head)
		if c == "" {
			c = titleCase(label)
		}
		return cleanCompany(c), "sent by " + platform + " for " + cleanCompany(c) + " (reply to " + rd + ")"
	}
	return "", ""
}

// jobBoards send mail about many employers: only the text names the one.
var jobBoards = map[string]bool{"LinkedIn": true, "Indeed": true, "XING": true, "StepStone": true, "Glassdoor": true,
	"InfoJobs": true, "Welcome to the Jungle": true, "Nationale Vacaturebank": true, "ZipRecruiter": true, "Monster": true}

// atsMailbox returns the employer an ATS puts in the sender address:
// "claroty" of no-reply@claroty.comeet-notifications.com, "sailpoint" of
// sailpoint@myworkday.com, "simventions" of simventions+x@talent.icims.com.
func atsMailbox(email, domain string) string {
	local := email
	if i := strings.IndexByte(local, '@'); i >= 0 {
		local = local[:i]
	}
	if i := strings.IndexAny(local, "+"); i >= 0 {
		local = local[:i]
	}
	local = strings.ToLower(local)
	for _, p := range platforms {
		if strings.HasSuffix(domain, "."+p.suffix) {
			sub := strings.TrimSuffix(domain, "."+p.suffix)
			parts := strings.Split(sub, ".")
			first := parts[0]
			if !genericLocal[first] && !atsSubdomain[first] {
				return first
			}
		}
	}
	if genericLocal[local] || strings.Contains(local, "reply") || strings.Contains(local, "notification") {
		return ""
	}
	return local
}

// atsSubdomain are sub-domains of an ATS that name no employer.
var atsSubdomain = map[string]bool{"talent": true, "mail": true, "email": true, "us": true, "eu": true, "app": true, "hire": true,
	"jobs": true, "careers": true, "notifications": true, "em": true, "e": true, "t": true, "mg": true, "send": true, "bounce": true, "www": true}

// orgWords are words of organisations' names, not of people's.
var orgWords = map[string]bool{"group": true, "gruppe": true, "groupe": true, "grupo": true, "groep": true, "inc": true, "llc": true,
	"ltd": true, "gmbh": true, "ag": true, "se": true, "sa": true, "bv": true, "nv": true, "plc": true, "corp": true, "corporation": true,
	"company": true, "bank": true, "technologies": true, "technology": true, "labs": true, "systems": true, "solutions": true,
	"software": true, "partners": true, "consulting": true, "health": true, "energy": true, "university": true, "capital": true,
	"holdings": true, "international": true, "global": true, "digital": true, "media": true, "studio": true, "studios": true}

// nameHas tells whether a display name holds the word w ("Priya Raman"
// holds the mailbox "priya" of priya@hire.lever.co).
func nameHas(name, w string) bool {
	for _, f := range strings.Fields(strings.ToLower(name)) {
		if squash(f) == w {
			return true
		}
	}
	return false
}

// looksPersonal tells a person's name ("Tara Pettyjohn", "Wakman, Yama").
func looksPersonal(name string) bool {
	ws := strings.Fields(strings.ReplaceAll(name, ",", " "))
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if senderWords[lw] || orgWords[lw] || strings.ContainsAny(w, "0123456789@&") {
			return false
		}
	}
	return true
}
