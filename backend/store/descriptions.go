package store

import (
	"context"
	"fmt"
)

// convertDescriptionsKey is the setting migration 0011 leaves for
// ConvertDescriptions.
const convertDescriptionsKey = "convert_html_descriptions"

// ConvertDescriptions runs the one-time conversion migration 0011 asks for:
// each application whose description convert turns into something else
// (page source into clean text) gets the new description, and the original
// is kept in description_sources, which the export carries. It does nothing
// once done (or when the migration did not ask), and returns how many
// descriptions it changed. The search index follows the new text; the
// applications' updated_at does not change (the user edited nothing).
func (db *DB) ConvertDescriptions(ctx context.Context, convert func(description string) (string, bool)) (int, error) {
	pending, err := db.Setting(ctx, convertDescriptionsKey)
	if err != nil || pending == "" {
		return 0, err
	}
	n := 0
	err = db.update(ctx, func(tx *Tx) error {
		type row struct {
			id   int64
			desc string
		}
		var rows []row
		q, err := tx.Query(`SELECT id, description FROM applications WHERE instr(description, '<') > 0
			AND id NOT IN (SELECT application_id FROM description_sources) ORDER BY id`)
		if err != nil {
			return err
		}
		for q.Next() {
			var r row
			if err := q.Scan(&r.id, &r.desc); err != nil {
				q.Close()
				return err
			}
			rows = append(rows, r)
		}
		q.Close()
		if err := q.Err(); err != nil {
			return err
		}
		for _, r := range rows {
			text, ok := convert(r.desc)
			if !ok || text == r.desc {
				continue
			}
			if _, err := tx.Exec(`INSERT INTO description_sources (application_id, source, converted_at) VALUES (?, ?, ?)`,
				r.id, r.desc, formatTime(tx.now)); err != nil {
				return err
			}
			if _, err := tx.Exec(`UPDATE applications SET description = ? WHERE id = ?`, text, r.id); err != nil {
				return err
			}
			if err := reindex(tx, r.id); err != nil {
				return err
			}
			n++
		}
		_, err = tx.Exec(`DELETE FROM settings WHERE key = ?`, convertDescriptionsKey)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("convert html descriptions: %w", err)
	}
	return n, nil
}

// DescriptionSource returns the page source an application's description
// was converted from, or "" when it was not converted.
func (db *DB) DescriptionSource(ctx context.Context, applicationID int64) (string, error) {
	var s string
	err := db.read.QueryRowContext(ctx, `SELECT coalesce((SELECT source FROM description_sources WHERE application_id = ?), '')`, applicationID).Scan(&s)
	if err != nil {
		return "", fmt.Errorf("read description source: %w", err)
	}
	return s, nil
}
