package cvparse

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// months maps month names and abbreviations (en, es, de, fr, pt, it, nl) to
// their number.
var months = sync.OnceValue(func() map[string]int {
	out := map[string]int{}
	names := [][]string{
		{"january", "jan", "enero", "ene", "januar", "jän", "jänner", "janvier", "janv", "janeiro", "gennaio", "januari"},
		{"february", "feb", "febr", "febrero", "februar", "février", "fevrier", "févr", "fevr", "fevereiro", "fev", "febbraio", "februari"},
		{"march", "mar", "marzo", "märz", "marz", "mrz", "mars", "março", "marco", "maart", "mär"},
		{"april", "apr", "abril", "abr", "avril", "avr", "aprile"},
		{"may", "mayo", "mai", "maio", "maggio", "mei"},
		{"june", "jun", "junio", "juni", "juin", "junho", "giugno"},
		{"july", "jul", "julio", "juli", "juillet", "juil", "julho", "luglio"},
		{"august", "aug", "agosto", "ago", "août", "aout", "augustus"},
		{"september", "sep", "sept", "septiembre", "setiembre", "septembre", "setembro", "set", "settembre"},
		{"october", "oct", "octubre", "oktober", "okt", "octobre", "outubro", "out", "ottobre"},
		{"november", "nov", "noviembre", "novembre", "novembro"},
		{"december", "dec", "diciembre", "dic", "dezember", "dez", "décembre", "decembre", "déc", "dezembro", "dicembre"},
	}
	for i, ns := range names {
		for _, n := range ns {
			out[n] = i + 1
		}
	}
	return out
})

var seasons = map[string]int{
	"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12,
	"primavera": 3, "verano": 6, "otoño": 9, "invierno": 12,
	"frühling": 3, "sommer": 6, "herbst": 9,
	"printemps": 3, "été": 6, "automne": 9, "hiver": 12,
	"verão": 6, "outono": 9, "inverno": 12,
}

var presentWords = map[string]bool{
	"present": true, "current": true, "currently": true, "now": true, "today": true, "ongoing": true, "date": true,
	"presente": true, "actualidad": true, "actual": true, "hoy": true, "actualmente": true,
	"heute": true, "jetzt": true, "aktuell": true, "dato": true, "laufend": true, "gegenwart": true,
	"présent": true, "aujourd'hui": true, "aujourd": true, "maintenant": true, "actuel": true, "auj": true,
	"atual": true, "atualmente": true, "momento": true, "hoje": true,
}

var rangeWords = map[string]bool{
	"to": true, "till": true, "until": true, "through": true, "thru": true,
	"a": true, "al": true, "hasta": true, "bis": true, "à": true, "au": true, "até": true, "ao": true, "à aujourd'hui": true,
}

var sinceWords = map[string]bool{"since": true, "from": true, "desde": true, "seit": true, "ab": true, "depuis": true, "dès": true, "de": false}

// tok is a token of a date scan.
type tok struct {
	kind  byte // 'w' word, 'n' number, '-' dash, '/' slash, '.' dot, ',' comma, '\'' apostrophe, 'o' other
	text  string
	start int // byte offsets in the scanned string
	end   int
	space bool // preceded by whitespace
}

func tokenize(s string) []tok {
	var ts []tok
	space := true
	rs := []rune(s)
	off := 0
	offs := make([]int, len(rs)+1)
	for i, r := range rs {
		offs[i] = off
		off += len(string(r))
	}
	offs[len(rs)] = off
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			space = true
			i++
			continue
		case unicode.IsLetter(r):
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || (rs[j] == '\'' && j+1 < len(rs) && unicode.IsLetter(rs[j+1]))) {
				j++
			}
			ts = append(ts, tok{'w', strings.ToLower(string(rs[i:j])), offs[i], offs[j], space})
			i = j
		case unicode.IsDigit(r):
			j := i
			for j < len(rs) && unicode.IsDigit(rs[j]) {
				j++
			}
			ts = append(ts, tok{'n', string(rs[i:j]), offs[i], offs[j], space})
			i = j
		default:
			k := byte('o')
			switch r {
			case '-', '–', '—', '~':
				k = '-'
			case '/':
				k = '/'
			case '.':
				k = '.'
			case ',':
				k = ','
			case '\'', '’':
				k = '\''
			}
			ts = append(ts, tok{k, string(r), offs[i], offs[i+1], space})
			i++
		}
		space = false
	}
	return ts
}

// point is a partial date.
type point struct {
	Year, Month int
}

func (p point) iso() string {
	if p.Year == 0 {
		return ""
	}
	if p.Month == 0 {
		return strconv.Itoa(p.Year)
	}
	return fmt.Sprintf("%04d-%02d", p.Year, p.Month)
}

