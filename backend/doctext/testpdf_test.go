package doctext

import (
	"bytes"
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
	var b bytes.Buffer
	var offsets []int
	obj := func(body string) int {
		offsets = append(offsets, b.Len())
		n := len(offsets)
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", n, body)
		return n
	}
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	catalog := obj("<< /Type /Catalog /Pages 2 0 R >>")
	_ = catalog
	pagesIdx := len(offsets)
	offsets = append(offsets, 0) // 2: the page tree, written last
	f1 := obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	f2 := obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
	f3 := obj("<< /Type /Font /Subtype /Type1 /BaseFont /FontAwesome >>") // an icon font, for Raw items
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
		cs := obj(fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", len(content), content))
		p := obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R >> /Properties << /MC0 << /ActualText (ffi) >> >> >> /Contents %d 0 R >>", f1, f2, f3, cs))
		kids = append(kids, fmt.Sprintf("%d 0 R", p))
	}
	offsets[pagesIdx] = b.Len()
	fmt.Fprintf(&b, "2 0 obj\n<< /Type /Pages /Kids [%s] /Count %d >>\nendobj\n", strings.Join(kids, " "), len(kids))
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, xref)
	return b.Bytes()
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
