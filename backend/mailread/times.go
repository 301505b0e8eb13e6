package mailread

import (
	"bytes"
	"context"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/huntbook/huntbook/backend/calendar/ics"
	"github.com/huntbook/huntbook/backend/lazyre"
)

// calendarSlots reads the invitations of a message's text/calendar parts
// with backend/calendar/ics (Windows zone names included); cancelled events
// are left out. cancelled says a part cancels an event.
func calendarSlots(parts [][]byte, loc *time.Location) (slots []Slot, cancelled bool) {
	for _, p := range parts {
		if bytes.Contains(bytes.ToUpper(p), []byte("METHOD:CANCEL")) {
			cancelled = true
		}
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		res, err := ics.ParseContext(ctx, bytes.NewReader(p), ics.Options{Floating: loc, MaxEvents: 20, MaxOccurrences: 5, MaxInstances: 5})
		cancel()
		if err != nil {
			continue
		}
		for _, e := range res.Events {
			if strings.EqualFold(e.Status, "cancelled") {
				cancelled = true
				continue
			}
			s := Slot{Start: e.Start, End: e.End, Text: e.Title}
			if e.TimeZone != "" {
				if l, err := time.LoadLocation(e.TimeZone); err == nil {
					s.Start, s.End = s.Start.In(l), s.End.In(l)
				}
			}
			slots = append(slots, s)
		}
	}
	return slots, cancelled
}

// Months and weekdays in English, German, French, Spanish and Dutch.
var monthNames = map[string]time.Month{}
var weekdayNames = map[string]time.Weekday{}

