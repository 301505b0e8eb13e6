package doctext

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/corpus"
	"github.com/huntbook/huntbook/backend/model"
)

// TestBadPDFs runs every malformed, encrypted or hostile PDF of the corpus
// through the real child process: each must end with a Document or a
// one-line *model.Error, never a crash or a hang of the test process.
func TestBadPDFs(t *testing.T) {
	dir := corpus.Path(t, "bad-pdf")
	files, err := filepath.Glob(filepath.Join(dir, "*.pdf"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no PDFs in %s: %v", dir, err)
	}
	opt := Options{Timeout: 4 * time.Second}
	var table strings.Builder
	codes := map[model.Code]int{}
	for _, f := range files {
		start := time.Now()
		doc, err := Read(context.Background(), f, opt)
		took := time.Since(start).Round(time.Millisecond)
		name := filepath.Base(f)
		switch {
		case err != nil:
			var me *model.Error
			if !errors.As(err, &me) {
				t.Errorf("%s: error is not a *model.Error: %T %v", name, err, err)
				continue
			}
			if strings.Contains(me.Message, "\n") || me.Message == "" {
				t.Errorf("%s: message is not one line: %q", name, me.Message)
			}
			codes[me.Code]++
			fmt.Fprintf(&table, "%-48s %7v  error %-11s %s\n", name, took, me.Code, me.Message)
		case doc == nil:
			t.Errorf("%s: no document and no error", name)
		default:
			total, _ := textQuality(doc)
			codes["ok"]++
			fmt.Fprintf(&table, "%-48s %7v  ok    %d pages, %d chars, warnings %q\n", name, took, len(doc.Pages), total, doc.Warnings)
		}
	}
	t.Logf("bad-pdf results (%d files): %v\n%s", len(files), codes, table.String())
}

// readCorpusFile reads a corpus file; the test fails when it is missing.
func readCorpusFile(t testing.TB, sub, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(corpus.Path(t, sub), name))
	if err != nil {
		t.Fatalf("missing test input: corpus file %s/%s: %v", sub, name, err)
	}
	return b
}
