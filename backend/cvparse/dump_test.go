package cvparse

import (
	"encoding/json"
	"os"
	"testing"
)

// TestDump prints the parse of the text file named by CVPARSE_DUMP: a tool
// for looking at the parser's output by hand (skipped otherwise).
func TestDump(t *testing.T) {
	path := os.Getenv("CVPARSE_DUMP")
	if path == "" {
		t.Skip("set CVPARSE_DUMP=file.txt to print its parse")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r := Parse(FromText(string(b)))
	r.Fields = nil
	out, _ := json.MarshalIndent(r, "", " ")
	t.Log(string(out))
}