func init() {
	months := [][]string{
		{"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "januari"},
		{"february", "feb", "februar", "février", "fév", "févr", "fevrier", "febrero", "februari"},
		{"march", "mar", "märz", "maerz", "mars", "marzo", "maart", "mrt"},
		{"april", "apr", "avril", "avr", "abril", "abr"},
		{"may", "mai", "mayo", "mei"},
		{"june", "jun", "juni", "juin", "junio"},
		{"july", "jul", "juli", "juillet", "juil", "julio"},
		{"august", "aug", "août", "aout", "agosto", "augustus", "ago"},
		{"september", "sep", "sept", "septembre", "septiembre", "setiembre"},
		{"october", "oct", "oktober", "okt", "octobre", "octubre"},
		{"november", "nov", "novembre", "noviembre"},
		{"december", "dec", "dezember", "dez", "décembre", "déc", "diciembre", "dic"},
	}
	for i, names := range months {
		for _, n := range names {
			monthNames[n] = time.Month(i + 1)
		}
	}
	days := [][]string{
		{"sunday", "sun", "sonntag", "dimanche", "domingo", "zondag"},
		{"monday", "mon", "montag", "lundi", "lunes", "maandag"},
		{"tuesday", "tue", "tues", "dienstag", "mardi", "martes", "dinsdag"},
		{"wednesday", "wed", "mittwoch", "mercredi", "miércoles", "miercoles", "woensdag"},
		{"thursday", "thu", "thur", "thurs", "donnerstag", "jeudi", "jueves", "donderdag"},
		{"friday", "fri", "freitag", "vendredi", "viernes", "vrijdag"},
		{"saturday", "sat", "samstag", "samedi", "sábado", "sabado", "zaterdag"},
	}
	for i, names := range days {
		for _, n := range names {
			weekdayNames[n] = time.Weekday(i)
		}
	}
}

const (
	monthRe = `(january|february|march|april|may|june|july|august|september|october|november|december|jan|` +
		`feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|januar|jänner|februar|märz|maerz|juni|juli|oktober|` +
		`okt|dezember|dez|janvier|janv|février|févr|fév|fevrier|mars|avril|avr|mai|juin|juillet|juil|` +
		`août|aout|septembre|octobre|novembre|décembre|déc|enero|ene|febrero|marzo|abril|abr|mayo|junio|` +
		`julio|agosto|ago|septiembre|setiembre|octubre|noviembre|diciembre|dic|januari|februari|maart|` +
		`mrt|mei|augustus)\.?`
	weekdayRe = `(sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues|tue|wed|thurs|thur|` +
		`thu|fri|sat|sonntag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|dimanche|lundi|mardi|` +
		`mercredi|jeudi|vendredi|samedi|domingo|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|` +
		`sabado|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag)\b\.?`
)

var (
	// clockRe is a time of day: "4 pm", "4:30 p.m.", "16:00", "10h30",
	// "14 Uhr", "14.00 uur", "a las 10", "om 14.00".
	clockRe = lazyre.New(`(?i)\b(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\b\.?|` +
		`(?:um|om|à|a las|a la|at|vers|ab|from|de|desde|van)\s+\d{1,2}(?:[.:h]\d{2})?(?:\s*(?:uhr|uur|horas|h\b|[ap]\.?\s?m\b\.?))?|` +
		`\d{1,2}[:h]\d{2}(?:\s*(?:uhr|uur|h|hrs|horas))?|\d{1,2}\.\d{2}\s*(?:uhr|uur|h)\b|\d{1,2}\s*(?:uhr|uur|h)\b)`)
	clockNum  = lazyre.New(`\d{1,2}`)
	clockAMPM = lazyre.New(`(?i)\d\s*([ap])\.?\s?m\b`)
	// rangeRe joins a start and an end: "2:00 PM - 3:00 PM", "14-15 Uhr".
	rangeRe = lazyre.New(`(?i)^\s*(?:-|–|—|to|until|till|bis|à|a|tot|y)\s*`)
	// zoneRe is a zone after a time.
	zoneRe = lazyre.New(`(?i)^\s*\(?\s*(?:(utc|gmt)\s*([+-]\s*\d{1,2})(?::?(\d{2}))?|(et|est|edt|eastern(?: time| standard time|` +
		` daylight time)?|ct|cst|cdt|central(?: time)?|mt|mst|mdt|mountain(?: time)?|pt|pst|pdt|pacific(?: time)?|` +
		`gmt|utc|bst|cet|cest|mez|mesz|wet|west|aest|aedt|ist|uk time|london time|paris time|heure de paris|` +
		`hora de madrid|hora peninsular|nederlandse tijd|amsterdam time|berlin time|deutscher zeit)\b)\)?`)
	isoDateRe     = lazyre.New(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	numDateRe     = lazyre.New(`\b(\d{1,2})[./](\d{1,2})(?:[./](\d{4}|\d{2}))?\b\.?`)
	dayMonthRe    = lazyre.New(`(?i)\b(\d{1,2})(?:st|nd|rd|th|er|\.|º)?\s+(?:de\s+)?` + monthRe + `(?:\s*,?\s*(?:de\s+)?(\d{4}))?`)
	monthDayRe    = lazyre.New(`(?i)\b` + monthRe + `\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:\s*,?\s*(\d{4}))?`)
	weekdayOnlyRe = lazyre.New(`(?i)\b` + weekdayRe)
	// weekdayDomRe is a weekday with a day of the month and no month
	// ("Friday the 21st", "viernes 21", "Freitag, den 21.").
	weekdayDomRe = lazyre.New(`(?i)\b` + weekdayRe + `,?\s*(?:the |der |den |le |el |de )?(\d{1,2})(?:st|nd|rd|th|er|\.)?(?:\s|$|[,;:!?)])`)
	relDayRe     = lazyre.New(`(?i)\b(today|tomorrow|heute|übermorgen|morgen|aujourd['’]hui|demain|hoy|mañana|pasado mañana|` +
		`vandaag|overmorgen)\b`)
	// notInterviewRe marks a line whose time is not a meeting (hours,
	// deadlines, a job's start date).
	notInterviewRe = lazyre.New(`(?i)(office hours|business hours|deadline|apply by|respond by|reply by|no later than|expires?|` +
		`closing|closes|posted|submitted|received|start date|opening hours|öffnungszeiten|frist|bis spätestens|` +
		`date limite|avant le|plazo|antes del|uiterlijk|sent:|gesendet:|envoyé:|enviado:|verzonden:|` +
		`wrote:|schrieb|a écrit|escribió|schreef)`)
)

var zoneNames = map[string]string{
	"et": "America/New_York", "est": "America/New_York", "edt": "America/New_York", "eastern": "America/New_York",
	"eastern time": "America/New_York", "eastern standard time": "America/New_York", "eastern daylight time": "America/New_York",
	"ct": "America/Chicago", "cst": "America/Chicago", "cdt": "America/Chicago", "central": "America/Chicago", "central time": "America/Chicago",
	"mt": "America/Denver", "mst": "America/Denver", "mdt": "America/Denver", "mountain": "America/Denver", "mountain time": "America/Denver",
	"pt": "America/Los_Angeles", "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "pacific": "America/Los_Angeles",
	"pacific time": "America/Los_Angeles", "gmt": "UTC", "utc": "UTC", "bst": "Europe/London", "uk time": "Europe/London",
	"london time": "Europe/London", "cet": "Europe/Paris", "cest": "Europe/Paris", "mez": "Europe/Berlin", "mesz": "Europe/Berlin",
	"wet": "Europe/Lisbon", "west": "Europe/Lisbon", "aest": "Australia/Sydney", "aedt": "Australia/Sydney", "ist": "Asia/Kolkata",
	"paris time": "Europe/Paris", "heure de paris": "Europe/Paris", "hora de madrid": "Europe/Madrid", "hora peninsular": "Europe/Madrid",
	"nederlandse tijd": "Europe/Amsterdam", "amsterdam time": "Europe/Amsterdam", "berlin time": "Europe/Berlin", "deutscher zeit": "Europe/Berlin",
}

// usZones are the zones whose users write dates month first.
var usZones = map[string]bool{"America/New_York": true, "America/Chicago": true, "America/Denver": true, "America/Los_Angeles": true}

type clock struct {
	hour, min  int
	ampm       bool // written with am/pm
	hasMin     bool
	start, end int // byte offsets in the text
}

// parseClock reads the clock clockRe matched at m.
func parseClock(s string, m []int) (clock, bool) {
	t := s[m[0]:m[1]]
	c := clock{start: m[0], end: m[1]}
	nums := clockNum.FindAllString(t, 2)
	if len(nums) == 0 {
		return c, false
	}
	c.hour, _ = strconv.Atoi(nums[0])
	if len(nums) > 1 {
		c.min, _ = strconv.Atoi(nums[1])
		c.hasMin = true
	}
	if am := clockAMPM.FindStringSubmatch(t); am != nil {
		if c.hour < 1 || c.hour > 12 {
			return c, false
		}
		c.ampm = true
		if strings.EqualFold(am[1], "p") && c.hour != 12 {
			c.hour += 12
		} else if strings.EqualFold(am[1], "a") && c.hour == 12 {
			c.hour = 0
		}
	}
	return c, c.hour < 24 && c.min < 60
}

// day is a calendar day found near a clock; year 0 means unknown.
type day struct {
	year     int
	month    time.Month
	dom      int
	weekday  time.Weekday
	hasWday  bool
	domOnly  bool // a day of the month without a month
	relative int  // days after the message's date, for "tomorrow"; -1 none
	start    int
}

// maxClocks bounds the times of day read in one paragraph.
const maxClocks = 12

// textSlots finds the meeting times written in text, relative to ref (the
// message's date; zero when unknown), in loc when the text names no zone.
func textSlots(text string, ref time.Time, loc *time.Location, lang string) []Slot {
	var out []Slot
	seen := map[int64]bool{}
	for _, para := range strings.Split(text, "\n\n") {
		ms := clockRe.FindAllStringSubmatchIndex(para, maxClocks)
		consumed := 0 // the end of the last time read, zone included
		for i := 0; i < len(ms); i++ {
			c, ok := parseClock(para, ms[i])
			if !ok || c.start < consumed || (c.end < len(para) && para[c.end] >= '0' && para[c.end] <= '9') || excludedLine(para, c) {
				continue // part of a zone ("GMT-05:00"), of a year ("de 2025"), or not a meeting
			}
			end := c.end
			var endClock *clock
			if i+1 < len(ms) {
				if c2, ok := parseClock(para, ms[i+1]); ok && joinsRange(para[end:c2.start]) {
					c, c2 = meridiem(c, c2)
					endClock, end = &c2, c2.end
					i++
				}
			}
			if !c.ampm && lang == "en" && c.hour >= 1 && c.hour < 8 {
				c.hour += 12 // "at 4", "4:30" in English: the afternoon
			}
			zone, zoneName, n := zoneAfter(para[end:], loc)
			end += n
			consumed = end
			d, ok := findDay(para, c.start, end, lang, zoneName, loc)
			if !ok {
				continue
			}
			start, ok := resolve(d, c, ref, zone)
			if !ok || seen[start.Unix()] || (!ref.IsZero() && (start.Before(ref.Add(-12*time.Hour)) || start.After(ref.AddDate(1, 0, 0)))) {
				continue
			}
			seen[start.Unix()] = true
			s := Slot{Start: start, Text: cleanSpace(para[min(d.start, c.start):end])}
			if endClock != nil {
				if e := time.Date(start.Year(), start.Month(), start.Day(), endClock.hour, endClock.min, 0, 0, start.Location()); e.After(start) {
					s.End = e
				}
			}
			out = append(out, s)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start.Before(out[j].Start) })
	return out
}

// excludedLine tells a clock on a line about hours, deadlines or a job's
// start date rather than a meeting.
func excludedLine(para string, c clock) bool {
	lineStart := strings.LastIndexByte(para[:c.start], '\n') + 1
	lineEnd := strings.IndexByte(para[c.end:], '\n')
	if lineEnd < 0 {
		lineEnd = len(para)
	} else {
		lineEnd += c.end
	}
	// at most a sentence's reach around the clock: long lines would make
	// this quadratic
	lineStart = max(lineStart, c.start-150)
	lineEnd = min(lineEnd, c.end+150)
	for lineStart > 0 && !utf8.RuneStart(para[lineStart]) {
		lineStart++
	}
	for lineEnd < len(para) && !utf8.RuneStart(para[lineEnd]) {
		lineEnd++
	}
	return notInterviewRe.MatchString(para[lineStart:lineEnd])
}

// joinsRange tells the words between two clocks of a range ("2:00 PM -
// 3:00 PM", "14 bis 15 Uhr").
func joinsRange(between string) bool {
	m := rangeRe.FindStringIndex(between)
	return m != nil && m[1] == len(between)
}

// meridiem carries am/pm across a range: "2 - 3 pm", "1 pm - 2".
func meridiem(a, b clock) (clock, clock) {
	switch {
	case b.ampm && !a.ampm && a.hour < 12 && a.hour+12 <= b.hour:
		a.hour += 12
	case a.ampm && !b.ampm && a.hour >= 12 && b.hour < 12:
		b.hour += 12
	}
	return a, b
}

// zoneAfter reads a time zone right after a clock ("ET", "(CET)", "UTC+2",
// "heure de Paris"); loc when there is none. n is the length read.
func zoneAfter(s string, loc *time.Location) (zone *time.Location, name string, n int) {
	zm := zoneRe.FindStringSubmatchIndex(s)
	if zm == nil {
		return loc, "", 0
	}
	z := strings.Trim(strings.TrimSpace(strings.ToLower(s[zm[0]:zm[1]])), "()")
	if zm[2] >= 0 { // UTC+2, GMT-05:00
		off, _ := strconv.Atoi(strings.ReplaceAll(s[zm[4]:zm[5]], " ", ""))
		mins := 0
		if zm[6] >= 0 {
			mins, _ = strconv.Atoi(s[zm[6]:zm[7]])
		}
		sign := 1
		if off < 0 {
			sign = -1
		}
		return time.FixedZone(strings.ToUpper(z), off*3600+sign*mins*60), "", zm[1]
	}
	if iana := zoneNames[strings.TrimSpace(z)]; iana != "" {
		if l, err := time.LoadLocation(iana); err == nil {
			return l, iana, zm[1]
		}
	}
	return loc, "", zm[1]
}

// findDay finds the day a clock belongs to: in the text just before it
// (the same line or the two above), or just after it ("16:00 on Monday").
func findDay(para string, clockStart, clockEnd int, lang, zoneName string, loc *time.Location) (day, bool) {
	from := max(0, clockStart-160)
	for from > 0 && from < len(para) && para[from]&0xC0 == 0x80 {
		from++
	}
	before := para[from:clockStart]
	if n := strings.Count(before, "\n"); n > 2 {
		for k := 0; k < n-2; k++ {
			before = before[strings.IndexByte(before, '\n')+1:]
		}
	}
	offset := clockStart - len(before)
	if d, ok := lastDay(before, offset, lang, zoneName, loc); ok {
		return d, true
	}
	to := min(len(para), clockEnd+40)
	for to < len(para) && para[to]&0xC0 == 0x80 {
		to++
	}
	after := para[clockEnd:to]
	if i := strings.IndexAny(after, "\n.;"); i >= 0 {
		after = after[:i]
	}
	return firstDay(after, clockEnd, lang, zoneName, loc)
}

// firstDay is lastDay for the text after a clock: the nearest is the first.
func firstDay(s string, offset int, lang, zoneName string, loc *time.Location) (day, bool) {
	ds := days(s, lang, zoneName, loc)
	if len(ds) == 0 {
		return day{}, false
	}
	first := ds[0]
	first.start += offset
	return first, true
}

// lastDay returns the day expression in s nearest the clock: the last
// one (offset is s's position in the paragraph). A weekday right before a
// date ("Wednesday, 9 July") merges into it, and the date wins when they
// disagree.
func lastDay(s string, offset int, lang, zoneName string, loc *time.Location) (day, bool) {
	ds := days(s, lang, zoneName, loc)
	if len(ds) == 0 {
		return day{}, false
	}
	last := ds[len(ds)-1]
	last.start += offset
	return last, true
}

// days returns the day expressions of s in order (start relative to s).
func days(s, lang, zoneName string, loc *time.Location) []day {
	ds := namedDays(s)
	if len(ds) == 0 {
		monthFirst := lang == "en" && (usZones[zoneName] || (zoneName == "" && loc != nil && strings.HasPrefix(loc.String(), "America/")))
		ds = numericDays(s, monthFirst)
	}
	ds = append(ds, weekdays(s)...)
	if len(ds) == 0 {
		return nil
	}
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].start < ds[j].start })
	// a weekday followed closely by a date is that date
	var merged []day
	for i := 0; i < len(ds); i++ {
		d := ds[i]
		if d.hasWday && d.month == 0 && i+1 < len(ds) && ds[i+1].month != 0 && ds[i+1].start-d.start < 20 {
			n := ds[i+1]
			n.start = d.start
			n.weekday, n.hasWday = d.weekday, true
			d = n
			i++
		}
		merged = append(merged, d)
	}
	return merged
}

