package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// importChunk is how many applications one transaction of a big import
// writes: small enough that another writer (the window, the command line)
// waits a fraction of a second rather than past its busy timeout, large
// enough that the cost of each commit stays small.
const importChunk = 1000

// Import adds a dataset's data to the database, all or nothing: every
// record is validated before anything is written and a bad one fails the
// whole import, naming it. Stages are matched by name (created when
// missing); ids are renumbered. Configuration (ds.Settings and the
// ConfigTables) is never imported here.
//
// Up to importChunk applications go in one transaction. A bigger dataset
// is committed a chunk at a time, so other writers get the lock between
// chunks; the ranges it committed are logged in import_undo, and a failure,
// a cancel or a process that dies before the last chunk has them deleted
// (at once, or by the next Open).
func (db *DB) Import(ctx context.Context, ds *Dataset) (Counts, error) {
	im, err := db.prepareImport(ctx, ds)
	if err != nil {
		return Counts{}, err
	}
	if len(ds.Applications) <= importChunk {
		if err := db.update(ctx, im.all); err != nil {
			return Counts{}, err
		}
		return im.c, nil
	}
	if err := im.chunked(ctx, db); err != nil {
		if uerr := db.undoImport(context.WithoutCancel(ctx), im.run); uerr != nil {
			return Counts{}, fmt.Errorf("%w (undoing the part already written failed too: %w; Huntbook undoes it when it next opens the file)", err, uerr)
		}
		return Counts{}, err
	}
	return im.c, nil
}

// importer carries one import's state across its transactions.
type importer struct {
	ds         *Dataset
	c          Counts
	stage      []string          // each application's stage name
	stageIDs   []int64           // and its id, once resolved
	appIDs     map[int64]int64   // dataset application id -> new id
	contactIDs map[int64]int64   // dataset contact id -> new id
	contactsOf map[int64][]int64 // dataset application id -> dataset contact ids
	run        int64             // import_runs id of a chunked import
	pipeline   []model.Stage     // the stages in order, once resolved
	newStages  map[string]bool   // lower-cased names of the stages the import created
}

// prepareImport validates every record of ds, without holding the write
// lock, and resolves each application's stage name.
func (db *DB) prepareImport(ctx context.Context, ds *Dataset) (*importer, error) {
	im := &importer{ds: ds, appIDs: map[int64]int64{}, contactIDs: map[int64]int64{}, contactsOf: map[int64][]int64{}, newStages: map[string]bool{},
		stage: make([]string, len(ds.Applications)), stageIDs: make([]int64, len(ds.Applications))}
	stageNames := map[int64]string{}
	for _, s := range ds.Stages {
		if _, err := stageName(s.Name); err != nil {
			return nil, fmt.Errorf("stage %q: %w", s.Name, err)
		}
		stageNames[s.ID] = s.Name
	}
	for i := range ds.Contacts {
		ct := &ds.Contacts[i]
		if err := ct.Validate(); err != nil {
			return nil, fmt.Errorf("contact %d (%s): %w", i+1, ct.Name, err)
		}
		for _, old := range ct.ApplicationIDs {
			im.contactsOf[old] = append(im.contactsOf[old], ct.ID)
		}
	}
	inImport := map[int64]bool{}
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
		if _, err := stageName(name); err != nil {
			return nil, fmt.Errorf("application %d (%s): stage %q: %w", i+1, a.Company, name, err)
		}
		im.stage[i] = name
		a.Normalize()
		if err := a.Validate(); err != nil {
			return nil, fmt.Errorf("application %d (%s, %s): %w", i+1, a.Company, a.Title, err)
		}
		for j := range da.Events {
			if err := da.Events[j].Validate(); err != nil {
				return nil, fmt.Errorf("application %d history entry %d: %w", i+1, j+1, err)
			}
		}
		for j := range da.Notes {
			if err := da.Notes[j].Validate(); err != nil {
				return nil, fmt.Errorf("application %d note %d: %w", i+1, j+1, err)
			}
		}
		inImport[a.ID] = true
	}
	for i := range ds.Tasks {
		t := &ds.Tasks[i]
		if err := t.Validate(); err != nil {
			return nil, fmt.Errorf("task %d (%s): %w", i+1, t.Title, err)
		}
		if t.ApplicationID != 0 && !inImport[t.ApplicationID] {
			return nil, model.Invalid("tasks", "task %d (%s) refers to application %d, which is not in the import", i+1, t.Title, t.ApplicationID)
		}
	}
	if err := db.view(ctx, func(tx *Tx) error { return checkTables(tx, ds.Tables) }); err != nil {
		return nil, err
	}
	return im, nil
}

