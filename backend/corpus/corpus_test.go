package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a testing.TB that notes a failure or a skip instead of
// ending the test, so the test can check which one Path and Tool chose.
type recorder struct {
	testing.TB
	fatal, skip string
}

func (r *recorder) Helper()                   {}
func (r *recorder) Fatal(a ...any)            { r.fatal = fmt.Sprint(a...) }
func (r *recorder) Fatalf(f string, a ...any) { r.fatal = fmt.Sprintf(f, a...) }
func (r *recorder) Skip(a ...any)             { r.skip = fmt.Sprint(a...) }
func (r *recorder) Skipf(f string, a ...any)  { r.skip = fmt.Sprintf(f, a...) }

// failedNaming reports whether the recorder failed, naming want, without a skip.
func (r *recorder) failedNaming(want string) bool {
	return r.skip == "" && strings.Contains(r.fatal, want)
}

// TestPathFailsWhenTheCorpusIsMissing: a corpus folder that is not there
// fails the test and names the folder; it does not skip.
func TestPathFailsWhenTheCorpusIsMissing(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no-corpus")
	t.Setenv("HUNTBOOK_CORPUS", missing)
	r := &recorder{TB: t}
	Path(r, "cv")
	if !r.failedNaming(filepath.Join(missing, "cv")) {
		t.Fatalf("missing corpus: fatal %q, skip %q; want a failure naming %s", r.fatal, r.skip, missing)
	}
}

// TestPathFailsWhenNoCorpusIsBesideTheRepository: without HUNTBOOK_CORPUS
// and without ../shared/corpus, the failure says how to provide it.
func TestPathFailsWhenNoCorpusIsBesideTheRepository(t *testing.T) {
	repo := filepath.Join(t.TempDir(), "repo")
	if err := os.MkdirAll(repo, 0o750); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(repo, "go.mod"), []byte("module x\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("HUNTBOOK_CORPUS", "")
	t.Chdir(repo)
	r := &recorder{TB: t}
	Path(r, "cv")
	if !r.failedNaming("HUNTBOOK_CORPUS") {
		t.Fatalf("no corpus: fatal %q, skip %q; want a failure naming HUNTBOOK_CORPUS", r.fatal, r.skip)
	}
}

// TestPathFindsAPresentFolder: a corpus folder that is there is returned
// without a failure or a skip.
func TestPathFindsAPresentFolder(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "cv"), 0o750); err != nil {
		t.Fatal(err)
	}
	t.Setenv("HUNTBOOK_CORPUS", dir)
	r := &recorder{TB: t}
	if got := Path(r, "cv"); got != filepath.Join(dir, "cv") || r.fatal != "" || r.skip != "" {
		t.Fatalf("Path = %q, fatal %q, skip %q", got, r.fatal, r.skip)
	}
}

// TestToolFailsWhenMissing: a tool not on PATH fails the test and names
// the tool and the package that has it.
func TestToolFailsWhenMissing(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	r := &recorder{TB: t}
	Tool(r, "pdftotext", "poppler-utils")
	if !r.failedNaming("pdftotext") || !strings.Contains(r.fatal, "poppler-utils") {
		t.Fatalf("missing tool: fatal %q, skip %q", r.fatal, r.skip)
	}
}
