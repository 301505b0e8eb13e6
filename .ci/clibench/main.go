// Command clibench times the command line, huntbook, as a user runs it:
// wall time (median) and peak RSS (the largest of the process and its
// children, from wait4) of `huntbook version`, of `huntbook app list` on
// 10,000 applications (imported from a CSV into a fresh data folder), and
// of `huntbook cv parse` on a one-page CV beside `pdftotext -layout` on the
// same file, the two alternating in one run so the machine's load hits both
// alike. It prints figures and asserts nothing (make bench runs it through
// .ci/bench-cli).
//
//	go run ./.ci/clibench -bin build/bin/huntbook [-runs 15]
package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// sample is one run: wall time, CPU time (user + system, the process and
// its children: less stretched than wall time by a busy machine) and peak
// RSS in KiB.
type sample struct {
	wall, cpu time.Duration
	rss       int64
}

func main() {
	bin := flag.String("bin", "build/bin/huntbook", "the huntbook command line to time")
	runs := flag.Int("runs", 15, "runs of each command")
	cv := flag.String("cv", "../shared/corpus/cv/jakegut_resume_compiled_pdftex.pdf", "a one-page CV (PDF)")
	flag.Parse()
	if err := run(*bin, *cv, *runs); err != nil {
		fmt.Fprintln(os.Stderr, "clibench:", err)
		os.Exit(1)
	}
}

func run(bin, cv string, runs int) error {
	bin, err := filepath.Abs(bin)
	if err != nil {
		return fmt.Errorf("binary: %w", err)
	}
	st, err := os.Stat(bin)
	if err != nil {
		return fmt.Errorf("binary: %w", err)
	}
	fmt.Printf("%s: %.1f MB\n", bin, float64(st.Size())/1e6)
	tmp, err := os.MkdirTemp("", "clibench-")
	if err != nil {
		return fmt.Errorf("temp folder: %w", err)
	}
	defer os.RemoveAll(tmp)
	// HOME and XDG folders of its own, so nothing touches the user's data.
	env := append(os.Environ(), "HOME="+tmp, "XDG_DATA_HOME="+filepath.Join(tmp, "data"), "XDG_CONFIG_HOME="+filepath.Join(tmp, "config"))

	version, err := repeat(runs, func() (sample, error) { return timed(env, io.Discard, bin, "version") })
	if err != nil {
		return err
	}
	report("huntbook version", version, "aim <= 20 ms, <= 20 MB")

	dir := filepath.Join(tmp, "apps")
	csvPath := filepath.Join(tmp, "apps.csv")
	if err := writeApps(csvPath, 10000); err != nil {
		return err
	}
	if _, err := timed(env, io.Discard, bin, "--data-dir", dir, "import", csvPath); err != nil {
		return err
	}
	list, err := repeat(runs, func() (sample, error) { return timed(env, io.Discard, bin, "--data-dir", dir, "app", "list") })
	if err != nil {
		return err
	}
	report("huntbook app list (10,000 applications)", list, "aim <= 60 ms")

	cvAbs, err := filepath.Abs(cv)
	if err != nil {
		return fmt.Errorf("cv: %w", err)
	}
	if _, err := os.Stat(cvAbs); err != nil {
		return fmt.Errorf("cv: %w", err)
	}
	var parse, ref []sample
	for i := 0; i < runs; i++ {
		s, err := timed(env, io.Discard, bin, "--data-dir", dir, "cv", "parse", cvAbs)
		if err != nil {
			return err
		}
		parse = append(parse, s)
		if s, err = timed(env, io.Discard, "pdftotext", "-layout", cvAbs, "-"); err != nil {
			return err
		}
		ref = append(ref, s)
	}
	report("huntbook cv parse ("+filepath.Base(cv)+")", parse, "")
	report("pdftotext -layout (same file)", ref, "")
	fmt.Printf("%-44s %.2fx wall, %.2fx CPU (aim <= 1.5x)\n", "cv parse / pdftotext",
		float64(median(parse).wall)/float64(median(ref).wall), float64(median(parse).cpu)/float64(median(ref).cpu))
	if load, err := os.ReadFile("/proc/loadavg"); err == nil {
		fmt.Printf("load average %s (the wall times stretch with it)\n", strings.TrimSpace(string(load)))
	}
	return nil
}

// timed runs argv once with stdout to out and returns its wall time and
// peak RSS; a failure includes its stderr.
func timed(env []string, out io.Writer, argv ...string) (sample, error) {
	cmd := exec.Command(argv[0], argv[1:]...) //nolint:gosec // G204: the benchmark's own commands
	cmd.Env = env
	cmd.Stdout = out
	var errb limited
	cmd.Stderr = &errb
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		return sample{}, fmt.Errorf("%v: %w: %s", argv, err, errb.buf)
	}
	var rss int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = ru.Maxrss // KiB on Linux
	}
	return sample{wall: wall, cpu: cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), rss: rss}, nil
}

func repeat(n int, f func() (sample, error)) ([]sample, error) {
	var out []sample
	for i := 0; i < n; i++ {
		s, err := f()
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// median is the median wall and CPU time with the largest peak RSS seen.
func median(ss []sample) sample {
	walls := make([]time.Duration, len(ss))
	cpus := make([]time.Duration, len(ss))
	var rss int64
	for i, s := range ss {
		walls[i], cpus[i] = s.wall, s.cpu
		rss = max(rss, s.rss)
	}
	sort.Slice(walls, func(i, j int) bool { return walls[i] < walls[j] })
	sort.Slice(cpus, func(i, j int) bool { return cpus[i] < cpus[j] })
	return sample{wall: walls[len(walls)/2], cpu: cpus[len(cpus)/2], rss: rss}
}

func report(name string, ss []sample, aim string) {
	m := median(ss)
	fmt.Printf("%-44s %7.1f ms median of %d (CPU %6.1f ms), peak RSS %5.1f MB  %s\n", name,
		float64(m.wall.Microseconds())/1000, len(ss), float64(m.cpu.Microseconds())/1000, float64(m.rss)/1024, aim)
}

// writeApps writes n applications in the CSV format `huntbook import` reads.
func writeApps(path string, n int) error {
	f, err := os.Create(path) //nolint:gosec // G304: the benchmark's temp file
	if err != nil {
		return fmt.Errorf("write applications: %w", err)
	}
	w := csv.NewWriter(f)
	stages := []string{"Wishlist", "Applied", "Screening", "Interviewing", "Offer"}
	titles := []string{"Backend Engineer", "Site Reliability Engineer", "Data Engineer", "Frontend Developer", "Engineering Manager"}
	_ = w.Write([]string{"company", "title", "stage", "location"})
	for i := 0; i < n; i++ {
		_ = w.Write([]string{"Company " + strconv.Itoa(i), titles[i%len(titles)], stages[(i/3)%len(stages)], "Berlin"})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		f.Close()
		return fmt.Errorf("write applications: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write applications: %w", err)
	}
	return nil
}

// limited keeps the first 4 KiB written to it.
type limited struct{ buf []byte }

func (l *limited) Write(p []byte) (int, error) {
	if room := 4096 - len(l.buf); room > 0 {
		l.buf = append(l.buf, p[:min(room, len(p))]...)
	}
	return len(p), nil
}
