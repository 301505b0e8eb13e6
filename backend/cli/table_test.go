package cli

import (
	"bytes"
	"strings"
	"testing"
)

// countingWriter counts the writes that reach it.
type countingWriter struct {
	bytes.Buffer
	writes int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.writes++
	return c.Buffer.Write(p)
}

// TestAppListWritesInBulk: the aligned listing reaches stdout in a couple of
// writes, not a write per cell and per run of padding (a system call each
// on a terminal or pipe), and keeps its columns aligned.
func TestAppListWritesInBulk(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []string{"Acme Robotics", "Globex", "Initech Deutschland"} {
		must(t, run(t, dir, "app", "add", "--company", c, "--title", "Engineer"))
	}
	out := &countingWriter{}
	env := &Env{Stdin: strings.NewReader(""), Stdout: out, Stderr: &bytes.Buffer{}, Version: "test"}
	if code := Run([]string{"--data-dir", dir, "app", "list"}, env); code != 0 {
		t.Fatalf("exit %d", code)
	}
	if out.writes > 2 {
		t.Errorf("%d writes for 3 rows, want the table in one and the count in one", out.writes)
	}
	lines := strings.Split(out.String(), "\n")
	if len(lines) < 5 || !strings.HasPrefix(lines[0], "ID  ") || lines[4] != "3 applications" {
		t.Fatalf("listing:\n%s", out.String())
	}
	col := strings.Index(lines[0], "COMPANY")
	for _, l := range lines[1:4] {
		if rest := l[col:]; !strings.HasPrefix(rest, "Acme") && !strings.HasPrefix(rest, "Globex") && !strings.HasPrefix(rest, "Initech") {
			t.Errorf("company column not aligned under COMPANY at %d: %q", col, l)
		}
	}
}

// TestOneLineFastPathAgrees: oneLine returns a name as is only when
// folding its spaces would not change it.
func TestOneLineFastPathAgrees(t *testing.T) {
	for _, s := range []string{"", "Acme", "Acme Robotics", " Acme", "Acme ", "Acme  Robotics", "Acme\tRobotics",
		"Acme\nRobotics", "Acme\u00a0Robotics", "Zürich Versicherung", "Acme\u2003Robotics", "a b c d e f",
		strings.Repeat("x", 48), strings.Repeat("x", 49), strings.Repeat("ab ", 20)} {
		want := strings.Join(strings.Fields(s), " ")
		if len(want) > 48 {
			want = want[:47] + "…"
		}
		if got := oneLine(s); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", s, got, want)
		}
	}
}
