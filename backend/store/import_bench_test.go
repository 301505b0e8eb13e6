package store

import (
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// BenchmarkImport100kWhileAnotherWrites imports 100,000 applications (with
// 300,000 notes and 50,000 contacts) while a second connection pool on the
// same file, as the CLI or the window would be, adds an application every
// 20 ms. It reports the import's time, the heap's peak during it and how
// many of the other writer's writes failed (the aim is 0).
func BenchmarkImport100kWhileAnotherWrites(b *testing.B) {
	ds := genDataset(100_000, 3, 50_000, 11)
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		path := filepath.Join(b.TempDir(), FileName)
		db, err := Open(path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		other, err := Open(path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		var writes, failed atomic.Int64
		var slowest atomic.Int64
		stop := make(chan struct{})
		var wg sync.WaitGroup
		wg.Add(2)
		go func() { // the other writer
			defer wg.Done()
			t := time.NewTicker(20 * time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-stop:
					return
				case <-t.C:
				}
				start := time.Now()
				_, err := other.CreateApplication(ctx, model.Application{Company: "Elsewhere", Title: "Meanwhile"})
				if d := time.Since(start).Milliseconds(); d > slowest.Load() {
					slowest.Store(d)
				}
				writes.Add(1)
				if err != nil {
					failed.Add(1)
					b.Logf("concurrent write failed: %v", err)
				}
			}
		}()
		var peak atomic.Uint64
		go func() { // the heap's peak
			defer wg.Done()
			var m runtime.MemStats
			for {
				runtime.ReadMemStats(&m)
				if m.HeapInuse > peak.Load() {
					peak.Store(m.HeapInuse)
				}
				select {
				case <-stop:
					return
				case <-time.After(50 * time.Millisecond):
				}
			}
		}()
		b.StartTimer()
		start := time.Now()
		if _, err := db.Import(ctx, ds); err != nil {
			b.Fatal(err)
		}
		took := time.Since(start)
		b.StopTimer()
		time.Sleep(100 * time.Millisecond)
		close(stop)
		wg.Wait()
		b.ReportMetric(took.Seconds(), "import-s")
		b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MB")
		b.ReportMetric(float64(writes.Load()), "other-writes")
		b.ReportMetric(float64(failed.Load()), "failed-writes")
		b.ReportMetric(float64(slowest.Load()), "slowest-write-ms")
		other.Close()
		db.Close()
		b.StartTimer()
	}
}
