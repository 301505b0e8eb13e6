package cvparse

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/huntbook/huntbook/backend/corpus"
)

// BenchmarkParse parses every corpus CV (read once through pdftotext) and
// reports the time per CV.
func BenchmarkParse(b *testing.B) {
	dir := corpus.Path(b, "cv")
	files, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	var docs [][]Line
	lines := 0
	for _, f := range files {
		ls := pdftotextLines(b, f)
		docs = append(docs, ls)
		lines += len(ls)
	}
	if len(docs) == 0 {
		b.Fatalf("missing test input: no PDF CVs in %s", dir)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			Parse(d)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(docs)), "ns/cv")
	b.ReportMetric(float64(lines)/float64(len(docs)), "lines/cv")
}

// BenchmarkParseText parses the project's own plain-text CVs.
func BenchmarkParseText(b *testing.B) {
	files, _ := filepath.Glob("testdata/extra/*")
	var docs [][]Line
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, FromText(string(data)))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			Parse(d)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(docs)), "ns/cv")
}
