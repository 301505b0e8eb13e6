package store

import "testing"

// TestEveryTableHasAnImportRule fails when a migration adds a table that
// an import would carry without saying how its rows are checked, or
// whether it is data or configuration.
func TestEveryTableHasAnImportRule(t *testing.T) {
	db := MustOpenDB(t)
	tx, err := db.read.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	tables, err := extraTables(&Tx{Tx: tx})
	if err != nil {
		t.Fatal(err)
	}
	for _, ti := range tables {
		_, data := dataTables[ti.name]
		if data == ConfigTables[ti.name] {
			t.Errorf("table %s must be in exactly one of dataTables (with its row rule) and ConfigTables", ti.name)
		}
	}
	if len(tables) < 10 {
		t.Fatalf("only %d extra tables found: the test reads the wrong schema", len(tables))
	}
}
