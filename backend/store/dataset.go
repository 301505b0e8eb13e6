package store

import (
	"context"
	"fmt"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// Dataset is everything the tracker holds, in a form that survives a round
// trip through an export: ids are kept only to tie records together.
type Dataset struct {
	Stages       []model.Stage     `json:"stages"`
	Applications []DatasetApp      `json:"applications"`
	Contacts     []model.Contact   `json:"contacts"`
	Tasks        []model.Task      `json:"tasks"`
	Settings     map[string]string `json:"settings,omitempty"`
	// Tables holds the rows of every other area's tables (CVs and the
	// profile, AI providers and drafts, calendar events...), by table name;
	// BLOB columns are base64 text.
	Tables map[string][]map[string]any `json:"tables,omitempty"`
	// Unreadable names the parts a damaged database could not give (see
	// salvage); empty for an export of a sound database.
	Unreadable []string `json:"unreadable,omitempty"`
}

// DatasetApp is an application with its notes and timeline.
type DatasetApp struct {
	model.Application
	Notes  []model.Note  `json:"notes"`
	Events []model.Event `json:"events"`
}

// Counts says how many records of each kind an import added.
type Counts struct {
	Applications int `json:"applications"`
	Notes        int `json:"notes"`
	Contacts     int `json:"contacts"`
	Tasks        int `json:"tasks"`
	Stages       int `json:"stages"`  // stages created because no stage had that name
	Other        int `json:"other"`   // rows of other areas' tables (CVs, AI drafts, calendar events...)
	Skipped      int `json:"skipped"` // rows of those already present or whose parent is missing
}

// Export reads the whole tracker in one consistent snapshot. From a damaged
// database it exports what can still be read, naming the rest in
// Dataset.Unreadable.
func (db *DB) Export(ctx context.Context) (*Dataset, error) {
	ds := &Dataset{Settings: map[string]string{}}
	err := db.view(ctx, func(tx *Tx) error {
		var err error
		if ds.Stages, err = stages(tx); err != nil {
			return err
		}
		apps, err := queryApps(tx, `SELECT `+appColumns+appFrom+` ORDER BY a.id`)
		if err != nil {
			return err
		}
		notes, err := groupNotes(tx)
		if err != nil {
			return err
		}
		events, err := groupEvents(tx)
		if err != nil {
			return err
		}
		ds.Applications = make([]DatasetApp, len(apps))
		for i, a := range apps {
			ds.Applications[i] = DatasetApp{Application: a, Notes: orEmpty(notes[a.ID]), Events: orEmpty(events[a.ID])}
		}
		if ds.Contacts, err = listContacts(tx, `ORDER BY c.id`); err != nil {
			return err
		}
		if ds.Tasks, err = listTasks(tx, `ORDER BY id`); err != nil {
			return err
		}
		if ds.Tables, err = exportTables(tx); err != nil {
			return err
		}
		rows, err := tx.Query(`SELECT key, value FROM settings ORDER BY key`)
		if err != nil {
			return fmt.Errorf("export settings: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var k, v string
			if err := rows.Scan(&k, &v); err != nil {
				return err
			}
			ds.Settings[k] = v
		}
		return rows.Err()
	})
	if err != nil && damaged(err) {
		return db.salvage(ctx)
	}
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	return ds, nil
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func groupNotes(tx *Tx) (map[int64][]model.Note, error) {
	notes, err := collect(tx, "export notes", scanNote, noteColumns+`ORDER BY application_id, created_at, id`)
	if err != nil {
		return nil, err
	}
	out := map[int64][]model.Note{}
	for _, n := range notes {
		out[n.ApplicationID] = append(out[n.ApplicationID], n)
	}
	return out, nil
}

func groupEvents(tx *Tx) (map[int64][]model.Event, error) {
	events, err := collect(tx, "export events", scanEvent, eventColumns+`ORDER BY application_id, at, id`)
	if err != nil {
		return nil, err
	}
	out := map[int64][]model.Event{}
	for _, e := range events {
		out[e.ApplicationID] = append(out[e.ApplicationID], e)
	}
	return out, nil
}

// Timeline is an application's stage, outcome and dates with its history.
type Timeline struct {
	ID          int64
	StageID     int64
	Outcome     model.Outcome
	DateApplied string
	CreatedAt   time.Time
	Events      []model.Event
}

// Timelines returns every application's timeline, for insights.
func (db *DB) Timelines(ctx context.Context) ([]Timeline, error) {
	var out []Timeline
	err := db.view(ctx, func(tx *Tx) error {
		rows, err := tx.Query(`SELECT id, stage_id, outcome, date_applied, created_at FROM applications ORDER BY id`)
		if err != nil {
			return fmt.Errorf("read timelines: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var t Timeline
			var outcome, created string
			if err := rows.Scan(&t.ID, &t.StageID, &outcome, &t.DateApplied, &created); err != nil {
				return fmt.Errorf("read timelines: %w", err)
			}
			t.Outcome, t.CreatedAt = model.Outcome(outcome), parseTime(created)
			out = append(out, t)
		}
		if err := rows.Err(); err != nil {
			return err
		}
		events, err := groupEvents(tx)
		if err != nil {
			return err
		}
		for i := range out {
			out[i].Events = events[out[i].ID]
		}
		return nil
	})
	return out, err
}