// namedDays finds ISO dates and dates with a month name.
func namedDays(s string) []day {
	var ds []day
	for _, m := range isoDateRe.FindAllStringSubmatchIndex(s, -1) {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		dd, _ := strconv.Atoi(s[m[6]:m[7]])
		ds = append(ds, day{year: y, month: time.Month(mo), dom: dd, relative: -1, start: m[0]})
	}
	for _, m := range dayMonthRe.FindAllStringSubmatchIndex(s, -1) {
		dd, _ := strconv.Atoi(s[m[2]:m[3]])
		d := day{month: monthNames[strings.ToLower(strings.TrimSuffix(s[m[4]:m[5]], "."))], dom: dd, relative: -1, start: m[0]}
		if m[6] >= 0 {
			d.year, _ = strconv.Atoi(s[m[6]:m[7]])
		}
		ds = append(ds, d)
	}
	for _, m := range monthDayRe.FindAllStringSubmatchIndex(s, -1) {
		dd, _ := strconv.Atoi(s[m[4]:m[5]])
		d := day{month: monthNames[strings.ToLower(strings.TrimSuffix(s[m[2]:m[3]], "."))], dom: dd, relative: -1, start: m[0]}
		if m[6] >= 0 {
			d.year, _ = strconv.Atoi(s[m[6]:m[7]])
		}
		ds = append(ds, d)
	}
	return ds
}

