package service

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/corpus"
	"github.com/huntbook/huntbook/backend/store"
)

// cvBenchServices opens services over a fresh database for a benchmark.
func cvBenchServices(b *testing.B) *Services {
	b.Helper()
	db, err := store.Open(filepath.Join(b.TempDir(), store.FileName), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return New(db, Deps{DataDir: b.TempDir(), Version: "bench"})
}

// BenchmarkImportCV imports a two-page corpus CV through the real reader
// child: reading, parsing and storing. Each run gets different bytes (a
// trailing PDF comment), so none is de-duplicated.
func BenchmarkImportCV(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(corpus.Path(b, "cv"), "rendercv_John_Doe_ClassicTheme_CV.pdf"))
	if err != nil {
		b.Fatal(err)
	}
	s := cvBenchServices(b)
	dir := b.TempDir()
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		p := filepath.Join(dir, fmt.Sprintf("cv%d.pdf", i))
		run := append(append([]byte(nil), data...), fmt.Sprintf("\n%% run %d\n", i)...)
		if err := os.WriteFile(p, run, 0o600); err != nil {
			b.Fatal(err)
		}
		res, err := s.Profile.ImportCVNow(p, "", "")
		if err != nil || !res.Created {
			b.Fatalf("import: %+v %v", res.Created, err)
		}
	}
	b.ReportMetric(float64(time.Since(start).Milliseconds())/float64(b.N), "ms/import")
}

// BenchmarkImportCVAgain imports bytes already stored: hashing and the
// look-up only, no reading.
func BenchmarkImportCVAgain(b *testing.B) {
	p := filepath.Join(corpus.Path(b, "cv"), "rendercv_John_Doe_ClassicTheme_CV.pdf")
	s := cvBenchServices(b)
	if _, err := s.Profile.ImportCVNow(p, "", ""); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		if res, err := s.Profile.ImportCVNow(p, "", ""); err != nil || res.Created {
			b.Fatalf("again: %v %v", res.Created, err)
		}
	}
	b.ReportMetric(float64(time.Since(start).Microseconds())/float64(b.N), "µs/import")
}
