package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/huntbook/huntbook/backend/corpus"
	"github.com/huntbook/huntbook/backend/model"
)

// cvCorpusFiles are the corpus files scenarios/cv.js drops on the window:
// Jake's one-page LaTeX resume, a password-protected PDF and a Word CV.
var cvCorpusFiles = map[string]string{
	"cv-e2e.pdf":          filepath.Join("cv", "jakegut_resume_compiled_pdftex.pdf"),
	"cv-e2e-locked.pdf":   filepath.Join("bad-pdf", "pdfium_encrypted.pdf"),
	"accountant-e2e.docx": filepath.Join("cv", "src", "soupboss_word_01-Accountant.docx"),
}

// setupCV copies the corpus files scenarios/cv.js imports into the data
// folder; the scenario skips when the shared corpus is absent.
func setupCV(t *testing.T, dataDir string) {
	dir := corpus.Path(t, ".")
	for name, src := range cvCorpusFiles {
		b, err := os.ReadFile(filepath.Join(dir, src))
		if err != nil {
			t.Skipf("corpus file %s: %v", src, err)
		}
		if err := os.WriteFile(filepath.Join(dataDir, name), b, 0o600); err != nil {
			t.Fatalf("copy %s: %v", src, err)
		}
	}
}

// checkCV reads back the master profile the scenario merged from the CV
// and edited: Jake's name and email from the PDF, his jobs, and the
// headline typed in the editor.
func checkCV(t *testing.T, bin, dataDir string) {
	out := runCLI(t, bin, dataDir, "profile", "show", "--json")
	var p model.Profile
	if err := json.Unmarshal(out, &p); err != nil {
		t.Fatalf("huntbook profile show --json is not a profile: %v\n%s", err, out)
	}
	if p.Basics.Name != "Jake Ryan" || p.Basics.Email != "jake@su.edu" {
		t.Errorf("master basics %q <%s>, want Jake Ryan <jake@su.edu> merged from the CV", p.Basics.Name, p.Basics.Email)
	}
	if p.Basics.Label != "Software Engineer" {
		t.Errorf("headline %q, want the one typed in the editor", p.Basics.Label)
	}
	if len(p.Work) < 2 || len(p.Education) < 1 {
		t.Errorf("master has %d jobs and %d schools, want Jake's merged", len(p.Work), len(p.Education))
	}
	list := runCLI(t, bin, dataDir, "cv", "list", "--json")
	var vs []map[string]any
	if err := json.Unmarshal(list, &vs); err != nil {
		t.Fatalf("huntbook cv list --json: %v\n%s", err, list)
	}
	if len(vs) != 2 {
		t.Errorf("%d CV versions, want the PDF and the Word CV (the locked PDF was never read):\n%s", len(vs), list)
	}
}
