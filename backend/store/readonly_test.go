package store

import (
	"bytes"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// filledDB makes a closed database holding one application and returns its path.
func filledDB(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), FileName)
	db, err := Open(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	mustCreate(t, db, model.Application{Company: "Acme Robotics", Title: "Firmware Engineer"})
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return p
}

// snapshot is every file in dir with its bytes, to prove nothing was written.
func snapshot(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = b
	}
	return out
}

func names(m map[string][]byte) string {
	var n []string
	for k := range m {
		n = append(n, k)
	}
	sort.Strings(n)
	return strings.Join(n, ", ")
}

// A read-only folder or a read-only file opens read-only: the data can be
// read and exported, every write is refused with a clear error, and not a
// byte on disk changes (no WAL or shared-memory file either). Permission
// bits are honoured even when the tests run as root.
func TestOpenReadOnly(t *testing.T) {
	for _, tc := range []struct {
		name, want string
		lock       func(p string) error
	}{
		{"folder", "folder", func(p string) error { return os.Chmod(filepath.Dir(p), 0o500) }}, //nolint:gosec // G302: a read-only folder is the case tested
		{"file", "file", func(p string) error { return os.Chmod(p, 0o400) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filledDB(t)
			dir := filepath.Dir(p)
			if err := tc.lock(p); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() {
				if err := errors.Join(os.Chmod(dir, 0o700), os.Chmod(p, 0o600)); err != nil { //nolint:gosec // G302: a folder's usual mode, restored
					t.Error(err)
				}
			})
			before := snapshot(t, dir)

			db, err := Open(p, Options{})
			if err != nil {
				t.Fatalf("open a read-only %s: %v", tc.name, err)
			}
			if why := db.ReadOnly(); !strings.Contains(why, tc.want) || !strings.Contains(why, "read-only") {
				t.Errorf("ReadOnly() = %q, want it to name the read-only %s", why, tc.want)
			}
			ds, err := db.Export(ctx)
			if err != nil || len(ds.Applications) != 1 || ds.Applications[0].Company != "Acme Robotics" {
				t.Fatalf("export a read-only database: %v %+v", err, ds)
			}
			_, err = db.CreateApplication(ctx, model.Application{Company: "Northwind", Title: "Backend"})
			if !errors.Is(err, ErrReadOnly) || codeOf(err) != model.CodeUnavailable || !strings.Contains(err.Error(), "changes cannot be saved") {
				t.Errorf("write to a read-only database: %v, want a clear read-only error", err)
			}
			if err := db.Close(); err != nil {
				t.Errorf("close: %v", err)
			}
			after := snapshot(t, dir)
			if names(after) != names(before) {
				t.Errorf("files changed: before [%s], after [%s]", names(before), names(after))
			}
			for n, b := range before {
				if !bytes.Equal(after[n], b) {
					t.Errorf("%s was modified", n)
				}
			}
		})
	}
}

// No database can be created in a read-only folder: a clear error.
func TestOpenReadOnlyFolderWithoutDatabase(t *testing.T) {
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o500); err != nil { //nolint:gosec // G302: a read-only folder is the case tested
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := os.Chmod(dir, 0o700); err != nil { //nolint:gosec // G302: a folder's usual mode, restored
			t.Error(err)
		}
	})
	_, err := Open(filepath.Join(dir, FileName), Options{})
	if !errors.Is(err, ErrReadOnly) || !strings.Contains(err.Error(), "read-only") {
		t.Fatalf("open in a read-only folder with no database: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("the folder got %d files", len(entries))
	}
}

// A database another program holds a lock on gives ErrLocked with a message
// saying what to do, not SQLite's "database is locked": a writer in WAL mode
// (another Huntbook mid-write), or an exclusive lock in rollback mode (a
// database browser), which also blocks the version check's read.
func TestOpenLocked(t *testing.T) {
	for name, hold := range map[string]string{
		"writer":    `BEGIN IMMEDIATE; UPDATE stages SET name = name`,
		"exclusive": `PRAGMA journal_mode = DELETE; PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; UPDATE stages SET name = name`,
	} {
		t.Run(name, func(t *testing.T) {
			p := filledDB(t)
			other, err := sql.Open("sqlite3", "file:"+p)
			if err != nil {
				t.Fatal(err)
			}
			defer other.Close()
			other.SetMaxOpenConns(1)
			if _, err := other.Exec(hold); err != nil {
				t.Fatal(err)
			}
			_, err = Open(p, Options{BusyTimeout: 50 * time.Millisecond})
			if !errors.Is(err, ErrLocked) || codeOf(err) != model.CodeUnavailable || !strings.Contains(err.Error(), "another program") {
				t.Fatalf("open a locked database: %v", err)
			}
		})
	}
}
