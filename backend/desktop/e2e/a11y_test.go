package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/huntbook/huntbook/backend/corpus"
)

// a11yCV is the corpus CV scenarios/a11y.js drops on the window, so the CV
// view shows a document with its page controls.
const a11yCV = "a11y-cv.pdf"

// axePath is axe-core as installed by npm (pinned exactly in
// frontend/package.json).
func axePath(t *testing.T) string {
	return filepath.Join(repoRoot(t), "frontend", "node_modules", "axe-core", "axe.min.js")
}

// a11yPrelude puts axe-core before scenarios/a11y.js: the same text
// injection as the scenario itself, so the page's Content-Security-Policy
// does not apply and nothing is fetched. A missing axe-core fails the run.
func a11yPrelude(t *testing.T) string {
	b, err := os.ReadFile(axePath(t))
	if err != nil {
		t.Fatalf("axe-core is not installed (cd frontend && npm ci): %v", err)
	}
	return fmt.Sprintf("%s\n;var AXE_LOADED = typeof axe === 'object' && !!axe.run;\n", b)
}

// setupA11y copies a one-page corpus CV into the data folder.
func setupA11y(t *testing.T, dataDir string) {
	src := filepath.Join(corpus.Path(t, "."), "cv", "jakegut_resume_compiled_pdftex.pdf")
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatalf("missing test input: corpus CV %s: %v", src, err)
	}
	if err := os.WriteFile(filepath.Join(dataDir, a11yCV), b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// checkA11y: the page did the checking (axe-core, focus rings, keyboard
// reach); the data the scenario created is still there afterwards.
func checkA11y(t *testing.T, bin, dataDir string) {
	v := info(t, bin, dataDir)
	if v["applications"] != float64(4) {
		t.Errorf("info = %v, want the 4 applications the scenario created", v)
	}
}
