package cvparse

import (
	"math"
	"strings"
	"unicode"
)

// entry is one item of a dated section (a job, a degree, a project).
type entry struct {
	head     []*pline // title lines: names, titles, places, dates
	body     []*pline // bullets and prose
	span     *Span
	spanLine *pline
	spanText string // the text the date was read from
	single   bool   // the date is a lone date, not a range
	refX     float64
	hasRefX  bool // refX is the left edge of the entry's title lines
}

var scoreRe = lazyRegexp(`(?i)\b(gpa|cgpa|grade|grades|note|nota|score|moyenne|mention|media|notendurchschnitt|durchschnitt)\s*[:\-]?\s*([0-9][0-9.,` +
	`]*(?:\s*/\s*[0-9][0-9.,]*)?|[A-Za-z+ ]{1,20}$)`)

// prose reports a line that reads as running text rather than a title line.
func prose(l *pline) bool {
	t := l.Segs[0].Text
	rs := []rune(t)
	if len(rs) == 0 {
		return false
	}
	if unicode.IsLower(rs[0]) {
		return true
	}
	if sp := findDates(t); len(sp) > 0 && sp[0].From == 0 {
		return false // a left date column: "2012 – 2017 Engineer, Acme, ..."
	}
	nw := len(strings.Fields(t))
	if len(rs) > 85 || nw > 13 {
		return true
	}
	if strings.HasSuffix(t, ".") && nw > 5 {
		return true
	}
	if scoreRe().MatchString(t) && len(rs) < 40 {
		return true
	}
	if u := findURLs(t); len(u) == 1 && len(strings.Fields(t)) == 1 {
		return true
	}
	return false
}

// dateSegs returns the date spans of the segments of l that hold only a
// date, and whether any did.
func lineDates(l *pline, allText bool) (*Span, string, bool) {
	for _, s := range l.Segs {
		spans := findDates(s.Text)
		if len(spans) == 0 {
			continue
		}
		if dateOnly(s.Text, spans) || (allText && spans[0].Range) || (allText && spans[0].From == 0) {
			sp := spans[0]
			return &sp, s.Text, true
		}
	}
	return nil, "", false
}

// sameStyle reports two lines set alike: size, weight and left edge (PDF
// lines only: plain text has no typography).
func sameStyle(a, b *pline) bool {
	return a.FontSize > 0 && b.FontSize > 0 && math.Abs(a.FontSize-b.FontSize) <= 0.25 && a.Bold == b.Bold &&
		math.Abs(a.X-b.X) <= 2 && a.Page == b.Page && a.Column == b.Column
}

// styleChanged reports whether the entry has a line set unlike its first.
func (e *entry) styleChanged() bool {
	for _, l := range append(e.head[1:len(e.head):len(e.head)], e.body...) {
		if !sameStyle(l, e.head[0]) {
			return true
		}
	}
	return false
}

// smallPrint returns the size of a section's smallest type when its entries'
// descriptions are set smaller than their titles (moderncv: 10 under 11), or 0.
func smallPrint(lines []*pline) float64 {
	small, first := 0.0, 0.0
	for _, l := range lines {
		if l.FontSize <= 0 {
			return 0
		}
		if first == 0 {
			first = l.FontSize
		}
		if small == 0 || l.FontSize < small {
			small = l.FontSize
		}
	}
	if small < first-0.5 {
		return small
	}
	return 0
}

// splitEntries cuts a section's lines into entries by layout.
func splitEntries(lines []*pline) []*entry {
	var out []*entry
	var cur *entry
	small := smallPrint(lines)
	for _, l := range lines {
		body := !l.margin && (l.Bullet || prose(l) || indented(cur, l) || cur != nil && listLabel(l))
		if !body && cur != nil && small > 0 && l.FontSize <= small+0.25 && len(l.Segs) == 1 && len(findDates(l.Flat)) == 0 {
			body = true // the small print under a title
		}
		sp, spText, hasDate := lineDates(l, !body)
		if opensEntry(cur, l, body, hasDate) {
			// stray body before any title: keep it with the last entry
			if !body || cur == nil {
				cur = &entry{}
				out = append(out, cur)
			}
		}
		if body {
			cur.body = append(cur.body, l)
		} else {
			cur.head = append(cur.head, l)
			if !cur.hasRefX && !l.sideRest {
				cur.refX, cur.hasRefX = l.X, true
			}
		}
		if hasDate && cur.span == nil {
			cur.span, cur.spanLine, cur.spanText = sp, l, spText
			cur.single = !sp.Range
		}
	}
	out = groupLabels(out)
	joinDanglingRanges(out)
	return out
}

