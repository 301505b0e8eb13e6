//go:build e2e

package nativehost

import (
	"os"
	"path/filepath"
	"testing"
)

// The e2e build records launches when RecordEnv is set, so the extension's
// test sees what "Open in Huntbook" starts without opening a window.
func TestDefaultStarterRecordsInE2E(t *testing.T) {
	p := filepath.Join(t.TempDir(), "opens.jsonl")
	t.Setenv(RecordEnv, p)
	if err := DefaultStarter()([]string{"/x/huntbook", "--open-application", "5"}); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(p); err != nil || string(b) != `["/x/huntbook","--open-application","5"]`+"\n" {
		t.Fatalf("recorded %q, %v", b, err)
	}
}
