package store

import (
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/huntbook/huntbook/backend/model"
)

func countRows(t *testing.T, db *DB, table string) int {
	t.Helper()
	var n int
	if err := db.read.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// A big import commits a chunk at a time; when a later part fails, what the
// earlier chunks committed is deleted, so the import leaves nothing.
func TestChunkedImportThatFailsLeavesNothing(t *testing.T) {
	db := MustOpenDB(t)
	keep := mustCreate(t, db, model.Application{Company: "Mine", Title: "Kept"})
	stagesBefore := countRows(t, db, "stages")
	ds := genDataset(importChunk*2+500, 1, 300, 3)
	ds.Stages = []model.Stage{{ID: 99, Name: "Take-home"}}
	ds.Applications[0].Stage = "Take-home"
	ds.Tasks = []model.Task{{Title: "Follow up", ApplicationID: ds.Applications[0].ID}}
	// Writing the tasks fails (as a full disk would), in the last
	// transaction, after every chunk of applications was committed.
	if _, err := db.write.Exec(`CREATE TRIGGER fail_tasks BEFORE INSERT ON tasks BEGIN SELECT RAISE(ABORT, 'disk full'); END`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Import(ctx, ds); err == nil {
		t.Fatal("the import succeeded: the test proves nothing")
	}
	for table, want := range map[string]int{"applications": 1, "contacts": 0, "notes": 0, "events": 1, "application_fts": 1,
		"application_contacts": 0, "import_runs": 0, "import_undo": 0, "stages": stagesBefore} {
		if got := countRows(t, db, table); got != want {
			t.Errorf("%s: %d rows after the failed import, want %d", table, got, want)
		}
	}
	if _, err := db.GetApplication(ctx, keep.ID); err != nil {
		t.Fatalf("the application that was there before: %v", err)
	}
	// With the disk "freed", the same dataset imports whole, searchable.
	if _, err := db.write.Exec(`DROP TRIGGER fail_tasks`); err != nil {
		t.Fatal(err)
	}
	c, err := db.Import(ctx, ds)
	if err != nil || c.Applications != len(ds.Applications) || c.Stages != 1 {
		t.Fatalf("counts %+v, %v", c, err)
	}
	res, err := db.ListApplications(ctx, model.ListQuery{Search: "Quetzalcoatl"})
	if err != nil || res.Total != 1 {
		t.Fatalf("search in the last chunk: %+v %v", res, err)
	}
	if n := countRows(t, db, "import_runs"); n != 0 {
		t.Fatalf("%d import runs left after a finished import", n)
	}
}

// An import whose process died before its last chunk is undone the next
// time the file is opened; one whose process still runs is left alone.
func TestOpenUndoesTheImportOfADeadProcess(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Import(ctx, genDataset(30, 1, 5, 1)); err != nil {
		t.Fatal(err)
	}
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Fatal(err)
	}
	alive := exec.Command("sleep", "30")
	if err := alive.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = alive.Process.Kill() }() // it may have exited: nothing to do then
	// Applications 1-10 belong to the dead run, 11-20 to the live one.
	for id, pid := range map[int]int{1: dead.ProcessState.Pid(), 2: alive.Process.Pid} {
		if _, err := db.write.Exec(`INSERT INTO import_runs (id, pid, started_at) VALUES (?, ?, '2026-01-01T00:00:00Z')`, id, pid); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.write.Exec(`INSERT INTO import_undo (run, tbl, lo, hi) VALUES (1, 'applications', 1, 10), (2, 'applications', 11, 20)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if n := countRows(t, db, "applications"); n != 20 {
		t.Fatalf("%d applications after reopening, want 20 (30 less the dead run's 10)", n)
	}
	if n := countRows(t, db, "application_fts"); n != 20 {
		t.Fatalf("%d search rows, want 20", n)
	}
	var runs int
	if err := db.read.QueryRow(`SELECT count(*) FROM import_runs WHERE id = 2`).Scan(&runs); err != nil {
		t.Fatal(err)
	}
	if runs != 1 {
		t.Fatal("the live process's import was undone")
	}
}