// numericDays finds "24/03", "24.03.2026", "3/24" (month first for US
// English).
func numericDays(s string, monthFirst bool) []day {
	var ds []day
	for _, m := range numDateRe.FindAllStringSubmatchIndex(s, -1) {
		a, _ := strconv.Atoi(s[m[2]:m[3]])
		b, _ := strconv.Atoi(s[m[4]:m[5]])
		dd, mo := a, b
		if (monthFirst && a <= 12) || b > 12 {
			dd, mo = b, a
		}
		if mo < 1 || mo > 12 || dd < 1 || dd > 31 {
			continue
		}
		d := day{month: time.Month(mo), dom: dd, relative: -1, start: m[0]}
		if m[6] >= 0 {
			d.year, _ = strconv.Atoi(s[m[6]:m[7]])
			if d.year < 100 {
				d.year += 2000
			}
		}
		ds = append(ds, d)
	}
	return ds
}

// numericAt tells whether s continues at i with "/3" or ".03" (the month
// of a numeric date).
func numericAt(s string, i int) bool {
	return i+1 < len(s) && (s[i] == '.' || s[i] == '/') && s[i+1] >= '0' && s[i+1] <= '9'
}

// weekdays finds weekday names and "tomorrow" words.
func weekdays(s string) []day {
	var ds []day
	for _, m := range weekdayOnlyRe.FindAllStringSubmatchIndex(s, -1) {
		if wd, ok := weekdayNames[strings.ToLower(strings.TrimSuffix(s[m[2]:m[3]], "."))]; ok {
			ds = append(ds, day{weekday: wd, hasWday: true, relative: -1, start: m[0]})
		}
	}
	for _, m := range weekdayDomRe.FindAllStringSubmatchIndex(s, -1) {
		_, ok := weekdayNames[strings.ToLower(strings.TrimSuffix(s[m[2]:m[3]], "."))]
		dd, _ := strconv.Atoi(s[m[4]:m[5]])
		if !ok || dd < 1 || dd > 31 || dayMonthRe.MatchString(s[m[4]:]) || numericAt(s, m[5]) {
			continue // a full date, read by namedDays or numericDays
		}
		// replaces the bare weekday found at the same place
		for i := range ds {
			if ds[i].start == m[0] && ds[i].hasWday && ds[i].month == 0 {
				ds[i].dom, ds[i].domOnly = dd, true
			}
		}
	}
	for _, m := range relDayRe.FindAllStringSubmatchIndex(s, -1) {
		rel := 0
		switch strings.ToLower(s[m[2]:m[3]]) {
		case "tomorrow", "morgen", "demain", "mañana":
			rel = 1
		case "übermorgen", "overmorgen", "pasado mañana":
			rel = 2
		}
		ds = append(ds, day{relative: rel, start: m[0]})
	}
	return ds
}

