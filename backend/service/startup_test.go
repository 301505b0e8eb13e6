package service

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/store"
)

// openedWith makes a database holding one application in a fresh folder,
// lets change spoil it, and reports how opening it again went.
func openedWith(t *testing.T, backup bool, change func(p string)) (*Startup, string) {
	t.Helper()
	p := filepath.Join(t.TempDir(), store.FileName)
	db, err := store.Open(p, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.CreateApplication(context.Background(), model.Application{Company: "Acme", Title: "Engineer"}); err != nil {
		t.Fatal(err)
	}
	if backup {
		if _, err := db.Backup(context.Background(), filepath.Join(filepath.Dir(p), "backups"), "daily"); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	change(p)
	db, err = store.Open(p, store.Options{})
	if db != nil {
		t.Cleanup(func() { db.Close() })
	}
	return NewStartup(p, db, err), p
}

func damage(t *testing.T) func(string) {
	return func(p string) {
		if err := os.WriteFile(p, []byte(strings.Repeat("garbage ", 1000)), 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

func TestStartupDamagedFileWithBackup(t *testing.T) {
	s, p := openedWith(t, true, damage(t))
	st, _ := s.Status()
	if st.Problem != ProblemCorrupt || len(st.Backups) != 1 || !strings.Contains(st.Advice, st.Backups[0].Name) || st.Path != p {
		t.Fatalf("status %+v, want corrupt with the one backup named in the advice", st)
	}
	st, err := s.RestoreNewestBackup()
	if err != nil || st.Restored != st.Backups[0].Name || st.KeptAs == "" {
		t.Fatalf("restore: %v %+v", err, st)
	}
	db, err := store.Open(p, store.Options{})
	if err != nil {
		t.Fatalf("open after restoring: %v", err)
	}
	db.Close()
}

func TestStartupDamagedFileWithoutBackups(t *testing.T) {
	s, _ := openedWith(t, false, damage(t))
	st, _ := s.Status()
	if st.Problem != ProblemCorrupt || len(st.Backups) != 0 || !strings.Contains(st.Advice, "There are no backups") {
		t.Fatalf("status %+v, want corrupt saying there are no backups", st)
	}
	if _, err := s.RestoreNewestBackup(); model.ErrorCode(err) != model.CodeNotFound {
		t.Errorf("restore without backups: %v", err)
	}
}

func TestStartupNewerVersion(t *testing.T) {
	s, _ := openedWith(t, false, func(p string) {
		raw, err := sql.Open("sqlite3", p)
		if err != nil {
			t.Fatal(err)
		}
		defer raw.Close()
		if _, err := raw.Exec(`INSERT INTO schema_migrations (version, name, applied_at)
			VALUES (9999, '9999_future.sql', '2030-01-01T00:00:00Z')`); err != nil {
			t.Fatal(err)
		}
	})
	st, _ := s.Status()
	if st.Problem != ProblemNewer || !strings.Contains(st.Advice, "Update Huntbook") || !strings.Contains(st.Message, "newer version") {
		t.Fatalf("status %+v", st)
	}
}

func TestStartupReadOnlyFolder(t *testing.T) {
	s, p := openedWith(t, false, func(p string) {
		if err := os.Chmod(filepath.Dir(p), 0o500); err != nil { //nolint:gosec // G302: a folder needs x to be entered; read-only is the point
			t.Fatal(err)
		}
	})
	t.Cleanup(func() {
		if err := os.Chmod(filepath.Dir(p), 0o700); err != nil { //nolint:gosec // G302: a folder, the owner's only
			t.Errorf("make the folder writable again: %v", err)
		}
	})
	st, _ := s.Status()
	if st.Problem != "" || !strings.Contains(st.ReadOnly, "read-only") {
		t.Fatalf("status %+v, want no problem and a read-only reason", st)
	}
}
