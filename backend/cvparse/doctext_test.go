package cvparse

import (
	"os"
	"testing"

	"github.com/huntbook/huntbook/backend/doctext"
)

// doctextLines reads a PDF in-process with doctext.Extract.
func doctextLines(tb testing.TB, path string) []Line {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	d, err := doctext.Extract(b, path, "")
	if err != nil {
		tb.Logf("extract %s: %v", path, err)
		return nil
	}
	return FromDocument(d)
}

// doctextFloor guards the end-to-end figure: PDF -> doctext.Extract -> Parse.
const doctextFloor = 0.96

// TestGoldenDoctext scores the parser end to end on the corpus PDFs read by
// doctext, the path the app takes.
func TestGoldenDoctext(t *testing.T) {
	total := scoreCorpus(t, doctextLines)
	if total.Recall() < doctextFloor {
		t.Errorf("overall recall %.3f fell under the floor %.2f", total.Recall(), doctextFloor)
	}
}

// TestDumpPDF prints the lines doctext reads from CVPARSE_PDF and their
// parse (skipped otherwise).
func TestDumpPDF(t *testing.T) {
	path := os.Getenv("CVPARSE_PDF")
	if path == "" {
		t.Skip("set CVPARSE_PDF=file.pdf")
	}
	ls := doctextLines(t, path)
	for _, l := range ls {
		t.Logf("p%d x%5.0f y%5.0f fs%4.1f b%-5v c%d h%-5v %q", l.Page, l.X, l.Y, l.FontSize, l.Bold, l.Column, l.Heading, l.Text)
	}
	t.Log(summarise(Parse(ls)))
}
