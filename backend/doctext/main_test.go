package doctext

import (
	"os"
	"testing"
)

// TestMain makes the test binary act as the extraction child when run with
// ChildCommand, so tests exercise the real process isolation.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == ChildCommand {
		os.Exit(ChildMain(os.Args[2:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}
