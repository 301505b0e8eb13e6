package transfer

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/store"
)

// bomb is a ZIP whose huntbook.json is a valid document padded with mb
// megabytes of spaces: it deflates about a thousand times over.
func bomb(t *testing.T, mb int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create(DocumentName)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = io.WriteString(w, `{"format":"huntbook-export","version":1,"data":{"applications":[]}`)
	pad := bytes.Repeat([]byte(" "), 1<<20)
	for i := 0; i < mb; i++ {
		_, _ = w.Write(pad)
	}
	_, _ = io.WriteString(w, "}")
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadZIPRefusesABombBeforeInflatingIt(t *testing.T) {
	data := bomb(t, 500)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := ReadZIP(bytes.NewReader(data), int64(len(data)))
	runtime.ReadMemStats(&after)
	if model.ErrorCode(err) != model.CodeTooLarge || !strings.Contains(err.Error(), "ZIP bomb") {
		t.Fatalf("a %d KB archive inflating to 500 MB: got %v", len(data)>>10, err)
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 64<<20 {
		t.Fatalf("refusing the bomb allocated %d MB", grew>>20)
	}
}

func TestReadZIPRefusesManyEntriesAndTwoDocuments(t *testing.T) {
	build := func(names ...string) []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for _, n := range names {
			w, _ := zw.Create(n)
			_, _ = io.WriteString(w, `{"format":"huntbook-export","version":1,"data":{"applications":[{"company":"`+n+`","title":"T"}]}}`)
		}
		zw.Close()
		return buf.Bytes()
	}
	two := build(DocumentName, DocumentName)
	if _, err := ReadZIP(bytes.NewReader(two), int64(len(two))); model.ErrorCode(err) != model.CodeCorrupt || !strings.Contains(err.Error(), "twice") {
		t.Fatalf("two documents: %v", err)
	}
	names := []string{DocumentName}
	for i := 0; i < MaxEntries; i++ {
		names = append(names, fmt.Sprintf("x%d", i))
	}
	many := build(names...)
	if _, err := ReadZIP(bytes.NewReader(many), int64(len(many))); model.ErrorCode(err) != model.CodeTooLarge {
		t.Fatalf("%d entries: %v", len(names), err)
	}
}

func TestReadZIPRefusesASizeThatLies(t *testing.T) {
	// A stored entry whose header says 10 bytes while 200 follow.
	body := `{"format":"huntbook-export","version":1,"data":{"applications":[]}}` + strings.Repeat(" ", 200)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: DocumentName, Method: zip.Store, CompressedSize64: uint64(len(body)), UncompressedSize64: 10})
	if err != nil {
		t.Fatal(err)
	}
	_, _ = io.WriteString(w, body)
	zw.Close()
	data := buf.Bytes()
	if _, err := ReadZIP(bytes.NewReader(data), int64(len(data))); err == nil {
		t.Fatal("a document longer than its header said was read")
	}
}

// FuzzReadZIP feeds damaged and forged archives to the reader and the import:
// neither may panic, and a refused import changes nothing.
func FuzzReadZIP(f *testing.F) {
	var good bytes.Buffer
	ds := &store.Dataset{Applications: []store.DatasetApp{{Application: model.Application{Company: "Acme", Title: "Dev"}}}}
	if err := WriteZIP(&good, ds, time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), "test"); err != nil {
		f.Fatal(err)
	}
	f.Add(good.Bytes())
	f.Add([]byte("PK\x03\x04"))
	small := bomb(&testing.T{}, 1)
	f.Add(small)
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ReadZIP(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return
		}
		db := openDB(t)
		if _, err := db.Import(ctx, &doc.Data); err != nil {
			if st, _ := db.Stats(ctx); st.Applications != 0 {
				t.Fatalf("a refused import left %d applications", st.Applications)
			}
		}
	})
}
