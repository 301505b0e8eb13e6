package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

const appColumns = `a.id, a.company, a.title, a.url, a.location, a.remote, a.salary_min, a.salary_max,
	a.salary_currency, a.salary_period, a.source, a.description, a.date_applied, a.deadline, a.follow_up,
	a.priority, a.stage_id, s.name, a.outcome, a.created_at, a.updated_at, a.tags`

const appFrom = ` FROM applications a JOIN stages s ON s.id = a.stage_id`

type scanner interface{ Scan(dest ...any) error }

// CreateApplication validates and stores a new application (in the first
// stage when StageID is 0) and records its creation on the timeline.
func (db *DB) CreateApplication(ctx context.Context, a model.Application) (model.Application, error) {
	return write(ctx, db, func(tx *Tx) (model.Application, error) {
		id, err := createApplication(tx, &a, true)
		if err != nil {
			return model.Application{}, err
		}
		return getApplication(tx, id)
	})
}

// createApplication inserts a; history says whether to record a "created"
// event (imports bring their own history).
func createApplication(tx *Tx, a *model.Application, history bool) (int64, error) {
	a.Normalize()
	if err := a.Validate(); err != nil {
		return 0, err
	}
	stage, err := resolveStage(tx, a.StageID)
	if err != nil {
		return 0, err
	}
	a.StageID = stage.ID
	if a.CreatedAt.IsZero() {
		a.CreatedAt = tx.now
	}
	if a.UpdatedAt.IsZero() {
		a.UpdatedAt = tx.now
	}
	res, err := tx.Exec(`INSERT INTO applications (company, company_key, title, title_key, url, url_key, location, remote,
		salary_min, salary_max, salary_currency, salary_period, source, description, date_applied, deadline, follow_up,
		priority, stage_id, outcome, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		a.Company, model.NormalizeCompany(a.Company), a.Title, model.NormalizeTitle(a.Title), a.URL, urlKey(a.URL), a.Location, string(a.Remote),
		a.Salary.Min, a.Salary.Max, a.Salary.Currency, string(a.Salary.Period), a.Source, a.Description, a.DateApplied, a.Deadline, a.FollowUp,
		a.Priority, a.StageID, string(a.Outcome), formatTime(a.CreatedAt), formatTime(a.UpdatedAt))
	if err != nil {
		return 0, fmt.Errorf("create application: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("create application: %w", err)
	}
	if err := setTags(tx, id, a.Tags); err != nil {
		return 0, err
	}
	if history {
		if err := addEvent(tx, id, model.EventCreated, "", stage.Name, a.CreatedAt); err != nil {
			return 0, err
		}
	}
	return id, reindex(tx, id)
}

// resolveStage returns the stage with id, or the first stage for 0.
func resolveStage(tx *Tx, id int64) (model.Stage, error) {
	var s model.Stage
	var err error
	if id == 0 {
		err = tx.QueryRow(`SELECT id, name, position FROM stages ORDER BY position LIMIT 1`).Scan(&s.ID, &s.Name, &s.Position)
	} else {
		err = tx.QueryRow(`SELECT id, name, position FROM stages WHERE id = ?`, id).Scan(&s.ID, &s.Name, &s.Position)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return s, model.Invalid("stage", "unknown stage %d", id)
	}
	if err != nil {
		return s, fmt.Errorf("resolve stage: %w", err)
	}
	return s, nil
}

// GetApplication returns one application.
func (db *DB) GetApplication(ctx context.Context, id int64) (model.Application, error) {
	return read(ctx, db, func(tx *Tx) (model.Application, error) { return getApplication(tx, id) })
}

func getApplication(tx *Tx, id int64) (model.Application, error) {
	a, err := newAppRow().scan(tx.QueryRow(`SELECT `+appColumns+appFrom+` WHERE a.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return a, model.NotFound("application", id)
	}
	if err != nil {
		return a, fmt.Errorf("get application %d: %w", id, err)
	}
	return a, nil
}

