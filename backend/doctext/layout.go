package doctext

import (
	"math"
	"sort"
	"strings"
	"unicode"
)

// Layout thresholds, relative to the font size of the glyphs involved.
const (
	spaceGap   = 0.1 // a gap wider than this (in em) separates two words (poppler uses 0.1 too); raised on letter-spaced lines
	tabGap     = 1.6 // a gap wider than this (in em) separates two parts of a line: joined with '\t'
	baselineTo = 0.4 // glyphs whose baselines differ by less than this (in em) share a line
	gutterMin  = 7.0 // narrowest vertical gutter between columns, in points
	minColumn  = 3   // fewest lines on each side of a gutter for it to make columns
)

// word is a run of glyphs on one baseline without a word gap.
type word struct {
	x0, x1, base float64
	size         float64
	text         string
	bold         int // characters in bold
	chars        int
}

// rawLine is the words sharing one baseline, sorted by x.
type rawLine struct {
	base  float64
	words []word
}

// layoutPage rebuilds the lines of a page from its glyphs. height is the
// page height (to flip Y downwards); minX/minY the page box origin.
func layoutPage(glyphs []glyph, minX, minY, height float64) []Line {
	gs := cleanGlyphs(glyphs)
	if len(gs) == 0 {
		return nil
	}
	raws := buildRawLines(gs)
	budget := columnBudget
	blocks := splitColumns(raws, 0, &budget)
	var out []Line
	for _, b := range blocks {
		edges := leftEdges(b.lines)
		for _, rl := range b.lines {
			if l, ok := makeLine(rl, b.column, edges); ok {
				l.X -= minX
				top := rl.base + 0.8*l.FontSize // baseline plus an ascent
				l.Y = round2(height - (top - minY))
				l.X = round2(l.X)
				out = append(out, l)
			}
		}
	}
	return out
}

func round2(f float64) float64 { return math.Round(f*100) / 100 }

// cleanGlyphs drops unusable glyphs and normalises text: ligatures expanded,
// soft hyphens and control characters removed, icons turned into separators.
func cleanGlyphs(in []glyph) []glyph {
	out := make([]glyph, 0, len(in))
	for _, g := range in {
		if math.IsNaN(g.X) || math.IsNaN(g.Y) || math.IsInf(g.X, 0) || math.IsInf(g.Y, 0) ||
			math.IsNaN(g.Size) || math.IsInf(g.Size, 0) || math.IsNaN(g.W) || math.IsInf(g.W, 0) ||
			math.Abs(g.X) > 1e6 || math.Abs(g.Y) > 1e6 || g.Size > 1e4 {
			continue
		}
		if g.Size <= 0.1 {
			g.Size = 0.1
		}
		if g.W < 0 || g.W > 50*g.Size {
			g.W = 0
		}
		s := normalizeGlyphText(g.S)
		if g.Icon || isIconText(s) {
			g.Icon, s = true, " "
		}
		if s == "" {
			continue
		}
		g.S = s
		out = append(out, g)
	}
	return out
}

var ligatures = strings.NewReplacer("\ufb00", "ff", "\ufb01", "fi", "\ufb02", "fl", "\ufb03", "ffi", "\ufb04", "ffl", "\ufb05", "st", "\ufb06", "st")

func normalizeGlyphText(s string) string {
	s = ligatures.Replace(s)
	if !strings.ContainsFunc(s, func(r rune) bool {
		return r < 0x20 || r == 0x7f || r == '\u00a0' || r == '\u200b' || r == '\ufeff'
	}) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\u200b', r == '\ufeff', r == 0x7f:
		case r == '\u00a0', r == '\t', r == '\n', r == '\r':
			b.WriteByte(' ')
		case r < 0x20:
			b.WriteRune('\ufffd') // an unmapped code: counted as garbage later
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isPrivateUse reports code points that fonts use for icons.
func isPrivateUse(r rune) bool {
	return (r >= 0xe000 && r <= 0xf8ff) || r >= 0xf0000
}

// isIconText reports a glyph whose text is only icon code points.
func isIconText(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isPrivateUse(r) {
			return false
		}
	}
	return true
}

