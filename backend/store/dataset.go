package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
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

// Import adds a dataset's data to the database in one transaction: every
// record is validated first and a bad one fails the whole import, naming it.
// Stages are matched by name (created when missing); ids are renumbered.
// Configuration (ds.Settings and the ConfigTables) is never imported here.
func (db *DB) Import(ctx context.Context, ds *Dataset) (Counts, error) {
	var c Counts
	err := db.update(ctx, func(tx *Tx) error {
		var err error
		c, err = importDataset(tx, ds)
		return err
	})
	return c, err
}

type bulk struct {
	app, tag, event, note, contact, link, task *sql.Stmt
}

func prepareBulk(tx *Tx) (*bulk, error) {
	b := &bulk{}
	for _, p := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&b.app, `INSERT INTO applications (company, company_key, title, title_key, url, location, remote, salary_min, salary_max,
			salary_currency, salary_period, source, description, date_applied, deadline, follow_up, priority, stage_id, outcome,
			created_at, updated_at, tags) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`},
		{&b.tag, `INSERT OR IGNORE INTO application_tags (application_id, tag) VALUES (?, ?)`},
		{&b.event, `INSERT INTO events (application_id, kind, from_value, to_value, at) VALUES (?, ?, ?, ?, ?)`},
		{&b.note, `INSERT INTO notes (application_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)`},
		{&b.contact, `INSERT INTO contacts (name, role, company, email, phone, profile_url, notes, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)`},
		{&b.link, `INSERT OR IGNORE INTO application_contacts (application_id, contact_id) VALUES (?, ?)`},
		{&b.task, `INSERT INTO tasks (application_id, title, due, done, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`},
	} {
		s, err := tx.Prepare(p.sql)
		if err != nil {
			b.close()
			return nil, fmt.Errorf("prepare import: %w", err)
		}
		*p.dst = s
	}
	return b, nil
}

func (b *bulk) close() {
	for _, s := range []*sql.Stmt{b.app, b.tag, b.event, b.note, b.contact, b.link, b.task} {
		if s != nil {
			s.Close()
		}
	}
}

