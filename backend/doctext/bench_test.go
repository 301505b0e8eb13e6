package doctext

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/corpus"
)

// envChildBin names a binary to run as the child in benchmarks (the app
// binary, which links WebKitGTK, starts slower than the test binary):
// DOCTEXT_CHILD_BIN=build/bin/huntbook go test -bench Read ./backend/doctext/
const envChildBin = "DOCTEXT_CHILD_BIN"

// benchChild points the child at $DOCTEXT_CHILD_BIN for the benchmark.
func benchChild(b *testing.B) {
	bin := os.Getenv(envChildBin)
	if bin == "" {
		return
	}
	old := childExecutable
	childExecutable = func() (string, error) { return bin, nil }
	b.Cleanup(func() { childExecutable = old })
	b.Logf("child binary: %s", bin)
}

func corpusCVs(b *testing.B) []string {
	dir := corpus.Path(b, "cv")
	files, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	if len(files) == 0 {
		b.Fatalf("missing test input: no PDF CVs in %s", dir)
	}
	return files
}

func benchName(path string) string { return strings.TrimSuffix(filepath.Base(path), ".pdf") }

// pdftotextTime is poppler's pdftotext -layout time on path (best of 5),
// or 0 when it is not installed.
func pdftotextTime(path string) time.Duration {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		return 0
	}
	best := time.Duration(0)
	for i := 0; i < 5; i++ {
		start := time.Now()
		if err := exec.Command(bin, "-layout", path, os.DevNull).Run(); err != nil {
			return 0
		}
		if d := time.Since(start); best == 0 || d < best {
			best = d
		}
	}
	return best
}

// BenchmarkExtract is the in-process extraction of each corpus CV.
func BenchmarkExtract(b *testing.B) {
	for _, f := range corpusCVs(b) {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(benchName(f), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for i := 0; i < b.N; i++ {
				if _, err := Extract(data, f, ""); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRead is the full read of each corpus CV through a child started
// for it (the command line's case), beside pdftotext -layout on the same
// file, with the child's peak memory.
func BenchmarkRead(b *testing.B) { benchReads(b, false) }

// BenchmarkReadWarm is BenchmarkRead through a child started in advance,
// as in the window (Warm): each read finds a child loaded and waiting (the
// benchmark waits, untimed, for the successor of the last).
func BenchmarkReadWarm(b *testing.B) { benchReads(b, true) }

func benchReads(b *testing.B, warm bool) {
	benchChild(b)
	if warm {
		b.Cleanup(cool)
		Warm()
	}
	for _, f := range corpusCVs(b) {
		b.Run(benchName(f), func(b *testing.B) {
			if warm {
				readyChild(b) // a child loading beside pdftotext would slow it
			}
			ref := pdftotextTime(f)
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			var peak int64
			var total, best time.Duration
			for i := 0; i < b.N; i++ {
				if warm {
					readyChild(b)
				}
				start := time.Now()
				_, run, err := readChild(context.Background(), f, data, Options{})
				d := time.Since(start) // the answer decoded included
				if err != nil || run.warm != warm {
					b.Fatalf("warm=%v err=%v", run.warm, err)
				}
				total += d
				if best == 0 || d < best {
					best = d
				}
				peak = max(peak, run.peakRSS)
			}
			b.ReportMetric(float64((total/time.Duration(b.N)).Microseconds())/1000, "read-ms")
			b.ReportMetric(float64(best.Microseconds())/1000, "best-ms")
			b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
			if ref > 0 {
				// like for like: the best of our runs (-benchtime 5x) beside
				// the best of pdftotext's five
				b.ReportMetric(float64(ref.Microseconds())/1000, "pdftotext-ms")
				b.ReportMetric(float64(best)/float64(ref), "x-pdftotext")
			}
		})
	}
}

// Benchmark200Pages reads a generated 200-page PDF (target: <= 2 s).
func Benchmark200Pages(b *testing.B) {
	benchChild(b)
	pages := make([][]textItem, 200)
	for i := range pages {
		pages[i] = cvPage(i + 1)
	}
	data := makePDF(pages)
	b.Run("extract", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			doc, err := Extract(data, "long.pdf", "")
			if err != nil || len(doc.Pages) != 200 {
				b.Fatalf("%v, %v", err, doc)
			}
		}
	})
	b.Run("read", func(b *testing.B) {
		var peak int64
		for i := 0; i < b.N; i++ {
			doc, run, err := readChild(context.Background(), "long.pdf", data, Options{})
			if err != nil || len(doc.Pages) != 200 {
				b.Fatalf("%v, %v", err, doc)
			}
			peak = max(peak, run.peakRSS)
		}
		b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
	})
	b.Run("read-warm", func(b *testing.B) {
		b.Cleanup(cool)
		Warm()
		var peak int64
		var total time.Duration
		for i := 0; i < b.N; i++ {
			readyChild(b)
			start := time.Now()
			doc, run, err := readChild(context.Background(), "long.pdf", data, Options{})
			total += time.Since(start)
			if err != nil || len(doc.Pages) != 200 || !run.warm {
				b.Fatalf("%v, %v", err, doc)
			}
			peak = max(peak, run.peakRSS)
		}
		b.ReportMetric(float64((total/time.Duration(b.N)).Microseconds())/1000, "read-ms")
		b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
	})
}

// BenchmarkBadPDFs reads every file of bad-pdf through the child: the
// slowest file and the highest peak memory of the child.
func BenchmarkBadPDFs(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(corpus.Path(b, "bad-pdf"), "*.pdf"))
	for i := 0; i < b.N; i++ {
		var peak int64
		var slowest time.Duration
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			start := time.Now()
			_, run, _ := readChild(context.Background(), f, data, Options{Timeout: 3 * time.Second})
			peak = max(peak, run.peakRSS)
			slowest = max(slowest, time.Since(start))
		}
		b.ReportMetric(float64(peak)/(1<<20), "max-peak-MB")
		b.ReportMetric(slowest.Seconds(), "slowest-s")
	}
}
