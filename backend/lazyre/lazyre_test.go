package lazyre

import (
	"regexp"
	"strings"
	"testing"
)

// TestSameResultsAsRegexp: a lazy expression finds, replaces and splits as
// the compiled one does, and compiles only when first used.
func TestSameResultsAsRegexp(t *testing.T) {
	const expr = `(?i)(\d{4})-(\d{2})|\bjan(?:uary)?\b`
	lazy := New(expr)
	if lazy.re != nil {
		t.Fatal("compiled at New, want on first use")
	}
	eager := regexp.MustCompile(expr)
	s := "Started 2021-03, left in January; JAN 2024-11 again"
	if got, want := lazy.FindAllStringSubmatch(s, -1), eager.FindAllStringSubmatch(s, -1); !equal2(got, want) {
		t.Errorf("FindAllStringSubmatch = %q, want %q", got, want)
	}
	if lazy.re == nil {
		t.Fatal("not compiled after first use")
	}
	if got, want := lazy.ReplaceAllString(s, "<$1>"), eager.ReplaceAllString(s, "<$1>"); got != want {
		t.Errorf("ReplaceAllString = %q, want %q", got, want)
	}
	if got, want := strings.Join(lazy.Split(s, -1), "|"), strings.Join(eager.Split(s, -1), "|"); got != want {
		t.Errorf("Split = %q, want %q", got, want)
	}
	if lazy.MatchString("nothing here") || !lazy.MatchString("1999-12") {
		t.Error("MatchString disagrees with the pattern")
	}
	if lazy.String() != expr || lazy.NumSubexp() != 2 {
		t.Errorf("String/NumSubexp = %q/%d", lazy.String(), lazy.NumSubexp())
	}
}

// TestCompileAllReportsABadPattern: a pattern that would have panicked at
// init is caught by CompileAll (run by a test) instead of at first use.
func TestCompileAllReportsABadPattern(t *testing.T) {
	allMu.Lock()
	saved := all
	all = nil
	allMu.Unlock()
	t.Cleanup(func() { allMu.Lock(); all = saved; allMu.Unlock() })
	New(`fine`)
	if err := CompileAll(); err != nil {
		t.Fatalf("CompileAll on a good pattern: %v", err)
	}
	New(`broken(`)
	if err := CompileAll(); err == nil || !strings.Contains(err.Error(), "missing closing )") {
		t.Fatalf("CompileAll on a bad pattern = %v, want the parse error", err)
	}
}

func equal2(a, b [][]string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if strings.Join(a[i], "\x00") != strings.Join(b[i], "\x00") {
			return false
		}
	}
	return true
}
