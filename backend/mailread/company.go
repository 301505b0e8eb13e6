package mailread

import (
	"strings"
	"unicode"

	"github.com/huntbook/huntbook/backend/lazyre"
)

// platforms maps the sender domains of applicant tracking systems and job
// boards (a suffix of the sender's domain) to their names.
var platforms = []struct{ suffix, name string }{
	{"myworkday.com", "Workday"}, {"myworkdayjobs.com", "Workday"}, {"icims.com", "iCIMS"},
	{"greenhouse.io", "Greenhouse"}, {"greenhouse-mail.io", "Greenhouse"}, {"lever.co", "Lever"},
	{"jobvite.com", "Jobvite"}, {"smartrecruiters.com", "SmartRecruiters"}, {"smartrecruiters-mail.com", "SmartRecruiters"},
	{"ashbyhq.com", "Ashby"}, {"comeet-notifications.com", "Comeet"}, {"comeet.co", "Comeet"}, {"comeet.com", "Comeet"},
	{"taleo.net", "Taleo"}, {"successfactors.com", "SuccessFactors"}, {"successfactors.eu", "SuccessFactors"},
	{"sapsf.com", "SuccessFactors"}, {"sapsf.eu", "SuccessFactors"}, {"linkedin.com", "LinkedIn"},
	{"indeed.com", "Indeed"}, {"indeedemail.com", "Indeed"}, {"bamboohr.com", "BambooHR"}, {"recruitee.com", "Recruitee"},
	{"personio.de", "Personio"}, {"personio.com", "Personio"}, {"workablemail.com", "Workable"}, {"workable.com", "Workable"},
	{"teamtailor.com", "Teamtailor"}, {"teamtailor-mail.com", "Teamtailor"}, {"applytojob.com", "JazzHR"},
	{"jazzhr.com", "JazzHR"}, {"breezy.hr", "Breezy HR"}, {"sparkhire.com", "Spark Hire"}, {"usastaffing.gov", "USA Staffing"},
	{"usajobs.gov", "USA Jobs"}, {"oraclecloud.com", "Oracle Recruiting"}, {"avature.net", "Avature"},
	{"softgarden.io", "softgarden"}, {"softgarden.de", "softgarden"}, {"join.com", "JOIN"}, {"stepstone.de", "StepStone"},
	{"xing.com", "XING"}, {"welcometothejungle.com", "Welcome to the Jungle"}, {"dvinci.de", "d.vinci"},
	{"rexx-systems.com", "rexx"}, {"pinpointhq.com", "Pinpoint"}, {"eightfold.ai", "Eightfold"}, {"phenompeople.com", "Phenom"},
	{"paylocity.com", "Paylocity"}, {"ultipro.com", "UKG"}, {"ukg.com", "UKG"}, {"adp.com", "ADP"}, {"glassdoor.com", "Glassdoor"},
	{"ziprecruiter.com", "ZipRecruiter"}, {"hire.com", "Google Hire"}, {"bullhornstaffing.com", "Bullhorn"},
	{"recruiterbox.com", "Recruiterbox"}, {"homerun.co", "Homerun"}, {"factorial.co", "Factorial"}, {"talentsoft.com", "Talentsoft"},
	{"cornerstoneondemand.com", "Cornerstone"}, {"csod.com", "Cornerstone"}, {"monster.com", "Monster"}, {"candidatecare.com", "CandidateCare"},
	{"infojobs.net", "InfoJobs"}, {"jobteaser.com", "JobTeaser"}, {"hellowork.com", "HelloWork"}, {"apec.fr", "Apec"},
	{"nationalevacaturebank.nl", "Nationale Vacaturebank"}, {"werkzoeken.nl", "Werkzoeken"}, {"jobbird.com", "Jobbird"},
	{"hirebridge.com", "Hirebridge"}, {"dayforcehcm.com", "Dayforce"}, {"trakstar.com", "Trakstar"},
}

