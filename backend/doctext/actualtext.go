// Marked content and /ActualText: text a PDF says its glyphs stand for.

package doctext

import "github.com/ledongthuc/pdf"

// markedSpan is one open marked-content sequence. A span with ActualText
// (pdf-lib puts ligatures in one: "/Span <</ActualText (fi)>> BDC <007F> Tj
// EMC", the glyph itself mapped to U+0000; LaTeX's accsupp labels icons and
// links: "tel:(+82) 10-...") stands for the text of the glyphs it shows.
type markedSpan struct {
	actual    string
	hasActual bool
	first     int // index in glyphs of the span's first glyph
}

// maxMarkedDepth bounds the marked-content stack of a hostile page.
const maxMarkedDepth = 64

// beginMarked opens a marked-content sequence; props is the BDC property
// list, inline or named in the resources' /Properties.
func (pi *pageInterp) beginMarked(props, resources pdf.Value) {
	if len(pi.marked) >= maxMarkedDepth {
		pi.overflow++
		return
	}
	if props.Kind() == pdf.Name {
		props = resources.Key("Properties").Key(props.Name())
	}
	span := markedSpan{first: len(pi.glyphs)}
	if at := props.Key("ActualText"); at.Kind() == pdf.String && pi.inActual() == nil {
		span.actual, span.hasActual = at.Text(), true
	}
	pi.marked = append(pi.marked, span)
}

// endMarked closes the innermost marked-content sequence.
func (pi *pageInterp) endMarked() {
	if pi.overflow > 0 {
		pi.overflow--
		return
	}
	n := len(pi.marked)
	if n == 0 {
		return
	}
	span := pi.marked[n-1]
	pi.marked = pi.marked[:n-1]
	if span.hasActual {
		pi.glyphs = applyActualText(pi.glyphs, span.first, span.actual)
	}
}

// closeMarked ends the sequences a page left open.
func (pi *pageInterp) closeMarked() {
	for len(pi.marked) > 0 || pi.overflow > 0 {
		pi.endMarked()
	}
}

// inActual returns the open span with ActualText (nested ones are ignored:
// the outermost speaks for all it holds), or nil.
func (pi *pageInterp) inActual() *markedSpan {
	for i := range pi.marked {
		if pi.marked[i].hasActual {
			return &pi.marked[i]
		}
	}
	return nil
}

// applyActualText replaces the text of glyphs[first:] (one span) with
// actual: the first text glyph carries it, stretched over the span's text
// glyphs, which are dropped; icon glyphs stay as the separators they are,
// and a span of icons alone is left as it is. An empty actual text drops
// the span's text.
func applyActualText(glyphs []glyph, first int, actual string) []glyph {
	if first < 0 || first >= len(glyphs) {
		return glyphs
	}
	span := glyphs[first:]
	carrier := -1
	for i, g := range span {
		if !g.Icon {
			carrier = i
			break
		}
	}
	if carrier < 0 {
		// Only icons: they stay separators. What such a span says is a
		// label ("email: ") or, from LaTeX, a macro name ("\faBook").
		return glyphs
	}
	c := span[carrier]
	end := c.X + c.W
	for _, g := range span {
		if !g.Icon {
			end = max(end, g.X+g.W)
		}
	}
	c.S, c.W = actual, max(end-c.X, 0)
	out := glyphs[:first]
	for i, g := range span {
		switch {
		case i == carrier:
			if actual != "" {
				out = append(out, c)
			}
		case g.Icon:
			out = append(out, g)
		}
	}
	return out
}
