package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/calendar"
	"github.com/huntbook/huntbook/backend/model"
)

// CalendarEvent is a calendar event as stored: the event itself, what the
// matcher said of it and the user's decision.
type CalendarEvent struct {
	Event       calendar.Event  `json:"event"`
	IsInterview bool            `json:"isInterview"`
	Confidence  float64         `json:"confidence"`
	Reasons     []string        `json:"reasons"`
	Proposals   []EventProposal `json:"proposals"`
	// Decision is "" (none yet), DecisionConfirmed or DecisionRejected.
	Decision string `json:"decision,omitempty"`
	// ApplicationID is the application the user confirmed it for.
	ApplicationID int64     `json:"applicationId,omitempty"`
	ImportedAt    time.Time `json:"importedAt"`
}

// EventProposal says an event may belong to an application.
type EventProposal struct {
	ApplicationID int64    `json:"applicationId"`
	Confidence    float64  `json:"confidence"`
	Reasons       []string `json:"reasons"`
}

// The user's decisions on an event.
const (
	DecisionConfirmed = "confirmed"
	DecisionRejected  = "rejected"
)

// CalendarBatch is one import or sync's changes, saved in one transaction.
type CalendarBatch struct {
	// Upserts are inserted, or replace the stored event with the same key.
	Upserts []CalendarEvent
	// DeleteKeys are event keys to delete (cancelled occurrences).
	DeleteKeys []string
	// Source and CalendarID scope DeleteExternal and Prune.
	Source     calendar.Source
	CalendarID string
	// DeleteExternal are Google event ids deleted from the calendar: the
	// event with that ExternalID, or every instance of that series (id_...).
	DeleteExternal []string
	// Prune deletes the calendar's events that Upserts do not list (after a
	// full listing).
	Prune bool
	// Sync, when set, is saved with the events, so a sync token is never
	// stored without the events it stands for.
	Sync *CalendarSync
}

// CalendarSaved counts what SaveCalendarEvents changed.
type CalendarSaved struct {
	Added   int `json:"added"`
	Updated int `json:"updated"`
	Deleted int `json:"deleted"`
}

// CalendarSync is the sync state of one Google calendar.
type CalendarSync struct {
	CalendarID string    `json:"calendarId"`
	SyncToken  string    `json:"-"`
	LastSync   time.Time `json:"lastSync"`
}

// CalendarQuery selects stored events; zero fields do not filter.
type CalendarQuery struct {
	From, To time.Time // events that overlap [From, To)
	// Interviews keeps events classified as interviews or confirmed for an application.
	Interviews bool
	Source     calendar.Source
	Keys       []string
	Limit      int
}

// MatchCandidate is what calendar matching needs to know of an application.
type MatchCandidate struct {
	ID            int64
	Company       string
	Title         string
	URL           string
	ContactEmails []string
	Open          bool
}

type eventPeople struct {
	Organizer *calendar.Person  `json:"organizer,omitempty"`
	Attendees []calendar.Person `json:"attendees,omitempty"`
}

// SaveCalendarEvents applies an import or sync batch in one transaction.
func (db *DB) SaveCalendarEvents(ctx context.Context, b CalendarBatch) (CalendarSaved, error) {
	var n CalendarSaved
	err := db.update(ctx, func(tx *Tx) error {
		var err error
		n, err = saveCalendarEvents(tx, b)
		return err
	})
	return n, err
}

