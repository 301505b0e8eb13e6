package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// MarkBrowserSave records that the browser extension saved application id
// (migration 0013), so the open window can announce it.
func (db *DB) MarkBrowserSave(ctx context.Context, id int64) error {
	err := db.update(ctx, func(tx *Tx) error {
		_, err := tx.Exec(`INSERT INTO browser_saves (application_id, saved_at) VALUES (?, ?)`, id, formatTime(tx.now))
		return err
	})
	if err != nil {
		return fmt.Errorf("mark browser save %d: %w", id, err)
	}
	return nil
}

// LastBrowserSave returns the id of the latest browser save (0 when none).
func (db *DB) LastBrowserSave(ctx context.Context) (int64, error) {
	var id int64
	if err := db.read.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM browser_saves`).Scan(&id); err != nil {
		return 0, fmt.Errorf("read last browser save: %w", err)
	}
	return id, nil
}

// BrowserSavesAfter lists, oldest first, the browser saves with an id above
// after that were saved at or after since, leaving out what an import
// brought in and saves whose application is gone.
func (db *DB) BrowserSavesAfter(ctx context.Context, after int64, since time.Time) ([]model.BrowserSave, error) {
	var out []model.BrowserSave
	err := db.view(ctx, func(tx *Tx) error {
		var err error
		out, err = collect(tx, "list browser saves", func(r scanner) (model.BrowserSave, error) {
			var s model.BrowserSave
			err := r.Scan(&s.ID, &s.ApplicationID, &s.Title, &s.Company)
			return s, err
		}, `SELECT b.id, a.id, a.title, a.company FROM browser_saves b JOIN applications a ON a.id = b.application_id
			WHERE b.id > ? AND b.imported = 0 AND b.saved_at >= ? ORDER BY b.id`, after, formatTime(since))
		return err
	})
	return out, err
}

// markImported is the import rule's last step for browser_saves: a save that
// comes in through an import is history, never a new save to announce.
func markImported(row map[string]any) error {
	row["imported"] = json.Number("1")
	return nil
}