// resolve turns a day and a clock into an instant in zone, relative to ref.
func resolve(d day, c clock, ref time.Time, zone *time.Location) (time.Time, bool) {
	refz := ref.In(zone)
	switch {
	case d.month != 0:
		y := d.year
		if y == 0 {
			if ref.IsZero() {
				return time.Time{}, false
			}
			y = refz.Year()
			t := time.Date(y, d.month, d.dom, c.hour, c.min, 0, 0, zone)
			if t.Before(refz.AddDate(0, 0, -30)) {
				y++
			}
		}
		t := time.Date(y, d.month, d.dom, c.hour, c.min, 0, 0, zone)
		if t.Day() != d.dom {
			return time.Time{}, false
		}
		return t, true
	case d.domOnly:
		if ref.IsZero() {
			return time.Time{}, false
		}
		for k := 0; k < 3; k++ {
			t := time.Date(refz.Year(), refz.Month()+time.Month(k), d.dom, c.hour, c.min, 0, 0, zone)
			if t.Day() == d.dom && t.After(ref.Add(-24*time.Hour)) && (!d.hasWday || t.Weekday() == d.weekday) {
				return t, true
			}
		}
		return time.Time{}, false
	case d.relative >= 0:
		if ref.IsZero() {
			return time.Time{}, false
		}
		return time.Date(refz.Year(), refz.Month(), refz.Day()+d.relative, c.hour, c.min, 0, 0, zone), true
	case d.hasWday:
		if ref.IsZero() {
			return time.Time{}, false
		}
		for k := 0; k < 8; k++ {
			t := time.Date(refz.Year(), refz.Month(), refz.Day()+k, c.hour, c.min, 0, 0, zone)
			if t.Weekday() == d.weekday && t.After(ref) {
				return t, true
			}
		}
	}
	return time.Time{}, false
}