// buildRawLines groups glyphs by baseline and splits each line into words.
func buildRawLines(gs []glyph) []rawLine {
	idx := make([]int, len(gs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return gs[idx[a]].Y > gs[idx[b]].Y })
	var lines [][]glyph
	var cur []glyph
	var curY, curSize float64
	for _, i := range idx {
		g := gs[i]
		if len(cur) > 0 && math.Abs(curY-g.Y) <= baselineTo*math.Min(curSize, g.Size) {
			cur = append(cur, g)
			continue
		}
		if len(cur) > 0 {
			lines = append(lines, cur)
		}
		cur, curY, curSize = []glyph{g}, g.Y, g.Size
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	out := make([]rawLine, 0, len(lines))
	for _, l := range lines {
		sort.SliceStable(l, func(a, b int) bool { return l[a].X < l[b].X })
		if ws := buildWords(l); len(ws) > 0 {
			out = append(out, rawLine{base: dominantBase(l), words: ws})
		}
	}
	return out
}

func dominantBase(l []glyph) float64 {
	counts := map[float64]int{}
	best, bestN := l[0].Y, 0
	for _, g := range l {
		y := math.Round(g.Y*2) / 2
		counts[y]++
		if counts[y] > bestN {
			best, bestN = g.Y, counts[y]
		}
	}
	return best
}

// buildWords joins x-sorted glyphs of one line into words.
func buildWords(l []glyph) []word {
	var ws []word
	var cur *word
	var b strings.Builder
	var prevEnd float64
	var recent []glyph // the last glyphs kept, to spot overprinting
	space := wordGap(l)
	flush := func() {
		if cur != nil {
			cur.text = b.String()
			if strings.TrimSpace(cur.text) != "" {
				ws = append(ws, *cur)
			}
			cur = nil
			b.Reset()
		}
	}
	for _, g := range l {
		if g.Icon {
			// An icon separates words and takes its own room: the previous
			// word is extended over it so that the icon's width does not
			// count as a gap (a tab) before the text it labels.
			flush()
			if n := len(ws); n > 0 && g.X >= ws[n-1].x0 && g.X-ws[n-1].x1 < tabGap*g.Size {
				ws[n-1].x1 = math.Max(ws[n-1].x1, g.X+math.Max(g.W, 0))
			}
			continue
		}
		if strings.TrimSpace(g.S) == "" {
			flush()
			continue
		}
		w := g.W
		if w <= 0 {
			w = 0.5 * g.Size * float64(len([]rune(g.S)))
		}
		if cur != nil {
			gap := g.X - prevEnd
			if gap > space*math.Min(g.Size, cur.size) || gap < -2*g.Size {
				flush()
			} else if overprinted(recent, g) {
				continue // drawn again over itself (fake bold, shadows)
			}
		}
		if cur == nil {
			cur = &word{x0: g.X, base: g.Y, size: g.Size}
		} else if g.Size > cur.size {
			cur.size = g.Size
		}
		b.WriteString(g.S)
		if len(recent) == 4 {
			recent = recent[1:]
		}
		recent = append(recent, g)
		n := len([]rune(g.S))
		cur.chars += n
		if g.Bold {
			cur.bold += n
		}
		if end := g.X + w; end > cur.x1 {
			cur.x1 = end
		}
		prevEnd = g.X + w
	}
	flush()
	return ws
}

// wordGap returns the gap (in em) that separates words on a line of
// x-sorted glyphs: spaceGap, or more on a letter-spaced line, where most
// gaps between glyphs are wide.
func wordGap(l []glyph) float64 {
	var gaps []float64
	for i := 1; i < len(l); i++ {
		a, b := l[i-1], l[i]
		if a.Icon || b.Icon || strings.TrimSpace(a.S) == "" || strings.TrimSpace(b.S) == "" || a.W <= 0 {
			continue
		}
		gaps = append(gaps, (b.X-(a.X+a.W))/math.Max(b.Size, 0.1))
	}
	if len(gaps) < 4 {
		return spaceGap
	}
	sort.Float64s(gaps)
	median := gaps[len(gaps)/2]
	if median <= 0.6*spaceGap || median > 1 {
		return spaceGap
	}
	return median + spaceGap
}

// softHyphens reads U+00AD as producers draw it: a hyphen or dash inside a
// line (LuaTeX maps its visible hyphen to it), nothing at a line's end
// (a hyphenation break).
func softHyphens(s string) string {
	if !strings.ContainsRune(s, '\u00ad') {
		return s
	}
	s = strings.TrimRight(s, "\u00ad")
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		if r != '\u00ad' {
			b.WriteRune(r)
			continue
		}
		// Quartz maps a hyphen glyph to U+00AD U+2010: one dash, not two.
		if i+1 < len(rs) && isDash(rs[i+1]) || i > 0 && isDash(rs[i-1]) {
			continue
		}
		b.WriteByte('-')
	}
	return b.String()
}

func isDash(r rune) bool { return r == '-' || r >= '\u2010' && r <= '\u2015' || r == '\u2212' }

// Margin labels: a line that starts in the left margin of its block and
// goes on, after a gap wider than a space, exactly at the block's text edge
// holds a label or a date in a margin column (moderncv's dates and
// \cvitem labels, Europass): the gap is a tab, as a wide one would be.
const (
	marginGap   = 0.6 // em: the least gap before the edge (spaces are ~0.25-0.4 em)
	edgeSlack   = 1.5 // points between a word's start and the edge
	minEdgeRuns = 3   // lines that must start at an x for it to be an edge
)