// freeMail are mailbox providers: their domain names no employer.
var freeMail = map[string]bool{
	"gmail.com": true, "googlemail.com": true, "yahoo.com": true, "outlook.com": true, "hotmail.com": true, "live.com": true,
	"msn.com": true, "icloud.com": true, "me.com": true, "mac.com": true, "aol.com": true, "proton.me": true, "protonmail.com": true,
	"gmx.de": true, "gmx.net": true, "gmx.com": true, "web.de": true, "t-online.de": true, "freenet.de": true, "orange.fr": true,
	"free.fr": true, "laposte.net": true, "sfr.fr": true, "wanadoo.fr": true, "hotmail.fr": true, "yahoo.fr": true,
	"yahoo.es": true, "hotmail.es": true, "telefonica.net": true, "ziggo.nl": true, "kpnmail.nl": true, "planet.nl": true,
	"hotmail.nl": true, "live.nl": true, "home.nl": true, "yahoo.de": true, "mail.com": true, "zoho.com": true, "yandex.com": true,
	"fastmail.com": true, "hey.com": true, "example.com": true, "outlook.de": true, "outlook.fr": true, "outlook.es": true,
}

// twoLevelSuffixes are public suffixes of two labels (co.uk, com.au, ...).
var twoLevelSuffixes = map[string]bool{
	"co.uk": true, "org.uk": true, "ac.uk": true, "gov.uk": true, "com.au": true, "net.au": true, "org.au": true,
	"co.nz": true, "co.jp": true, "co.in": true, "com.br": true, "com.mx": true, "com.ar": true, "co.za": true,
	"com.sg": true, "com.cn": true, "com.tr": true, "co.il": true, "com.es": true, "co.kr": true, "com.hk": true,
}

// platformOf returns the ATS or job board behind a sender domain, or "".
func platformOf(domain string) string {
	for _, p := range platforms {
		if domain == p.suffix || strings.HasSuffix(domain, "."+p.suffix) {
			return p.name
		}
	}
	return ""
}

// orgLabel returns the registrable label of a domain ("jobs.netflix.com" ->
// "netflix", "mail.acme.co.uk" -> "acme") and the labels below it.
func orgLabel(domain string) (label string, sub []string) {
	parts := strings.Split(strings.Trim(domain, "."), ".")
	if len(parts) < 2 {
		return domain, nil
	}
	n := len(parts) - 2
	if len(parts) >= 3 && twoLevelSuffixes[parts[len(parts)-2]+"."+parts[len(parts)-1]] {
		n = len(parts) - 3
	}
	return parts[n], parts[:n]
}

// genericLocal are mailbox names that name no company.
var genericLocal = map[string]bool{
	"noreply": true, "no-reply": true, "donotreply": true, "do-not-reply": true, "notifications": true, "notification": true,
	"jobs": true, "careers": true, "career": true, "recruiting": true, "recruitment": true, "talent": true, "hr": true,
	"info": true, "mail": true, "email": true, "system": true, "alerts": true, "updates": true, "apply": true, "hiring": true,
	"reply": true, "support": true, "team": true, "jobs-noreply": true, "invitations": true, "messages": true, "bounce": true,
	"candidates": true, "candidate": true, "applications": true, "application": true, "autoreply": true, "workday": true,
}

// senderWords are words of a display name that describe the sending team,
// not the company ("Rapid7 Recruiting", "Careers Netflix").
var senderWords = map[string]bool{
	"recruiting": true, "recruitment": true, "recruiter": true, "careers": true, "career": true, "talent": true, "acquisition": true,
	"hiring": true, "team": true, "jobs": true, "job": true, "hr": true, "people": true, "no-reply": true, "noreply": true,
	"the": true, "via": true, "at": true, "@": true, "from": true, "notifications": true, "application": true, "applications": true,
	"bewerbermanagement": true, "personalabteilung": true, "recrutement": true, "reclutamiento": true, "werving": true,
	"karriere": true, "carrières": true, "empleo": true, "do": true, "not": true, "reply": true, "de": true,
	"und": true, "&": true, "and": true, "portal": true, "system": true, "services": true, "operations": true, "&amp;": true,
}

