package cvparse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParse feeds arbitrary text, as lines with arbitrary layout, to Parse:
// it must not panic (Parse would report an "internal error" warning) and
// must keep its output within the input's bounds.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/extra/*")
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b), uint8(0))
		}
	}
	f.Add("EXPERIENCE\nAcme Inc.\t2019 – now\n• did things\nEDUCATION\nMIT   2010–14", uint8(3))
	f.Add("Jan 2020 - - - to to to Present 1999–99 03/ /2018 '20 \x00\xff\t\t\t", uint8(1))
	f.Add(strings.Repeat("Skills\n", 50)+strings.Repeat("a, ", 500), uint8(7))
	f.Fuzz(func(t *testing.T, text string, shape uint8) {
		lines := FromText(text)
		for i := range lines {
			// vary the typography the parser may see
			lines[i].Bold = (int(shape)+i)%3 == 0
			lines[i].FontSize = float64(8 + (int(shape)*i)%9)
			lines[i].Heading = shape&1 == 1 && i%5 == 0
			lines[i].Column = int(shape>>4) % 2
		}
		r := Parse(lines)
		for _, w := range r.Warnings {
			if strings.HasPrefix(w, "internal error") {
				t.Fatalf("Parse panicked: %s", w)
			}
		}
		if n := len(r.Profile.Work) + len(r.Profile.Education) + len(r.Profile.Skills); n > len(lines)*8+8 {
			t.Fatalf("%d entries from %d lines", n, len(lines))
		}
	})
}

// TestParseBounded: a huge input is cut at the limits with a warning.
func TestParseBounded(t *testing.T) {
	var b strings.Builder
	for i := 0; i < MaxLines+500; i++ {
		b.WriteString("Engineer, Acme Inc.   Jan 2019 – Present ")
		b.WriteString(strings.Repeat("x", 200))
		b.WriteString("\n")
	}
	r := Parse(FromText(b.String()))
	found := false
	for _, w := range r.Warnings {
		found = found || strings.Contains(w, "only its first")
	}
	if !found {
		t.Errorf("no warning about the cut: %q", r.Warnings)
	}
}
