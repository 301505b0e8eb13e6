package mailread

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/corpus"
)

// corpusMessages returns the corpus .eml files as raw messages.
func corpusMessages(tb testing.TB) [][]byte {
	tb.Helper()
	dir := corpus.Path(tb, "email")
	names, err := filepath.Glob(filepath.Join(dir, "*.eml"))
	if err != nil || len(names) == 0 {
		tb.Fatalf("missing test input: no .eml files in %s", dir)
	}
	sort.Strings(names)
	var out [][]byte
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

// writeMbox writes an mbox of n messages cycling through msgs (mboxrd
// quoting) to path and returns its size.
func writeMbox(tb testing.TB, path string, msgs [][]byte, n int) int64 {
	tb.Helper()
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	date := time.Date(2025, 1, 6, 18, 10, 41, 0, time.UTC)
	for i := 0; i < n; i++ {
		fmt.Fprintf(w, "From %d@xxx %s\n", i, date.Add(time.Duration(i)*time.Minute).Format("Mon Jan 02 15:04:05 -0700 2006"))
		for _, line := range strings.SplitAfter(strings.ReplaceAll(string(msgs[i%len(msgs)]), "\r\n", "\n"), "\n") {
			if strings.HasPrefix(strings.TrimLeft(line, ">"), "From ") {
				line = ">" + line
			}
			if _, err := w.WriteString(line); err != nil {
				tb.Fatal(err)
			}
		}
		if _, err := w.WriteString("\n\n"); err != nil {
			tb.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	st, _ := f.Stat()
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
	return st.Size()
}

// BenchmarkReadClassify10k reads and classifies a 10,000-message mbox built
// from the corpus messages; it reports messages per second of wall time and
// per second of this process's CPU time (the wall figure suffers when other
// work shares the machine).
func BenchmarkReadClassify10k(b *testing.B) {
	path := filepath.Join(b.TempDir(), "10k.mbox")
	size := writeMbox(b, path, corpusMessages(b), 10_000)
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		start := time.Now()
		cpu0, _ := cpuTime()
		err = ReadMbox(f, Limits{}, func(it Item) error {
			if it.Err != nil {
				return it.Err
			}
			Classify(it.Message, time.UTC)
			n++
			return nil
		})
		f.Close()
		if err != nil || n != 10_000 {
			b.Fatalf("read %d messages: %v", n, err)
		}
		b.ReportMetric(float64(n)/time.Since(start).Seconds(), "msgs/s")
		if cpu1, _ := cpuTime(); cpu1 > cpu0 {
			b.ReportMetric(float64(n)/(cpu1-cpu0).Seconds(), "msgs/cpu-s")
		}
	}
}

// BenchmarkMbox1GBMemory reads (and classifies) a 1 GB mbox and reports
// the peak heap the Go runtime took from the system while reading
// (HeapSys, sampled) and the process's peak resident set, which must stay
// far below the file's size: the mbox is streamed.
func BenchmarkMbox1GBMemory(b *testing.B) {
	msgs := corpusMessages(b)
	path := filepath.Join(b.TempDir(), "1g.mbox")
	per := 0
	for _, m := range msgs {
		per += len(m)
	}
	n := (1 << 30) / (per / len(msgs))
	size := writeMbox(b, path, msgs, n)
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		base := ms.HeapSys
		peak := base
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		count := 0
		err = ReadMbox(f, Limits{}, func(it Item) error {
			count++
			if it.Message != nil {
				Classify(it.Message, time.UTC)
			}
			if count%500 == 0 {
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapSys)
			}
			return nil
		})
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
		if _, rss := cpuTime(); rss > 0 {
			b.ReportMetric(float64(rss)/(1<<20), "max-rss-MB")
		}
		b.ReportMetric(float64(count), "msgs")
	}
}
