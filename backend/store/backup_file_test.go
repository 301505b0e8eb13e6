package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// A database file that cannot be opened is replaced by a backup, and the
// damaged file is kept beside it.
func TestRestoreFileReplacesADamagedDatabase(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, FileName)
	db, err := Open(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	mustCreate(t, db, model.Application{Company: "Acme Robotics", Title: "Firmware Engineer"})
	backup, err := db.Backup(ctx, filepath.Join(dir, "backups"), "daily")
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	garbage := []byte(strings.Repeat("not a database ", 300))
	if err := os.WriteFile(p, garbage, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(p, Options{}); codeOf(err) != model.CodeCorrupt {
		t.Fatalf("open the damaged file: %v, want corrupt", err)
	}

	// A damaged backup changes nothing.
	bad := filepath.Join(dir, "backups", "huntbook-20260101T000000.000Z-daily.db")
	if err := os.WriteFile(bad, garbage, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := RestoreFile(p, bad, time.Now()); err == nil || !strings.Contains(err.Error(), "cannot be opened either") {
		t.Errorf("restore a damaged backup: %v", err)
	}
	if b, _ := os.ReadFile(p); string(b) != string(garbage) {
		t.Error("a failed restore changed the database file")
	}

	kept, err := RestoreFile(p, backup, time.Date(2026, 5, 1, 10, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(kept); err != nil || string(b) != string(garbage) || !strings.HasSuffix(kept, ".damaged-20260501T100000Z") {
		t.Errorf("the damaged file was not kept as %s: %v", kept, err)
	}
	db, err = Open(p, Options{})
	if err != nil {
		t.Fatalf("open the restored database: %v", err)
	}
	defer db.Close()
	ds, err := db.Export(ctx)
	if err != nil || len(ds.Applications) != 1 || ds.Applications[0].Company != "Acme Robotics" {
		t.Fatalf("restored data: %v %+v", err, ds)
	}
}
