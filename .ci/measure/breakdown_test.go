package main

import "testing"

func TestParseInit(t *testing.T) {
	p, ok := parseInit("init github.com/mattn/go-runewidth @12 ms, 27 ms clock, 1024 bytes, 4 allocs")
	if !ok || p.pkg != "github.com/mattn/go-runewidth" || p.ms != 27 {
		t.Errorf("parseInit = %+v, %v", p, ok)
	}
	p, ok = parseInit("init runtime @0.010 ms, 0.035 ms clock, 0 bytes, 0 allocs")
	if !ok || p.pkg != "runtime" || p.ms != 0.035 {
		t.Errorf("parseInit = %+v, %v", p, ok)
	}
	for _, line := range []string{"e2e: mark main at 1 unix ms", "init", "init x @1 ms, oops ms clock"} {
		if _, ok := parseInit(line); ok {
			t.Errorf("parseInit(%q) accepted it", line)
		}
	}
}

func TestParseMark(t *testing.T) {
	name, at, ok := parseMark("e2e: mark database open at 1795374221000 unix ms")
	if !ok || name != "database open" || at != 1795374221000 {
		t.Errorf("parseMark = %q, %d, %v", name, at, ok)
	}
	if _, _, ok := parseMark("e2e: mark broken"); ok {
		t.Error("parseMark accepted a line without a time")
	}
}

func TestMilestones(t *testing.T) {
	page := pageTimes{TimeOrigin: 1500, DOMInteractive: 100, Marks: map[string]float64{"first-commit": 300}}
	m := milestones(1000, map[string]int64{"main": 1100}, page, result{domReadyMS: 900, renderedMS: 850})
	want := map[string]float64{"main": 100, "navigation": 500, "domInteractive": 600, "first-commit": 800, "domready": 900, "text": 850}
	for k, v := range want {
		if m[k] != v {
			t.Errorf("milestone %s = %v, want %v", k, m[k], v)
		}
	}
	if _, ok := m["load"]; ok {
		t.Error("a page time of 0 (not reported) became a milestone")
	}
}
