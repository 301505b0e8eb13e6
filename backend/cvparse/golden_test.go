package cvparse

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/corpus"
)

// goldenFloor is the regression guard for the overall recall on the corpus
// through pdftotext: set a little under the figure reached.
const goldenFloor = 0.84

// pdftotextLines reads a PDF with poppler's pdftotext -layout (a reference
// extractor for tests only, never a runtime dependency).
func pdftotextLines(tb testing.TB, path string) []Line {
	tb.Helper()
	bin := corpus.Tool(tb, "pdftotext", "poppler-utils")
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, bin, "-layout", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		tb.Fatalf("pdftotext %s: %v", path, err)
	}
	return FromText(string(out))
}

func loadGoldens(tb testing.TB) map[string]golden {
	tb.Helper()
	files, err := filepath.Glob("testdata/golden/*.json")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no golden files: %v", err)
	}
	out := map[string]golden{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		var g golden
		if err := json.Unmarshal(b, &g); err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		out[strings.TrimSuffix(filepath.Base(f), ".json")] = g
	}
	return out
}

// scoreCorpus parses every golden CV with read and prints per-file and
// overall field-level scores.
func scoreCorpus(t *testing.T, read func(tb testing.TB, pdf string) []Line) score {
	dir := corpus.Path(t, "cv")
	gs := loadGoldens(t)
	names := make([]string, 0, len(gs))
	for n := range gs {
		names = append(names, n)
	}
	sort.Strings(names)
	var total score
	parts := map[string]*score{}
	for _, n := range names {
		pdf := filepath.Join(dir, n+".pdf")
		if _, err := os.Stat(pdf); err != nil {
			t.Errorf("golden %s has no PDF in the corpus", n)
			continue
		}
		r := Parse(read(t, pdf))
		s, ps := scoreResult(gs[n], r)
		total.add(s)
		var detail []string
		for k, v := range ps {
			if parts[k] == nil {
				parts[k] = &score{}
			}
			parts[k].add(v)
			detail = append(detail, fmt.Sprintf("%s %.1f/%.0f", k, v.Matched, v.Expected))
		}
		sort.Strings(detail)
		t.Logf("%-48s recall %.2f precision %.2f  [%s]", n, s.Recall(), s.Precision(), strings.Join(detail, ", "))
	}
	keys := make([]string, 0, len(parts))
	for k := range parts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("field %-10s recall %.3f precision %.3f (%.0f fields)", k, parts[k].Recall(), parts[k].Precision(), parts[k].Expected)
	}
	t.Logf("OVERALL recall %.3f precision %.3f over %.0f fields in %d files", total.Recall(), total.Precision(), total.Expected, len(names))
	return total
}

// TestGoldenPdftotext scores the parser on the corpus read through
// pdftotext -layout and guards against regressions.
func TestGoldenPdftotext(t *testing.T) {
	total := scoreCorpus(t, pdftotextLines)
	if total.Recall() < goldenFloor {
		t.Errorf("overall recall %.3f fell under the floor %.2f", total.Recall(), goldenFloor)
	}
}
