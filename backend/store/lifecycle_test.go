package store

import (
	"bytes"
	"crypto/sha256"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

func TestFileIsPrivate(t *testing.T) {
	db := MustOpenDB(t)
	st, err := os.Stat(db.Path())
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Fatalf("database mode %v, want 0600", st.Mode().Perm())
	}
	var mode, fk string
	if err := db.write.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil {
		t.Fatal(err)
	}
	if err := db.write.QueryRow(`PRAGMA foreign_keys`).Scan(&fk); err != nil {
		t.Fatal(err)
	}
	if mode != "wal" || fk != "1" {
		t.Fatalf("journal_mode %q foreign_keys %q", mode, fk)
	}
}

func TestNewerDatabaseIsRefusedUnchanged(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, FileName)
	db, err := Open(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.write.Exec(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'x')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	sum := func() [32]byte {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return sha256.Sum256(b)
	}
	before := sum()
	_, err = Open(p, Options{})
	if model.ErrorCode(err) != model.CodeNewerVersion {
		t.Fatalf("got %v", err)
	}
	if sum() != before {
		t.Fatal("the newer database was modified")
	}
	if _, err := os.Stat(p + "-wal"); err == nil {
		if b, _ := os.ReadFile(p + "-wal"); len(b) > 0 {
			t.Fatal("a WAL was written for the newer database")
		}
	}
}

func TestNotADatabase(t *testing.T) {
	p := filepath.Join(t.TempDir(), FileName)
	if err := os.WriteFile(p, bytes.Repeat([]byte("not sqlite "), 500), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(p, Options{}); model.ErrorCode(err) != model.CodeCorrupt {
		t.Fatalf("got %v", err)
	}
}

func TestMigrationBacksUpFirst(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, FileName)
	db, err := Open(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.CreateApplication(ctx, model.Application{Company: "Kept", Title: "Safe"}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if b, _ := Backups(filepath.Join(dir, "backups")); len(b) != 0 {
		t.Fatalf("a new database needs no backup: %+v", b)
	}

	// A new build brings migration 9999.
	saved := migrationFiles
	t.Cleanup(func() { migrationFiles = saved })
	fsys := fstest.MapFS{"migrations/9999_extra.sql": {Data: []byte(`ALTER TABLE applications ADD COLUMN extra TEXT NOT NULL DEFAULT '';`)}}
	entries, _ := embeddedMigrations.ReadDir("migrations")
	for _, e := range entries {
		b, _ := embeddedMigrations.ReadFile("migrations/" + e.Name())
		fsys["migrations/"+e.Name()] = &fstest.MapFile{Data: b}
	}
	migrationFiles = fsys

	db, err = Open(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	backups, err := Backups(filepath.Join(dir, "backups"))
	if err != nil || len(backups) != 1 {
		t.Fatalf("backups %+v %v", backups, err)
	}
	// The backup is the database as it was: old schema, same data.
	old, err := Open(backups[0].Path, Options{BackupDir: t.TempDir()})
	if model.ErrorCode(err) != "" {
		// Opening the backup with the new build migrates it, which is fine;
		// what matters is that the data is there.
		t.Fatal(err)
	}
	defer old.Close()
	res, _ := old.ListApplications(ctx, model.ListQuery{})
	if res.Total != 1 || res.Items[0].Company != "Kept" {
		t.Fatalf("backup content %+v", res)
	}
	if st, _ := os.Stat(backups[0].Path); st.Mode().Perm() != 0o600 {
		t.Fatalf("backup mode %v", st.Mode().Perm())
	}
}

func TestDailyBackupsKeepSeven(t *testing.T) {
	db := MustOpenDB(t)
	dir := t.TempDir()
	now := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	made := 0
	for day := 0; day < 10; day++ {
		for hour := 0; hour < 3; hour++ { // several checks a day make one backup
			p, err := db.BackupIfDue(ctx, dir, 24*time.Hour)
			if err != nil {
				t.Fatal(err)
			}
			if p != "" {
				made++
			}
			now = now.Add(time.Hour)
		}
		now = now.Add(21 * time.Hour)
	}
	list, _ := Backups(dir)
	if made != 10 || len(list) != KeepBackups {
		t.Fatalf("made %d, kept %d", made, len(list))
	}
	if !list[0].CreatedAt.After(list[6].CreatedAt) {
		t.Fatal("not newest first")
	}
}

func TestWipeLeavesNoTextBehind(t *testing.T) {
	db := MustOpenDB(t)
	const secret = "Zyxwvutsrq-Confidential-Employer"
	a, err := db.CreateApplication(ctx, model.Application{Company: secret, Title: "Role", Description: secret + " " + secret})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddNote(ctx, a.ID, "note about "+secret); err != nil {
		t.Fatal(err)
	}
	if _, err := db.CreateContact(ctx, model.Contact{Name: secret}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddStage(ctx, "Custom stage"); err != nil {
		t.Fatal(err)
	}
	if err := db.Wipe(ctx); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{db.Path(), db.Path() + "-wal"} {
		b, err := os.ReadFile(p)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		if bytes.Contains(b, []byte(secret)) || bytes.Contains(b, []byte("Confidential")) {
			t.Fatalf("%s still holds deleted text", filepath.Base(p))
		}
	}
	conn, err := db.write.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tables, err := restorableTables(ctx, conn)
	if err != nil || len(tables) < 10 {
		t.Fatalf("tables %v %v", tables, err)
	}
	for _, tb := range tables {
		var n int
		if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM `+tb.name).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 0 && tb.name != "stages" {
			t.Errorf("%s still has %d rows after wipe", tb.name, n)
		}
	}
	conn.Close()
	st, _ := db.Stats(ctx)
	stages, _ := db.Stages(ctx)
	if st.Applications != 0 || st.Notes != 0 || st.Contacts != 0 || len(stages) != len(model.DefaultStages) {
		t.Fatalf("after wipe %+v, %d stages", st, len(stages))
	}
	if _, err := db.CreateApplication(ctx, model.Application{Company: "Fresh", Title: "Start"}); err != nil {
		t.Fatalf("usable after wipe: %v", err)
	}
}
