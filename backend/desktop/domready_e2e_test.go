//go:build e2e

package desktop

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

func TestProcessStart(t *testing.T) {
	start := processStart()
	if runtime.GOOS != "linux" {
		if !start.Equal(e2eStart) {
			t.Errorf("processStart() = %v, want the package init time off Linux", start)
		}
		return
	}
	// The kernel's start time has 10 ms resolution and comes before init.
	if start.After(e2eStart.Add(20 * time.Millisecond)) {
		t.Errorf("processStart() = %v is after package init %v", start, e2eStart)
	}
	if time.Since(start) > time.Since(e2eStart)+time.Minute {
		t.Errorf("processStart() = %v is implausibly early (init %v)", start, e2eStart)
	}
}

func TestScreenshotRejectsBadNames(t *testing.T) {
	for _, name := range []string{"", "../x", "a/b", "shot name", string(make([]byte, 81))} {
		if _, err := screenshot(t.TempDir(), name); err == nil {
			t.Errorf("screenshot(%q) accepted a bad name", name)
		}
	}
}

func TestReadScript(t *testing.T) {
	dir := t.TempDir()
	if _, err := readScript(filepath.Join(dir, "missing.js")); err == nil {
		t.Error("readScript of a missing file succeeded")
	}
	ok := filepath.Join(dir, "ok.js")
	if err := os.WriteFile(ok, []byte("E2E.run(async () => {});"), 0o600); err != nil {
		t.Fatal(err)
	}
	if b, err := readScript(ok); err != nil || string(b) != "E2E.run(async () => {});" {
		t.Errorf("readScript = %q, %v", b, err)
	}
	big := filepath.Join(dir, "big.js")
	if err := os.WriteFile(big, make([]byte, e2eScriptLimit+1), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := readScript(big); err == nil || !strings.Contains(err.Error(), "over") {
		t.Errorf("readScript of a %d-byte script: %v, want an over-limit error", e2eScriptLimit+1, err)
	}
}