// all writes the whole import in one transaction.
func (im *importer) all(tx *Tx) error {
	b, err := prepareBulk(tx)
	if err != nil {
		return err
	}
	defer b.close()
	if err := im.stagesAndContacts(tx, b); err != nil {
		return err
	}
	if err := im.apps(tx, b, 0, len(im.ds.Applications)); err != nil {
		return err
	}
	return im.rest(tx, b)
}

// chunked writes the import a chunk of applications per transaction, the
// other areas' rows and the tasks with the last.
func (im *importer) chunked(ctx context.Context, db *DB) error {
	step := func(fn func(tx *Tx, b *bulk) error) error {
		if err := ctx.Err(); err != nil {
			return model.Errorf(model.CodeCanceled, "import: stopped; nothing of it was kept")
		}
		return db.update(ctx, func(tx *Tx) error {
			b, err := prepareBulk(tx)
			if err != nil {
				return err
			}
			defer b.close()
			return fn(tx, b)
		})
	}
	err := step(func(tx *Tx, b *bulk) error {
		res, err := tx.Exec(`INSERT INTO import_runs (pid, started_at) VALUES (?, ?)`, os.Getpid(), formatTime(tx.now))
		if err != nil {
			return fmt.Errorf("import: %w", err)
		}
		im.run, _ = res.LastInsertId()
		return im.stagesAndContacts(tx, b)
	})
	if err != nil {
		im.run = 0 // rolled back with everything else
		return err
	}
	n := len(im.ds.Applications)
	for lo := 0; lo < n; lo += importChunk {
		hi := min(lo+importChunk, n)
		if err := step(func(tx *Tx, b *bulk) error { return im.apps(tx, b, lo, hi) }); err != nil {
			return err
		}
	}
	return step(im.rest)
}

// logRange records ids lo..hi of table as this run's, to undo on failure.
func (im *importer) logRange(tx *Tx, table string, lo, hi int64) error {
	if im.run == 0 || lo == 0 {
		return nil
	}
	if _, err := tx.Exec(`INSERT INTO import_undo (run, tbl, lo, hi) VALUES (?, ?, ?, ?)`, im.run, table, lo, hi); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	return nil
}

// stagesAndContacts creates the stages the import names and this database
// lacks (in the dataset's pipeline order) and adds the contacts.
func (im *importer) stagesAndContacts(tx *Tx, b *bulk) error {
	existing, err := stages(tx)
	if err != nil {
		return err
	}
	byName := map[string]int64{}
	for _, s := range existing {
		byName[strings.ToLower(s.Name)] = s.ID
	}
	var first, last int64
	stageID := func(name string) (int64, error) {
		if id, ok := byName[strings.ToLower(strings.TrimSpace(name))]; ok {
			return id, nil
		}
		s, err := addStage(tx, name)
		if err != nil {
			return 0, err
		}
		byName[strings.ToLower(s.Name)] = s.ID
		im.newStages[strings.ToLower(s.Name)] = true
		if first == 0 {
			first = s.ID
		}
		last = s.ID
		im.c.Stages++
		return s.ID, nil
	}
	for _, s := range im.ds.Stages {
		if _, err := stageID(s.Name); err != nil {
			return fmt.Errorf("stage %q: %w", s.Name, err)
		}
	}
	for i, name := range im.stage {
		if im.stageIDs[i], err = stageID(name); err != nil {
			return fmt.Errorf("application %d: stage %q: %w", i+1, name, err)
		}
	}
	if err := im.logRange(tx, "stages", first, last); err != nil {
		return err
	}
	if im.pipeline, err = stages(tx); err != nil {
		return err
	}
	first, last = 0, 0
	for i, ct := range im.ds.Contacts {
		res, err := b.contact.Exec(ct.Name, ct.Role, ct.Company, ct.Email, ct.Phone, ct.ProfileURL, ct.Notes,
			formatTime(orNow(ct.CreatedAt, tx)), formatTime(orNow(ct.UpdatedAt, tx)))
		if err != nil {
			return fmt.Errorf("import contact %d: %w", i+1, err)
		}
		id, _ := res.LastInsertId()
		im.contactIDs[ct.ID] = id
		if first == 0 {
			first = id
		}
		last = id
		im.c.Contacts++
	}
	return im.logRange(tx, "contacts", first, last)
}

