package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/huntbook/huntbook/backend/appdir"
	"github.com/huntbook/huntbook/backend/desktop"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/nativehost"
	"github.com/huntbook/huntbook/backend/service"
	"github.com/huntbook/huntbook/backend/store"
	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
)

// App is the window's lifecycle: it opens the database, binds the services
// and runs the daily backup while the window is open. Wiring only.
type App struct {
	dataDir  string
	db       *store.DB
	runtime  *desktop.Runtime
	services *service.Services
	stop     context.CancelFunc
}

// runWindow opens the database in dataDir (or the default folder) and shows
// the window until it is closed. When the database cannot be opened the
// window opens all the same with only service.Startup bound, and the page
// shows what is wrong and what to do. openID, when not 0, is the application
// to show once the page is loaded (--open-application).
func runWindow(dataDirFlag string, openID int64) error {
	desktop.Mark("main")
	if err := desktop.CheckDisplay(); err != nil {
		return err
	}
	desktop.SkipMissingSessionBus()
	desktop.SkipUnusedGL()
	dir, err := appdir.Resolve(dataDirFlag)
	if err != nil {
		return err
	}
	dbPath := filepath.Join(dir, store.FileName)
	var db *store.DB
	var openErr error
	var lock *options.SingleInstanceLock
	rt := desktop.New()
	if desktop.GeneratingBindings() {
		// Wails only reads the bound methods: leave the user's data alone.
		dir, dbPath = "", ""
	} else {
		// A second start with this data folder hands over to the first window.
		lock = rt.SingleInstance(dir)
		if db, openErr = store.Open(dbPath, store.Options{}); openErr != nil {
			// The window still opens: the page says why and what to do.
			log.Printf("huntbook: %v", openErr)
		}
	}
	desktop.Mark("database open")
	app := &App{dataDir: dir, db: db, runtime: rt}
	startup := service.NewStartup(dbPath, db, openErr)
	bind := []any{startup}
	if openErr == nil {
		app.services = service.New(db, service.Deps{Emitter: rt, Dialogs: rt, Browser: rt, Notifier: rt, DataDir: dir, Version: version,
			GuardPaths: true}) // bound methods take only files chosen in a dialog or dropped (service/paths.go)
		// Settings → Browser registers the extension's host for this data folder.
		hosts := nativehost.NewRegistrar(dir, dataDirFlag != "" || os.Getenv(appdir.EnvVar) != "")
		bind = append(app.services.Bind(), startup, hosts)
	}
	desktop.Mark("wails.Run")
	err = wails.Run(&options.App{
		Title:              "Huntbook",
		Width:              1200,
		Height:             800,
		MinWidth:           1024,
		MinHeight:          700,
		AssetServer:        &assetserver.Options{Assets: assets},
		BackgroundColour:   &options.RGBA{R: 255, G: 255, B: 255, A: 255},
		OnStartup:          app.startup,
		OnDomReady:         func(ctx context.Context) { rt.DomReady(ctx); desktop.OpenApplication(rt, openOnce(&openID)) },
		OnShutdown:         app.shutdown,
		Bind:               bind,
		ErrorFormatter:     formatError,
		SingleInstanceLock: lock, // nil while generating bindings
		// Files dropped on the window reach the page with their paths (the CV
		// view imports them); the webview itself never navigates to a file.
		DragAndDrop: &options.DragAndDrop{EnableFileDrop: true, DisableWebViewDrop: true},
		Linux:       desktop.LinuxOptions(),
	})
	if err != nil {
		if db != nil {
			db.Close()
		}
		return fmt.Errorf("run window: %w", err)
	}
	return nil
}

// openOnce returns *id and clears it: the application is opened on the
// first load of the page, not again when the page reloads.
func openOnce(id *int64) int64 {
	v := *id
	*id = 0
	return v
}

// formatError turns any error from a bound method into {code, field,
// message} for the UI. Wails 2.16 rejects the call with new Error(value), so
// the value must be text: the JSON that src/api reads back.
func formatError(err error) any {
	b, mErr := json.Marshal(model.AsError(err))
	if mErr != nil {
		return err.Error()
	}
	return string(b)
}

func (a *App) startup(ctx context.Context) {
	desktop.Mark("OnStartup")
	a.runtime.Startup(ctx)
	if a.services != nil {
		a.runtime.OnDrop(a.services.Dropped)
	}
	if a.db == nil || a.db.ReadOnly() != "" {
		// No database, or one that cannot be written: nothing to back up,
		// no reminder to mark as sent, no calendar to sync into.
		return
	}
	bg, stop := context.WithCancel(context.Background())
	a.stop = stop
	go a.backups(bg)
	go a.remind(bg, a.services.Nudges(), a.services.Reminders())
	go service.RunCalendarSchedule(bg, a.services.Calendar) // only when the user turned interval sync on
	go service.RunMailSchedule(bg, a.services.Mail)         // only when the user turned the mail interval on
	// Other programs' writes (the CLI's wipe, add, move...) reach the open views.
	go a.services.WatchOutsideWrites(bg, time.Second)
}

// remind raises follow-ups as they come due while the window is open. First
// each day (at start-up, then after midnight) it turns long silences into
// follow-ups when the user asked for nudges, so the day's summary names them.
func (a *App) remind(ctx context.Context, n *service.Nudges, r *service.Reminders) {
	select {
	case <-ctx.Done():
		return
	case <-time.After(5 * time.Second): // once the page listens
	}
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		if _, err := n.Daily(ctx, time.Now()); err != nil && ctx.Err() == nil {
			log.Printf("huntbook: %v", err)
		}
		if _, err := r.Check(ctx, time.Now()); err != nil && ctx.Err() == nil {
			log.Printf("huntbook: reminders: %v", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// backups takes a backup once a day while the app runs, keeping the last 7.
// The first check waits a little so it never slows the first paint.
func (a *App) backups(ctx context.Context) {
	dir := filepath.Join(a.dataDir, "backups")
	timer := time.NewTimer(30 * time.Second)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-timer.C:
		}
		if _, err := a.db.BackupIfDue(ctx, dir, 24*time.Hour); err != nil {
			log.Printf("huntbook: daily backup: %v", err)
		}
		timer.Reset(time.Hour)
	}
}

func (a *App) shutdown(context.Context) {
	if a.stop != nil {
		a.stop()
	}
	a.runtime.Shutdown()
	if a.db != nil {
		a.db.Close()
	}
}
