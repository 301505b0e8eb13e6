// Command measure starts the real Huntbook window under Xvfb and prints how
// fast it shows, how much memory it takes and whether it opens any network
// connection while starting and idling.
//
//	go run ./.ci/measure -bin build/bin/huntbook-e2e [-runs 3] [-idle 10s]
//
// The binary must be built with -tags e2e: a small script injected after DOM
// ready reports the page's paint timings, then keeps the window idle while
// this command samples every process of the app (the app, WebKitWebProcess,
// WebKitNetworkProcess): PSS from /proc/PID/smaps_rollup and every inet
// socket from /proc/PID/fd matched against /proc/net/{tcp,tcp6,udp,udp6}.
// Any socket to a non-loopback address makes the command exit 1.
//
// It also prints where the time to the first text goes, from process start:
// the app's own milestones (desktop.Mark in the Go start-up path, huntbook:*
// performance marks in the page), the page's navigation timing and Go's
// package init before main (GODEBUG=inittrace=1), each the median of the
// runs. The figures stretch with the machine's load, which it prints too.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"
)

// probe is injected into the page: it waits until the app has rendered text,
// reports timings (navigation, paint and the app's huntbook:* marks) and idles.
const probe = `(async () => {
  const log = (line) => window.runtime.EventsEmit('e2e:log', { line });
  const t0 = Date.now();
  while (!(document.body.innerText || '').trim() && Date.now() - t0 < 30000) {
    await new Promise((r) => setTimeout(r, 10));
  }
  const rendered = performance.now();
  // The text is the prerendered first screen: wait for React to take it over
  // too, so the breakdown shows when the window starts to answer clicks.
  while (!performance.getEntriesByName('huntbook:first-commit', 'mark').length && Date.now() - t0 < 30000) {
    await new Promise((r) => setTimeout(r, 10));
  }
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const paint = {};
  for (const e of performance.getEntriesByType('paint')) paint[e.name] = e.startTime;
  const marks = {};
  for (const e of performance.getEntriesByType('mark')) {
    if (e.name.startsWith('huntbook:')) marks[e.name.slice(9)] = e.startTime;
  }
  const nav = performance.getEntriesByType('navigation')[0] || {};
  log('measure ' + JSON.stringify({ timeOrigin: performance.timeOrigin, rendered, paint, marks,
    domInteractive: nav.domInteractive || 0, domContentLoaded: nav.domContentLoadedEventEnd || 0,
    load: nav.loadEventEnd || 0 }));
  log('idle-start');
  await new Promise((r) => setTimeout(r, IDLE_MS));
  window.runtime.EventsEmit('e2e:done', { ok: true, log: '' });
})();`

// pageTimes is what the probe reports, in ms from the page's time origin.
type pageTimes struct {
	TimeOrigin       float64            `json:"timeOrigin"`
	Rendered         float64            `json:"rendered"`
	Paint            map[string]float64 `json:"paint"`
	Marks            map[string]float64 `json:"marks"`
	DOMInteractive   float64            `json:"domInteractive"`
	DOMContentLoaded float64            `json:"domContentLoaded"`
	Load             float64            `json:"load"`
}

// result is one run's figures.
type result struct {
	domReadyMS   int64   // process start to Wails DOM ready
	renderedMS   float64 // process start to the app's first text in the page
	fcpMS        float64 // process start to first contentful paint (0 if not reported)
	pssKB        map[string]int64
	peakPSSKB    int64
	remote       []string // non-loopback connections seen
	listening    []string
	samples      int
	processCount int
	milestones   map[string]float64 // name -> ms from process start (see breakdown.go)
	initMS       float64            // package init before main (GODEBUG=inittrace=1)
	initTop      []pkgInit          // the slowest package inits
}

func main() {
	bin := flag.String("bin", "build/bin/huntbook-e2e", "app binary built with -tags e2e")
	runs := flag.Int("runs", 3, "number of cold starts")
	idle := flag.Duration("idle", 10*time.Second, "idle time sampled after start")
	flag.Parse()
	if err := measure(*bin, *runs, *idle); err != nil {
		fmt.Fprintln(os.Stderr, "measure:", err)
		os.Exit(1)
	}
}