// Span is a date or date range found in text.
type Span struct {
	Start, End string // ISO partial dates; End "" with Current means "to now"
	Current    bool
	Range      bool // two ends (or "since"), not a lone date
	From, To   int  // byte offsets of the matched text
}

func year4(t tok) int {
	if t.kind != 'n' || len(t.text) != 4 {
		return 0
	}
	y, _ := strconv.Atoi(t.text)
	if y < 1940 || y > 2100 {
		return 0
	}
	return y
}

// pointAt reads a date starting at token i: it returns the date and the
// index after it, or ok=false.
func pointAt(ts []tok, i int) (point, int, bool) {
	if i >= len(ts) {
		return point{}, i, false
	}
	switch ts[i].kind {
	case 'w':
		return wordPointAt(ts, i)
	case 'n':
		return numberPointAt(ts, i)
	}
	return point{}, i, false
}

// wordPointAt reads a date that starts with a month or season name.
func wordPointAt(ts []tok, i int) (point, int, bool) {
	t := ts[i]
	if m, ok := months()[t.text]; ok {
		if p, next, ok := monthPointAt(ts, i+1, m); ok {
			return p, next, true
		}
	}
	if m, ok := seasons[t.text]; ok {
		if y := year4at(ts, i+1); y > 0 {
			return point{y, m}, i + 2, true
		}
	}
	return point{}, i, false
}

// monthPointAt reads what follows month m from token j: an optional day,
// then the year ("Jan 5, 2020", "May 2019", "mayo de 2019", "Jan '20").
func monthPointAt(ts []tok, j, m int) (point, int, bool) {
	if j < len(ts) && ts[j].kind == '.' {
		j++
	}
	if j < len(ts) && ts[j].kind == ',' {
		j++
	}
	// optional day: "Jan 5, 2020"
	if j+1 < len(ts) && ts[j].kind == 'n' && len(ts[j].text) <= 2 {
		k := j + 1
		if k < len(ts) && ts[k].kind == 'w' && (ts[k].text == "st" || ts[k].text == "nd" || ts[k].text == "rd" || ts[k].text == "th") {
			k++
		}
		if k < len(ts) && ts[k].kind == ',' {
			k++
		}
		if y := year4at(ts, k); y > 0 {
			return point{y, m}, k + 1, true
		}
	}
	if j < len(ts) && ts[j].kind == 'w' && (ts[j].text == "de" || ts[j].text == "del" || ts[j].text == "of") {
		j++
	}
	if y := year4at(ts, j); y > 0 {
		return point{y, m}, j + 1, true
	}
	// "Jan '20"
	if j+1 < len(ts) && ts[j].kind == '\'' && ts[j+1].kind == 'n' && len(ts[j+1].text) == 2 {
		y, _ := strconv.Atoi(ts[j+1].text)
		return point{expandYear(y), m}, j + 2, true
	}
	return point{}, j, false
}

// numberPointAt reads a date that starts with a number ("03/2018",
// "15.03.2018", "2018-03", "2018").
func numberPointAt(ts []tok, i int) (point, int, bool) {
	t := ts[i]
	// "03/2018", "03.2018", "3-2018"
	if len(t.text) <= 2 && i+2 < len(ts) && (ts[i+1].kind == '/' || ts[i+1].kind == '.' || ts[i+1].kind == '-') && !ts[i+1].space && !ts[i+2].space {
		m, _ := strconv.Atoi(t.text)
		if y := year4(ts[i+2]); y > 0 && m >= 1 && m <= 12 {
			return point{y, m}, i + 3, true
		}
		// "15.03.2018", "15/03/2018"
		if i+4 < len(ts) && ts[i+2].kind == 'n' && len(ts[i+2].text) <= 2 && ts[i+3].kind == ts[i+1].kind {
			m2, _ := strconv.Atoi(ts[i+2].text)
			if y := year4(ts[i+4]); y > 0 && m2 >= 1 && m2 <= 12 && !ts[i+3].space {
				return point{y, m2}, i + 5, true
			}
		}
	}
	if y := year4(t); y > 0 {
		// "2018-03", "2018/03", "2018.03"
		if i+2 < len(ts) && (ts[i+1].kind == '-' || ts[i+1].kind == '/' || ts[i+1].kind == '.') && !ts[i+1].space && !ts[i+2].space &&
			ts[i+2].kind == 'n' && len(ts[i+2].text) == 2 {
			m, _ := strconv.Atoi(ts[i+2].text)
			if m >= 1 && m <= 12 {
				return point{y, m}, i + 3, true
			}
		}
		return point{Year: y}, i + 1, true
	}
	return point{}, i, false
}

func year4at(ts []tok, i int) int {
	if i < len(ts) {
		return year4(ts[i])
	}
	return 0
}

func expandYear(y int) int {
	if y < 50 {
		return 2000 + y
	}
	return 1900 + y
}

