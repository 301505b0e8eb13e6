package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// benchScenarios are scenario files run only by TestPerf (make bench-ui),
// not by TestScenarios: they are slow and print figures instead of checking.
var benchScenarios = []string{"perf.js"}

// perfApps is how many applications the speed figures are measured with;
// perfOpen of them are open (the rest rejected or ghosted).
const (
	perfApps = 10000
	perfOpen = 2000
)

// TestPerf imports 10,000 applications through the CLI, opens the real
// window on them and runs scenarios/perf.js, which times the list, the
// board, a search and a drag inside WebKitGTK and prints the figures; this
// side adds the memory of every app process (PSS) while the data is shown.
// It runs only with HUNTBOOK_E2E_BENCH=1.
func TestPerf(t *testing.T) {
	if os.Getenv("HUNTBOOK_E2E_BENCH") != "1" {
		t.Skip("speed figures run only with HUNTBOOK_E2E_BENCH=1 (make bench-ui)")
	}
	bin := binary(t)
	dataDir := t.TempDir()
	csvPath := filepath.Join(t.TempDir(), "applications.csv")
	writePerfCSV(t, csvPath)
	started := time.Now()
	runCLI(t, bin, dataDir, "import", csvPath)
	t.Logf("perf: imported %d applications through the CLI in %s", perfApps, time.Since(started).Round(time.Millisecond))

	lib := readScenario(t, "lib.js")
	script := filepath.Join(t.TempDir(), "perf.js")
	body := append(append(append([]byte{}, lib...), '\n'), readScenario(t, "perf.js")...)
	if err := os.WriteFile(script, body, 0o600); err != nil {
		t.Fatal(err)
	}
	env := append(isolatedEnv(t), "HUNTBOOK_E2E_SCRIPT="+script, "HUNTBOOK_E2E_TIMEOUT=170s")
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	cmd := windowCmd(ctx, env, bin, dataDir)
	pipe, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	s := bufio.NewScanner(pipe)
	s.Buffer(make([]byte, 1<<20), 1<<20)
	for s.Scan() {
		line := s.Text()
		out.WriteString(line + "\n")
		if strings.Contains(line, "perf: measure memory now") && !strings.Contains(line, "log:") {
			total, parts := groupPSS(cmd.Process.Pid)
			t.Logf("perf: memory with %d applications loaded: %.0f MB PSS in all app processes (%s)", perfApps, float64(total)/1024, parts)
		}
	}
	err = cmd.Wait()
	for _, l := range strings.Split(out.String(), "\n") {
		if i := strings.Index(l, "perf:"); i >= 0 && strings.HasPrefix(strings.TrimSpace(l), "e2e: |") {
			t.Log(l[i:])
		}
	}
	if err != nil || !bytes.Contains(out.Bytes(), []byte("e2e: PASS")) {
		t.Fatalf("perf.js failed (%v):\n%s", err, out.String())
	}
}

// writePerfCSV writes perfApps applications spread over the default stages,
// perfOpen of them open, in the CSV format `huntbook import` reads.
func writePerfCSV(t *testing.T, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := csv.NewWriter(f)
	stages := []string{"Wishlist", "Applied", "Screening", "Interviewing", "Offer"}
	titles := []string{"Backend Engineer", "Site Reliability Engineer", "Data Engineer", "Frontend Developer", "Engineering Manager"}
	cities := []string{"Berlin", "Lisbon", "Amsterdam", "London", "Remote (EU)"}
	_ = w.Write([]string{"company", "title", "stage", "outcome", "location", "tags"})
	for i := 0; i < perfApps; i++ {
		outcome := "open"
		if i >= perfOpen {
			outcome = []string{"rejected", "ghosted"}[i%2]
		}
		_ = w.Write([]string{
			"Company " + strconv.Itoa(10000+i),
			titles[i%len(titles)],
			stages[(i/3)%len(stages)],
			outcome,
			cities[i%len(cities)],
			[]string{"remote", "startup", "", "go"}[i%4],
		})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// groupPSS sums the proportional set size (kB) of the app's processes: the
// descendants of root (xvfb-run) except Xvfb and the shells, that is the app
// and WebKit's helper processes.
func groupPSS(root int) (int64, string) {
	entries, _ := os.ReadDir("/proc")
	parent := map[int]int{}
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if err != nil {
			continue
		}
		// Fields after the command name (which may hold spaces): state ppid ...
		fields := strings.Fields(string(stat[bytes.LastIndexByte(stat, ')')+1:]))
		if len(fields) < 2 {
			continue
		}
		if ppid, err := strconv.Atoi(fields[1]); err == nil {
			parent[pid] = ppid
		}
	}
	under := func(pid int) bool {
		for p, n := parent[pid], 0; p != 0 && n < 64; p, n = parent[p], n+1 {
			if p == root {
				return true
			}
		}
		return false
	}
	var total int64
	var parts []string
	for pid := range parent {
		if !under(pid) {
			continue
		}
		name := procName(pid)
		switch name {
		case "Xvfb", "xauth", "xvfb-run", "sh", "bash":
			continue
		}
		kb := pssKB(pid)
		total += kb
		parts = append(parts, fmt.Sprintf("%s %.0f MB", name, float64(kb)/1024))
	}
	return total, strings.Join(parts, ", ")
}

func procName(pid int) string {
	if b, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid)); err == nil && len(b) > 0 {
		arg0, _, _ := strings.Cut(string(b), "\x00")
		return filepath.Base(arg0)
	}
	b, _ := os.ReadFile(fmt.Sprintf("/proc/%d/comm", pid))
	return strings.TrimSpace(string(b))
}

func pssKB(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/smaps_rollup", pid))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		var kb int64
		if n, _ := fmt.Sscanf(l, "Pss: %d kB", &kb); n == 1 {
			return kb
		}
	}
	return 0
}