// companyFromDisplay strips the team words from a sender's display name
// ("SailPoint Recruiting" -> "SailPoint"); "" when only such words remain
// or the name looks like a person's.
func companyFromDisplay(name string) string {
	name = strings.TrimSpace(strings.Trim(name, `"'`))
	if i := strings.IndexAny(name, "|"); i >= 0 {
		name = strings.TrimSpace(name[i+1:])
	}
	var keep []string
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(strings.Trim(w, ",.:-()"))
		if senderWords[lw] || lw == "" {
			continue
		}
		keep = append(keep, strings.Trim(w, ",:-()"))
	}
	out := strings.Join(keep, " ")
	out = strings.TrimSuffix(out, "'s")
	return strings.TrimSpace(out)
}

// legalWords end a company name ("Simventions, Inc.").
var legalSuffix = lazyre.New(`(?i)[,]?\s+(inc\.?|llc|ltd\.?|gmbh|ag|s\.?a\.?s?|b\.?v\.?|n\.?v\.?|plc|corp\.?|co\.|s\.?l\.?|sarl|se|kg)$`)

// cleanCompany trims punctuation, a legal suffix and team words.
func cleanCompany(s string) string {
	s = strings.TrimSpace(strings.Trim(s, " \t\"'!.,:;|-–()[]"))
	s = strings.TrimSuffix(s, "'s")
	s = strings.TrimSuffix(s, "’s")
	for {
		t := legalSuffix.ReplaceAllString(s, "")
		if t == s {
			break
		}
		s = strings.TrimSpace(strings.TrimRight(t, ", "))
	}
	if len(s) > 60 || len(s) < 2 {
		return ""
	}
	return s
}

// squash lower-cases s and keeps only letters and digits, for comparing a
// name with a domain label.
func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if f, ok := foldAccent[r]; ok {
			b.WriteString(f)
		} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// foldAccent writes accented letters as domain names do ("L'Oréal" ->
// loreal.com, "Müller" -> mueller or muller).
var foldAccent = func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'æ': "ae", 'ø': "o", 'œ': "oe"}
	for _, g := range []struct{ from, to string }{
		{"àáâãäåā", "a"}, {"çć", "c"}, {"èéêëē", "e"}, {"ìíîïī", "i"}, {"ñń", "n"}, {"òóôõöō", "o"}, {"ùúûüū", "u"}, {"ýÿ", "y"},
	} {
		for _, r := range g.from {
			m[r] = g.to
		}
	}
	return m
}()

var capsRun = lazyre.New(`[\p{Lu}\d][\p{L}\d&'’.-]*(?:\s+[\p{Lu}\d&][\p{L}\d&'’.-]*){0,4}`)

// casedName finds how the text writes the name behind a domain label: the
// run of capitalized words whose letters spell label ("arescorporation" ->
// "ARES Corporation", "sailpoint" -> "SailPoint"). "" when the text never
// writes it.
func casedName(label string, texts ...string) string {
	label = squash(label)
	if len(label) < 2 {
		return ""
	}
	for _, t := range texts {
		for _, run := range capsRun.FindAllString(t, -1) {
			words := strings.Fields(run)
			for i := range words {
				acc := ""
				for j := i; j < len(words) && j < i+5; j++ {
					acc += squash(words[j])
					if acc == label {
						return strings.Trim(strings.Join(words[i:j+1], " "), ".,'’")
					}
					if !strings.HasPrefix(label, acc) {
						break
					}
				}
			}
		}
	}
	return ""
}

// titleCase writes a domain label as a name ("leidos" -> "Leidos").
func titleCase(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}