func measure(bin string, runs int, idle time.Duration) error {
	abs, err := filepath.Abs(bin)
	if err != nil {
		return err
	}
	fmt.Printf("load average before: %s\n", loadAverage())
	var all []result
	for i := 0; i < runs; i++ {
		r, err := once(abs, idle)
		if err != nil {
			return fmt.Errorf("run %d: %w", i+1, err)
		}
		all = append(all, r)
		fmt.Printf("run %d: DOM ready %d ms, app text shown %.0f ms, first contentful paint %s, "+
			"PSS %.1f MB over %d processes (peak %.1f MB), remote connections %d\n",
			i+1, r.domReadyMS, r.renderedMS, msOrNA(r.fcpMS), float64(sum(r.pssKB))/1024, r.processCount,
			float64(r.peakPSSKB)/1024, len(r.remote))
	}
	last := all[len(all)-1]
	fmt.Printf("load average after: %s (the figures stretch with the machine's load)\n", loadAverage())
	fmt.Println()
	fmt.Printf("%-44s %s\n", "figure (median of runs, from process start)", "value")
	fmt.Printf("%-44s %d ms\n", "Wails DOM ready", median(all, func(r result) float64 { return float64(r.domReadyMS) }))
	fmt.Printf("%-44s %d ms\n", "app's first text in the page", median(all, func(r result) float64 { return r.renderedMS }))
	if last.fcpMS > 0 {
		fmt.Printf("%-44s %d ms\n", "first contentful paint", median(all, func(r result) float64 { return r.fcpMS }))
	}
	printBreakdown(all)
	fmt.Printf("%-44s %.1f MB\n", "memory PSS, all processes, idle", float64(median(all, func(r result) float64 { return float64(sum(r.pssKB)) }))/1024)
	names := make([]string, 0, len(last.pssKB))
	for n := range last.pssKB {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("  %-42s %.1f MB\n", n, float64(last.pssKB[n])/1024)
	}
	remote := 0
	for _, r := range all {
		remote += len(r.remote)
		for _, c := range r.remote {
			fmt.Println("  remote connection:", c)
		}
	}
	fmt.Printf("%-44s %d (every 100 ms from launch to exit, %s idle per run)\n", "non-loopback sockets at start and idle", remote, idle)
	fmt.Printf("%-44s %d\n", "listening sockets", len(last.listening))
	for _, l := range last.listening {
		fmt.Println("  listening:", l)
	}
	if remote > 0 {
		return fmt.Errorf("the app opened %d network connections nobody asked for", remote)
	}
	return nil
}

// loadAverage returns the 1, 5 and 15 minute load averages.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

func msOrNA(v float64) string {
	if v <= 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.0f ms", v)
}

func sum(m map[string]int64) int64 {
	var s int64
	for _, v := range m {
		s += v
	}
	return s
}

func median(rs []result, f func(result) float64) int64 {
	v := make([]float64, len(rs))
	for i, r := range rs {
		v[i] = f(r)
	}
	sort.Float64s(v)
	return int64(v[len(v)/2] + 0.5)
}

// probeEnv is this environment without display, XDG and Huntbook variables,
// plus fresh XDG folders under tmp and the e2e probe's settings.
func probeEnv(tmp, script string, idle time.Duration) []string {
	env := []string{}
	for _, kv := range os.Environ() {
		k := strings.SplitN(kv, "=", 2)[0]
		if k == "DISPLAY" || k == "WAYLAND_DISPLAY" || strings.HasPrefix(k, "XDG_") || strings.HasPrefix(k, "HUNTBOOK_") {
			continue
		}
		env = append(env, kv)
	}
	return append(env,
		"XDG_CACHE_HOME="+filepath.Join(tmp, "cache"), "XDG_DATA_HOME="+filepath.Join(tmp, "share"),
		"XDG_CONFIG_HOME="+filepath.Join(tmp, "config"), "HUNTBOOK_E2E_SCRIPT="+script,
		"HUNTBOOK_E2E_TIMEOUT="+(idle+90*time.Second).String(), "HUNTBOOK_E2E_SHOTS="+tmp,
		"GODEBUG=inittrace=1")
}

