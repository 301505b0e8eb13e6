package lazyre_test

import (
	"testing"

	_ "github.com/huntbook/huntbook/backend/cli" // links every reader the command line and window share
	"github.com/huntbook/huntbook/backend/lazyre"
)

// TestEveryPatternCompiles compiles every lazy expression of the packages
// huntbook links (mail, job pages, assistant, calendar, import...): what
// regexp.MustCompile checked at start-up before they became lazy.
func TestEveryPatternCompiles(t *testing.T) {
	if n := lazyre.Count(); n < 100 {
		t.Fatalf("only %d lazy expressions registered, want the readers' 100+", n)
	}
	if err := lazyre.CompileAll(); err != nil {
		t.Fatal(err)
	}
}
