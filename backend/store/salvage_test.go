package store

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/model"
)

// damageTable overwrites the root page of table in the closed database at p
// with garbage, as a bad disk sector or a torn copy would.
func damageTable(t *testing.T, p, table string) {
	t.Helper()
	db, err := Open(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var root, size int64
	if err := db.read.QueryRow(`SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?`, table).Scan(&root); err != nil {
		t.Fatal(err)
	}
	if err := db.read.QueryRow(`PRAGMA page_size`).Scan(&size); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(p, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt([]byte(strings.Repeat("\xde\xad\xbe\xef", int(size)/4)), (root-1)*size); err != nil {
		t.Fatal(err)
	}
}

// A partly damaged database still exports table by table: what can be read
// is exported and the damaged table is named, where the one-snapshot export
// used to fail as a whole (while `app list` still worked).
func TestExportSalvagesDamagedDatabase(t *testing.T) {
	p := filepath.Join(t.TempDir(), FileName)
	db, err := Open(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		a := mustCreate(t, db, model.Application{Company: fmt.Sprintf("Company %d", i), Title: "Engineer"})
		for j := range 40 {
			if _, err := db.AddNote(ctx, a.ID, strings.Repeat(fmt.Sprintf("note %d of %d. ", j, i), 20)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, err := db.CreateContact(ctx, model.Contact{Name: "Ada Lovelace"}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	damageTable(t, p, "notes")

	db, err = Open(p, Options{})
	if err != nil {
		t.Fatalf("open the partly damaged database: %v", err)
	}
	defer db.Close()
	ds, err := db.Export(ctx)
	if err != nil {
		t.Fatalf("export a partly damaged database: %v", err)
	}
	if strings.Join(ds.Unreadable, ",") != "notes" {
		t.Errorf("Unreadable = %q, want [notes]", ds.Unreadable)
	}
	if len(ds.Applications) != 3 || ds.Applications[2].Company != "Company 2" || len(ds.Applications[0].Events) == 0 {
		t.Errorf("applications not salvaged with their history: %+v", ds.Applications)
	}
	if len(ds.Contacts) != 1 || ds.Contacts[0].Name != "Ada Lovelace" || len(ds.Stages) == 0 {
		t.Errorf("contacts %+v, %d stages", ds.Contacts, len(ds.Stages))
	}
	if _, ok := ds.Tables["cv_versions"]; !ok {
		t.Errorf("the other areas' tables were not exported: %v", ds.Tables)
	}
}

// A sound database exports without naming anything unreadable.
func TestExportSoundDatabaseHasNothingUnreadable(t *testing.T) {
	db := MustOpenDB(t)
	mustCreate(t, db, model.Application{Company: "Acme", Title: "Engineer"})
	ds, err := db.Export(ctx)
	if err != nil || len(ds.Unreadable) != 0 || len(ds.Applications) != 1 {
		t.Fatalf("export: %v, unreadable %v", err, ds)
	}
}