// apps adds applications lo..hi-1 with their tags, history, notes and
// contact links, and indexes them for search.
func (im *importer) apps(tx *Tx, b *bulk, lo, hi int) error {
	var first, last int64
	for i := lo; i < hi; i++ {
		da := &im.ds.Applications[i]
		a := &da.Application
		a.StageID = im.stageIDs[i]
		created, updated := orNow(a.CreatedAt, tx), orNow(a.UpdatedAt, tx)
		res, err := b.app.Exec(a.Company, model.NormalizeCompany(a.Company), a.Title, model.NormalizeTitle(a.Title), a.URL, urlKey(a.URL), a.Location,
			string(a.Remote), a.Salary.Min, a.Salary.Max, a.Salary.Currency, string(a.Salary.Period), a.Source, a.Description,
			a.DateApplied, a.Deadline, a.FollowUp, a.Priority, a.StageID, string(a.Outcome), formatTime(created), formatTime(updated), joinTags(a.Tags))
		if err != nil {
			return fmt.Errorf("import application %d: %w", i+1, err)
		}
		id, _ := res.LastInsertId()
		if first == 0 {
			first = id
		}
		last = id
		im.appIDs[a.ID] = id
		for _, t := range a.Tags {
			if _, err := b.tag.Exec(id, t); err != nil {
				return fmt.Errorf("import application %d tags: %w", i+1, err)
			}
		}
		events := da.Events
		if len(events) == 0 {
			events = estimatedHistory(a, stagePath(im.pipeline, im.newStages, im.stage[i]), tx.now)
		}
		for _, e := range events {
			if _, err := b.event.Exec(id, string(e.Kind), e.From, e.To, formatTime(orNow(e.At, tx)), e.Estimated); err != nil {
				return fmt.Errorf("import application %d history: %w", i+1, err)
			}
		}
		for j, n := range da.Notes {
			if _, err := b.note.Exec(id, n.Body, formatTime(orNow(n.CreatedAt, tx)), formatTime(orNow(n.UpdatedAt, tx))); err != nil {
				return fmt.Errorf("import application %d note %d: %w", i+1, j+1, err)
			}
			im.c.Notes++
		}
		for _, old := range im.contactsOf[a.ID] {
			if cid, ok := im.contactIDs[old]; ok {
				if _, err := b.link.Exec(id, cid); err != nil {
					return fmt.Errorf("link application %d to its contacts: %w", i+1, err)
				}
			}
		}
		im.c.Applications++
	}
	if first == 0 {
		return nil
	}
	// One statement indexes the chunk with its notes and contacts.
	if _, err := tx.Exec(ftsSelect+`WHERE a.id BETWEEN ? AND ?`, first, last); err != nil {
		return fmt.Errorf("index imported applications: %w", err)
	}
	return im.logRange(tx, "applications", first, last)
}

// rest adds the other areas' rows and the tasks, and ends the run.
func (im *importer) rest(tx *Tx, b *bulk) error {
	for name, rows := range im.ds.Tables {
		if !ConfigTables[name] {
			im.c.Other += len(rows)
		}
	}
	skipped, err := importTables(tx, im.ds.Tables, im.appIDs)
	if err != nil {
		return err
	}
	im.c.Other -= skipped
	im.c.Skipped = skipped
	for i, t := range im.ds.Tasks {
		var app any
		if t.ApplicationID != 0 {
			app = im.appIDs[t.ApplicationID]
		}
		if _, err := b.task.Exec(app, t.Title, t.Due, t.Done, formatTime(orNow(t.CreatedAt, tx)), formatTime(orNow(t.UpdatedAt, tx))); err != nil {
			return fmt.Errorf("import task %d: %w", i+1, err)
		}
		im.c.Tasks++
	}
	if im.run != 0 {
		if _, err := tx.Exec(`DELETE FROM import_runs WHERE id = ?`, im.run); err != nil {
			return fmt.Errorf("import: %w", err)
		}
	}
	return nil
}

