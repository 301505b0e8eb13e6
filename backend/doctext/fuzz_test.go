package doctext

import (
	"encoding/binary"
	"math"
	"testing"
)

// glyphsFromBytes decodes fuzz input into glyphs: 12 bytes each (x, y as
// int16 tenths of a point, width and size as uint8, a rune and flags).
func glyphsFromBytes(b []byte) []glyph {
	var gs []glyph
	for len(b) >= 12 && len(gs) < 4000 {
		// The fuzz bytes are read as signed coordinates: wrapping is the point.
		x := float64(int16(binary.LittleEndian.Uint16(b[0:]))) / 10 //nolint:gosec // G115: see above
		y := float64(int16(binary.LittleEndian.Uint16(b[2:]))) / 10 //nolint:gosec // G115: see above
		w := float64(b[4]) / 10
		size := float64(b[5]) / 4
		r := rune(binary.LittleEndian.Uint32(b[6:]) % 0x30000)
		flags := b[10]
		g := glyph{X: x, Y: y, W: w, Size: size, S: string(r), Bold: flags&1 != 0, Icon: flags&2 != 0}
		if flags&4 != 0 {
			g.X = math.NaN()
		}
		if flags&8 != 0 {
			g.S = ""
		}
		gs = append(gs, g)
		b = b[12:]
	}
	return gs
}

// FuzzLayout feeds arbitrary glyph positions to the layout rebuilding: it
// must not panic or loop, and every line it returns has text.
func FuzzLayout(f *testing.F) {
	enc := func(gs []glyph) []byte {
		var b []byte
		for _, g := range gs {
			var e [12]byte
			binary.LittleEndian.PutUint16(e[0:], uint16(int16(g.X*10))) //nolint:gosec // G115: the inverse of the read above
			binary.LittleEndian.PutUint16(e[2:], uint16(int16(g.Y*10))) //nolint:gosec // G115: the inverse of the read above
			e[4], e[5] = byte(g.W*10), byte(g.Size*4)
			binary.LittleEndian.PutUint32(e[6:], uint32([]rune(g.S)[0]))
			b = append(b, e[:]...)
		}
		return b
	}
	var sb []glyph
	for _, g := range sidebar() {
		sb = append(sb, g...)
	}
	f.Add(enc(sb))
	f.Add(enc(words(50, 100, 10, 0.3, "Acme", "Corp")))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, l := range layoutPage(glyphsFromBytes(b), 0, 0, 842) {
			if l.Text == "" {
				t.Fatalf("empty line %+v", l)
			}
			if math.IsNaN(l.X) || math.IsNaN(l.Y) || math.IsInf(l.X, 0) || math.IsInf(l.Y, 0) {
				t.Fatalf("line with a bad position %+v", l)
			}
		}
	})
}

// FuzzExtract feeds arbitrary bytes (seeded with text, Markdown, DOCX and
// PDF) to Extract: it returns a document or a *model.Error, never panics.
func FuzzExtract(f *testing.F) {
	f.Add([]byte("# Jane\nEngineer\n"))
	f.Add(utf16LE("CV\r\nline"))
	f.Add([]byte("\xef\xbb\xbfCaf\xc3\xa9"))
	f.Add(makeDOCX(f, map[string]string{"word/document.xml": testDocument, "word/styles.xml": testStyles}))
	f.Add(makePDF([][]textItem{{{X: 50, Y: 100, Size: 12, Text: "Hello (world)"}}}))
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, err := Extract(b, "fuzz", "")
		if err == nil && doc == nil {
			t.Fatal("no document and no error")
		}
		if err != nil && userMessage(err) == "" {
			t.Fatalf("error without a message: %v", err)
		}
	})
}
