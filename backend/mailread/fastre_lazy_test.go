package mailread

import (
	"sync"
	"testing"
)

// Every rule is built on first use (fastRe.built): build them all here, so
// a bad pattern fails this test rather than the first e-mail that needs it.
func TestEveryRuleCompiles(t *testing.T) {
	all := [][]fastRe{alertRules, statusRules, bodyCompany, titlePatterns, leadTitle, reqPatterns}
	for _, ru := range rules {
		all = append(all, []fastRe{ru.re})
	}
	n := 0
	for _, group := range all {
		for _, f := range group {
			if len(f.built()) == 0 {
				t.Errorf("%q has no pieces", f.lazy.pattern)
			}
			n++
		}
	}
	if n < 50 {
		t.Fatalf("only %d rules found", n)
	}
}

// Rules built by several goroutines at once (background mail checks) agree.
func TestRulesBuildOnceUnderConcurrency(t *testing.T) {
	f := newFastRe(`(?i)(?:thank you for applying|we received your application) to (\w+)`)
	var wg sync.WaitGroup
	got := make([]int, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = len(f.built())
		}()
	}
	wg.Wait()
	for _, n := range got {
		if n != got[0] || n < 2 {
			t.Fatalf("pieces seen: %v", got)
		}
	}
	if m := f.findSubmatch(newDoc("Hello, we received your application to Globex today.")); len(m) != 2 || m[1] != "Globex" {
		t.Fatalf("match %q", m)
	}
}
