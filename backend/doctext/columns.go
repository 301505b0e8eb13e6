package doctext

import (
	"math"
	"sort"
)

// columnBudget bounds the work of the column search on one page, in word
// visits (a two-column CV page takes well under a million).
const columnBudget = 20_000_000

// maxColumnLines is the most lines on a page searched for columns (a CV
// page has well under 100; the search costs positions × lines × words).
const maxColumnLines = 1500

// block is a run of lines belonging to one column, in reading order.
type block struct {
	lines  []rawLine
	column int
}

// gutter is a vertical band free of text over a run of consecutive lines,
// with text on both sides: the boundary between two columns.
type gutter struct {
	x          float64 // split position
	start, end int     // the run of lines [start, end)
}

// splitColumns orders lines (sorted top to bottom) into blocks: lines above
// a column region, then each column of the region left to right, then the
// lines below. Columns are found by looking for vertical gutters that no
// word crosses over a run of lines, with lines alone on each side (so a
// date column beside titles, whose parts always share a baseline, stays on
// the same line as the title, and right-aligned dates do too).
func splitColumns(lines []rawLine, depth int, budget *int) []block {
	if depth > 3 || len(lines) < 2*minColumn || len(lines) > maxColumnLines || *budget <= 0 {
		return []block{{lines: lines}}
	}
	g, ok := findGutter(lines, budget)
	if ok {
		g = trimRun(lines, g)
		ok = g.end-g.start >= 2*minColumn && coherentSides(lines[g.start:g.end], g.x)
	}
	if !ok {
		return []block{{lines: lines}}
	}
	var out []block
	if g.start > 0 {
		out = append(out, splitColumns(lines[:g.start], depth+1, budget)...)
	}
	var left, right []rawLine
	for _, l := range lines[g.start:g.end] {
		var lw, rw []word
		for _, w := range l.words {
			if w.x1 <= g.x {
				lw = append(lw, w)
			} else {
				rw = append(rw, w)
			}
		}
		if len(lw) > 0 {
			left = append(left, rawLine{base: l.base, words: lw})
		}
		if len(rw) > 0 {
			right = append(right, rawLine{base: l.base, words: rw})
		}
	}
	region := append(splitColumns(left, depth+1, budget), splitColumns(right, depth+1, budget)...)
	numberColumns(region)
	out = append(out, region...)
	if g.end < len(lines) {
		out = append(out, splitColumns(lines[g.end:], depth+1, budget)...)
	}
	return out
}

// numberColumns gives 0 to the block with most text and 1.. to the others
// from left to right.
func numberColumns(bs []block) {
	main, most := 0, -1
	for i, b := range bs {
		n := 0
		for _, l := range b.lines {
			for _, w := range l.words {
				n += w.chars
			}
		}
		if n > most {
			main, most = i, n
		}
	}
	next := 1
	for i := range bs {
		if i == main {
			bs[i].column = 0
			continue
		}
		bs[i].column = next
		next++
	}
}

// findGutter returns the gutter over the longest run of lines, if any. It
// spends budget (word visits) and gives up when it is gone.
func findGutter(lines []rawLine, budget *int) (gutter, bool) {
	xmin, xmax := math.Inf(1), math.Inf(-1)
	for _, l := range lines {
		for _, w := range l.words {
			xmin = math.Min(xmin, w.x0)
			xmax = math.Max(xmax, w.x1)
		}
	}
	if !(xmax-xmin > 3*gutterMin) || xmax-xmin > 1e5 {
		return gutter{}, false
	}
	step := math.Max(1.5, (xmax-xmin)/400) // at most ~400 positions to try
	half := gutterMin / 2
	best := gutter{}
	bestLen, bestFrom, bestTo := 0, 0.0, 0.0
	side := make([]int8, len(lines)) // -1 blocked, 1 left only, 2 right only, 3 both
	words := 0
	for _, l := range lines {
		words += len(l.words)
	}
	for x := xmin + gutterMin; x <= xmax-gutterMin; x += step {
		*budget -= words + len(lines)
		if *budget < 0 {
			return gutter{}, false
		}
		for i, l := range lines {
			s := int8(0)
			for _, w := range l.words {
				if w.x0-half < x && x < w.x1+half {
					s = -1
					break
				}
				if w.x1 <= x {
					s |= 1
				} else {
					s |= 2
				}
			}
			side[i] = s
		}
		for i := 0; i < len(lines); {
			if side[i] < 0 {
				i++
				continue
			}
			j := i
			for j < len(lines) && side[j] >= 0 {
				j++
			}
			if n := j - i; n >= bestLen && validRun(lines[i:j], side[i:j]) {
				same := n == bestLen && best.start == i && best.end == j && x-bestTo <= step*1.01
				switch {
				case same:
					bestTo = x
				case n > bestLen:
					best, bestLen, bestFrom, bestTo = gutter{start: i, end: j}, n, x, x
				}
			}
			i = j
		}
	}
	if bestLen == 0 {
		return gutter{}, false
	}
	best.x = (bestFrom + bestTo) / 2
	return best, true
}

