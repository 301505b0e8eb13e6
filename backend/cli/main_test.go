package cli

import (
	"os"
	"testing"

	"github.com/huntbook/huntbook/backend/doctext"
)

// TestMain makes the test binary act as the document reader's child when
// run with doctext.ChildCommand, as main.go does, so cv commands read
// files through the real process isolation.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == doctext.ChildCommand {
		os.Exit(doctext.ChildMain(os.Args[2:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}
