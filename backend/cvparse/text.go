package cvparse

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// FromText turns plain text (a .txt or .md CV, or the output of a layout
// text extractor) into lines: one per text line, form feeds start a new
// page, X is the indentation in characters and Y the line number.
func FromText(s string) []Line {
	var out []Line
	page, y := 1, 0
	for _, raw := range strings.Split(s, "\n") {
		raw = strings.TrimRight(raw, "\r")
		for strings.Contains(raw, "\f") {
			i := strings.Index(raw, "\f")
			before := raw[:i]
			if strings.TrimSpace(before) != "" {
				out = append(out, textLine(before, page, y))
			}
			raw = raw[i+1:]
			page++
			y = 0
		}
		y++
		if strings.TrimSpace(raw) == "" {
			continue
		}
		out = append(out, textLine(raw, page, y))
	}
	return out
}

func textLine(raw string, page, y int) Line {
	indent := 0
indentation:
	for _, r := range raw {
		switch r {
		case ' ':
			indent++
		case '\t':
			indent += 4
		default:
			break indentation
		}
	}
	l := Line{Text: raw, Page: page, X: float64(indent), Y: float64(y)}
	// Markdown: "# Title" and "## Section" are headings; "### Entry" is an
	// entry's title line; emphasis marks go.
	t := strings.TrimSpace(raw)
	if strings.HasPrefix(t, "#") {
		level := len(t) - len(strings.TrimLeft(t, "#"))
		rest := strings.TrimSpace(t[level:])
		if level <= 6 && rest != "" && (len(t) == level || t[level] == ' ') {
			l.Text = strings.Repeat(" ", indent) + rest
			l.Heading = level <= 2
		}
	}
	if strings.Contains(l.Text, "**") || strings.Contains(l.Text, "__") {
		l.Text = strings.NewReplacer("**", "", "__", "").Replace(l.Text)
	}
	return l
}

// seg is one part of a line separated from its neighbours by a wide gap.
type seg struct {
	Text string
	Col  int // rune offset in the line
}

// pline is a line prepared for parsing.
type pline struct {
	Line
	Norm   string // normalised text, gaps kept as "   "
	Flat   string // normalised text with gaps as single spaces
	Segs   []seg
	Bullet bool // starts with a bullet mark (removed from Norm/Flat/Segs)
	// sideRest: the content after a heading in a left column; its X is the
	// heading's, not its own.
	sideRest bool
	// margin: the line starts left of its section's heading, in a margin
	// column, and its first segment is what that column holds: a date or a
	// label (moderncv, Europass); the rest is the entry's text.
	margin bool
}

