package cvparse

import "github.com/huntbook/huntbook/backend/doctext"

// FromDocument turns a document read by doctext into the parser's lines,
// page by page in reading order.
func FromDocument(d *doctext.Document) []Line {
	if d == nil {
		return nil
	}
	var out []Line
	for _, p := range d.Pages {
		for _, l := range p.Lines {
			out = append(out, Line{Text: l.Text, Page: p.Number, X: l.X, Y: l.Y, Width: l.Width,
				FontSize: l.FontSize, Bold: l.Bold, Column: l.Column, Heading: l.Heading})
		}
	}
	return out
}

// ParseDocument parses a document read by doctext; its warnings (a page
// without a text layer, say) come first in the result's warnings.
func ParseDocument(d *doctext.Document) Result {
	r := Parse(FromDocument(d))
	if d != nil && len(d.Warnings) > 0 {
		r.Warnings = append(append([]string{}, d.Warnings...), r.Warnings...)
	}
	return r
}
