package e2e

import (
	"bytes"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/mattn/go-sqlite3" // to stamp a newer schema version into a test database
)

// The start-up problem scenarios (issue 11): each prepares a data folder the
// app cannot open normally, through the CLI of the same binary.

const dbName = "huntbook.db"

// addOne stores one application through the CLI, which creates the database.
func addOne(t *testing.T, dataDir string) {
	t.Helper()
	runCLI(t, binary(t), dataDir, "app", "add", "--company", "Acme Robotics", "--title", "Firmware Engineer")
}

// setupCorrupt keeps a copy of a good database as a backup, then damages the file.
func setupCorrupt(t *testing.T, dataDir string) {
	addOne(t, dataDir)
	good, err := os.ReadFile(filepath.Join(dataDir, dbName))
	if err != nil {
		t.Fatal(err)
	}
	backups := filepath.Join(dataDir, "backups")
	if err := os.MkdirAll(backups, 0o700); err != nil {
		t.Fatal(err)
	}
	backup := filepath.Join(backups, "huntbook-20260501T100000.000Z-daily.db")
	if err := os.WriteFile(backup, good, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dataDir, dbName), bytes.Repeat([]byte("damaged "), 2000), 0o600); err != nil {
		t.Fatal(err)
	}
}

// checkCorrupt: the backup restored in the window opens, and the damaged file was kept.
func checkCorrupt(t *testing.T, bin, dataDir string) {
	out := runCLI(t, bin, dataDir, "app", "list", "--json")
	if !bytes.Contains(out, []byte("Acme Robotics")) {
		t.Errorf("the restored database lacks the application:\n%s", out)
	}
	kept, _ := filepath.Glob(filepath.Join(dataDir, dbName+".damaged-*"))
	if len(kept) != 1 {
		t.Fatalf("damaged file kept as %v, want one", kept)
	}
	if b, _ := os.ReadFile(kept[0]); !bytes.HasPrefix(b, []byte("damaged ")) {
		t.Errorf("%s is not the damaged file", kept[0])
	}
}

// setupNewer stamps the database with a schema version from the future.
func setupNewer(t *testing.T, dataDir string) {
	addOne(t, dataDir)
	db, err := sql.Open("sqlite3", filepath.Join(dataDir, dbName))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`INSERT INTO schema_migrations (version, name, applied_at)
		VALUES (9999, '9999_future.sql', '2030-01-01T00:00:00Z'); PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	b, err := os.ReadFile(filepath.Join(dataDir, dbName))
	if err != nil {
		t.Fatal(err)
	}
	newerBefore[dataDir] = b
}

var newerBefore = map[string][]byte{}

// checkNewer: the file a newer Huntbook wrote is byte for byte unchanged.
func checkNewer(t *testing.T, _, dataDir string) {
	after, err := os.ReadFile(filepath.Join(dataDir, dbName))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(after, newerBefore[dataDir]) {
		t.Error("the window changed a database written by a newer version")
	}
}

var readOnlyBefore = map[string]map[string][]byte{}

// setupReadOnly makes the data folder read-only (by its permission bits,
// which Huntbook honours even when the tests run as root).
func setupReadOnly(t *testing.T, dataDir string) {
	addOne(t, dataDir)
	readOnlyBefore[dataDir] = files(t, dataDir)
	if err := os.Chmod(dataDir, 0o500); err != nil { //nolint:gosec // G302: a folder needs x to be entered; read-only is the point
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := os.Chmod(dataDir, 0o700); err != nil { //nolint:gosec // G302: a folder, the owner's only
			t.Errorf("make the data folder writable again: %v", err)
		}
	})
}

// checkReadOnly: not a file in the read-only folder was added or changed.
func checkReadOnly(t *testing.T, _, dataDir string) {
	after := files(t, dataDir)
	before := readOnlyBefore[dataDir]
	if len(after) != len(before) {
		t.Errorf("files before %v, after %v", keys(before), keys(after))
	}
	for n, b := range before {
		if !bytes.Equal(after[n], b) {
			t.Errorf("%s changed in a read-only folder", n)
		}
	}
}

func files(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.IsDir() {
			b, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			out[e.Name()] = b
		}
	}
	return out
}

func keys(m map[string][]byte) string {
	var k []string
	for n := range m {
		k = append(k, n)
	}
	return strings.Join(k, ", ")
}

// setupLocked holds the database's write lock from another connection, as a
// database browser or a second Huntbook would, until the test ends.
func setupLocked(t *testing.T, dataDir string) {
	addOne(t, dataDir)
	db, err := sql.Open("sqlite3", "file:"+filepath.Join(dataDir, dbName))
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(`BEGIN IMMEDIATE; UPDATE stages SET name = name`); err != nil {
		t.Fatal(err)
	}
	lockHolders[dataDir] = db
	t.Cleanup(func() { db.Close() })
}

var lockHolders = map[string]*sql.DB{}

// checkLocked: once the other program lets go, the data is all there.
func checkLocked(t *testing.T, bin, dataDir string) {
	if db := lockHolders[dataDir]; db != nil {
		if _, err := db.Exec(`ROLLBACK`); err != nil {
			t.Errorf("let go of the lock: %v", err)
		}
		db.Close()
	}
	out := runCLI(t, bin, dataDir, "app", "list", "--json")
	if !bytes.Contains(out, []byte("Acme Robotics")) {
		t.Errorf("the application is gone after the locked start:\n%s", out)
	}
}
