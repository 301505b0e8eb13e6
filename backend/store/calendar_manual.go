package store

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"

	"github.com/huntbook/huntbook/backend/calendar"
	"github.com/huntbook/huntbook/backend/model"
)

// Interviews added by hand are rows of calendar_events with source
// "manual", an interview by definition, confirmed for their application in
// calendar_decisions like a calendar's interview the user confirmed: the
// agenda, its reminders, the timeline and the .ics export see them as they
// see the others. Only these events are edited or deleted from the app.

// AddManualInterview stores e (its times, title, text, link and time zone)
// as an interview of the given kind for the application, and returns it.
func (db *DB) AddManualInterview(ctx context.Context, appID int64, e calendar.Event, kind model.InterviewKind) (model.Interview, error) {
	return write(ctx, db, func(tx *Tx) (model.Interview, error) { return addManualInterview(tx, appID, e, kind) })
}

// addManualInterview is AddManualInterview inside tx (a confirmed e-mail
// adds its interview in the same transaction as the rest).
func addManualInterview(tx *Tx, appID int64, e calendar.Event, kind model.InterviewKind) (model.Interview, error) {
	if _, err := getApplication(tx, appID); err != nil {
		return model.Interview{}, err
	}
	uid, err := manualUID()
	if err != nil {
		return model.Interview{}, err
	}
	e.Source, e.UID, e.CalendarID, e.ExternalID, e.RecurrenceID = calendar.SourceManual, uid, "", "", ""
	e.Updated = tx.now
	if _, err := saveCalendarEvents(tx, CalendarBatch{Upserts: []CalendarEvent{{Event: e, IsInterview: true, Confidence: 1}}}); err != nil {
		return model.Interview{}, err
	}
	if err := setKind(tx, e.Key(), kind); err != nil {
		return model.Interview{}, err
	}
	if err := decide(tx, e.Key(), DecisionConfirmed, appID); err != nil {
		return model.Interview{}, err
	}
	return interviewByKey(tx, e.Key())
}

// UpdateManualInterview replaces the times, text, link, time zone and kind
// of an interview added by hand, and the application it is for.
func (db *DB) UpdateManualInterview(ctx context.Context, key string, appID int64, e calendar.Event, kind model.InterviewKind) (model.Interview, error) {
	return write(ctx, db, func(tx *Tx) (model.Interview, error) {
		old, err := manualEvent(tx, key)
		if err != nil {
			return model.Interview{}, err
		}
		if _, err := getApplication(tx, appID); err != nil {
			return model.Interview{}, err
		}
		if _, err := tx.Exec(`UPDATE calendar_events SET title = ?, description = ?, location = ?, start_at = ?, end_at = ?,
			all_day = 0, time_zone = ?, meeting_url = ?, updated = ?, kind = ? WHERE key = ?`,
			e.Title, e.Description, e.Location, formatTime(e.Start), formatTime(e.End), e.TimeZone, e.MeetingURL,
			formatTime(tx.now), string(kind), old.Event.Key()); err != nil {
			return model.Interview{}, fmt.Errorf("update interview: %w", err)
		}
		if err := decide(tx, key, DecisionConfirmed, appID); err != nil {
			return model.Interview{}, err
		}
		return interviewByKey(tx, key)
	})
}

// DeleteManualInterview deletes an interview added by hand and returns the
// application it was for.
func (db *DB) DeleteManualInterview(ctx context.Context, key string) (int64, error) {
	return write(ctx, db, func(tx *Tx) (int64, error) {
		old, err := manualEvent(tx, key)
		if err != nil {
			return 0, err
		}
		if _, err := tx.Exec(`DELETE FROM calendar_decisions WHERE event_key = ?`, key); err != nil {
			return 0, fmt.Errorf("delete interview: %w", err)
		}
		if _, err := tx.Exec(`DELETE FROM calendar_events WHERE key = ?`, key); err != nil {
			return 0, fmt.Errorf("delete interview: %w", err)
		}
		return old.ApplicationID, nil
	})
}

