package transfer

import (
	"strings"
	"testing"
)

// TestCSVWriterDefusesFormulas: a cell a spreadsheet would run as a formula
// gets an apostrophe; numbers and other text are left alone.
func TestCSVWriterDefusesFormulas(t *testing.T) {
	rec := []string{"=1+1", "+x", "-x", "@x", "\tx", "\rx", "-5", "+1.5", "ok", "a=b", ""}
	var buf strings.Builder
	w := NewCSVWriter(&buf)
	if err := w.Write(rec); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	want := "'=1+1,'+x,'-x,'@x,'\tx,\"'\rx\",-5,+1.5,ok,a=b,\n"
	if buf.String() != want {
		t.Fatalf("got %q, want %q", buf.String(), want)
	}
	if rec[0] != "=1+1" {
		t.Fatalf("Write changed its argument: %q", rec)
	}
}
