package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/huntbook/huntbook/backend/model"
)

// SaveGeneration stores a new generation on its application with its text
// as version 1 (author "model").
func (db *DB) SaveGeneration(ctx context.Context, g model.Generation) (model.Generation, error) {
	if strings.TrimSpace(g.Task) == "" {
		return g, model.Invalid("task", "name the task that produced the text")
	}
	if g.Format == "" {
		g.Format = "markdown"
	}
	if g.Format != "markdown" && g.Format != "json" {
		return g, model.Invalid("format", `format must be "markdown" or "json"`)
	}
	if len(g.Text) > MaxGenerationBytes {
		return g, model.Errorf(model.CodeTooLarge, "the text is %d KB, more than the %d KB kept", len(g.Text)>>10, MaxGenerationBytes>>10)
	}
	err := db.update(ctx, func(tx *Tx) error {
		if _, err := getApplication(tx, g.ApplicationID); err != nil {
			return err
		}
		g.CreatedAt, g.UpdatedAt, g.Version = tx.now, tx.now, 1
		res, err := tx.Exec(`INSERT INTO ai_generations (application_id, task, provider, model, format, input_digest, prompt_version, redacted, partial,`+
			` error, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, g.ApplicationID, g.Task, g.Provider, g.Model, g.Format, g.InputDigest, g.PromptVersion,
			g.Redacted, g.Partial, clip(g.Error, 500), formatTime(tx.now), formatTime(tx.now))
		if err != nil {
			return fmt.Errorf("save generation: %w", err)
		}
		if g.ID, err = res.LastInsertId(); err != nil {
			return fmt.Errorf("save generation: %w", err)
		}
		return addVersion(tx, g.ID, 1, g.Text, "model")
	})
	return g, err
}

func addVersion(tx *Tx, id int64, version int, text, author string) error {
	_, err := tx.Exec(`INSERT INTO ai_generation_versions (generation_id, version, body, author, created_at) VALUES (?, ?, ?, ?, ?)`,
		id, version, text, author, formatTime(tx.now))
	if err != nil {
		return fmt.Errorf("save generation %d version %d: %w", id, version, err)
	}
	return nil
}

const generationQuery = `SELECT g.id, g.application_id, g.task, g.provider, g.model, g.format, g.input_digest, g.prompt_version,
	g.redacted, g.partial, g.error, g.created_at, g.updated_at, v.version, v.body
	FROM ai_generations g JOIN ai_generation_versions v ON v.generation_id = g.id
	AND v.version = (SELECT max(version) FROM ai_generation_versions WHERE generation_id = g.id)`

func scanGeneration(r scanner) (model.Generation, error) {
	var g model.Generation
	var c, u string
	err := r.Scan(&g.ID, &g.ApplicationID, &g.Task, &g.Provider, &g.Model, &g.Format, &g.InputDigest, &g.PromptVersion,
		&g.Redacted, &g.Partial, &g.Error, &c, &u, &g.Version, &g.Text)
	g.CreatedAt, g.UpdatedAt = parseTime(c), parseTime(u)
	return g, err
}

// Generations lists an application's generations, newest first, each with
// its latest text.
func (db *DB) Generations(ctx context.Context, appID int64) ([]model.Generation, error) {
	return read(ctx, db, func(tx *Tx) ([]model.Generation, error) {
		if _, err := getApplication(tx, appID); err != nil {
			return nil, err
		}
		return collect(tx, "list generations", scanGeneration, generationQuery+` WHERE g.application_id = ? ORDER BY g.created_at DESC, g.id DESC`, appID)
	})
}

// GetGeneration returns one generation with its latest text.
func (db *DB) GetGeneration(ctx context.Context, id int64) (model.Generation, error) {
	var g model.Generation
	err := db.view(ctx, func(tx *Tx) error {
		var err error
		g, err = getGeneration(tx, id)
		return err
	})
	return g, err
}

func getGeneration(tx *Tx, id int64) (model.Generation, error) {
	g, err := scanGeneration(tx.QueryRow(generationQuery+` WHERE g.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return g, model.NotFound("generation", id)
	}
	if err != nil {
		return g, fmt.Errorf("get generation %d: %w", id, err)
	}
	return g, nil
}

// UpdateGeneration saves the user's edit as a new version, keeping the
// earlier ones; text equal to the latest version adds nothing.
func (db *DB) UpdateGeneration(ctx context.Context, id int64, text string) (model.Generation, error) {
	if len(text) > MaxGenerationBytes {
		return model.Generation{}, model.Errorf(model.CodeTooLarge, "the text is %d KB, more than the %d KB kept", len(text)>>10, MaxGenerationBytes>>10)
	}
	var g model.Generation
	err := db.update(ctx, func(tx *Tx) error {
		var err error
		if g, err = getGeneration(tx, id); err != nil || g.Text == text {
			return err
		}
		if err := addVersion(tx, id, g.Version+1, text, "user"); err != nil {
			return err
		}
		if _, err := tx.Exec(`UPDATE ai_generations SET updated_at = ? WHERE id = ?`, formatTime(tx.now), id); err != nil {
			return fmt.Errorf("update generation %d: %w", id, err)
		}
		g.Text, g.Version, g.UpdatedAt = text, g.Version+1, tx.now
		return nil
	})
	return g, err
}

// GenerationVersions returns every version of a generation, oldest first.
func (db *DB) GenerationVersions(ctx context.Context, id int64) ([]model.GenerationVersion, error) {
	out := []model.GenerationVersion{}
	err := db.view(ctx, func(tx *Tx) error {
		if _, err := getGeneration(tx, id); err != nil {
			return err
		}
		rows, err := tx.Query(`SELECT generation_id, version, body, author,`+
			` created_at FROM ai_generation_versions WHERE generation_id = ? ORDER BY version`, id)
		if err != nil {
			return fmt.Errorf("read versions of generation %d: %w", id, err)
		}
		defer rows.Close()
		for rows.Next() {
			var v model.GenerationVersion
			var c string
			if err := rows.Scan(&v.GenerationID, &v.Version, &v.Text, &v.Author, &c); err != nil {
				return fmt.Errorf("read versions of generation %d: %w", id, err)
			}
			v.CreatedAt = parseTime(c)
			out = append(out, v)
		}
		return rows.Err()
	})
	return out, err
}

// DeleteGeneration deletes a generation and all its versions.
func (db *DB) DeleteGeneration(ctx context.Context, id int64) error {
	return db.update(ctx, func(tx *Tx) error {
		res, err := tx.Exec(`DELETE FROM ai_generations WHERE id = ?`, id)
		if err != nil {
			return fmt.Errorf("delete generation %d: %w", id, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return model.NotFound("generation", id)
		}
		return nil
	})
}
