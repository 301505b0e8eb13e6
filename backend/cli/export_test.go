package cli

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/mattn/go-sqlite3" // "sqlite3", to find a table's root page

	"github.com/huntbook/huntbook/backend/store"
)

// export says what the file holds: on a database whose notes table is
// damaged it names the part left out, and counts no notes (it counted the
// notes the damaged database claimed to have).
func TestExportOfADamagedDatabaseSaysWhatItLeftOut(t *testing.T) {
	dir := t.TempDir()
	must(t, run(t, dir, "app", "add", "--company", "Acme", "--title", "Dev"))
	for i := 0; i < 40; i++ {
		must(t, run(t, dir, "app", "note", "1", strings.Repeat("a long note to fill pages. ", 30)))
	}
	p := filepath.Join(dir, store.FileName)
	db, err := sql.Open("sqlite3", p)
	if err != nil {
		t.Fatal(err)
	}
	var root, size int64
	if err := db.QueryRow(`SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'notes'`).Scan(&root); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRow(`PRAGMA page_size`).Scan(&size); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if root == 0 || size == 0 {
		t.Fatal("no root page for notes")
	}
	f, err := os.OpenFile(p, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteAt([]byte(strings.Repeat("\xde\xad\xbe\xef", int(size)/4)), (root-1)*size); err != nil {
		t.Fatal(err)
	}
	f.Close()

	out := must(t, run(t, dir, "export", filepath.Join(t.TempDir(), "x.zip"))).stdout
	if !strings.Contains(out, "exported 1 application, 0 notes") || !strings.Contains(out, "left out") || !strings.Contains(out, "notes") {
		t.Fatalf("export said:\n%s", out)
	}
}
