package jobpost

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/corpus"
)

// BenchmarkReadBiggestCorpusPage reads the largest file of the job corpus
// (a saved LinkedIn page).
func BenchmarkReadBiggestCorpusPage(b *testing.B) {
	dir := corpus.Dir()
	if dir == "" {
		b.Fatal("shared corpus not found (set HUNTBOOK_CORPUS or place it at ../shared/corpus)")
	}
	var biggest string
	var size int64
	for _, sub := range []string{"jobs", "jd"} {
		files, _ := filepath.Glob(filepath.Join(dir, sub, "*"))
		for _, f := range files {
			if st, err := os.Stat(f); err == nil && st.Size() > size {
				biggest, size = f, st.Size()
			}
		}
	}
	data, err := os.ReadFile(biggest)
	if err != nil {
		b.Fatal(err)
	}
	benchRead(b, data, filepath.Base(biggest))
}

// BenchmarkReadJobPage1300KB reads a generated 1.3 MB job page, the size of
// a saved LinkedIn posting (aim: at most 50 ms).
func BenchmarkReadJobPage1300KB(b *testing.B) {
	benchRead(b, bigPage(1300<<10), "big.html")
}

func benchRead(b *testing.B, data []byte, name string) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	opt := Options{Name: name, Fetched: time.Now()}
	for b.Loop() {
		if _, err := Read(data, opt); err != nil {
			b.Fatal(err)
		}
	}
}
