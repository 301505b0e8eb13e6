package service

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/shellport"
	"github.com/huntbook/huntbook/backend/store"
)

// Nudges turns a long silence on a sent application into a follow-up task,
// when the user turned it on in Settings ("Nudge after N days of silence").
// The follow-ups it creates are due today, so Reminders announces them in
// the day's summary. It is not bound to the UI; the window gets it from
// Services.Nudges and calls Daily from its reminders loop.
type Nudges struct {
	b       base
	mu      sync.Mutex
	lastDay string // the local day Daily last ran
}

// Nudges returns the nudger over the services' database, telling the page
// through Deps' Emitter.
func (s *Services) Nudges() *Nudges { return &Nudges{b: s.Settings.base} }

// nudgeTitle names the follow-up a nudge creates.
func nudgeTitle(days int) func(company, title string) string {
	return func(company, title string) string {
		return fmt.Sprintf("Follow up: %s at %s (no news for %d days)", title, company, days)
	}
}

// Run creates the follow-ups for the silences that call for one at now (see
// store.DB.Nudge) and returns them; nothing when nudges are off.
func (n *Nudges) Run(ctx context.Context, now time.Time) ([]model.Task, error) {
	p, err := readPreferences(n.b)
	if err != nil {
		return nil, fmt.Errorf("nudges: %w", err)
	}
	if !p.Nudge {
		return []model.Task{}, nil
	}
	made, err := n.b.db.Nudge(ctx, store.NudgeRule{
		After: time.Duration(p.NudgeDays) * 24 * time.Hour,
		Due:   now.Local().Format(model.DateLayout),
		Title: nudgeTitle(p.NudgeDays),
	})
	if err != nil {
		return nil, fmt.Errorf("nudges: %w", err)
	}
	if len(made) > 0 {
		ids := make([]int64, len(made))
		for i, t := range made {
			ids[i] = t.ApplicationID
		}
		n.b.deps.Emitter.Emit(shellport.EventAppChanged, shellport.AppChanged{IDs: ids})
	}
	return made, nil
}

// Daily runs Run once per local day: the first call (at start-up) runs it,
// later calls only once the day has changed. A failed run is tried again
// at the next call.
func (n *Nudges) Daily(ctx context.Context, now time.Time) ([]model.Task, error) {
	day := now.Local().Format(model.DateLayout)
	n.mu.Lock()
	defer n.mu.Unlock()
	if day == n.lastDay {
		return []model.Task{}, nil
	}
	made, err := n.Run(ctx, now)
	if err == nil {
		n.lastDay = day
	}
	return made, err
}
