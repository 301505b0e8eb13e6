// Package corpus finds what tests and benchmarks read from outside the
// repository: the shared corpus of real-world files (CVs, PDFs, calendars,
// e-mails, job descriptions) in ../shared/corpus, which HUNTBOOK_CORPUS
// overrides, and reference tools such as pdftotext (.ci/deps test installs
// them). A missing input fails the test that needs it, naming what is
// missing; it is never a skip, so no run passes without its real inputs.
package corpus

import (
	"os"
	"os/exec"
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

// Path returns the corpus subfolder sub (e.g. "cv"), failing the test or
// benchmark when the corpus or that folder is absent.
func Path(tb testing.TB, sub string) string {
	tb.Helper()
	d := Dir()
	if d == "" {
		tb.Fatal("missing test input: the shared corpus was not found (set HUNTBOOK_CORPUS or place it at ../shared/corpus)")
		return ""
	}
	p := filepath.Join(d, sub)
	if st, err := os.Stat(p); err != nil || !st.IsDir() {
		tb.Fatalf("missing test input: corpus folder %s is not there (HUNTBOOK_CORPUS=%q)", p, os.Getenv("HUNTBOOK_CORPUS"))
		return ""
	}
	return p
}

// Tool returns the path of the command-line tool name, failing the test or
// benchmark when it is not on PATH; pkg is the Debian package that has it.
func Tool(tb testing.TB, name, pkg string) string {
	tb.Helper()
	bin, err := exec.LookPath(name)
	if err != nil {
		tb.Fatalf("missing test tool: %s is not on PATH (install %s; `.ci/deps test` does)", name, pkg)
		return ""
	}
	return bin
}
