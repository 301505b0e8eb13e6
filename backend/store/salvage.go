package store

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/huntbook/huntbook/backend/model"
	sqlite3 "github.com/mattn/go-sqlite3"
)

// damaged reports whether err comes from a damaged database file (a
// malformed page, a file that is not a database), as opposed to a bug, a
// lock or a cancelled call.
func damaged(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && (se.Code == sqlite3.ErrCorrupt || se.Code == sqlite3.ErrNotADB)
}

// salvage reads what can still be read of a damaged database, one part at a
// time, each in its own read transaction: a part whose pages are damaged is
// left out and named in Dataset.Unreadable instead of failing the whole
// export, so the user can take away everything else. It fails only when
// nothing at all can be read.
func (db *DB) salvage(ctx context.Context) (*Dataset, error) {
	ds := &Dataset{Settings: map[string]string{}, Tables: map[string][]map[string]any{}}
	var firstErr error
	part := func(name string, fn func(*Tx) error) {
		if err := db.view(ctx, fn); err != nil {
			ds.Unreadable = append(ds.Unreadable, name)
			if firstErr == nil {
				firstErr = err
			}
		}
	}
	part("stages", func(tx *Tx) (err error) { ds.Stages, err = stages(tx); return err })
	var apps []model.Application
	part("applications", func(tx *Tx) (err error) {
		apps, err = queryApps(tx, `SELECT `+appColumns+appFrom+` ORDER BY a.id`)
		return err
	})
	var notes map[int64][]model.Note
	part("notes", func(tx *Tx) (err error) { notes, err = groupNotes(tx); return err })
	var events map[int64][]model.Event
	part("events", func(tx *Tx) (err error) { events, err = groupEvents(tx); return err })
	ds.Applications = make([]DatasetApp, len(apps))
	for i, a := range apps {
		ds.Applications[i] = DatasetApp{Application: a, Notes: orEmpty(notes[a.ID]), Events: orEmpty(events[a.ID])}
	}
	part("contacts", func(tx *Tx) (err error) { ds.Contacts, err = listContacts(tx, `ORDER BY c.id`); return err })
	part("tasks", func(tx *Tx) (err error) { ds.Tasks, err = listTasks(tx, `ORDER BY id`); return err })
	part("settings", func(tx *Tx) error {
		return each(tx, "export settings", `SELECT key, value FROM settings ORDER BY key`, nil, func(r scanner) error {
			var k, v string
			err := r.Scan(&k, &v)
			ds.Settings[k] = v
			return err
		})
	})
	var tables []tableInfo
	part("the list of tables", func(tx *Tx) (err error) { tables, err = extraTables(tx); return err })
	for _, t := range tables {
		part(t.name, func(tx *Tx) (err error) { ds.Tables[t.name], err = exportTable(tx, t); return err })
	}
	if ctx.Err() != nil {
		return nil, fmt.Errorf("export: %w", ctx.Err())
	}
	if len(ds.Stages) == 0 && len(apps) == 0 && len(ds.Contacts) == 0 && len(ds.Tasks) == 0 && len(ds.Settings) == 0 && len(tables) == 0 {
		return nil, fmt.Errorf("export: nothing in the damaged database could be read: %w", firstErr)
	}
	sort.Strings(ds.Unreadable)
	return ds, nil
}
