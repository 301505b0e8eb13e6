package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/huntbook/huntbook/backend/model"
)

// AddNote adds a Markdown note to an application.
func (db *DB) AddNote(ctx context.Context, appID int64, body string) (model.Note, error) {
	n := model.Note{ApplicationID: appID, Body: body}
	err := db.update(ctx, func(tx *Tx) error {
		if err := n.Validate(); err != nil {
			return err
		}
		if _, err := getApplication(tx, appID); err != nil {
			return err
		}
		n.CreatedAt, n.UpdatedAt = tx.now, tx.now
		var err error
		n.ID, err = insertNote(tx, n)
		if err != nil {
			return err
		}
		return touchAndReindex(tx, appID)
	})
	return n, err
}

func insertNote(tx *Tx, n model.Note) (int64, error) {
	res, err := tx.Exec(`INSERT INTO notes (application_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)`,
		n.ApplicationID, n.Body, formatTime(n.CreatedAt), formatTime(n.UpdatedAt))
	if err != nil {
		return 0, fmt.Errorf("add note: %w", err)
	}
	return res.LastInsertId()
}

// UpdateNote replaces a note's text.
func (db *DB) UpdateNote(ctx context.Context, id int64, body string) (model.Note, error) {
	var n model.Note
	err := db.update(ctx, func(tx *Tx) error {
		var err error
		if n, err = getNote(tx, id); err != nil {
			return err
		}
		n.Body = body
		if err := n.Validate(); err != nil {
			return err
		}
		n.UpdatedAt = tx.now
		if _, err := tx.Exec(`UPDATE notes SET body = ?, updated_at = ? WHERE id = ?`, n.Body, formatTime(n.UpdatedAt), id); err != nil {
			return fmt.Errorf("update note %d: %w", id, err)
		}
		return touchAndReindex(tx, n.ApplicationID)
	})
	return n, err
}

// DeleteNote deletes a note.
func (db *DB) DeleteNote(ctx context.Context, id int64) error {
	return db.update(ctx, func(tx *Tx) error {
		n, err := getNote(tx, id)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(`DELETE FROM notes WHERE id = ?`, id); err != nil {
			return fmt.Errorf("delete note %d: %w", id, err)
		}
		return touchAndReindex(tx, n.ApplicationID)
	})
}

const noteColumns = `SELECT id, application_id, body, created_at, updated_at FROM notes `

func scanNote(r scanner) (model.Note, error) {
	var n model.Note
	var c, u string
	err := r.Scan(&n.ID, &n.ApplicationID, &n.Body, &c, &u)
	n.CreatedAt, n.UpdatedAt = parseTime(c), parseTime(u)
	return n, err
}

func getNote(tx *Tx, id int64) (model.Note, error) {
	n, err := scanNote(tx.QueryRow(noteColumns+`WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return n, model.NotFound("note", id)
	}
	if err != nil {
		return n, fmt.Errorf("get note %d: %w", id, err)
	}
	return n, nil
}

func notesFor(tx *Tx, appID int64) ([]model.Note, error) {
	return collect(tx, "read notes", scanNote, noteColumns+`WHERE application_id = ? ORDER BY created_at DESC, id DESC`, appID)
}

// touchAndReindex marks an application as updated and refreshes its search row.
func touchAndReindex(tx *Tx, appID int64) error {
	if _, err := tx.Exec(`UPDATE applications SET updated_at = ? WHERE id = ?`, formatTime(tx.now), appID); err != nil {
		return fmt.Errorf("touch application %d: %w", appID, err)
	}
	return reindex(tx, appID)
}