// GetDetail returns an application with its notes, contacts, tasks,
// timeline and possible duplicates.
func (db *DB) GetDetail(ctx context.Context, id int64) (model.ApplicationDetail, error) {
	var d model.ApplicationDetail
	err := db.view(ctx, func(tx *Tx) error {
		var err error
		if d.Application, err = getApplication(tx, id); err != nil {
			return err
		}
		if d.Notes, err = notesFor(tx, id); err != nil {
			return err
		}
		if d.Contacts, err = listContacts(tx, `WHERE c.id IN (SELECT contact_id FROM application_contacts WHERE application_id = ?)`, id); err != nil {
			return err
		}
		if d.Tasks, err = listTasks(tx, `WHERE application_id = ? ORDER BY done, due = '', due, id`, id); err != nil {
			return err
		}
		if d.Events, err = eventsFor(tx, id); err != nil {
			return err
		}
		if d.Interviews, err = interviewsFor(tx, id); err != nil {
			return err
		}
		d.Duplicates, err = duplicateApps(tx, d.Application)
		return err
	})
	return d, err
}

// DeleteApplications deletes applications with their notes, tags, tasks and
// history (contacts stay, unlinked).
func (db *DB) DeleteApplications(ctx context.Context, ids []int64) error {
	return db.update(ctx, func(tx *Tx) error {
		for _, id := range ids {
			res, err := tx.Exec(`DELETE FROM applications WHERE id = ?`, id)
			if err != nil {
				return fmt.Errorf("delete application %d: %w", id, err)
			}
			if n, _ := res.RowsAffected(); n == 0 {
				return model.NotFound("application", id)
			}
			if _, err := tx.Exec(`DELETE FROM application_fts WHERE rowid = ?`, id); err != nil {
				return fmt.Errorf("delete application %d: %w", id, err)
			}
		}
		return nil
	})
}

// MoveApplication puts an application in another stage and records it.
// Moving it out of the first stage (the wishlist) means it was sent: an
// empty date applied becomes today's.
func (db *DB) MoveApplication(ctx context.Context, id, stageID int64) (model.Application, error) {
	return write(ctx, db, func(tx *Tx) (model.Application, error) {
		if err := moveApplication(tx, id, stageID); err != nil {
			return model.Application{}, err
		}
		return getApplication(tx, id)
	})
}

func moveApplication(tx *Tx, id, stageID int64) error {
	return moveApplicationAt(tx, id, stageID, tx.now)
}

// moveApplicationAt is moveApplication recorded as happening at at (a
// confirmed e-mail moves an application as of the message's date).
func moveApplicationAt(tx *Tx, id, stageID int64, at time.Time) error {
	old, err := getApplication(tx, id)
	if err != nil {
		return err
	}
	to, err := resolveStage(tx, stageID)
	if err != nil {
		return err
	}
	if to.ID == old.StageID {
		return nil
	}
	if _, err := tx.Exec(`UPDATE applications SET stage_id = ?, updated_at = ? WHERE id = ?`, to.ID, formatTime(tx.now), id); err != nil {
		return fmt.Errorf("move application %d: %w", id, err)
	}
	if old.DateApplied == "" {
		all, err := stages(tx)
		if err != nil {
			return err
		}
		if len(all) > 1 && old.StageID == all[0].ID {
			// The user's calendar day, as the date fields they type are.
			today := at.Local().Format(model.DateLayout)
			if _, err := tx.Exec(`UPDATE applications SET date_applied = ? WHERE id = ?`, today, id); err != nil {
				return fmt.Errorf("move application %d: set date applied: %w", id, err)
			}
		}
	}
	return addEvent(tx, id, model.EventStage, old.Stage, to.Name, at)
}

