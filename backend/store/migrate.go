package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/huntbook/huntbook/backend/model"
)

//go:embed migrations/*.sql
var embeddedMigrations embed.FS

// migrationFiles is where migrations are read from; tests add to it.
var migrationFiles fs.FS = embeddedMigrations

type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations in version order. Files are
// named NNNN_description.sql.
func migrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		return nil, fmt.Errorf("read migrations: %w", err)
	}
	var out []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name must start with a number and an underscore", e.Name())
		}
		b, err := fs.ReadFile(migrationFiles, path.Join("migrations", e.Name()))
		if err != nil {
			return nil, fmt.Errorf("read migration %s: %w", e.Name(), err)
		}
		out = append(out, migration{version: v, name: e.Name(), sql: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	return out, nil
}

// SchemaVersion is the newest schema this build knows.
func SchemaVersion() int {
	ms, err := migrations()
	if err != nil || len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].version
}

// checkVersion refuses, without writing to it, a file whose schema is newer
// than this build knows.
func checkVersion(p string) error {
	ro, err := sql.Open("sqlite3", "file:"+p+"?mode=ro")
	if err != nil {
		return fmt.Errorf("open database: %w", err)
	}
	defer ro.Close()
	v, err := appliedVersion(ro)
	if err != nil {
		return classifyOpenError(p, err)
	}
	if known := SchemaVersion(); v > known {
		return model.Errorf(model.CodeNewerVersion,
			"open database: %s was written by a newer version of Huntbook (schema %d, this version knows %d); update Huntbook to open it,"+
				" the file was not changed", p, v, known)
	}
	return nil
}

type queryer interface {
	QueryRow(query string, args ...any) *sql.Row
}

func appliedVersion(q queryer) (int, error) {
	var n int
	if err := q.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).Scan(&n); err != nil {
		return 0, err
	}
	if n == 0 {
		return 0, nil
	}
	var v sql.NullInt64
	if err := q.QueryRow(`SELECT max(version) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, err
	}
	return int(v.Int64), nil
}

// migrate applies the pending migrations, one transaction each, after
// backing up a database that already holds data.
func (db *DB) migrate(backupDir string) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	if _, err := db.write.Exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,` +
		` applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	current, err := appliedVersion(db.write)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	pending := 0
	for _, m := range ms {
		if m.version > current {
			pending++
		}
	}
	if pending > 0 && current > 0 {
		if _, err := db.Backup(context.Background(), backupDir, fmt.Sprintf("before-migration-%d", current)); err != nil {
			return fmt.Errorf("migrate: back up first: %w", err)
		}
	}
	for _, m := range ms {
		if m.version <= current {
			continue
		}
		err := db.update(context.Background(), func(tx *Tx) error {
			if _, err := tx.Exec(m.sql); err != nil {
				return err
			}
			_, err := tx.Exec(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`, m.version, m.name, formatTime(tx.now))
			return err
		})
		if err != nil {
			return fmt.Errorf("migrate %s: %w", m.name, err)
		}
	}
	return db.update(context.Background(), seedStages)
}

// seedStages gives an empty pipeline the default stages.
func seedStages(tx *Tx) error {
	var n int
	if err := tx.QueryRow(`SELECT count(*) FROM stages`).Scan(&n); err != nil {
		return fmt.Errorf("seed stages: %w", err)
	}
	if n > 0 {
		return nil
	}
	for i, name := range model.DefaultStages {
		if _, err := tx.Exec(`INSERT INTO stages (name, position) VALUES (?, ?)`, name, i); err != nil {
			return fmt.Errorf("seed stages: %w", err)
		}
	}
	return nil
}
