package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Where the time to the first text goes: the app's own milestones (the e2e
// build prints desktop.Mark lines, the page sets huntbook:* performance
// marks), the page's navigation timing, and Go's package init before main
// (GODEBUG=inittrace=1).

// milestone names a point on the start-up path, in the order it happens.
var milestoneLabels = []struct{ key, label string }{
	{"main", "Go main (package init done)"},
	{"database open", "database open"},
	{"wails.Run", "wails.Run called"},
	{"OnStartup", "OnStartup: GTK up, window and webview made"},
	{"navigation", "page navigation starts (web process up)"},
	{"domInteractive", "HTML parsed (DOM interactive)"},
	{"scripts-start", "first app module runs (scripts fetched)"},
	{"scripts-done", "first screen's modules evaluated"},
	{"domContentLoaded", "DOMContentLoaded"},
	{"load", "load event"},
	{"domready", "Wails DOM ready (WebKit load finished)"},
	{"first-commit", "React takes over the page (hydrated)"},
	{"text", "app's first text in the page"},
	{"fcp", "first contentful paint"},
}

// pkgInit is one package's init time from GODEBUG=inittrace=1.
type pkgInit struct {
	pkg string
	ms  float64
}

// parseInit reads a line such as
// "init github.com/x/y @12 ms, 27 ms clock, 1024 bytes, 4 allocs".
func parseInit(line string) (pkgInit, bool) {
	if !strings.HasPrefix(line, "init ") || !strings.Contains(line, " ms clock") {
		return pkgInit{}, false
	}
	f := strings.Fields(line)
	if len(f) < 6 {
		return pkgInit{}, false
	}
	ms, err := strconv.ParseFloat(f[4], 64)
	if err != nil {
		return pkgInit{}, false
	}
	return pkgInit{pkg: f[1], ms: ms}, true
}

// parseMark reads "e2e: mark NAME at UNIXMS unix ms".
func parseMark(line string) (string, int64, bool) {
	rest := line[strings.Index(line, "e2e: mark ")+len("e2e: mark "):]
	i := strings.LastIndex(rest, " at ")
	if i < 0 {
		return "", 0, false
	}
	at, err := strconv.ParseInt(strings.TrimSuffix(rest[i+4:], " unix ms"), 10, 64)
	if err != nil {
		return "", 0, false
	}
	return rest[:i], at, true
}

// milestones puts every timing of one run on one scale: ms from process start.
func milestones(startMS int64, goMarks map[string]int64, page pageTimes, r result) map[string]float64 {
	m := map[string]float64{}
	for name, at := range goMarks {
		m[name] = float64(at - startMS)
	}
	fromPage := func(key string, v float64) {
		if v > 0 {
			m[key] = page.TimeOrigin + v - float64(startMS)
		}
	}
	m["navigation"] = page.TimeOrigin - float64(startMS)
	fromPage("domInteractive", page.DOMInteractive)
	fromPage("domContentLoaded", page.DOMContentLoaded)
	fromPage("load", page.Load)
	for name, v := range page.Marks {
		fromPage(name, v)
	}
	m["domready"] = float64(r.domReadyMS)
	m["text"] = r.renderedMS
	if r.fcpMS > 0 {
		m["fcp"] = r.fcpMS
	}
	return m
}

// initSummary returns the total package init time and the five slowest.
func initSummary(inits []pkgInit) (float64, []pkgInit) {
	total := 0.0
	for _, p := range inits {
		total += p.ms
	}
	top := append([]pkgInit(nil), inits...)
	sort.SliceStable(top, func(i, j int) bool { return top[i].ms > top[j].ms })
	if len(top) > 5 {
		top = top[:5]
	}
	return total, top
}

// printBreakdown prints the median of each milestone over the runs, in the
// order they happen, with the step from the one before.
func printBreakdown(all []result) {
	type row struct {
		label string
		ms    float64
	}
	var rows []row
	for _, ml := range milestoneLabels {
		var v []float64
		for _, r := range all {
			if x, ok := r.milestones[ml.key]; ok {
				v = append(v, x)
			}
		}
		if len(v) == 0 {
			continue
		}
		sort.Float64s(v)
		rows = append(rows, row{ml.label, v[len(v)/2]})
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].ms < rows[j].ms })
	fmt.Println()
	fmt.Printf("%-44s %8s %8s\n", "start-up path (median ms from process start)", "at", "step")
	prev := 0.0
	for _, r := range rows {
		fmt.Printf("  %-42s %8.0f %+8.0f\n", r.label, r.ms, r.ms-prev)
		prev = r.ms
	}
	inits := make([]float64, len(all))
	for i, r := range all {
		inits[i] = r.initMS
	}
	sort.Float64s(inits)
	last := all[len(all)-1]
	var top []string
	for _, p := range last.initTop {
		top = append(top, fmt.Sprintf("%s %.1f", p.pkg, p.ms))
	}
	fmt.Printf("  %-42s %8.0f ms (slowest, last run: %s)\n", "of which Go package init before main", inits[len(inits)/2], strings.Join(top, ", "))
	fmt.Println()
}