// once runs the app a single time and samples it while idle.
func once(bin string, idle time.Duration) (result, error) {
	res := result{pssKB: map[string]int64{}}
	tmp, err := os.MkdirTemp("", "huntbook-measure-")
	if err != nil {
		return res, err
	}
	defer os.RemoveAll(tmp)
	script := filepath.Join(tmp, "probe.js")
	js := strings.Replace(probe, "IDLE_MS", fmt.Sprint(idle.Milliseconds()+1000), 1)
	if err := os.WriteFile(script, []byte(js), 0o600); err != nil {
		return res, err
	}
	env := probeEnv(tmp, script, idle)
	ctx, cancel := context.WithTimeout(context.Background(), idle+2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "xvfb-run", "-a", "-s", "-screen 0 1280x800x24", bin, "--data-dir", filepath.Join(tmp, "data"))
	cmd.Env = env
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return res, err
	}
	cmd.Stdout = io.Discard
	if err := cmd.Start(); err != nil {
		return res, fmt.Errorf("start xvfb-run: %w", err)
	}
	// Watch sockets from the first moment, every 100 ms, until the app exits.
	stopWatch := make(chan struct{})
	watched := make(chan []string, 1)
	go func() {
		seen := map[string]bool{}
		var found []string
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			for _, pid := range appProcesses(cmd.Process.Pid) {
				remote, _ := sockets(pid)
				for _, c := range remote {
					if key := comm(pid) + " " + c; !seen[key] {
						seen[key] = true
						found = append(found, key)
					}
				}
			}
			select {
			case <-stopWatch:
				watched <- found
				return
			case <-tick.C:
			}
		}
	}()
	var startMS int64
	var page pageTimes
	var out strings.Builder
	goMarks := map[string]int64{}
	var inits []pkgInit
	lines := bufio.NewScanner(stderr)
	for lines.Scan() {
		line := lines.Text()
		if p, ok := parseInit(line); ok {
			inits = append(inits, p)
			continue
		}
		out.WriteString(line + "\n")
		switch {
		case strings.Contains(line, "e2e: mark "):
			if name, at, ok := parseMark(line); ok {
				goMarks[name] = at
			}
		case strings.Contains(line, "dom-ready after"):
			const format = "dom-ready after %d ms since process start (start %d unix ms)"
			if _, err := fmt.Sscanf(line[strings.Index(line, "dom-ready after"):], format, &res.domReadyMS, &startMS); err != nil {
				return res, fmt.Errorf("dom-ready line %q: %w", line, err)
			}
		case strings.Contains(line, "| measure "):
			if err := json.Unmarshal([]byte(line[strings.Index(line, "measure ")+8:]), &page); err != nil {
				return res, fmt.Errorf("probe output %q: %w", line, err)
			}
		case strings.Contains(line, "| idle-start"):
			sample(cmd.Process.Pid, idle, &res)
		}
	}
	waitErr := cmd.Wait()
	close(stopWatch)
	for _, c := range <-watched {
		if !contains(res.remote, c) {
			res.remote = append(res.remote, c)
		}
	}
	if waitErr != nil {
		return res, fmt.Errorf("app: %w\n%s", waitErr, out.String())
	}
	if startMS == 0 || page.TimeOrigin == 0 {
		return res, fmt.Errorf("no timings in the app output (was it built with -tags e2e?)\n%s", out.String())
	}
	res.renderedMS = page.TimeOrigin + page.Rendered - float64(startMS)
	if fcp := page.Paint["first-contentful-paint"]; fcp > 0 {
		res.fcpMS = page.TimeOrigin + fcp - float64(startMS)
	}
	res.milestones = milestones(startMS, goMarks, page, res)
	res.initMS, res.initTop = initSummary(inits)
	return res, nil
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// sample reads memory and sockets of the app's processes once a second.
func sample(root int, idle time.Duration, res *result) {
	seenRemote := map[string]bool{}
	deadline := time.Now().Add(idle)
	for time.Now().Before(deadline) {
		pids := appProcesses(root)
		pss := map[string]int64{}
		for _, pid := range pids {
			name := comm(pid)
			pss[name] += pssOf(pid)
			remote, listen := sockets(pid)
			for _, c := range remote {
				key := name + " " + c
				if !seenRemote[key] {
					seenRemote[key] = true
					res.remote = append(res.remote, key)
				}
			}
			if len(listen) > 0 {
				res.listening = listen
			}
		}
		res.pssKB = pss
		res.processCount = len(pids)
		if s := sum(pss); s > res.peakPSSKB {
			res.peakPSSKB = s
		}
		res.samples++
		time.Sleep(time.Second)
	}
}

// appProcesses lists the descendants of root that belong to the app: all of
// them except Xvfb, xauth and the shell of xvfb-run.
func appProcesses(root int) []int {
	children := map[int][]int{}
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		var pid int
		if _, err := fmt.Sscan(e.Name(), &pid); err != nil {
			continue
		}
		stat, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		rest := string(stat[strings.LastIndexByte(string(stat), ')')+1:])
		var state string
		var ppid int
		if _, err := fmt.Sscan(rest, &state, &ppid); err != nil {
			continue // the process exited while we read it
		}
		children[ppid] = append(children[ppid], pid)
	}
	var out []int
	queue := []int{root}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		for _, c := range children[p] {
			queue = append(queue, c)
			switch comm(c) {
			case "Xvfb", "xauth", "xvfb-run", "sh", "bash":
				continue
			}
			out = append(out, c)
		}
	}
	return out
}

// comm is the process's program name: the base name of argv[0] (comm
// itself is cut at 15 characters, "WebKitNetworkPr").
func comm(pid int) string {
	if b, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid)); err == nil && len(b) > 0 {
		arg0, _, _ := strings.Cut(string(b), "\x00")
		return filepath.Base(arg0)
	}
	b, _ := os.ReadFile(fmt.Sprintf("/proc/%d/comm", pid))
	return strings.TrimSpace(string(b))
}

// pssOf returns the proportional set size of a process in kB.
func pssOf(pid int) int64 {
	f, err := os.Open(fmt.Sprintf("/proc/%d/smaps_rollup", pid))
	if err != nil {
		return 0
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		var kb int64
		if n, _ := fmt.Sscanf(s.Text(), "Pss: %d kB", &kb); n == 1 {
			return kb
		}
	}
	return 0
}