// SetOutcome changes an application's outcome and records it.
func (db *DB) SetOutcome(ctx context.Context, id int64, o model.Outcome) (model.Application, error) {
	var out model.Application
	err := db.update(ctx, func(tx *Tx) error {
		o, err := model.ParseOutcome(string(o))
		if err != nil {
			return err
		}
		old, err := getApplication(tx, id)
		if err != nil {
			return err
		}
		if old.Outcome != o {
			if _, err := tx.Exec(`UPDATE applications SET outcome = ?, updated_at = ? WHERE id = ?`, string(o), formatTime(tx.now), id); err != nil {
				return fmt.Errorf("set outcome of %d: %w", id, err)
			}
			if err := addEvent(tx, id, model.EventOutcome, string(old.Outcome), string(o), tx.now); err != nil {
				return err
			}
		}
		out, err = getApplication(tx, id)
		return err
	})
	return out, err
}

func queryApps(tx *Tx, query string, args ...any) ([]model.Application, error) {
	return collect(tx, "query applications", newAppRow().scan, query, args...)
}

// tagSep joins tags in applications.tags.
const tagSep = "\x1f"

// joinTags sorts tags and joins them for applications.tags.
func joinTags(tags []string) string {
	t := append([]string(nil), tags...)
	sort.Strings(t)
	return strings.Join(t, tagSep)
}

func setTags(tx *Tx, id int64, tags []string) error {
	if _, err := tx.Exec(`DELETE FROM application_tags WHERE application_id = ?`, id); err != nil {
		return fmt.Errorf("set tags: %w", err)
	}
	if _, err := tx.Exec(`UPDATE applications SET tags = ? WHERE id = ?`, joinTags(tags), id); err != nil {
		return fmt.Errorf("set tags: %w", err)
	}
	for _, t := range tags {
		if _, err := tx.Exec(`INSERT OR IGNORE INTO application_tags (application_id, tag) VALUES (?, ?)`, id, t); err != nil {
			return fmt.Errorf("set tags: %w", err)
		}
	}
	return nil
}

// Tags lists every tag in use, alphabetically.
func (db *DB) Tags(ctx context.Context) ([]string, error) {
	out := []string{}
	err := db.view(ctx, func(tx *Tx) error {
		rows, err := tx.Query(`SELECT DISTINCT tag FROM application_tags ORDER BY tag`)
		if err != nil {
			return fmt.Errorf("list tags: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var t string
			if err := rows.Scan(&t); err != nil {
				return err
			}
			out = append(out, t)
		}
		return rows.Err()
	})
	return out, err
}

func addEvent(tx *Tx, appID int64, kind model.EventKind, from, to string, at time.Time) error {
	return insertEvent(tx, model.Event{ApplicationID: appID, Kind: kind, From: from, To: to, At: at})
}

func insertEvent(tx *Tx, e model.Event) error {
	if _, err := tx.Exec(`INSERT INTO events (application_id, kind, from_value, to_value, at, estimated) VALUES (?, ?, ?, ?, ?, ?)`,
		e.ApplicationID, string(e.Kind), e.From, e.To, formatTime(e.At), e.Estimated); err != nil {
		return fmt.Errorf("record event: %w", err)
	}
	return nil
}

const eventColumns = `SELECT id, application_id, kind, from_value, to_value, at, estimated FROM events `

func scanEvent(r scanner) (model.Event, error) {
	var e model.Event
	var kind, at string
	err := r.Scan(&e.ID, &e.ApplicationID, &kind, &e.From, &e.To, &at, &e.Estimated)
	e.Kind, e.At = model.EventKind(kind), parseTime(at)
	return e, err
}

func eventsFor(tx *Tx, appID int64) ([]model.Event, error) {
	return collect(tx, "read timeline", scanEvent, eventColumns+`WHERE application_id = ? ORDER BY at, id`, appID)
}

func placeholders(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat("?,", n-1) + "?"
}

func int64Args(ids []int64) []any {
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}
