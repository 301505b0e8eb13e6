package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"

	"github.com/huntbook/huntbook/backend/model"
)

// Wipe deletes every record of every table, VACUUMs and truncates the WAL
// so deleted text does not linger in the file, then restores the default
// pipeline.
func (db *DB) Wipe(ctx context.Context) error {
	conn, err := db.write.Conn(ctx)
	if err != nil {
		return fmt.Errorf("wipe: %w", err)
	}
	defer conn.Close()
	// Every table any migration made (tracker, CVs, AI, calendar...), so a
	// new area can never be left out.
	tables, err := restorableTables(ctx, conn)
	if err != nil {
		return fmt.Errorf("wipe: %w", err)
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("wipe: %w", err)
	}
	defer tx.Rollback()
	for i := len(tables) - 1; i >= 0; i-- {
		if _, err := tx.ExecContext(ctx, `DELETE FROM main.`+tables[i].name); err != nil { //nolint:gosec // G202: table names come from our own schema
			return fmt.Errorf("wipe %s: %w", tables[i].name, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("wipe: %w", err)
	}
	if _, err := conn.ExecContext(ctx, `VACUUM`); err != nil {
		return fmt.Errorf("wipe: vacuum: %w", err)
	}
	if _, err := conn.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		return fmt.Errorf("wipe: checkpoint: %w", err)
	}
	conn.Close()
	return db.update(ctx, seedStages)
}

// Setting returns a stored setting, or "" when unset.
func (db *DB) Setting(ctx context.Context, key string) (string, error) {
	var v string
	err := db.read.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("read setting %s: %w", key, err)
	}
	return v, nil
}

// SetSetting stores a setting.
func (db *DB) SetSetting(ctx context.Context, key, value string) error {
	return db.update(ctx, func(tx *Tx) error {
		_, err := tx.Exec(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
		if err != nil {
			return fmt.Errorf("save setting %s: %w", key, err)
		}
		return nil
	})
}

// Stats counts what the database holds.
func (db *DB) Stats(ctx context.Context) (model.DatabaseStats, error) {
	s := model.DatabaseStats{Path: db.path, SchemaVersion: SchemaVersion()}
	if st, err := os.Stat(db.path); err == nil {
		s.Bytes = st.Size()
	}
	err := db.read.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM applications), (SELECT count(*) FROM notes),
		(SELECT count(*) FROM contacts), (SELECT count(*) FROM tasks)`).Scan(&s.Applications, &s.Notes, &s.Contacts, &s.Tasks)
	if err != nil {
		return s, fmt.Errorf("stats: %w", err)
	}
	return s, nil
}