func saveCalendarEvents(tx *Tx, b CalendarBatch) (CalendarSaved, error) {
	var n CalendarSaved
	now := formatTime(tx.now)
	exists, err := tx.Prepare(`SELECT 1 FROM calendar_events WHERE key = ?`)
	if err != nil {
		return n, fmt.Errorf("save calendar events: %w", err)
	}
	defer exists.Close()
	upsert, err := tx.Prepare(`INSERT INTO calendar_events (key, source, calendar_id, uid, external_id, recurrence_id,
		title, description, location, start_at, end_at, all_day, time_zone, meeting_url, people, status, updated,
		is_interview, confidence, reasons, proposals, imported_at, seen_at)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
		ON CONFLICT (key) DO UPDATE SET source = excluded.source, calendar_id = excluded.calendar_id, uid = excluded.uid,
		external_id = excluded.external_id, recurrence_id = excluded.recurrence_id, title = excluded.title,
		description = excluded.description, location = excluded.location, start_at = excluded.start_at,
		end_at = excluded.end_at, all_day = excluded.all_day, time_zone = excluded.time_zone,
		meeting_url = excluded.meeting_url, people = excluded.people, status = excluded.status, updated = excluded.updated,
		is_interview = excluded.is_interview, confidence = excluded.confidence, reasons = excluded.reasons,
		proposals = excluded.proposals, seen_at = excluded.seen_at`)
	if err != nil {
		return n, fmt.Errorf("save calendar events: %w", err)
	}
	defer upsert.Close()
	for _, ce := range b.Upserts {
		e := ce.Event
		if e.UID == "" || e.Source == "" {
			return n, model.Invalid("event", "calendar event %q has no source or UID", e.Title)
		}
		key := e.Key()
		var one int
		switch err := exists.QueryRow(key).Scan(&one); {
		case errors.Is(err, sql.ErrNoRows):
			n.Added++
		case err != nil:
			return n, fmt.Errorf("save calendar event: %w", err)
		default:
			n.Updated++
		}
		people, _ := json.Marshal(eventPeople{Organizer: e.Organizer, Attendees: e.Attendees})
		reasons, _ := json.Marshal(nonNil(ce.Reasons))
		props := ce.Proposals
		if props == nil {
			props = []EventProposal{}
		}
		proposals, _ := json.Marshal(props)
		updated := ""
		if !e.Updated.IsZero() {
			updated = formatTime(e.Updated)
		}
		if _, err := upsert.Exec(key, string(e.Source), e.CalendarID, e.UID, e.ExternalID, e.RecurrenceID,
			e.Title, e.Description, e.Location, formatTime(e.Start), formatTime(e.End), e.AllDay, e.TimeZone,
			e.MeetingURL, string(people), e.Status, updated, ce.IsInterview, ce.Confidence, string(reasons),
			string(proposals), now, now); err != nil {
			return n, fmt.Errorf("save calendar event: %w", err)
		}
	}
	for _, key := range b.DeleteKeys {
		res, err := tx.Exec(`DELETE FROM calendar_events WHERE key = ?`, key)
		if err != nil {
			return n, fmt.Errorf("delete calendar event: %w", err)
		}
		d, _ := res.RowsAffected()
		n.Deleted += int(d)
	}
	for _, id := range b.DeleteExternal {
		if id == "" {
			continue
		}
		res, err := tx.Exec(`DELETE FROM calendar_events WHERE source = ? AND calendar_id = ?
			AND (external_id = ? OR external_id LIKE ? ESCAPE '\')`,
			string(b.Source), b.CalendarID, id, escapeLike(id)+`\_%`)
		if err != nil {
			return n, fmt.Errorf("delete calendar event: %w", err)
		}
		d, _ := res.RowsAffected()
		n.Deleted += int(d)
	}
	if b.Prune {
		res, err := tx.Exec(`DELETE FROM calendar_events WHERE source = ? AND calendar_id = ? AND seen_at <> ?`,
			string(b.Source), b.CalendarID, now)
		if err != nil {
			return n, fmt.Errorf("prune calendar events: %w", err)
		}
		d, _ := res.RowsAffected()
		n.Deleted += int(d)
	}
	if b.Sync != nil {
		if err := saveCalendarSync(tx, *b.Sync); err != nil {
			return n, err
		}
	}
	return n, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

const calendarColumns = `e.key, e.source, e.calendar_id, e.uid, e.external_id, e.recurrence_id, e.title, e.description,
	e.location, e.start_at, e.end_at, e.all_day, e.time_zone, e.meeting_url, e.people, e.status, e.updated,
	e.is_interview, e.confidence, e.reasons, e.proposals, e.imported_at,
	coalesce(d.decision, ''), coalesce(d.application_id, 0)`

const calendarFrom = ` FROM calendar_events e LEFT JOIN calendar_decisions d ON d.event_key = e.key`

func scanCalendarEvent(r scanner) (CalendarEvent, error) {
	var ce CalendarEvent
	var key, source, start, end, people, updated, reasons, proposals, imported string
	e := &ce.Event
	err := r.Scan(&key, &source, &e.CalendarID, &e.UID, &e.ExternalID, &e.RecurrenceID, &e.Title, &e.Description,
		&e.Location, &start, &end, &e.AllDay, &e.TimeZone, &e.MeetingURL, &people, &e.Status, &updated,
		&ce.IsInterview, &ce.Confidence, &reasons, &proposals, &imported, &ce.Decision, &ce.ApplicationID)
	if err != nil {
		return ce, err
	}
	e.Source = calendar.Source(source)
	e.Start, e.End, ce.ImportedAt = parseTime(start), parseTime(end), parseTime(imported)
	if updated != "" {
		e.Updated = parseTime(updated)
	}
	var p eventPeople
	if people != "" {
		if err := json.Unmarshal([]byte(people), &p); err != nil {
			return ce, fmt.Errorf("event %s: people: %w", key, err)
		}
	}
	e.Organizer, e.Attendees = p.Organizer, p.Attendees
	ce.Reasons, ce.Proposals = []string{}, []EventProposal{}
	if reasons != "" {
		if err := json.Unmarshal([]byte(reasons), &ce.Reasons); err != nil {
			return ce, fmt.Errorf("event %s: reasons: %w", key, err)
		}
	}
	if proposals != "" {
		if err := json.Unmarshal([]byte(proposals), &ce.Proposals); err != nil {
			return ce, fmt.Errorf("event %s: proposals: %w", key, err)
		}
	}
	if ce.Decision == DecisionRejected {
		ce.Proposals = []EventProposal{}
	}
	return ce, nil
}

func listCalendarEvents(tx *Tx, tail string, args ...any) ([]CalendarEvent, error) {
	rows, err := tx.Query(`SELECT `+calendarColumns+calendarFrom+` `+tail, args...)
	if err != nil {
		return nil, fmt.Errorf("list calendar events: %w", err)
	}
	defer rows.Close()
	out := []CalendarEvent{}
	for rows.Next() {
		ce, err := scanCalendarEvent(rows)
		if err != nil {
			return nil, fmt.Errorf("list calendar events: %w", err)
		}
		out = append(out, ce)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list calendar events: %w", err)
	}
	return out, nil
}

// CalendarEvents lists stored events by start time.
func (db *DB) CalendarEvents(ctx context.Context, q CalendarQuery) ([]CalendarEvent, error) {
	var where []string
	var args []any
	if !q.From.IsZero() {
		where = append(where, `e.end_at > ?`)
		args = append(args, formatTime(q.From))
	}
	if !q.To.IsZero() {
		where = append(where, `e.start_at < ?`)
		args = append(args, formatTime(q.To))
	}
	if q.Interviews {
		where = append(where, `(e.is_interview = 1 OR d.decision = 'confirmed')`)
	}
	if q.Source != "" {
		where = append(where, `e.source = ?`)
		args = append(args, string(q.Source))
	}
	if len(q.Keys) > 0 {
		where = append(where, `e.key IN (SELECT value FROM json_each(?))`)
		keys, _ := json.Marshal(q.Keys)
		args = append(args, string(keys))
	}
	tail := ""
	if len(where) > 0 {
		tail = `WHERE ` + strings.Join(where, ` AND `)
	}
	tail += ` ORDER BY e.start_at, e.key`
	if q.Limit > 0 {
		tail += fmt.Sprintf(` LIMIT %d`, q.Limit)
	}
	var out []CalendarEvent
	err := db.view(ctx, func(tx *Tx) error {
		var err error
		out, err = listCalendarEvents(tx, tail, args...)
		return err
	})
	return out, err
}

// CalendarEvent returns one stored event by its key.
func (db *DB) CalendarEvent(ctx context.Context, key string) (CalendarEvent, error) {
	var out CalendarEvent
	err := db.view(ctx, func(tx *Tx) error {
		var err error
		out, err = getCalendarEvent(tx, key)
		return err
	})
	return out, err
}

func getCalendarEvent(tx *Tx, key string) (CalendarEvent, error) {
	ce, err := scanCalendarEvent(tx.QueryRow(`SELECT `+calendarColumns+calendarFrom+` WHERE e.key = ?`, key))
	if errors.Is(err, sql.ErrNoRows) {
		return ce, model.NotFound("calendar event", key)
	}
	if err != nil {
		return ce, fmt.Errorf("get calendar event: %w", err)
	}
	return ce, nil
}

// PendingProposals lists the events that have match proposals the user has
// neither confirmed nor rejected, by start time.
func (db *DB) PendingProposals(ctx context.Context) ([]CalendarEvent, error) {
	var out []CalendarEvent
	err := db.view(ctx, func(tx *Tx) error {
		var err error
		out, err = listCalendarEvents(tx, `WHERE d.decision IS NULL AND e.proposals NOT IN ('', '[]') ORDER BY e.start_at, e.key`)
		return err
	})
	return out, err
}

// ConfirmCalendarEvent records that the event is an interview for the
// application; a later import or sync keeps the decision.
func (db *DB) ConfirmCalendarEvent(ctx context.Context, key string, appID int64) (CalendarEvent, error) {
	var out CalendarEvent
	err := db.update(ctx, func(tx *Tx) error {
		if _, err := getCalendarEvent(tx, key); err != nil {
			return err
		}
		if _, err := getApplication(tx, appID); err != nil {
			return err
		}
		if err := decide(tx, key, DecisionConfirmed, appID); err != nil {
			return err
		}
		var err error
		out, err = getCalendarEvent(tx, key)
		return err
	})
	return out, err
}

// RejectCalendarEvent records that the event's proposals are wrong: it is
// not proposed again, whatever later imports say.
func (db *DB) RejectCalendarEvent(ctx context.Context, key string) (CalendarEvent, error) {
	var out CalendarEvent
	err := db.update(ctx, func(tx *Tx) error {
		if _, err := getCalendarEvent(tx, key); err != nil {
			return err
		}
		if err := decide(tx, key, DecisionRejected, 0); err != nil {
			return err
		}
		var err error
		out, err = getCalendarEvent(tx, key)
		return err
	})
	return out, err
}

func decide(tx *Tx, key, decision string, appID int64) error {
	var app any
	if appID != 0 {
		app = appID
	}
	_, err := tx.Exec(`INSERT INTO calendar_decisions (event_key, decision, application_id, decided_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (event_key) DO UPDATE SET decision = excluded.decision, application_id = excluded.application_id,
		decided_at = excluded.decided_at`, key, decision, app, formatTime(tx.now))
	if err != nil {
		return fmt.Errorf("save decision on %s: %w", key, err)
	}
	return nil
}

// InterviewsFor lists the calendar events confirmed as interviews for an
// application, by start time, for its timeline.
func (db *DB) InterviewsFor(ctx context.Context, appID int64) ([]CalendarEvent, error) {
	var out []CalendarEvent
	err := db.view(ctx, func(tx *Tx) error {
		var err error
		out, err = listCalendarEvents(tx, `WHERE d.decision = 'confirmed' AND d.application_id = ? ORDER BY e.start_at, e.key`, appID)
		return err
	})
	return out, err
}

// DeleteCalendarSource deletes every event of a source with the decisions
// on them, and for Google the sync state. It returns how many events went.
func (db *DB) DeleteCalendarSource(ctx context.Context, source calendar.Source) (int, error) {
	var n int
	err := db.update(ctx, func(tx *Tx) error {
		prefix := escapeLike(string(source)+"|") + "%"
		if _, err := tx.Exec(`DELETE FROM calendar_decisions WHERE event_key LIKE ? ESCAPE '\'`, prefix); err != nil {
			return fmt.Errorf("delete %s decisions: %w", source, err)
		}
		res, err := tx.Exec(`DELETE FROM calendar_events WHERE source = ?`, string(source))
		if err != nil {
			return fmt.Errorf("delete %s events: %w", source, err)
		}
		d, _ := res.RowsAffected()
		n = int(d)
		if source == calendar.SourceGoogle {
			if _, err := tx.Exec(`DELETE FROM calendar_sync`); err != nil {
				return fmt.Errorf("delete sync state: %w", err)
			}
		}
		return nil
	})
	return n, err
}

// CalendarSyncState returns a Google calendar's sync state (empty when it
// was never synced).
func (db *DB) CalendarSyncState(ctx context.Context, calendarID string) (CalendarSync, error) {
	s := CalendarSync{CalendarID: calendarID}
	var last string
	err := db.read.QueryRowContext(ctx, `SELECT sync_token, last_sync FROM calendar_sync WHERE calendar_id = ?`, calendarID).Scan(&s.SyncToken, &last)
	if errors.Is(err, sql.ErrNoRows) {
		return s, nil
	}
	if err != nil {
		return s, fmt.Errorf("read sync state: %w", err)
	}
	if last != "" {
		s.LastSync = parseTime(last)
	}
	return s, nil
}

// CalendarSyncStates lists the sync state of every synced calendar.
func (db *DB) CalendarSyncStates(ctx context.Context) ([]CalendarSync, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT calendar_id, sync_token, last_sync FROM calendar_sync ORDER BY calendar_id`)
	if err != nil {
		return nil, fmt.Errorf("read sync state: %w", err)
	}
	defer rows.Close()
	out := []CalendarSync{}
	for rows.Next() {
		var s CalendarSync
		var last string
		if err := rows.Scan(&s.CalendarID, &s.SyncToken, &last); err != nil {
			return nil, fmt.Errorf("read sync state: %w", err)
		}
		if last != "" {
			s.LastSync = parseTime(last)
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

func saveCalendarSync(tx *Tx, s CalendarSync) error {
	last := ""
	if !s.LastSync.IsZero() {
		last = formatTime(s.LastSync)
	}
	_, err := tx.Exec(`INSERT INTO calendar_sync (calendar_id, sync_token, last_sync) VALUES (?, ?, ?)
		ON CONFLICT (calendar_id) DO UPDATE SET sync_token = excluded.sync_token, last_sync = excluded.last_sync`,
		s.CalendarID, s.SyncToken, last)
	if err != nil {
		return fmt.Errorf("save sync state: %w", err)
	}
	return nil
}

// MatchCandidates lists every application with its contacts' email
// addresses, for matching calendar events to applications.
func (db *DB) MatchCandidates(ctx context.Context) ([]MatchCandidate, error) {
	var out []MatchCandidate
	err := db.view(ctx, func(tx *Tx) error {
		rows, err := tx.Query(`SELECT a.id, a.company, a.title, a.url, a.outcome,
			coalesce((SELECT json_group_array(c.email) FROM application_contacts ac JOIN contacts c ON c.id = ac.contact_id
				WHERE ac.application_id = a.id AND c.email <> ''), '[]')
			FROM applications a ORDER BY a.id`)
		if err != nil {
			return fmt.Errorf("list match candidates: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var m MatchCandidate
			var outcome, emails string
			if err := rows.Scan(&m.ID, &m.Company, &m.Title, &m.URL, &outcome, &emails); err != nil {
				return fmt.Errorf("list match candidates: %w", err)
			}
			m.Open = outcome == string(model.OutcomeOpen)
			if err := json.Unmarshal([]byte(emails), &m.ContactEmails); err != nil {
				return fmt.Errorf("list match candidates: %w", err)
			}
			out = append(out, m)
		}
		return rows.Err()
	})
	return out, err
}

// ResetCalendarSync forgets every Google sync token, so the next sync
// lists everything again (after a disconnect: tokens belong to the account).
func (db *DB) ResetCalendarSync(ctx context.Context) error {
	return db.update(ctx, func(tx *Tx) error {
		if _, err := tx.Exec(`DELETE FROM calendar_sync`); err != nil {
			return fmt.Errorf("reset sync state: %w", err)
		}
		return nil
	})
}
