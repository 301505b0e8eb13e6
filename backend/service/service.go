// Package service holds the structs the UI calls through Wails bindings (the
// CLI and the browser extension's native host call them directly): the ones in
// Services (Applications, Pipeline, Contacts, Tasks, Data, Insights, Settings,
// Links, Assistant, Calendar, Profile, Mail) and Startup, which says how opening the
// database went. Every exported method becomes JavaScript API, so only what the UI needs is
// exported. Methods return (T, error); errors are *model.Error where the
// user can act on them, and reach the UI as {code, field, message}.
package service

import (
	"context"
	"log"
	"time"

	"github.com/huntbook/huntbook/backend/jobrun"
	"github.com/huntbook/huntbook/backend/mailread"
	"github.com/huntbook/huntbook/backend/shellport"
	"github.com/huntbook/huntbook/backend/store"
)

// Deps are what the services need besides the database, all given at
// construction: the window passes its desktop runtime for the first four.
type Deps struct {
	Emitter  shellport.Emitter  // may be nil (CLI): events are dropped
	Dialogs  shellport.Dialogs  // may be nil (CLI): dialog methods then fail clearly
	Browser  shellport.Browser  // may be nil: links, and Google's sign-in, then fail clearly
	Notifier shellport.Notifier // may be nil: reminders then show only in the page
	DataDir  string
	Version  string
	// GuardPaths makes the bound methods that take a file path accept only
	// files chosen in a dialog or dropped on the window (paths.go); the
	// window sets it, the command line does not.
	GuardPaths bool
}

// Services groups every bound struct.
type Services struct {
	Applications *Applications
	Pipeline     *Pipeline
	Contacts     *Contacts
	Tasks        *Tasks
	Data         *Data
	Insights     *Insights
	Settings     *Settings
	Links        *Links
	Assistant    *Assistant
	Calendar     *Calendar
	Profile      *Profile
	Mail         *Mail
}

// New builds the services over db.
func New(db *store.DB, d Deps) *Services {
	if d.Emitter == nil {
		d.Emitter = shellport.Discard{}
	}
	root := ""
	if e2eGrantsDataDir {
		root = d.DataDir
	}
	g := newGrants(d.GuardPaths, root)
	if d.GuardPaths && d.Dialogs != nil {
		d.Dialogs = grantingDialogs{Dialogs: d.Dialogs, g: g}
	}
	convertHTMLDescriptions(db)
	b := base{db: db, deps: d, grants: g, runner: jobrun.New(d.Emitter)}
	settings, assistant, calendar := &Settings{b}, newAssistant(b), newCalendar(b)
	return &Services{
		Applications: &Applications{b},
		Pipeline:     &Pipeline{b},
		Contacts:     &Contacts{b},
		Tasks:        &Tasks{b},
		Data:         &Data{base: b, settings: settings, assistant: assistant, calendar: calendar},
		Insights:     &Insights{b},
		Settings:     settings,
		Links:        &Links{b},
		Assistant:    assistant,
		Calendar:     calendar,
		Profile:      newProfile(b),
		Mail:         &Mail{base: b, calendar: calendar, classify: mailread.Classify},
	}
}

// Bind lists the structs to bind to the UI.
func (s *Services) Bind() []any {
	return []any{s.Applications, s.Pipeline, s.Contacts, s.Tasks, s.Data, s.Insights, s.Settings, s.Links, s.Assistant, s.Calendar, s.Profile, s.Mail}
}

// WatchOutsideWrites tells the page when another process wrote to the
// database (the CLI's add, move or wipe, the browser extension's native
// host; later mail import): it polls SQLite's data_version every interval
// until ctx ends and emits app:changed with no ids, which means "reload
// everything", and with the applications the browser extension saved since
// the last check (OutsideChange, browser_saves.go). The window's own writes
// never trigger it. Start it once, for the window.
func (s *Services) WatchOutsideWrites(ctx context.Context, every time.Duration) {
	w := outsideWrites{db: s.Applications.db}
	t := time.NewTicker(every)
	defer t.Stop()
	var lastErr string
	logErr := func(err error) {
		if err != nil && ctx.Err() == nil && err.Error() != lastErr {
			lastErr = err.Error()
			log.Printf("huntbook: watch for outside writes: %v", err)
		}
	}
	_, err := w.newBrowserSaves(ctx, true)
	logErr(err)
	for {
		changed, err := w.check(ctx)
		logErr(err)
		if changed {
			saved, err := w.newBrowserSaves(ctx, false)
			logErr(err)
			s.Applications.deps.Emitter.Emit(shellport.EventAppChanged, outsideChange(saved))
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// outsideWrites remembers the last data version seen.
type outsideWrites struct {
	db       *store.DB
	last     int64
	seen     bool
	lastSave int64 // the last browser save seen (browser_saves.go)
}

// check reports whether another connection committed since the last check
// (the first check only takes the starting point).
func (w *outsideWrites) check(ctx context.Context) (bool, error) {
	v, err := w.db.DataVersion(ctx)
	if err != nil {
		return false, err
	}
	changed := w.seen && v != w.last
	w.last, w.seen = v, true
	return changed, nil
}

type base struct {
	db     *store.DB
	deps   Deps
	grants *grants
	runner *jobrun.Runner // the background jobs of every service
}

// ctx is the context of a bound call. Wails gives bound methods none; calls
// are short transactions, so Background is right.
func (base) ctx() context.Context { return context.Background() }

func (b base) changed(ids ...int64) {
	b.deps.Emitter.Emit(shellport.EventAppChanged, shellport.AppChanged{IDs: ids})
}