// undoImport deletes what a chunked import committed before it failed:
// its applications (with their notes, history, links and search rows), its
// contacts, and the stages it created that nothing uses.
func (db *DB) undoImport(ctx context.Context, run int64) error {
	if run == 0 {
		return nil
	}
	return db.update(ctx, func(tx *Tx) error {
		rows, err := tx.Query(`SELECT tbl, lo, hi FROM import_undo WHERE run = ?
			ORDER BY CASE tbl WHEN 'applications' THEN 0 WHEN 'contacts' THEN 1 ELSE 2 END`, run)
		if err != nil {
			return fmt.Errorf("undo import: %w", err)
		}
		type span struct {
			table  string
			lo, hi int64
		}
		var spans []span
		for rows.Next() {
			var s span
			if err := rows.Scan(&s.table, &s.lo, &s.hi); err != nil {
				rows.Close()
				return fmt.Errorf("undo import: %w", err)
			}
			spans = append(spans, s)
		}
		rows.Close()
		for _, s := range spans {
			var stmts []string
			switch s.table {
			case "applications":
				stmts = []string{`DELETE FROM application_fts WHERE rowid BETWEEN ? AND ?`, `DELETE FROM applications WHERE id BETWEEN ? AND ?`}
			case "contacts":
				stmts = []string{`DELETE FROM contacts WHERE id BETWEEN ? AND ?`}
			case "stages":
				stmts = []string{`DELETE FROM stages WHERE id BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM applications WHERE stage_id = stages.id)`}
			}
			for _, q := range stmts {
				if _, err := tx.Exec(q, s.lo, s.hi); err != nil {
					return fmt.Errorf("undo import of %s: %w", s.table, err)
				}
			}
		}
		if _, err := tx.Exec(`DELETE FROM import_runs WHERE id = ?`, run); err != nil {
			return fmt.Errorf("undo import: %w", err)
		}
		return nil
	})
}

// undoDeadImports undoes the chunked imports whose process died before
// their last chunk. A run of a process still alive is left to finish.
func (db *DB) undoDeadImports(ctx context.Context) error {
	type run struct{ id, pid int64 }
	runs, err := read(ctx, db, func(tx *Tx) ([]run, error) {
		// A schema from before import runs (a test's older set of migrations) has none.
		var has int
		if err := tx.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name = 'import_runs'`).Scan(&has); err != nil || has == 0 {
			return nil, err
		}
		rows, err := tx.Query(`SELECT id, pid FROM import_runs`)
		if err != nil {
			return nil, fmt.Errorf("find unfinished imports: %w", err)
		}
		defer rows.Close()
		var out []run
		for rows.Next() {
			var r run
			if err := rows.Scan(&r.id, &r.pid); err != nil {
				return nil, err
			}
			out = append(out, r)
		}
		return out, rows.Err()
	})
	if err != nil {
		return err
	}
	for _, r := range runs {
		if int(r.pid) == os.Getpid() || processAlive(int(r.pid)) {
			continue
		}
		if err := db.undoImport(ctx, r.id); err != nil {
			return err
		}
	}
	return nil
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
		{&b.app, `INSERT INTO applications (company, company_key, title, title_key, url, url_key, location, remote, salary_min, salary_max,
			salary_currency, salary_period, source, description, date_applied, deadline, follow_up, priority, stage_id, outcome,
			created_at, updated_at, tags) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`},
		{&b.tag, `INSERT OR IGNORE INTO application_tags (application_id, tag) VALUES (?, ?)`},
		{&b.event, `INSERT INTO events (application_id, kind, from_value, to_value, at, estimated) VALUES (?, ?, ?, ?, ?, ?)`},
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

func orNow(t time.Time, tx *Tx) time.Time {
	if t.IsZero() {
		return tx.now
	}
	return t.UTC()
}