// findDates returns the dates and date ranges in s, in order.
func findDates(s string) []Span {
	ts := tokenize(s)
	var out []Span
	for i := 0; i < len(ts); {
		since := false
		start := i
		if ts[i].kind == 'w' && sinceWords[ts[i].text] {
			if _, _, ok := pointAt(ts, i+1); ok {
				since = true
				i++
			}
		}
		p, j, ok := pointAt(ts, i)
		if !ok {
			i++
			continue
		}
		sp := Span{Start: p.iso(), From: ts[start].start, To: ts[j-1].end}
		if since {
			sp.Range, sp.Current = true, true
			out = append(out, sp)
			i = j
			continue
		}
		if end, next, ok := rangeEnd(ts, j, p, sp); ok {
			out = append(out, end)
			i = next
			continue
		}
		out = append(out, sp)
		i = j
	}
	return out
}

// rangeEnd reads the end of a range after point p, whose tokens end before
// j: a dash or "to" and a second date, "present" or a two-digit year, or a
// second date whose dash the extractor dropped. It returns sp completed and
// the index after it, or false when no end follows.
func rangeEnd(ts []tok, j int, p point, sp Span) (Span, int, bool) {
	k := j
	sep := false
	for k < len(ts) && (ts[k].kind == '-' || (ts[k].kind == 'w' && rangeWords[ts[k].text])) {
		sep = true
		k++
	}
	if !sep {
		// "Sep. 2023 Mar. 2024": a dash the extractor dropped
		if q, k2, ok := pointAt(ts, k); ok && p.Month > 0 && q.Month > 0 && (q.Year > p.Year || q.Year == p.Year && q.Month >= p.Month) {
			sp.End, sp.Range, sp.To = q.iso(), true, ts[k2-1].end
			return sp, k2, true
		}
		return sp, j, false
	}
	if k < len(ts) && ts[k].kind == 'w' && (ts[k].text == "exp" || ts[k].text == "expected" || ts[k].text == "est") {
		k++ // "Mar. 2016 – Exp. Jun. 2017"
		if k < len(ts) && ts[k].kind == '.' {
			k++
		}
	}
	if k >= len(ts) {
		return sp, j, false
	}
	if q, k2, ok := pointAt(ts, k); ok && q.Year >= p.Year {
		sp.End, sp.Range, sp.To = q.iso(), true, ts[k2-1].end
		return sp, k2, true
	}
	if ts[k].kind == 'w' && presentWords[ts[k].text] {
		sp.Range, sp.Current, sp.To = true, true, ts[k].end // "to date", "aujourd'hui"
		return sp, k + 1, true
	}
	// "2019–21"
	if ts[k].kind == 'n' && len(ts[k].text) == 2 && p.Month == 0 {
		y, _ := strconv.Atoi(ts[k].text)
		y = p.Year/100*100 + y
		if y > p.Year && y-p.Year < 30 {
			sp.End, sp.Range, sp.To = strconv.Itoa(y), true, ts[k].end
			return sp, k + 1, true
		}
	}
	return sp, j, false
}

// dateRatio is the share of s's letters and digits covered by spans.
func dateOnly(s string, spans []Span) bool {
	rest := s
	for i := len(spans) - 1; i >= 0; i-- {
		sp := spans[i]
		if sp.From <= sp.To && sp.To <= len(rest) {
			rest = rest[:sp.From] + " " + rest[sp.To:]
		}
	}
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(rest), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		switch w {
		case "date", "dates", "from", "expected", "graduation", "since", "period", "fecha", "datum", "zeitraum":
			continue
		}
		n += len(w)
	}
	return n <= 2
}

// removeSpans cuts the spans out of s.
func removeSpans(s string, spans []Span) string {
	for i := len(spans) - 1; i >= 0; i-- {
		sp := spans[i]
		if sp.From <= sp.To && sp.To <= len(s) {
			s = s[:sp.From] + " " + s[sp.To:]
		}
	}
	return strings.Trim(collapse(s), " ,|–-:()")
}

// isDuration reports "2 years 10 months", "4 months", "3 ans".
func isDuration(s string) bool {
	ws := strings.Fields(strings.ToLower(s))
	if len(ws) == 0 || len(ws) > 5 {
		return false
	}
	unit := false
	for _, w := range ws {
		w = strings.Trim(w, ".,()")
		switch w {
		case "year", "years", "yr", "yrs", "month", "months", "mo", "mos", "año", "años", "mes", "meses", "jahr", "jahre", "monat", "monate", "an", "ans",
			"mois", "ano", "anos":
			unit = true
		default:
			if _, err := strconv.Atoi(w); err != nil && w != "and" && w != "y" && w != "und" && w != "et" && w != "e" {
				return false
			}
		}
	}
	return unit
}
