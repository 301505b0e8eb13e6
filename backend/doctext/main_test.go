package doctext

import (
	"os"
	"testing"
	"time"
)

// envMisbehave makes the test binary's child misbehave, to test isolation:
// "hog" allocates without end, "hang" never returns, "crash" dies in a
// goroutine (a panic no recover can catch), "exit" exits without answering.
const envMisbehave = "DOCTEXT_TEST_MISBEHAVE"

// TestMain makes the test binary act as the extraction child when run with
// ChildCommand, so tests exercise the real process isolation.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == ChildCommand {
		if mode := os.Getenv(envMisbehave); mode != "" {
			childExtract = misbehave(mode)
		}
		os.Exit(ChildMain(os.Args[2:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

var sink [][]byte

func misbehave(mode string) func([]byte, string, string) (*Document, error) {
	return func(data []byte, name, password string) (*Document, error) {
		switch mode {
		case "hog":
			// Allocate without touching the pages: the runtime counts the
			// memory all the same, and faulting pages in is slow on a
			// loaded machine.
			for {
				sink = append(sink, make([]byte, 32<<20))
			}
		case "huge":
			n := 137 << 30
			sink = append(sink, make([]byte, n))
		case "hang":
			time.Sleep(time.Hour)
		case "crash":
			done := make(chan struct{})
			go func() { panic("boom in a goroutine") }()
			<-done
		case "exit":
			os.Exit(7)
		}
		return Extract(data, name, password)
	}
}