// leftEdges returns the x positions at which at least minEdgeRuns lines of
// a block start: its text edges.
func leftEdges(lines []rawLine) []float64 {
	count := map[float64]int{}
	for _, l := range lines {
		if len(l.words) > 0 {
			count[math.Round(l.words[0].x0)]++
		}
	}
	var out []float64
	for x, n := range count {
		// neighbouring rounded values are the same edge: count them in,
		// keep the most common
		if count[x-1]+n+count[x+1] >= minEdgeRuns && n >= count[x-1] && n > count[x+1] {
			out = append(out, x)
		}
	}
	sort.Float64s(out)
	return out
}

// atEdge reports whether word i of a line begins at a text edge right of
// the line's start, after a gap wider than a space: a margin label before it.
func atEdge(words []word, i int, edges []float64) bool {
	w, prev := words[i], words[i-1]
	size := math.Max(math.Min(w.size, prev.size), 4)
	if w.x0-prev.x1 < marginGap*size {
		return false
	}
	for _, e := range edges {
		if math.Abs(w.x0-e) <= edgeSlack && words[0].x0 < e-size {
			return true
		}
	}
	return false
}

// makeLine joins the words of a line: a space between words, a tab across
// a wide gap or between a margin label and the text edge (edges, see
// leftEdges).
func makeLine(rl rawLine, column int, edges []float64) (Line, bool) {
	if len(rl.words) == 0 {
		return Line{}, false
	}
	var b strings.Builder
	sizes := map[float64]int{}
	bold, chars := 0, 0
	seps := make([]byte, len(rl.words)) // separator before word i, in visual order
	rtl := 0
	for i, w := range rl.words {
		if i > 0 {
			prev := rl.words[i-1]
			seps[i] = ' '
			if w.x0-prev.x1 > tabGap*math.Max(math.Min(w.size, prev.size), 4) || atEdge(rl.words, i, edges) {
				seps[i] = '\t'
			}
		}
		if isRTL(w.text) {
			rtl++
		}
	}
	order := make([]int, len(rl.words))
	for i := range order {
		order[i] = i
		if 2*rtl > len(rl.words) { // a right-to-left line: words read from the right
			order[i] = len(rl.words) - 1 - i
		}
	}
	for k, i := range order {
		w := rl.words[i]
		if k > 0 {
			if 2*rtl > len(rl.words) {
				b.WriteByte(seps[i+1])
			} else {
				b.WriteByte(seps[i])
			}
		}
		if isRTL(w.text) {
			w.text = logicalRTL(w.text)
		}
		b.WriteString(w.text)
		sizes[math.Round(w.size*2)/2] += w.chars
		bold += w.bold
		chars += w.chars
	}
	text := strings.TrimSpace(softHyphens(b.String()))
	if text == "" {
		return Line{}, false
	}
	size, n := 0.0, -1
	for s, c := range sizes {
		if c > n || c == n && s > size {
			size, n = s, c
		}
	}
	last := rl.words[len(rl.words)-1]
	return Line{
		Text: text, X: rl.words[0].x0, Width: round2(last.x1 - rl.words[0].x0),
		FontSize: size, Bold: bold*2 > chars, Column: column,
	}, true
}

// overprinted reports a glyph that repeats one of the last glyphs at nearly
// the same place: a fake bold or shadow drawn by printing text twice.
func overprinted(recent []glyph, g glyph) bool {
	for _, r := range recent {
		if r.S == g.S && math.Abs(r.X-g.X) < 0.2*g.Size && math.Abs(r.Y-g.Y) < 0.2*g.Size {
			return true
		}
	}
	return false
}

// isRTL reports a word written mostly in a right-to-left script.
func isRTL(s string) bool {
	rtl, ltr := 0, 0
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Hebrew, unicode.Arabic, unicode.Syriac, unicode.Thaana, unicode.Nko):
			rtl++
		case unicode.IsLetter(r):
			ltr++
		}
	}
	return rtl > ltr
}

// logicalRTL turns a right-to-left word from visual order (as glyphs lie
// on the page, left to right) into logical order, keeping runs of digits
// and Latin letters inside it in their own order.
func logicalRTL(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	for i := 0; i < len(rs); {
		if !isLTRRune(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && (isLTRRune(rs[j]) || rs[j] == '.' || rs[j] == ',' || rs[j] == '-') {
			j++
		}
		for a, z := i, j-1; a < z; a, z = a+1, z-1 {
			rs[a], rs[z] = rs[z], rs[a]
		}
		i = j
	}
	return string(rs)
}

func isLTRRune(r rune) bool {
	return unicode.IsDigit(r) || r < 0x250 && unicode.IsLetter(r)
}