// opensEntry reports whether line l (a body line or not, with a date or
// not) starts a new entry after cur.
func opensEntry(cur *entry, l *pline, body, hasDate bool) bool {
	if cur == nil {
		return true
	}
	if body {
		return false
	}
	switch {
	case len(cur.body) > 0:
		return true
	case hasDate && cur.span != nil:
		return true
	case !hasDate && cur.span != nil && len(cur.head) >= 2:
		return true
	case !hasDate && cur.span == nil && repeatsKind(cur.head, l):
		return true
	case !hasDate && cur.span == nil && sameStyle(l, cur.head[0]) && cur.styleChanged():
		// undated entries: a line set like the entry's first,
		// after lines set otherwise, opens the next one
		return true
	}
	// a margin column opens each entry (moderncv): what came
	// before without one was a group label or another entry
	return l.margin && !cur.hasMargin()
}

// joinDanglingRanges completes a dangling "2017 –" whose end ("Present")
// opens another line of the entry.
func joinDanglingRanges(out []*entry) {
	for _, e := range out {
		if e.span != nil && e.single && e.spanLine != nil {
			t := strings.TrimSpace(e.spanLine.Flat)
			if i := strings.Index(t, e.span.Start); i >= 0 {
				rest := strings.TrimSpace(t[i+len(e.span.Start):])
				if strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "-") {
					for _, l := range append(e.head, e.body...) {
						if l == e.spanLine {
							continue
						}
						ws := words(l.Flat)
						if len(ws) > 0 && presentWords[ws[0]] {
							e.span.Current, e.span.Range, e.single = true, true, false
							break
						}
					}
				}
			}
		}
	}
}

