package store

import (
	"context"
	"sort"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// Signals returns, for every application that has one, its next confirmed
// interview (from now on) and the follow-ups due on or before day
// ("YYYY-MM-DD", the user's today): open tasks and the application's own
// follow-up date (open applications only, like DueTasks). Three grouped
// queries over small indexed sets, whatever the number of applications;
// the result is sorted by id.
func (db *DB) Signals(ctx context.Context, day string) ([]model.Signals, error) {
	if err := model.ValidateDate("day", day); err != nil {
		return nil, err
	}
	return read(ctx, db, func(tx *Tx) ([]model.Signals, error) {
		by := map[int64]*model.Signals{}
		get := func(id int64) *model.Signals {
			s := by[id]
			if s == nil {
				s = &model.Signals{ID: id}
				by[id] = s
			}
			return s
		}
		// The interview starting first from now: min(start_at) picks the
		// row, and SQLite returns the title of that row with it.
		err := each(tx, "next interviews", `SELECT d.application_id, min(e.start_at), e.title FROM calendar_decisions d
			JOIN calendar_events e ON e.key = d.event_key
			WHERE d.decision = 'confirmed' AND d.application_id IS NOT NULL AND e.start_at >= ?
			GROUP BY d.application_id`, []any{formatTime(tx.now)}, func(sc scanner) error {
			var id int64
			var start, title string
			if err := sc.Scan(&id, &start, &title); err != nil {
				return err
			}
			s := get(id)
			s.NextInterview, s.NextInterviewTitle = parseTime(start).UTC().Format(time.RFC3339), title
			return nil
		})
		if err != nil {
			return nil, err
		}
		due := func(id int64, day string, n int) {
			s := get(id)
			if s.FollowUpDue == "" || day < s.FollowUpDue {
				s.FollowUpDue = day
			}
			s.FollowUpsDue += n
		}
		err = each(tx, "due tasks", `SELECT application_id, min(due), count(*) FROM tasks
			WHERE done = 0 AND due <> '' AND due <= ? AND application_id IS NOT NULL
			GROUP BY application_id`, []any{day}, func(sc scanner) error {
			var id int64
			var first string
			var n int
			if err := sc.Scan(&id, &first, &n); err != nil {
				return err
			}
			due(id, first, n)
			return nil
		})
		if err != nil {
			return nil, err
		}
		err = each(tx, "due follow-up dates", `SELECT id, follow_up FROM applications
			WHERE follow_up <> '' AND follow_up <= ? AND outcome = 'open'`, []any{day}, func(sc scanner) error {
			var id int64
			var d string
			if err := sc.Scan(&id, &d); err != nil {
				return err
			}
			due(id, d, 1)
			return nil
		})
		if err != nil {
			return nil, err
		}
		out := make([]model.Signals, 0, len(by))
		for _, s := range by {
			out = append(out, *s)
		}
		sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
		return out, nil
	})
}
