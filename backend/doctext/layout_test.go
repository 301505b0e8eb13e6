package doctext

import (
	"math"
	"strings"
	"testing"
)

const pageH = 842.0

// run lays out text as glyphs of a monospaced 0.5 em font from x on the
// baseline y (from the top of the page), as a PDF would show it.
func run(x, y, size float64, s string) []glyph {
	var gs []glyph
	for _, r := range s {
		gs = append(gs, glyph{X: x, Y: pageH - y, W: 0.5 * size, Size: size, S: string(r)})
		x += 0.5 * size
	}
	return gs
}

// words lays out words separated by gap (in em) without space glyphs, as
// TeX and Chromium PDFs do.
func words(x, y, size, gap float64, ws ...string) []glyph {
	var gs []glyph
	for _, w := range ws {
		g := run(x, y, size, w)
		gs = append(gs, g...)
		x += 0.5*size*float64(len([]rune(w))) + gap*size
	}
	return gs
}

func texts(ls []Line) []string {
	var out []string
	for _, l := range ls {
		out = append(out, l.Text)
	}
	return out
}

func layout(gs ...[]glyph) []Line {
	var all []glyph
	for _, g := range gs {
		all = append(all, g...)
	}
	return layoutPage(all, 0, 0, pageH)
}

func TestWordsFromGaps(t *testing.T) {
	ls := layout(
		words(50, 100, 10, 0.3, "Senior", "Software", "Engineer"), // word gaps, no space glyphs
		words(50, 120, 10, 0.05, "kern", "ing"),                   // kerning: one word
		run(50, 140, 10, "Real spaces kept"),
	)
	want := []string{"Senior Software Engineer", "kerning", "Real spaces kept"}
	if got := texts(ls); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestRightAlignedDateStaysOnLine(t *testing.T) {
	ls := layout(
		words(50, 100, 10, 0.3, "Acme", "Corp"),
		words(480, 100.4, 10, 0.3, "2019", "–", "2024"), // slightly different baseline
		run(50, 115, 10, "Built things"),
	)
	want := []string{"Acme Corp\t2019 – 2024", "Built things"}
	if got := texts(ls); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestLinesInReadingOrderWithPositions(t *testing.T) {
	// glyphs arrive in a scrambled order
	g := append(run(50, 200, 12, "second line"), run(50, 100, 20, "Title")...)
	ls := layout(g)
	if texts(ls)[0] != "Title" || texts(ls)[1] != "second line" {
		t.Fatalf("order %q", texts(ls))
	}
	l := ls[0]
	if l.X != 50 || l.FontSize != 20 || l.Width != 50 || l.Y != 84 {
		t.Errorf("title line %+v, want x 50, size 20, width 50, top y 84", l)
	}
}

// sidebar builds a page: a header across the page, a narrow sidebar on
// the left and a main column on the right with unrelated baselines.
func sidebar() [][]glyph {
	gs := [][]glyph{run(40, 50, 18, "Jane Doe"), words(40, 70, 10, 0.3, "Engineer", "and", "writer", "with", "a", "long", "tagline", "across", "the",
		"whole", "page", "width", "here")}
	for i := 0; i < 12; i++ {
		gs = append(gs, run(40, 120+float64(i)*19, 9, "Side "+string(rune('A'+i))))
	}
	for i := 0; i < 18; i++ {
		gs = append(gs, run(200, 114+float64(i)*13.5, 10, "Main column text line "+string(rune('a'+i))))
	}
	gs = append(gs, run(250, 800, 9, "Footer across"))
	return gs
}

func TestSidebarComesAsBlocks(t *testing.T) {
	ls := layout(sidebar()...)
	got := texts(ls)
	if got[0] != "Jane Doe" || !strings.HasPrefix(got[1], "Engineer and writer") {
		t.Fatalf("header not first: %q", got[:2])
	}
	// sidebar block, then main block, never interleaved
	side, main := -1, -1
	for i, l := range ls {
		switch {
		case strings.HasPrefix(l.Text, "Side"):
			if main >= 0 {
				t.Fatalf("sidebar line %q after main lines: %q", l.Text, got)
			}
			side = i
			if l.Column != 1 {
				t.Errorf("sidebar line %q has column %d, want 1", l.Text, l.Column)
			}
		case strings.HasPrefix(l.Text, "Main"):
			if main < 0 {
				main = i
			}
			if l.Column != 0 {
				t.Errorf("main line %q has column %d, want 0", l.Text, l.Column)
			}
		}
	}
	if side < 0 || main < 0 || side > main {
		t.Fatalf("sidebar %d, main %d: %q", side, main, got)
	}
	if got[len(got)-1] != "Footer across" {
		t.Errorf("footer not last: %q", got)
	}
}

func TestDateColumnBesideTitlesIsNotColumns(t *testing.T) {
	// moderncv: dates in a left column on the baseline of each entry title,
	// descriptions below the title only.
	var gs [][]glyph
	y := 100.0
	for i := 0; i < 5; i++ {
		gs = append(gs, words(40, y, 10, 0.3, "2010–2012"), words(150, y, 10, 0.3, "Job", "title", string(rune('A'+i))))
		gs = append(gs, words(150, y+13, 10, 0.3, "Description", "of", "the", "job"))
		gs = append(gs, words(150, y+26, 10, 0.3, "More", "description"))
		y += 50
	}
	ls := layout(gs...)
	for _, l := range ls {
		if l.Column != 0 {
			t.Fatalf("line %q in column %d: a date column beside titles was split off", l.Text, l.Column)
		}
	}
	if ls[0].Text != "2010–2012\tJob title A" {
		t.Errorf("first line %q, want date and title joined by a tab", ls[0].Text)
	}
}

func TestGlyphCleaning(t *testing.T) {
	icon := glyph{X: 50, Y: pageH - 100, W: 10, Size: 10, S: "\uf0e0"} // FontAwesome envelope, private use
	mail := run(60, 100, 10, "jane@doe.org")                           // right after the icon, no gap
	before := run(10, 100, 10, "Paris")
	before = append(before, glyph{X: 35, Y: pageH - 100, W: 10, Size: 10, S: "\uf095", Icon: true}) // icon font glyph
	lig := []glyph{
		{X: 50, Y: pageH - 120, W: 5, Size: 10, S: "\ufb01"}, {X: 55, Y: pageH - 120, W: 5, Size: 10, S: "n"},
		{X: 60, Y: pageH - 120, W: 5, Size: 10, S: "e\u00ad"},
	}
	ls := layout(before, []glyph{icon}, mail, lig)
	want := []string{"Paris jane@doe.org", "fine"}
	if got := texts(ls); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestOverprintedBoldIsRead(t *testing.T) {
	// fake bold: every glyph shown three times with a tiny offset
	var gs []glyph
	for i, r := range []rune("学位") {
		for k := 0; k < 3; k++ {
			gs = append(gs, glyph{X: 50 + float64(i)*10 + float64(k)*0.2, Y: pageH - 100, W: 10, Size: 10, S: string(r)})
		}
	}
	if got := texts(layout(gs)); len(got) != 1 || got[0] != "学位" {
		t.Fatalf("got %q, want [学位]", got)
	}
}

func TestLayoutSurvivesDegenerateGlyphs(t *testing.T) {
	inf := math.Inf(1)
	gs := []glyph{
		{X: inf, Y: 1, W: 1, Size: 1, S: "a"}, {X: 1, Y: -inf, W: 1, Size: 1, S: "b"},
		{X: 1, Y: 1, W: -5, Size: 0, S: "c"}, {X: 1, Y: 1, W: 1e9, Size: 1, S: "d"},
		{X: 5, Y: 5, W: 1, Size: 1, S: ""},
	}
	ls := layoutPage(gs, 0, 0, 10)
	if got := strings.Join(texts(ls), "|"); got != "cd" && got != "c d" {
		t.Fatalf("got %q", got)
	}
}

func TestRightToLeftLines(t *testing.T) {
	// Hebrew "שלום עולם 2024" as a PDF lays it out: visually, left to right,
	// the last word first, each word's letters reversed, the number as is.
	ls := layout(words(50, 100, 10, 0.3, "2024", "םלוע", "םולש"))
	if got := texts(ls); len(got) != 1 || got[0] != "שלום עולם 2024" {
		t.Fatalf("got %q, want [שלום עולם 2024]", got)
	}
	if got := logicalRTL("ב123א"); got != "א123ב" {
		t.Errorf("logicalRTL kept digits wrong: %q", got)
	}
}

// TestMarginLabels checks a label or date column left of a block's text
// edge (moderncv, Europass): a margin word followed, after more than a
// space, by a word on the edge is cut off by a tab; the same gap elsewhere,
// or a space-wide gap at the edge (a hanging indent), is not.
func TestMarginLabels(t *testing.T) {
	edge := 150.0
	ls := layout(
		run(edge, 100, 10, "Experience"),
		// "2010–2014" ends at 95; the title starts on the edge 0.8 em later
		words(50, 120, 10, 0.8, "2010-2014"), words(edge, 120, 10, 0.3, "Engineer,", "Acme,", "Berlin."),
		run(edge, 135, 10, "Built things that mattered to people."),
		words(edge-7*5-8, 150, 10, 0.8, "Spanish"), run(edge, 150, 10, "native"),
		// a hanging indent: a reference whose second word lands on the edge
		words(edge-4*5-3, 170, 10, 0.3, "Doe,", "J. A title that wraps"),
		run(edge, 185, 10, "onto a second line."),
		// a wide gap that does not end on the edge
		words(50, 205, 10, 0.8, "2015", "Other"),
	)
	want := []string{"Experience", "2010-2014\tEngineer, Acme, Berlin.", "Built things that mattered to people.",
		"Spanish\tnative", "Doe, J. A title that wraps", "onto a second line.", "2015 Other"}
	if got := texts(ls); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q,\nwant %q", got, want)
	}
}
