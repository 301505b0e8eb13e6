package e2e

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/huntbook/huntbook/backend/corpus"
)

// setupScreens copies a one-page corpus CV into the data folder, for
// scenarios/screens.js to drop on the window.
func setupScreens(t *testing.T, dataDir string) {
	src := filepath.Join(corpus.Path(t, "."), "cv", "jakegut_resume_compiled_pdftex.pdf")
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatalf("missing test input: corpus CV %s: %v", src, err)
	}
	if err := os.WriteFile(filepath.Join(dataDir, "screens-cv.pdf"), b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// checkScreens: the screenshots' data is all there, and closing the Add
// dialog at each size and theme saved nothing.
func checkScreens(t *testing.T, bin, dataDir string) {
	v := info(t, bin, dataDir)
	if v["applications"] != float64(12) || v["contacts"] != float64(2) || v["tasks"] != float64(3) || v["notes"] != float64(1) {
		t.Errorf("info = %v, want the 12 applications, 2 contacts, 3 tasks and 1 note the scenario created", v)
	}
}
