package service

import (
	"context"
	"strconv"
	"sync"
	"time"

	"github.com/huntbook/huntbook/backend/shellport"
	"github.com/huntbook/huntbook/backend/store"
)

// Reminders raises each due follow-up once while the app is open: an in-app
// reminder event always, and an OS notification when the user allowed it.
// It is not bound to the UI; the window gets it from Services.Reminders
// and calls Check on a timer.
type Reminders struct {
	db       *store.DB
	emitter  shellport.Emitter
	notifier shellport.Notifier
	mu       sync.Mutex
	seen     map[string]bool
}

// newReminders watches db for due tasks and follow-ups; notifier may be nil.
func newReminders(db *store.DB, emitter shellport.Emitter, notifier shellport.Notifier) *Reminders {
	return &Reminders{db: db, emitter: emitter, notifier: notifier, seen: map[string]bool{}}
}

// Reminders returns a Reminders over the services' database that raises
// reminders through Deps' Emitter and Notifier.
func (s *Services) Reminders() *Reminders {
	return newReminders(s.Data.db, s.Data.deps.Emitter, s.Data.deps.Notifier)
}

// Check raises what is due at now and was not raised before, and returns how
// many it raised.
func (r *Reminders) Check(ctx context.Context, now time.Time) (int, error) {
	due, err := r.db.DueTasks(ctx, now.Local().Format("2006-01-02"))
	if err != nil {
		return 0, err
	}
	allowed, _ := r.db.Setting(ctx, keyNotifications)
	notify, _ := strconv.ParseBool(allowed)
	r.mu.Lock()
	defer r.mu.Unlock()
	n := 0
	for _, t := range due {
		key := strconv.FormatInt(t.ID, 10) + "|" + strconv.FormatInt(t.ApplicationID, 10) + "|" + t.Due + "|" + t.Title
		if r.seen[key] {
			continue
		}
		r.seen[key] = true
		n++
		r.emitter.Emit(shellport.EventReminderDue, shellport.ReminderDue{ApplicationID: t.ApplicationID, Title: t.Title, Due: t.Due,
			Company: t.Company, ApplicationTitle: t.ApplicationTitle})
		if notify && r.notifier != nil {
			_ = r.notifier.Notify("Huntbook: follow-up due", t.Title)
		}
	}
	return n, nil
}