// placeName reports a short capitalised name with no digits and none of
// the words of titles, organisations or degrees: at the right end of a
// title line, a town ("Philadelphia", "New Haven").
func placeName(t string) bool {
	ws := strings.Fields(t)
	if len(ws) == 0 || len(ws) > 3 || strings.ContainsAny(t, "0123456789@/&|:;") || badPlace(t) || countIn(t, institutionWords()) > 0 {
		return false
	}
	for _, w := range ws {
		if r := []rune(w); !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return true
}

// listLabel reports a short line that ends with a colon ("Detailed
// achievements:", "Key projects:"): it introduces the list below it.
func listLabel(l *pline) bool {
	t := strings.TrimSpace(l.Flat)
	return len(l.Segs) == 1 && strings.HasSuffix(t, ":") && len(strings.Fields(t)) <= 6 && len(findDates(t)) == 0
}

// hasMargin reports whether the entry has a margin line among its titles.
func (e *entry) hasMargin() bool {
	for _, l := range e.head {
		if l.margin {
			return true
		}
	}
	return false
}

// groupLabels drops the entries that are only a group's name ("Vocational",
// "Internships" above the entries they hold): one short line without date,
// punctuation or body, followed by a fuller entry.
func groupLabels(es []*entry) []*entry {
	out := es[:0:0]
	for i, e := range es {
		if i+1 < len(es) && isGroupLabel(e) {
			next := es[i+1]
			if next.span != nil || next.hasMargin() || len(next.head)+len(next.body) >= 2 {
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

func isGroupLabel(e *entry) bool {
	if len(e.head) != 1 || len(e.body) > 0 || e.span != nil || len(e.head[0].Segs) != 1 {
		return false
	}
	t := e.head[0].Flat
	return len(strings.Fields(t)) <= 3 && !strings.ContainsAny(t, ",;|0123456789@") && !hasDegree(t) && countIn(t, institutionWords()) == 0
}

// piece is a part of a title line.
type piece struct {
	Text string
	Line *pline
}

var pieceSplitRe = lazyRegexp(`\s+[|–—@·•]\s+|\s+-\s+|\s+\bat\b\s+|\s+\ben\b\s+(?:la\s+|el\s+)?|\s+\bbei\b\s+|\s+\bchez\b\s+|,\s+|\s*\|\s*|;\s+`)

// pieces returns the parts of an entry's title lines with the date and the
// durations removed; location is the place found among them.
func (e *entry) pieces(splitComma bool) (ps []piece, location string, locLine *pline) {
	for _, l := range e.head {
		for si, s := range l.Segs {
			t, ok := e.segmentText(l, si, s.Text)
			if !ok {
				continue
			}
			// a place set apart after the line's text; the first segment
			// after a margin label is the text itself
			first := 0
			if l.margin {
				first = 1
			}
			rightPart := len(l.Segs) > first+1 && si > first
			if loc, ok := parseLocation(t); ok && location == "" && (rightPart || placeTail(t)) {
				location, locLine = locationString(loc), l
				continue
			}
			if location == "" && rightPart && si == len(l.Segs)-1 && placeName(t) {
				location, locLine = t, l // "Remington Rand    Philadelphia"
				continue
			}
			var parts []string
			if splitComma {
				parts = pieceSplitRe().Split(t, -1)
			} else {
				parts = []string{t}
			}
			for _, pt := range parts {
				pt = strings.TrimSpace(strings.Trim(pt, " ,|–-:()"))
				if pt != "" {
					ps = append(ps, piece{pt, l})
				}
			}
		}
	}
	if location == "" {
		if rest, loc, line, ok := placeAmongParts(ps); ok {
			ps, location, locLine = rest, loc, line
		}
	}
	return ps, location, locLine
}

// segmentText is segment si of head line l without the entry's dates and a
// leading label ("Dates:"), or false when nothing of a name is left (a
// margin label, a duration).
func (e *entry) segmentText(l *pline, si int, text string) (string, bool) {
	t := text
	onSpan := e.span != nil && l == e.spanLine
	if si == 0 && l.margin && !(onSpan && text == e.spanText) {
		return "", false // a margin label ("Dates", a placeholder), not a name
	}
	if onSpan && text == e.spanText {
		t = removeSpans(t, findDates(t)[:1])
	} else if onSpan {
		if sp := findDates(t); len(sp) > 0 && sp[0].Start == e.span.Start {
			t = removeSpans(t, sp[:1])
		}
	}
	t = strings.TrimSpace(strings.Trim(t, " ,|–-:"))
	for _, lab := range []string{"Date:", "Dates:", "Location:", "Fecha:", "Datum:", "Ort:", "Lieu:", "Local:"} {
		t = strings.TrimSpace(strings.TrimPrefix(t, lab))
	}
	if t == "" || isDuration(t) {
		return "", false
	}
	return t, true
}

// placeAmongParts finds a place among the parts ("X, New Orleans, LA,
// Title" or a tail "Cambridge, MA, USA") and takes it out of them.
func placeAmongParts(ps []piece) ([]piece, string, *pline, bool) {
	for i := 1; i < len(ps); i++ {
		if isRegionCode(ps[i].Text) || isCountry(ps[i].Text) {
			j := i
			for j+1 < len(ps) && (isRegionCode(ps[j+1].Text) || isCountry(ps[j+1].Text)) {
				j++
			}
			from := i - 1
			if from < 1 && len(ps) > 2 {
				from = i
			}
			if from < 1 {
				continue
			}
			parts := []string{}
			for _, p := range ps[from : j+1] {
				parts = append(parts, p.Text)
			}
			if badPlace(ps[from].Text) || len(strings.Fields(ps[from].Text)) > 3 {
				continue
			}
			location, locLine := strings.Join(parts, ", "), ps[from].Line
			return append(ps[:from:from], ps[j+1:]...), location, locLine, true
		}
	}
	return ps, "", nil, false
}

func isRegionCode(s string) bool {
	if len(s) != 2 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

var countries = lazyWords(`usa us uk u.s. u.s.a. germany deutschland france spain españa españa portugal brasil brazil mexico méxico méjico canada
italy italia netherlands switzerland schweiz suisse austria österreich belgium ireland sweden norway denmark finland poland india china japan
korea s.korea singapore australia argentina chile colombia peru perú türkiye turkey israel remote`)

func isCountry(s string) bool {
	low := strings.ToLower(strings.TrimSpace(s))
	if countries()[low] {
		return true
	}
	switch low {
	case "united states", "united kingdom", "republic of korea", "south korea", "new zealand", "united arab emirates", "reino unido", "estados unidos":
		return true
	}
	return false
}

// highlights returns the entry's bullets, joining wrapped lines; prose
// lines that are not bullets come back as the summary.
func (e *entry) highlights() (hs []string, summary string) {
	var sum []string
	for _, l := range e.body {
		t := l.Segs[0].Text
		if len(l.Segs) > 1 {
			// drop right-aligned dates and durations beside a bullet
			var keep []string
			for _, s := range l.Segs {
				sp := findDates(s.Text)
				if (len(sp) > 0 && dateOnly(s.Text, sp)) || isDuration(s.Text) {
					continue
				}
				keep = append(keep, s.Text)
			}
			t = strings.Join(keep, " ")
		}
		if t == "" {
			continue
		}
		switch {
		case l.Bullet:
			hs = append(hs, t)
		case len(hs) > 0 && (unicode.IsLower([]rune(t)[0]) || !endsSentence(hs[len(hs)-1])):
			hs[len(hs)-1] = joinWrapped(hs[len(hs)-1], t)
		default:
			sum = append(sum, t)
		}
	}
	s := ""
	for _, x := range sum {
		s = joinWrapped(s, x)
	}
	return hs, s
}

func endsSentence(s string) bool {
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, ";")
}

// joinWrapped joins a line wrapped onto the next, mending "Devel-" + "oping".
func joinWrapped(a, b string) string {
	if a == "" {
		return b
	}
	if strings.HasSuffix(a, "-") && len(b) > 0 && unicode.IsLower([]rune(b)[0]) {
		return strings.TrimSuffix(a, "-") + b
	}
	return a + " " + b
}

// repeatsKind reports a title line of the same kind as one the entry already
// has: a second institution or a second degree starts a new entry even when
// no dates separate them.
func repeatsKind(head []*pline, l *pline) bool {
	inst := countIn(l.Flat, institutionWords()) > 0
	deg := hasDegree(l.Flat)
	if inst == deg {
		return false
	}
	for _, h := range head {
		if inst && countIn(h.Flat, institutionWords()) > 0 && !hasDegree(h.Flat) {
			return true
		}
		if deg && hasDegree(h.Flat) && countIn(h.Flat, institutionWords()) == 0 {
			return true
		}
	}
	return false
}

// placeTail reports "City, ST" or "City, Country": a place whose last part is
// a region code or a country.
func placeTail(t string) bool {
	i := strings.LastIndex(t, ",")
	if i < 0 {
		return false
	}
	last := strings.TrimSpace(t[i+1:])
	if f := strings.Fields(last); len(f) == 2 && isRegionCode(f[0]) && strings.Trim(f[1], "0123456789-") == "" {
		last = f[0] // "CA 94588", not "US Navy"
	}
	return isRegionCode(last) || isCountry(last)
}

// indented reports a line set in from the entry's title lines: a description
// under a title, even without a bullet.
func indented(cur *entry, l *pline) bool {
	if cur == nil || len(cur.head) == 0 {
		return false
	}
	tol := 2.0 // characters, for plain text
	if l.FontSize > 0 {
		tol = l.FontSize * 0.8 // points
	}
	h := cur.head[0]
	if !cur.hasRefX || h.Page != l.Page || h.Column != l.Column || l.X <= cur.refX+tol {
		return false
	}
	if sp := findDates(l.Segs[0].Text); len(sp) > 0 && (sp[0].From == 0 || dateOnly(l.Segs[0].Text, sp)) {
		return false
	}
	return true
}
