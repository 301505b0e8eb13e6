package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/huntbook/huntbook/backend/model"
)

// Stages lists the pipeline in order.
func (db *DB) Stages(ctx context.Context) ([]model.Stage, error) { return read(ctx, db, stages) }

func stages(tx *Tx) ([]model.Stage, error) {
	return collect(tx, "list stages", scanStage, `SELECT id, name, position FROM stages ORDER BY position, id`)
}

func scanStage(r scanner) (model.Stage, error) {
	var s model.Stage
	err := r.Scan(&s.ID, &s.Name, &s.Position)
	return s, err
}

func stageName(name string) (string, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return "", model.Invalid("name", "stage name is required")
	}
	if len(name) > 60 {
		return "", model.Invalid("name", "stage name is too long (at most 60 characters)")
	}
	return name, nil
}

// StageByName finds a stage by name, case-insensitively.
func (db *DB) StageByName(ctx context.Context, name string) (model.Stage, error) {
	var s model.Stage
	err := db.view(ctx, func(tx *Tx) error {
		var err error
		s, err = stageByName(tx, name)
		return err
	})
	return s, err
}

func stageByName(tx *Tx, name string) (model.Stage, error) {
	var s model.Stage
	err := tx.QueryRow(`SELECT id, name, position FROM stages WHERE name = ? COLLATE NOCASE`, strings.TrimSpace(name)).Scan(&s.ID, &s.Name, &s.Position)
	if err != nil {
		all, _ := stages(tx)
		names := make([]string, len(all))
		for i, st := range all {
			names[i] = st.Name
		}
		return s, model.Invalid("stage", "unknown stage %q (stages: %s)", name, strings.Join(names, ", "))
	}
	return s, nil
}

// AddStage appends a stage to the pipeline.
func (db *DB) AddStage(ctx context.Context, name string) (model.Stage, error) {
	var s model.Stage
	err := db.update(ctx, func(tx *Tx) error {
		var err error
		s, err = addStage(tx, name)
		return err
	})
	return s, err
}

func addStage(tx *Tx, name string) (model.Stage, error) {
	name, err := stageName(name)
	if err != nil {
		return model.Stage{}, err
	}
	if _, err := stageByName(tx, name); err == nil {
		return model.Stage{}, model.Invalid("name", "a stage named %q already exists", name)
	}
	var pos int
	if err := tx.QueryRow(`SELECT coalesce(max(position), -1) + 1 FROM stages`).Scan(&pos); err != nil {
		return model.Stage{}, fmt.Errorf("add stage: %w", err)
	}
	res, err := tx.Exec(`INSERT INTO stages (name, position) VALUES (?, ?)`, name, pos)
	if err != nil {
		return model.Stage{}, fmt.Errorf("add stage: %w", err)
	}
	id, _ := res.LastInsertId()
	return model.Stage{ID: id, Name: name, Position: pos}, nil
}

// RenameStage renames a stage; history keeps the names as they were.
func (db *DB) RenameStage(ctx context.Context, id int64, name string) (model.Stage, error) {
	var s model.Stage
	err := db.update(ctx, func(tx *Tx) error {
		name, err := stageName(name)
		if err != nil {
			return err
		}
		if s, err = resolveStage(tx, id); err != nil || id == 0 {
			return model.Invalid("stage", "unknown stage %d", id)
		}
		if other, err := stageByName(tx, name); err == nil && other.ID != id {
			return model.Invalid("name", "a stage named %q already exists", name)
		}
		if _, err := tx.Exec(`UPDATE stages SET name = ? WHERE id = ?`, name, id); err != nil {
			return fmt.Errorf("rename stage: %w", err)
		}
		s.Name = name
		return nil
	})
	return s, err
}

// ReorderStages sets the pipeline order; ids must name every stage once.
func (db *DB) ReorderStages(ctx context.Context, ids []int64) ([]model.Stage, error) {
	var out []model.Stage
	err := db.update(ctx, func(tx *Tx) error {
		all, err := stages(tx)
		if err != nil {
			return err
		}
		known := map[int64]bool{}
		for _, s := range all {
			known[s.ID] = true
		}
		seen := map[int64]bool{}
		for _, id := range ids {
			if !known[id] || seen[id] {
				return model.Invalid("stages", "the new order must list every stage exactly once")
			}
			seen[id] = true
		}
		if len(ids) != len(all) {
			return model.Invalid("stages", "the new order must list every stage exactly once")
		}
		for i, id := range ids {
			if _, err := tx.Exec(`UPDATE stages SET position = ? WHERE id = ?`, i, id); err != nil {
				return fmt.Errorf("reorder stages: %w", err)
			}
		}
		out, err = stages(tx)
		return err
	})
	return out, err
}

// RemoveStage deletes a stage, first moving its applications to moveTo
// (recorded on their timelines). The last stage cannot be removed.
func (db *DB) RemoveStage(ctx context.Context, id, moveTo int64) error {
	return db.update(ctx, func(tx *Tx) error {
		all, err := stages(tx)
		if err != nil {
			return err
		}
		if len(all) <= 1 {
			return model.Errorf(model.CodeConflict, "the pipeline needs at least one stage")
		}
		if id == moveTo {
			return model.Invalid("moveTo", "choose another stage for its applications")
		}
		if id == 0 {
			return model.Invalid("stage", "unknown stage 0")
		}
		if _, err := resolveStage(tx, id); err != nil {
			return err
		}
		var n int
		if err := tx.QueryRow(`SELECT count(*) FROM applications WHERE stage_id = ?`, id).Scan(&n); err != nil {
			return fmt.Errorf("remove stage: %w", err)
		}
		if n > 0 {
			if moveTo == 0 {
				return model.Invalid("moveTo", "this stage holds %d applications: choose where they go", n)
			}
			rows, err := tx.Query(`SELECT id FROM applications WHERE stage_id = ?`, id)
			if err != nil {
				return fmt.Errorf("remove stage: %w", err)
			}
			var ids []int64
			for rows.Next() {
				var a int64
				if err := rows.Scan(&a); err != nil {
					rows.Close()
					return err
				}
				ids = append(ids, a)
			}
			rows.Close()
			for _, a := range ids {
				if err := moveApplication(tx, a, moveTo); err != nil {
					return err
				}
			}
		}
		if _, err := tx.Exec(`DELETE FROM stages WHERE id = ?`, id); err != nil {
			return fmt.Errorf("remove stage: %w", err)
		}
		return nil
	})
}
