package jobpost

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/lazyre"
	"github.com/huntbook/huntbook/backend/model"
)

// employmentWords maps how postings name an employment type (English,
// schema.org, German, Danish, Spanish, French...) to one spelling.
var employmentWords = []struct{ key, value string }{
	{"full_time", "full-time"}, {"full-time", "full-time"}, {"full time", "full-time"}, {"fulltime", "full-time"},
	{"vollzeit", "full-time"}, {"fuldtid", "full-time"}, {"tiempo completo", "full-time"}, {"temps plein", "full-time"}, {"tempo integral", "full-time"},
	{"heltid", "full-time"}, {"voltijd", "full-time"},
	{"part_time", "part-time"}, {"part-time", "part-time"}, {"part time", "part-time"}, {"teilzeit", "part-time"}, {"deltid", "part-time"},
	{"medio tiempo", "part-time"}, {"temps partiel", "part-time"}, {"deeltijd", "part-time"},
	{"contractor", "contract"}, {"contract", "contract"}, {"befristet", "temporary"}, {"temporary", "temporary"}, {"tidsbegrænset", "temporary"},
	{"limited period", "temporary"}, {"temporal", "temporary"},
	{"intern", "internship"}, {"praktikum", "internship"}, {"praktik", "internship"}, {"stage", "internship"}, {"prácticas", "internship"},
	{"freelance", "freelance"}, {"volunteer", "volunteer"}, {"per_diem", "per-diem"},
}

// knownEmployment reports whether s names an employment type we recognise.
func knownEmployment(s string) bool {
	l := strings.ToLower(s)
	if _, ok := employmentCodes[strings.TrimSpace(l)]; ok {
		return true
	}
	for _, w := range employmentWords {
		if l != "" && strings.Contains(l, w.key) {
			return true
		}
	}
	return false
}

// employmentCodes are whole values some ATS use as an employment type
// (Workable's "type": "full"), too short to look for inside longer text.
var employmentCodes = map[string]string{"full": "full-time", "part": "part-time"}

// normalizeEmployment maps an employment type to one spelling, or keeps it.
func normalizeEmployment(s string) string {
	l := strings.ToLower(strings.TrimSpace(s))
	if l == "" {
		return ""
	}
	if v, ok := employmentCodes[l]; ok {
		return v
	}
	for _, w := range employmentWords {
		if strings.Contains(l, w.key) {
			return w.value
		}
	}
	return s
}

var (
	remoteFull = lazyre.New(`(?i)\b(?:fully remote|100\s?% remote|remote[- ]first|work from home|remote position|remote role|remote job|` +
		`remote work(?:ing)?|home ?office|teletrabajo|télétravail|fjernarbejde)\b`)
	remoteHybrid = lazyre.New(`(?i)\bhybride?\b|\bhybride?s? arbeiten\b`)
	remoteWord   = lazyre.New(`(?i)^\s*remote\b|\bremote\s*$|\(remote\)|\bremote\b`)
	onsiteWord   = lazyre.New(`(?i)\b(?:on-?site|in[- ]office|vor ort|presencial)\b`)
)

// remoteWords are location values that name a remote policy, not a place.
var remoteWords = map[string]model.Remote{
	"remote": model.RemoteRemote, "anywhere": model.RemoteRemote, "remote only": model.RemoteRemote, "fully remote": model.RemoteRemote,
	"work from home": model.RemoteRemote, "hybrid": model.RemoteHybrid, "hybrid remote": model.RemoteHybrid, "hybride": model.RemoteHybrid,
	"on-site": model.RemoteOnsite, "onsite": model.RemoteOnsite, "in office": model.RemoteOnsite,
}

// remotePolicy maps how an ATS names its workplace type ("Remote",
// "hybrid", "ONSITE", "fully", "TELECOMMUTE") to a policy, "" when unknown.
func remotePolicy(s string) model.Remote {
	l := strings.ToLower(strings.TrimSpace(s))
	switch {
	case l == "":
		return ""
	case strings.Contains(l, "hybrid"):
		return model.RemoteHybrid
	case strings.Contains(l, "remote") || l == "fully" || l == "telecommute" || strings.Contains(l, "home"):
		return model.RemoteRemote
	case strings.Contains(l, "site") || strings.Contains(l, "office") || l == "none" || l == "in_person" || l == "in-person":
		return model.RemoteOnsite
	}
	return ""
}

