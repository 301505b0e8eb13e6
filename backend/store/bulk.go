package store

import (
	"context"
	"fmt"

	"github.com/huntbook/huntbook/backend/model"
)

// BulkMove moves applications to a stage in one transaction, each move on
// its timeline.
func (db *DB) BulkMove(ctx context.Context, ids []int64, stageID int64) error {
	return db.update(ctx, func(tx *Tx) error {
		for _, id := range ids {
			if err := moveApplication(tx, id, stageID); err != nil {
				return err
			}
		}
		return nil
	})
}

// BulkSetOutcome sets the outcome of applications in one transaction.
func (db *DB) BulkSetOutcome(ctx context.Context, ids []int64, o model.Outcome) error {
	o, err := model.ParseOutcome(string(o))
	if err != nil {
		return err
	}
	return db.update(ctx, func(tx *Tx) error {
		for _, id := range ids {
			old, err := getApplication(tx, id)
			if err != nil {
				return err
			}
			if old.Outcome == o {
				continue
			}
			if _, err := tx.Exec(`UPDATE applications SET outcome = ?, updated_at = ? WHERE id = ?`, string(o), formatTime(tx.now), id); err != nil {
				return fmt.Errorf("set outcome of %d: %w", id, err)
			}
			if err := addEvent(tx, id, model.EventOutcome, string(old.Outcome), string(o), tx.now); err != nil {
				return err
			}
		}
		return nil
	})
}

// BulkTag adds and removes tags on applications in one transaction.
func (db *DB) BulkTag(ctx context.Context, ids []int64, add, remove []string) error {
	add, remove = model.NormalizeTags(add), model.NormalizeTags(remove)
	drop := map[string]bool{}
	for _, t := range remove {
		drop[t] = true
	}
	return db.update(ctx, func(tx *Tx) error {
		for _, id := range ids {
			a, err := getApplication(tx, id)
			if err != nil {
				return err
			}
			var tags []string
			for _, t := range append(a.Tags, add...) {
				if !drop[t] {
					tags = append(tags, t)
				}
			}
			a.Tags = model.NormalizeTags(tags)
			if err := a.Validate(); err != nil {
				return err
			}
			if err := setTags(tx, id, a.Tags); err != nil {
				return err
			}
			if _, err := tx.Exec(`UPDATE applications SET updated_at = ? WHERE id = ?`, formatTime(tx.now), id); err != nil {
				return fmt.Errorf("tag %d: %w", id, err)
			}
		}
		return nil
	})
}