// InterviewKinds returns the kind of each interview added by hand, by
// event key (for the .ics export).
func (db *DB) InterviewKinds(ctx context.Context) (map[string]model.InterviewKind, error) {
	return read(ctx, db, func(tx *Tx) (map[string]model.InterviewKind, error) {
		rows, err := tx.Query(`SELECT key, kind FROM calendar_events WHERE source = ? AND kind <> ''`, string(calendar.SourceManual))
		if err != nil {
			return nil, fmt.Errorf("read interview kinds: %w", err)
		}
		defer rows.Close()
		out := map[string]model.InterviewKind{}
		for rows.Next() {
			var key, kind string
			if err := rows.Scan(&key, &kind); err != nil {
				return nil, fmt.Errorf("read interview kinds: %w", err)
			}
			out[key] = model.InterviewKind(kind)
		}
		return out, rows.Err()
	})
}

// manualEvent returns the stored event key if it was added by hand; a
// calendar's event is refused (its calendar would undo the change).
func manualEvent(tx *Tx, key string) (CalendarEvent, error) {
	ce, err := getCalendarEvent(tx, key)
	if err != nil {
		if model.ErrorCode(err) == model.CodeNotFound {
			return ce, model.NotFound("interview", key)
		}
		return ce, err
	}
	if ce.Event.Source != calendar.SourceManual {
		return ce, model.Errorf(model.CodeInvalid, "this interview comes from a calendar (%s): change it there", ce.Event.Source)
	}
	return ce, nil
}

func setKind(tx *Tx, key string, kind model.InterviewKind) error {
	if _, err := tx.Exec(`UPDATE calendar_events SET kind = ? WHERE key = ?`, string(kind), key); err != nil {
		return fmt.Errorf("save interview kind: %w", err)
	}
	return nil
}

func manualUID() (string, error) {
	var b [12]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("new interview id: %w", err)
	}
	return "manual-" + hex.EncodeToString(b[:]) + "@huntbook", nil
}

// interviewsFor lists the interviews confirmed for an application (from a
// calendar or added by hand), by start time, for its detail view.
func interviewsFor(tx *Tx, appID int64) ([]model.Interview, error) {
	return listInterviews(tx, `WHERE d.decision = 'confirmed' AND d.application_id = ? ORDER BY e.start_at, e.key`, appID)
}

func interviewByKey(tx *Tx, key string) (model.Interview, error) {
	ivs, err := listInterviews(tx, `WHERE e.key = ?`, key)
	if err != nil {
		return model.Interview{}, err
	}
	if len(ivs) == 0 {
		return model.Interview{}, model.NotFound("interview", key)
	}
	return ivs[0], nil
}

func listInterviews(tx *Tx, tail string, args ...any) ([]model.Interview, error) {
	rows, err := tx.Query(`SELECT e.source, e.uid, e.recurrence_id, e.title, e.start_at, e.end_at, e.all_day, e.location,
		e.meeting_url, e.kind, e.time_zone, e.description`+calendarFrom+` `+tail, args...)
	if err != nil {
		return nil, fmt.Errorf("list interviews: %w", err)
	}
	defer rows.Close()
	out := []model.Interview{}
	for rows.Next() {
		var iv model.Interview
		var uid, rid, start, end, kind string
		if err := rows.Scan(&iv.Source, &uid, &rid, &iv.Title, &start, &end, &iv.AllDay, &iv.Location, &iv.MeetingURL,
			&kind, &iv.TimeZone, &iv.Notes); err != nil {
			return nil, fmt.Errorf("list interviews: %w", err)
		}
		iv.Key = calendar.Event{Source: calendar.Source(iv.Source), UID: uid, RecurrenceID: rid}.Key()
		iv.Start, iv.End, iv.Kind = parseTime(start), parseTime(end), model.InterviewKind(kind)
		out = append(out, iv)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list interviews: %w", err)
	}
	return out, nil
}
