package store

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// RestoreBackup replaces everything in the database with the content of the
// backup file at path, in one transaction. The backup is first copied and
// brought up to the current schema (the file itself is not changed).
func (db *DB) RestoreBackup(ctx context.Context, path string) error {
	tmpDir, err := os.MkdirTemp(filepath.Dir(db.path), ".restore-")
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	defer os.RemoveAll(tmpDir)
	copyPath := filepath.Join(tmpDir, FileName)
	if err := copyFile(path, copyPath); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	src, err := Open(copyPath, Options{BackupDir: tmpDir})
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	src.Close()

	conn, err := db.write.Conn(ctx)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `ATTACH DATABASE ? AS backup`, copyPath); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	defer func() {
		// Best effort: the restore's outcome is decided by now, and its
		// error is the one returned.
		_, _ = conn.ExecContext(context.Background(), `DETACH DATABASE backup`)
	}()
	tables, err := restorableTables(ctx, conn)
	if err != nil {
		return err
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	defer tx.Rollback()
	// Children before parents on delete, parents before children on insert.
	for i := len(tables) - 1; i >= 0; i-- {
		if _, err := tx.ExecContext(ctx, `DELETE FROM main.`+tables[i].name); err != nil { //nolint:gosec // G202: table names come from our own schema
			return fmt.Errorf("restore: clear %s: %w", tables[i].name, err)
		}
	}
	for _, t := range tables {
		cols := columnList(t.columns, t.virtual)
		// Table and column names come from our own schema, never from input.
		q := fmt.Sprintf(`INSERT INTO main.%s (%s) SELECT %s FROM backup.%s`, t.name, cols, cols, t.name) //nolint:gosec // G201: see above
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("restore: copy %s: %w", t.name, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	return nil
}

type table struct {
	name    string
	virtual bool
	columns []string
}

// restorableTables lists main's tables in creation order (parents before
// children), leaving out SQLite's own, the migrations table and the shadow
// tables behind full-text indexes.
func restorableTables(ctx context.Context, conn *sql.Conn) ([]table, error) {
	rows, err := conn.QueryContext(ctx, `SELECT name, sql FROM main.sqlite_master
		WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY rowid`)
	if err != nil {
		return nil, fmt.Errorf("restore: list tables: %w", err)
	}
	var all []table
	for rows.Next() {
		var t table
		var def string
		if err := rows.Scan(&t.name, &def); err != nil {
			rows.Close()
			return nil, fmt.Errorf("restore: list tables: %w", err)
		}
		t.virtual = strings.HasPrefix(strings.ToUpper(strings.TrimSpace(def)), "CREATE VIRTUAL")
		all = append(all, t)
	}
	rows.Close()
	var out []table
	for _, t := range all {
		shadow := false
		for _, v := range all {
			if v.virtual && strings.HasPrefix(t.name, v.name+"_") {
				shadow = true
			}
		}
		if shadow {
			continue
		}
		cols, err := conn.QueryContext(ctx, `SELECT name FROM pragma_table_info(?, 'main')`, t.name)
		if err != nil {
			return nil, fmt.Errorf("restore: columns of %s: %w", t.name, err)
		}
		for cols.Next() {
			var c string
			if err := cols.Scan(&c); err != nil {
				cols.Close()
				return nil, err
			}
			t.columns = append(t.columns, c)
		}
		cols.Close()
		out = append(out, t)
	}
	return out, nil
}

func columnList(cols []string, virtual bool) string {
	if virtual {
		return "rowid, " + strings.Join(cols, ", ")
	}
	return strings.Join(cols, ", ")
}

func copyFile(from, to string) error {
	in, err := os.Open(from) //nolint:gosec // G304: the backup the user chose to restore
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600) //nolint:gosec // G304: a new file beside the database
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