// detectRemote guesses the remote policy from the title, location and text.
func detectRemote(s string) model.Remote {
	l := strings.ToLower(s)
	hit := false
	for _, w := range []string{"remote", "hybrid", "home", "site", "office", "vor ort", "presencial", "télétravail", "teletrabajo", "fjernarbejde"} {
		if strings.Contains(l, w) {
			hit = true
			break
		}
	}
	if !hit {
		return "" // none of the words the patterns below look for
	}
	head := s
	if i := strings.IndexByte(head, '\n'); i >= 0 {
		if j := strings.IndexByte(head[i+1:], '\n'); j >= 0 {
			head = head[:i+1+j]
		}
	}
	switch {
	case remoteHybrid.MatchString(s):
		return model.RemoteHybrid
	case remoteWord.MatchString(head) || remoteFull.MatchString(s):
		return model.RemoteRemote
	case onsiteWord.MatchString(s):
		return model.RemoteOnsite
	}
	return ""
}

var currencySymbols = map[string]string{"$": "USD", "US$": "USD", "CA$": "CAD", "AU$": "AUD", "NZ$": "NZD", "HK$": "HKD", "SG$": "SGD", "€": "EUR",
	"£": "GBP", "¥": "JPY", "₹": "INR", "CHF": "CHF", "kr": "DKK", "A$": "AUD", "C$": "CAD", "R$": "BRL"}

var (
	cur      = `(US\$|CA\$|AU\$|NZ\$|HK\$|SG\$|A\$|C\$|R\$|\$|€|£|¥|₹|USD|EUR|GBP|CHF|DKK|SEK|NOK|CAD|AUD|INR|BRL|JPY|PLN)`
	amount   = `(\d{1,3}(?:[.,' ]\d{3})+(?:[.,]\d{1,2}\b)?|\d+(?:[.,]\d+)?)\s*([kK]|[mM]\b)?`
	rangeSep = `\s*(?:-|–|—|to|bis|a|à)\s*`
	periodRe = `(?:\s*(?:/|per|a|an|pro|par|por)\s*(year|yr|annum|annual|jahr|jaar|an|año|month|mo|monat|maand|mois|mes|hour|hr|stunde|uur|heure|hora|day|` +
		`tag|dag|jour|día|week|woche|uge|semaine|semana)\b|\s*(annualized|annually|yearly|monthly|hourly|daily|weekly))?`
	salaryRe = lazyre.New(`(?i)` + cur + `\s?` + amount + `(?:` + rangeSep + cur + `?\s?` + amount + `)?\s*` + cur + `?` + periodRe)
	// groups of salaryRe: 1 currency, 2 low, 3 low multiplier, 4 currency, 5 high, 6 high multiplier, 7 currency, 8 period, 9 period adverb
	salaryRe2 = lazyre.New(`(?i)\b` + amount + `(?:` + rangeSep + amount + `)?\s*` + cur + periodRe)
)

// ParseSalary reads a pay range written as text ("$55K-$84K",
// "€60,000 - €75,000 per year", "50.000-60.000 EUR", "$25/hour").
func ParseSalary(s string) model.Salary {
	if m := salaryRe.FindStringSubmatch(s); m != nil {
		return makeSalary(firstNonEmpty(m[1], m[4], m[7]), m[2], m[3], m[5], m[6], m[8]+m[9])
	}
	if m := salaryRe2.FindStringSubmatch(s); m != nil {
		return makeSalary(m[5], m[1], m[2], m[3], m[4], m[6]+m[7])
	}
	return model.Salary{}
}