func importDataset(tx *Tx, ds *Dataset) (Counts, error) {
	var c Counts
	b, err := prepareBulk(tx)
	if err != nil {
		return c, err
	}
	defer b.close()

	// Stages by name; an application names its stage by Stage (or by the
	// dataset's stage id when the name is missing).
	stageNames := map[int64]string{}
	for _, s := range ds.Stages {
		stageNames[s.ID] = s.Name
	}
	existing, err := stages(tx)
	if err != nil {
		return c, err
	}
	byName := map[string]model.Stage{}
	for _, s := range existing {
		byName[strings.ToLower(s.Name)] = s
	}
	stageID := func(name string) (int64, error) {
		if s, ok := byName[strings.ToLower(strings.TrimSpace(name))]; ok {
			return s.ID, nil
		}
		s, err := addStage(tx, name)
		if err != nil {
			return 0, err
		}
		byName[strings.ToLower(s.Name)] = s
		c.Stages++
		return s.ID, nil
	}
	for _, s := range ds.Stages { // keep the dataset's pipeline order for new stages
		if _, err := stageID(s.Name); err != nil {
			return c, fmt.Errorf("stage %q: %w", s.Name, err)
		}
	}

	// New applications get ids above the current largest: index those at the end.
	var lastID int64
	if err := tx.QueryRow(`SELECT coalesce(max(id), 0) FROM applications`).Scan(&lastID); err != nil {
		return c, fmt.Errorf("import: %w", err)
	}

	// Contacts first, so the links made after the applications can point at them.
	contactIDs := map[int64]int64{}
	for i, ct := range ds.Contacts {
		if err := ct.Validate(); err != nil {
			return c, fmt.Errorf("contact %d (%s): %w", i+1, ct.Name, err)
		}
		created, updated := orNow(ct.CreatedAt, tx), orNow(ct.UpdatedAt, tx)
		res, err := b.contact.Exec(ct.Name, ct.Role, ct.Company, ct.Email, ct.Phone, ct.ProfileURL, ct.Notes, formatTime(created), formatTime(updated))
		if err != nil {
			return c, fmt.Errorf("import contact %d: %w", i+1, err)
		}
		contactIDs[ct.ID], _ = res.LastInsertId()
		c.Contacts++
	}

	appIDs := map[int64]int64{}
	for i := range ds.Applications {
		da := &ds.Applications[i]
		a := &da.Application
		name := a.Stage
		if name == "" {
			name = stageNames[a.StageID]
		}
		if name == "" {
			name = model.DefaultStages[0]
		}
		if a.StageID, err = stageID(name); err != nil {
			return c, fmt.Errorf("application %d (%s): %w", i+1, a.Company, err)
		}
		a.Normalize()
		if err := a.Validate(); err != nil {
			return c, fmt.Errorf("application %d (%s, %s): %w", i+1, a.Company, a.Title, err)
		}
		created, updated := orNow(a.CreatedAt, tx), orNow(a.UpdatedAt, tx)
		res, err := b.app.Exec(a.Company, model.NormalizeCompany(a.Company), a.Title, model.NormalizeTitle(a.Title), a.URL, a.Location,
			string(a.Remote), a.Salary.Min, a.Salary.Max, a.Salary.Currency, string(a.Salary.Period), a.Source, a.Description,
			a.DateApplied, a.Deadline, a.FollowUp, a.Priority, a.StageID, string(a.Outcome), formatTime(created), formatTime(updated), joinTags(a.Tags))
		if err != nil {
			return c, fmt.Errorf("import application %d: %w", i+1, err)
		}
		id, _ := res.LastInsertId()
		appIDs[a.ID] = id
		for _, t := range a.Tags {
			if _, err := b.tag.Exec(id, t); err != nil {
				return c, fmt.Errorf("import application %d tags: %w", i+1, err)
			}
		}
		if len(da.Events) == 0 {
			da.Events = []model.Event{{Kind: model.EventCreated, To: name, At: created}}
		}
		for j, e := range da.Events {
			if err := e.Validate(); err != nil {
				return c, fmt.Errorf("application %d history entry %d: %w", i+1, j+1, err)
			}
			if _, err := b.event.Exec(id, string(e.Kind), e.From, e.To, formatTime(orNow(e.At, tx))); err != nil {
				return c, fmt.Errorf("import application %d history: %w", i+1, err)
			}
		}
		for j, n := range da.Notes {
			if err := n.Validate(); err != nil {
				return c, fmt.Errorf("application %d note %d: %w", i+1, j+1, err)
			}
			if _, err := b.note.Exec(id, n.Body, formatTime(orNow(n.CreatedAt, tx)), formatTime(orNow(n.UpdatedAt, tx))); err != nil {
				return c, fmt.Errorf("import application %d note %d: %w", i+1, j+1, err)
			}
			c.Notes++
		}
		c.Applications++
	}

	for _, ct := range ds.Contacts {
		for _, old := range ct.ApplicationIDs {
			if id, ok := appIDs[old]; ok {
				if _, err := b.link.Exec(id, contactIDs[ct.ID]); err != nil {
					return c, fmt.Errorf("link contact %s: %w", ct.Name, err)
				}
			}
		}
	}

	for name, rows := range ds.Tables {
		if !ConfigTables[name] {
			c.Other += len(rows)
		}
	}
	skipped, err := importTables(tx, ds.Tables, appIDs)
	if err != nil {
		return c, err
	}
	c.Other -= skipped
	c.Skipped = skipped

	// One statement indexes every new application with its notes and contacts.
	if err := reindexFrom(tx, lastID); err != nil {
		return c, err
	}

	for i, t := range ds.Tasks {
		if err := t.Validate(); err != nil {
			return c, fmt.Errorf("task %d (%s): %w", i+1, t.Title, err)
		}
		var app any
		if t.ApplicationID != 0 {
			id, ok := appIDs[t.ApplicationID]
			if !ok {
				return c, model.Invalid("tasks", "task %d (%s) refers to application %d, which is not in the import", i+1, t.Title, t.ApplicationID)
			}
			app = id
		}
		if _, err := b.task.Exec(app, t.Title, t.Due, t.Done, formatTime(orNow(t.CreatedAt, tx)), formatTime(orNow(t.UpdatedAt, tx))); err != nil {
			return c, fmt.Errorf("import task %d: %w", i+1, err)
		}
		c.Tasks++
	}
	// ds.Settings and the configuration tables are never written here: the
	// caller lists them for the user, who applies what they tick through the
	// same paths as the settings page.
	return c, nil
}

func orNow(t time.Time, tx *Tx) time.Time {
	if t.IsZero() {
		return tx.now
	}
	return t.UTC()
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
