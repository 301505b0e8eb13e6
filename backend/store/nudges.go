package store

import (
	"context"
	"fmt"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// NudgeRule says which silences call for a follow-up, and what it says.
type NudgeRule struct {
	// After is how long an application must have had no change.
	After time.Duration
	// Due is the follow-up's due date (YYYY-MM-DD), the user's today.
	Due string
	// Title names the follow-up for an application.
	Title func(company, title string) string
}

// Nudge creates a follow-up task for each application that was sent (past
// the first stage), is still open (no outcome), has no follow-up planned (no
// open task, no follow-up date) and has had no change for rule.After: no edit,
// move, note or task since. It records each nudge, so an application gets
// one per silence: the follow-up itself is no change, and it is nudged again
// only after something changed since. It returns the tasks it created.
func (db *DB) Nudge(ctx context.Context, rule NudgeRule) ([]model.Task, error) {
	if err := model.ValidateDate("due", rule.Due); err != nil {
		return nil, err
	}
	if rule.After <= 0 || rule.Title == nil {
		return nil, model.Invalid("after", "a nudge needs a silence longer than zero and a title")
	}
	return write(ctx, db, func(tx *Tx) ([]model.Task, error) {
		silent, err := silentApplications(tx, rule.After)
		if err != nil {
			return nil, err
		}
		out := make([]model.Task, 0, len(silent))
		for _, a := range silent {
			t := model.Task{ApplicationID: a.id, Title: rule.Title(a.company, a.title), Due: rule.Due}
			if err := t.Validate(); err != nil {
				return nil, err
			}
			t.CreatedAt, t.UpdatedAt = tx.now, tx.now
			if t.ID, err = insertTask(tx, t); err != nil {
				return nil, err
			}
			if _, err := tx.Exec(`INSERT INTO nudges (application_id, nudged_at) VALUES (?, ?)
				ON CONFLICT (application_id) DO UPDATE SET nudged_at = excluded.nudged_at`, a.id, formatTime(tx.now)); err != nil {
				return nil, fmt.Errorf("record nudge for application %d: %w", a.id, err)
			}
			out = append(out, t)
		}
		return out, nil
	})
}

type silentApp struct {
	id             int64
	company, title string
}

// silentApplications lists the applications Nudge should nudge at tx.now.
func silentApplications(tx *Tx, after time.Duration) ([]silentApp, error) {
	rows, err := tx.Query(`SELECT a.id, a.company, a.title, a.updated_at,
		coalesce((SELECT max(at) FROM events WHERE application_id = a.id), ''),
		coalesce((SELECT max(updated_at) FROM notes WHERE application_id = a.id), ''),
		coalesce((SELECT max(updated_at) FROM tasks WHERE application_id = a.id), ''),
		coalesce((SELECT nudged_at FROM nudges WHERE application_id = a.id), '')
		FROM applications a JOIN stages s ON s.id = a.stage_id
		WHERE a.outcome = 'open' AND a.follow_up = ''
		AND s.position > (SELECT min(position) FROM stages)
		AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.application_id = a.id AND t.done = 0)
		ORDER BY a.id`)
	if err != nil {
		return nil, fmt.Errorf("find silent applications: %w", err)
	}
	defer rows.Close()
	var out []silentApp
	for rows.Next() {
		var a silentApp
		var updated, event, note, task, nudged string
		if err := rows.Scan(&a.id, &a.company, &a.title, &updated, &event, &note, &task, &nudged); err != nil {
			return nil, fmt.Errorf("find silent applications: %w", err)
		}
		last := latest(updated, event, note, task)
		if nudged != "" && !last.After(parseTime(nudged)) {
			continue // nudged in this silence already
		}
		if tx.now.Sub(last) >= after {
			out = append(out, a)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("find silent applications: %w", err)
	}
	return out, nil
}

// latest is the latest of stored times; an empty or unreadable one counts as none.
func latest(times ...string) time.Time {
	var out time.Time
	for _, s := range times {
		if t := parseTime(s); t.After(out) {
			out = t
		}
	}
	return out
}