// normalise maps look-alike characters to plain ones: dashes to "-" or "–",
// soft hyphens, non-breaking spaces, ligatures and private-use icon glyphs.
func normalise(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	var b strings.Builder
	rs := []rune(s)
	if len(rs) > MaxLineRunes {
		rs = rs[:MaxLineRunes]
	}
	for i, r := range rs {
		switch {
		case r == '\u00ad':
			b.WriteString(softHyphen(rs, i))
		case r == '\u2010' || r == '\u2011' || r == '\u2212':
			if i > 0 && isHyphen(rs[i-1]) {
				continue
			}
			b.WriteRune('-')
		case r == '\u2012' || r == '\u2013' || r == '\u2014' || r == '\u2015':
			b.WriteRune('–')
		case r == '\u00a0' || r == '\u2009' || r == '\u202f' || r == '\u2002' || r == '\u2003':
			b.WriteRune(' ')
		case r == '\ufb01':
			b.WriteString("fi")
		case r == '\ufb02':
			b.WriteString("fl")
		case r == '\ufb00':
			b.WriteString("ff")
		case r == '\ufffd' || (r >= 0xe000 && r <= 0xf8ff) || (r >= 0xf0000):
			b.WriteRune(' ') // icon glyphs from symbol fonts
		case r == '\t':
			b.WriteRune('\t')
		case unicode.IsControl(r):
			b.WriteRune(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// softHyphen is what the soft hyphen at rs[i] stands for: a dash between
// spaces, nothing beside another hyphen, else a hyphen.
func softHyphen(rs []rune, i int) string {
	prevSpace := i == 0 || unicode.IsSpace(rs[i-1])
	nextSpace := i+1 >= len(rs) || unicode.IsSpace(rs[i+1])
	switch {
	case prevSpace && nextSpace:
		return "–"
	case i > 0 && isHyphen(rs[i-1]) || i+1 < len(rs) && isHyphen(rs[i+1]):
		return ""
	}
	return "-"
}

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' || r == '\u00ad' }

// splitSegs splits a line at wide gaps: three or more spaces, a lone tab, or
// a run with tabs of four characters or more.
func splitSegs(s string) []seg {
	var segs []seg
	rs := []rune(s)
	start := -1
	i := 0
	flush := func(end int) {
		if start >= 0 {
			t := strings.TrimSpace(string(rs[start:end]))
			if t != "" {
				segs = append(segs, seg{Text: collapse(t), Col: start})
			}
		}
		start = -1
	}
	for i < len(rs) {
		if rs[i] == ' ' || rs[i] == '\t' {
			j := i
			tabs := 0
			for j < len(rs) && (rs[j] == ' ' || rs[j] == '\t') {
				if rs[j] == '\t' {
					tabs++
				}
				j++
			}
			n := j - i
			gap := (tabs == 0 && n >= 3) || (tabs > 0 && (n >= 6 || n == 1 || tabs >= 2))
			if gap {
				flush(i)
			}
			i = j
			continue
		}
		if start < 0 {
			start = i
		}
		i++
	}
	flush(len(rs))
	return segs
}

// collapse turns every whitespace run into one space.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

const bulletRunes = "•·▪►◦●■○◆♦➢➤✓✔*-–▸"

// stripBullet removes a leading bullet mark.
func stripBullet(s string) (string, bool) {
	t := strings.TrimLeft(s, " \t")
	r, n := utf8.DecodeRuneInString(t)
	if n == 0 || !strings.ContainsRune(bulletRunes, r) {
		return s, false
	}
	rest := t[n:]
	if r == '-' || r == '*' || r == '–' {
		// "- item" is a bullet, "-5%" or "--" is not.
		if !strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, "\t") {
			return s, false
		}
	}
	return strings.TrimLeft(rest, " \t"), true
}

func prepare(l Line) pline {
	norm := normalise(l.Text)
	text, bullet := stripBullet(norm)
	segs := splitSegs(text)
	if len(segs) > 0 {
		// a bullet in the middle ("Python • Go") stays; a leading one goes.
		if t, ok := stripBullet(segs[0].Text); ok && t != "" {
			segs[0].Text = t
			bullet = true
		}
	}
	flat := make([]string, len(segs))
	for i, sg := range segs {
		flat[i] = sg.Text
	}
	return pline{Line: l, Norm: text, Flat: strings.Join(flat, " "), Segs: segs, Bullet: bullet}
}

func newParser(lines []Line) *parser {
	p := &parser{}
	if len(lines) > MaxLines {
		lines = lines[:MaxLines]
		p.warn("the document is long: only its first %d lines were read", MaxLines)
	}
	var all []pline
	for _, l := range lines {
		pl := prepare(l)
		if len(pl.Segs) == 0 || isPageArtefact(pl.Flat) {
			continue
		}
		all = append(all, pl)
	}
	edge := pageEdges(all)
	rep := repeated(all, edge)
	for i, pl := range all {
		// a running header or footer: repeated on other pages and at the
		// top or bottom of its own; the first one at the top of page one is
		// the CV's own header and stays.
		if rep[pageKey(pl.Flat)] && edge[i] != 0 && !(edge[i] == 1 && pl.Page == all[0].Page) {
			p.footers = append(p.footers, pl)
			continue
		}
		p.lines = append(p.lines, pl)
	}
	return p
}

// pageEdges marks lines among the first three (1) or last three (2) of
// their page.
func pageEdges(ls []pline) []int {
	out := make([]int, len(ls))
	start := 0
	for i := 1; i <= len(ls); i++ {
		if i == len(ls) || ls[i].Page != ls[start].Page {
			for j := start; j < i; j++ {
				switch {
				case j-start < 3:
					out[j] = 1
				case i-j <= 3:
					out[j] = 2
				}
			}
			start = i
		}
	}
	return out
}

// pageKey is a line's text without digits and spaces, for finding running
// headers and footers.
func pageKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// repeated returns the keys of lines found at the top or bottom (edge) of
// two or more pages: running headers and footers such as "Jane Doe ·
// Résumé 2". An entry that recurs inside pages is not one; in a PDF, where
// positions are known, the line must also stand at the same height on two
// pages (a header or footer does, an entry that ends one page and starts
// the next does not).
func repeated(ls []pline, edge []int) map[string]bool {
	type place struct {
		page int
		y    float64
	}
	seen := map[string][]place{}
	for i := range ls {
		if edge[i] == 0 {
			continue
		}
		k := pageKey(ls[i].Flat)
		if len(k) < 4 {
			continue
		}
		seen[k] = append(seen[k], place{ls[i].Page, ls[i].Y})
	}
	out := map[string]bool{}
	positioned := hasFonts(ls)
	for k, ps := range seen {
		for a := 0; a < len(ps) && !out[k]; a++ {
			for b := a + 1; b < len(ps); b++ {
				if ps[a].page != ps[b].page && (!positioned || math.Abs(ps[a].y-ps[b].y) <= 3) {
					out[k] = true
					break
				}
			}
		}
	}
	return out
}

// hasFonts reports whether the lines come from a laid-out document (a PDF),
// with positions in points, rather than plain text.
func hasFonts(ls []pline) bool {
	for i := range ls {
		if ls[i].FontSize > 0 {
			return true
		}
	}
	return false
}

// isPageArtefact reports page numbers and "Page 1 of 2" footers.
func isPageArtefact(s string) bool {
	t := strings.ToLower(strings.TrimSpace(s))
	if t == "" {
		return true
	}
	allDigits := true
	for _, r := range t {
		if !(unicode.IsDigit(r) || r == '/' || r == ' ' || r == '-') {
			allDigits = false
			break
		}
	}
	if allDigits && len(t) <= 7 {
		return true
	}
	if strings.HasPrefix(t, "page ") && len(t) < 16 {
		return true
	}
	return false
}
