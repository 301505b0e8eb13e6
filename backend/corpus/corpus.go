// Package corpus finds the shared corpus of real-world files (CVs, PDFs,
// calendars, job descriptions) that tests and benchmarks read. The corpus lives
// beside the repository in ../shared/corpus; HUNTBOOK_CORPUS overrides it.
package corpus

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the corpus folder, or "" when it is not there.
func Dir() string {
	if d := os.Getenv("HUNTBOOK_CORPUS"); d != "" {
		return d
	}
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			c := filepath.Join(dir, "..", "shared", "corpus")
			if st, err := os.Stat(c); err == nil && st.IsDir() {
				return c
			}
			return ""
		}
		if filepath.Dir(dir) == dir {
			return ""
		}
	}
}

// Path returns the corpus subfolder sub (e.g. "cv"), skipping the test or
// benchmark when the corpus is absent.
func Path(tb testing.TB, sub string) string {
	tb.Helper()
	d := Dir()
	if d == "" {
		tb.Skip("shared corpus not found (set HUNTBOOK_CORPUS or place it at ../shared/corpus)")
	}
	return filepath.Join(d, sub)
}