// validRun reports whether a run of lines not crossing a candidate gutter
// really is two columns: lines alone on each side, and the two sides
// spanning the same height.
func validRun(lines []rawLine, side []int8) bool {
	var nl, nr int
	loL, hiL, loR, hiR := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	for i, l := range lines {
		s := side[i]
		if s == 1 {
			nl++
		}
		if s == 2 {
			nr++
		}
		if s&1 != 0 {
			loL, hiL = math.Min(loL, l.base), math.Max(hiL, l.base)
		}
		if s&2 != 0 {
			loR, hiR = math.Min(loR, l.base), math.Max(hiR, l.base)
		}
	}
	if nl < minColumn-1 || nr < minColumn-1 || nl+nr < 2*minColumn {
		return false
	}
	overlap := math.Min(hiL, hiR) - math.Max(loL, loR)
	if overlap <= 0.5*math.Min(hiL-loL, hiR-loR) {
		return false
	}
	// The lines alone on each side must interleave: a centred header above
	// short left-aligned lines is not two columns.
	loL, hiL, loR, hiR = math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	for i, l := range lines {
		switch side[i] {
		case 1:
			loL, hiL = math.Min(loL, l.base), math.Max(hiL, l.base)
		case 2:
			loR, hiR = math.Min(loR, l.base), math.Max(hiR, l.base)
		}
	}
	return math.Min(hiL, hiR)-math.Max(loL, loR) > 0.3*math.Min(hiL-loL, hiR-loR)
}

// trimRun drops lines at the ends of a gutter's run that have text on both
// sides, neither starting at its column's usual left edge (a header line
// whose gaps happen to line up with the gutter). One side is enough: a
// centred sidebar has no single edge.
func trimRun(lines []rawLine, g gutter) gutter {
	edges := func(l rawLine) (left, right float64, both bool) {
		left, right = math.NaN(), math.NaN()
		for _, w := range l.words {
			if w.x1 <= g.x && math.IsNaN(left) {
				left = w.x0
			}
			if w.x1 > g.x && math.IsNaN(right) {
				right = w.x0
			}
		}
		return left, right, !math.IsNaN(left) && !math.IsNaN(right)
	}
	leftN, rightN := map[float64]int{}, map[float64]int{}
	for _, l := range lines[g.start:g.end] {
		if left, right, both := edges(l); !both {
			if !math.IsNaN(left) {
				leftN[math.Round(left/2)]++
			}
			if !math.IsNaN(right) {
				rightN[math.Round(right/2)]++
			}
		}
	}
	mode := func(m map[float64]int) float64 {
		best, n := 0.0, -1
		for k, c := range m {
			if c > n || c == n && k < best {
				best, n = k, c
			}
		}
		return best * 2
	}
	le, re := mode(leftN), mode(rightN)
	aligned := func(l rawLine) bool {
		left, right, both := edges(l)
		return !both || math.Abs(left-le) <= 4 || math.Abs(right-re) <= 4
	}
	for g.start < g.end && !aligned(lines[g.start]) {
		g.start++
	}
	for g.end > g.start && !aligned(lines[g.end-1]) {
		g.end--
	}
	return g
}

// coherentSides reports whether the text on each side of x forms a column:
// most of its lines start within a band or share a centre or a right edge.
// Labels scattered around a chart do not.
func coherentSides(lines []rawLine, x float64) bool {
	var left, right [][2]float64
	for _, l := range lines {
		var lx, rx [2]float64
		var hasL, hasR bool
		for _, w := range l.words {
			if w.x1 <= x {
				if !hasL {
					lx[0] = w.x0
				}
				lx[1], hasL = w.x1, true
			} else {
				if !hasR {
					rx[0] = w.x0
				}
				rx[1], hasR = w.x1, true
			}
		}
		if hasL {
			left = append(left, lx)
		}
		if hasR {
			right = append(right, rx)
		}
	}
	return coherent(left) && coherent(right)
}

func coherent(spans [][2]float64) bool {
	if len(spans) == 0 {
		return false
	}
	// most lines start within a band (indented bullets included), or share
	// a centre or a right edge
	return inWindow(spans, 40, func(s [2]float64) float64 { return s[0] }) ||
		inWindow(spans, 12, func(s [2]float64) float64 { return (s[0] + s[1]) / 2 }) ||
		inWindow(spans, 12, func(s [2]float64) float64 { return s[1] })
}

// inWindow reports whether 60% of the values at(spans) fit in a window of
// the given width.
func inWindow(spans [][2]float64, width float64, at func([2]float64) float64) bool {
	v := make([]float64, len(spans))
	for i, s := range spans {
		v[i] = at(s)
	}
	sort.Float64s(v)
	for i, j := 0, 0; j < len(v); j++ {
		for v[j]-v[i] > width {
			i++
		}
		if 10*(j-i+1) >= 6*len(v) {
			return true
		}
	}
	return false
}
