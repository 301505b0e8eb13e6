package doctext

import (
	"fmt"
	"strings"
)

// textItem is one string drawn on a generated test page (Y from the top).
type textItem struct {
	X, Y, Size float64
	Bold       bool
	Text       string
	// Raw, when set, is written into the content stream as it is, inside
	// the text object that places the item (Text is then not drawn).
	Raw string
}

// makePDF writes a minimal, valid PDF (A4 pages, Helvetica and
// Helvetica-Bold, WinAnsiEncoding) with a correct cross-reference table.
func makePDF(pages [][]textItem) []byte {
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", "", // 2: the page tree, filled in last
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /FontAwesome >>", // an icon font, for Raw items
	}
	var kids []string
	for _, items := range pages {
		var c strings.Builder
		for _, it := range items {
			font := "F1"
			if it.Bold {
				font = "F2"
			}
			if it.Raw != "" {
				fmt.Fprintf(&c, "BT /%s %.1f Tf 1 0 0 1 %.2f %.2f Tm %s ET\n", font, it.Size, it.X, 841.89-it.Y, it.Raw)
				continue
			}
			fmt.Fprintf(&c, "BT /%s %.1f Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj ET\n", font, it.Size, it.X, 841.89-it.Y, pdfString(it.Text))
		}
		content := c.String()
		objs = append(objs, fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", len(content), content))
		objs = append(objs, fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> "+
			"/Properties << /MC0 << /ActualText (ffi) >> >> >> /Contents %d 0 R >>", len(objs)))
		kids = append(kids, fmt.Sprintf("%d 0 R", len(objs)))
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids))
	return SimplePDF(objs...)
}

// pdfString escapes a string for a PDF literal and encodes it as Latin-1.
func pdfString(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '(' || r == ')' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x80:
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, "\\%03o", r)
		default:
			b.WriteByte('?')
		}
	}
	return b.String()
}

// cvPage is a generated one-column CV page with a right-aligned date.
func cvPage(n int) []textItem {
	items := []textItem{
		{X: 50, Y: 60, Size: 20, Bold: true, Text: fmt.Sprintf("Page %d Jane Doe", n)},
		{X: 50, Y: 90, Size: 12, Bold: true, Text: "Experience"},
		{X: 50, Y: 110, Size: 10, Bold: true, Text: "Senior Engineer, Acme Corp"},
		{X: 470, Y: 110, Size: 10, Text: "2019 - 2024"},
	}
	for i := 0; i < 40; i++ {
		items = append(items, textItem{X: 60, Y: 130 + float64(i)*16, Size: 10,
			Text: fmt.Sprintf("Line %d: built systems that served many users with care and tests", i+1)})
	}
	return items
}