// salaryInText finds a stated pay range in a description, only where the
// text around it talks about pay. Without a stated period ("per hour") a
// figure counts only when it is plausibly yearly.
func salaryInText(s string) model.Salary {
	for off := 0; off < len(s); {
		end := strings.IndexByte(s[off:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += off
		}
		line := s[off:end]
		if mayHoldMoney(line) {
			if sal, ok := salaryInLine(s, off, line); ok {
				return sal
			}
		}
		off = end + 1
	}
	return model.Salary{}
}

// mayHoldMoney is a quick test before the salary pattern runs on a line:
// a digit and a currency sign or code.
func mayHoldMoney(line string) bool {
	if !strings.ContainsAny(line, "0123456789") {
		return false
	}
	if strings.ContainsAny(line, "$€£¥₹") {
		return true
	}
	for _, c := range []string{"USD", "EUR", "GBP", "CHF", "DKK", "SEK", "NOK", "CAD", "AUD", "INR", "BRL", "JPY", "PLN", "kr"} {
		if strings.Contains(line, c) || strings.Contains(line, strings.ToLower(c)) {
			return true
		}
	}
	return false
}

// salaryInLine finds a stated pay range in one line of s starting at off.
func salaryInLine(s string, off int, line string) (model.Salary, bool) {
	for _, m := range salaryRe.FindAllStringSubmatchIndex(line, 20) {
		from := max(0, off+m[0]-80)
		ctx := strings.ToLower(s[from : off+m[1]])
		statedRange := m[10] >= 0 && (m[16] >= 0 || m[18] >= 0) // "$52,900.00 to $108,000.00 annualized"
		if !payContext.MatchString(ctx) && !statedRange {
			continue
		}
		sal := ParseSalary(line[m[0]:m[1]])
		if sal.IsZero() {
			continue
		}
		if m[16] < 0 && m[18] < 0 && sal.Min < 10_000_00 {
			continue // "$1,800 for the project", "$1,395 per credit"
		}
		return sal, true
	}
	return model.Salary{}, false
}

var payContext = lazyre.New(`salary|salaris|\bpay\b|compensation|hiring range|pay range|\bwage|gehalt|salario|salaire|\bløn|\brate\b|vergütung|\bfee\b`)

func firstNonEmpty(v ...string) string {
	for _, s := range v {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

func makeSalary(currency, lo, loMul, hi, hiMul, period string) model.Salary {
	code := strings.ToUpper(currency)
	if c, ok := currencySymbols[currency]; ok {
		code = c
	}
	if hiMul != "" && loMul == "" {
		loMul = hiMul
	}
	low, high := money(lo, loMul), money(hi, hiMul)
	if low == 0 {
		return model.Salary{}
	}
	if high != 0 && high < low {
		low, high = high, low
	}
	p := periodOf(period, float64(low)/100)
	if p == "" {
		return model.Salary{} // per day or week: not a period the tracker keeps
	}
	s := model.Salary{Min: low, Max: high, Currency: code, Period: p}
	if s.Max == 0 {
		s.Max = s.Min
	}
	return s
}

// money parses an amount like "55", "84,000", "50.000" or "12.50" with an
// optional k/m multiplier into minor units.
func money(s, mul string) int64 {
	if s == "" {
		return 0
	}
	s = strings.ReplaceAll(s, " ", "")
	s = strings.ReplaceAll(s, "'", "")
	if last := strings.LastIndexAny(s, ".,"); last >= 0 {
		if len(s)-last-1 == 3 {
			// a separator followed by exactly three digits groups thousands
			s = strings.NewReplacer(",", "", ".", "").Replace(s)
		} else {
			// the last separator is the decimal point: "52,900.00", "1.234,5"
			s = strings.NewReplacer(",", "", ".", "").Replace(s[:last]) + "." + s[last+1:]
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v <= 0 {
		return 0
	}
	switch strings.ToLower(mul) {
	case "k":
		v *= 1000
	case "m":
		v *= 1_000_000
	}
	if v > 1e12 {
		return 0
	}
	return int64(math.Round(v * 100))
}

// unstatedPeriods are pay periods the tracker does not keep (per day, per
// week): a salary given per one of them is left empty rather than misread.
var unstatedPeriods = map[string]bool{"day": true, "tag": true, "dag": true, "jour": true, "día": true, "week": true, "woche": true, "uge": true,
	"semaine": true, "semana": true, "daily": true, "weekly": true}

// periodOf maps a stated period to the tracker's, "" for one it does not
// keep; with none stated it judges by the amount.
func periodOf(p string, amount float64) model.Period {
	l := strings.ToLower(p)
	if unstatedPeriods[l] || strings.Contains(l, "day") || strings.Contains(l, "week") {
		return ""
	}
	switch l {
	case "hour", "hr", "stunde", "uur", "heure", "hora", "hourly":
		return model.PeriodHour
	case "month", "mo", "monat", "maand", "mois", "mes", "monthly":
		return model.PeriodMonth
	case "year", "yr", "annum", "annual", "jahr", "jaar", "an", "año", "yearly", "annually", "annualized":
		return model.PeriodYear
	}
	switch {
	case strings.Contains(l, "hour"):
		return model.PeriodHour
	case strings.Contains(l, "month"):
		return model.PeriodMonth
	case strings.Contains(l, "year") || strings.Contains(l, "annual"):
		return model.PeriodYear
	}
	switch {
	case amount < 300:
		return model.PeriodHour
	case amount < 20000:
		return model.PeriodMonth
	}
	return model.PeriodYear
}

var dateLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02",
	"January 2, 2006", "Jan 2, 2006", "January 02, 2006", "Jan 02, 2006", "2 January 2006", "02 January 2006", "2 Jan 2006",
	"02.01.2006", "2.1.2006", "02/01/2006", "2/1/2006", "02-01-2006",
}

// parseDate reads a date in the common forms into "YYYY-MM-DD" or "".
// Day-month order is assumed for a/b/yyyy unless the second part exceeds 12.
func parseDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if d := unixDate(s); d != "" {
		return d
	}
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t.Format(model.DateLayout)
		}
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format(model.DateLayout)
		}
	}
	if m := slashDate.FindStringSubmatch(s); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		d, mo := a, b
		if b > 12 && a <= 12 {
			d, mo = b, a
		}
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if t.Day() == d && int(t.Month()) == mo {
			return t.Format(model.DateLayout)
		}
	}
	return ""
}

var slashDate = lazyre.New(`^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$`)
