// Package desktop is the only package that talks to the Wails runtime: it sends
// events to the UI, opens native file dialogs, shows notifications, opens links
// in the system browser, hands over files dropped on the window, keeps one
// window per data folder and keeps the window on the app's own page; on Linux
// it also spares GTK and WebKit what they need not start (GL, a missing D-Bus).
// Runtime implements the Emitter, Dialogs, Browser and Notifier interfaces the
// services declare in backend/shellport, so services never touch Wails.
package desktop

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/huntbook/huntbook/backend/shellport"
	wruntime "github.com/wailsapp/wails/v2/pkg/runtime"
)

// ErrNotReady is returned by dialogs and notifications used before Startup
// has handed over the Wails context (for example from the command line).
var ErrNotReady = errors.New("desktop runtime not started: no window")

// ErrNotificationsUnsupported is returned by Notify when the system offers no
// notification service (for example no D-Bus session bus on Linux).
var ErrNotificationsUnsupported = errors.New("desktop notifications unsupported on this system")

// Runtime implements shellport's Emitter, Dialogs, Browser and Notifier over
// the Wails runtime once Startup has given it the Wails context. Before that,
// Emit drops events and dialogs return ErrNotReady: calling the Wails
// runtime with any other context kills the process, so Runtime never does.
type Runtime struct {
	mu          sync.RWMutex
	ctx         context.Context
	notifyReady bool
	notifyErr   error
}

// New returns a Runtime that is not started yet.
func New() *Runtime {
	return &Runtime{}
}

// wailsContext reports whether ctx carries what the Wails runtime functions
// look up; any other context makes them call log.Fatal.
func wailsContext(ctx context.Context) bool {
	return ctx != nil && ctx.Value("frontend") != nil && ctx.Value("events") != nil
}

// Startup hands over the context Wails passes to OnStartup. A context that is
// not Wails' own is ignored, so the Runtime stays safely inert.
func (r *Runtime) Startup(ctx context.Context) {
	if !wailsContext(ctx) {
		return
	}
	r.mu.Lock()
	r.ctx = ctx
	r.mu.Unlock()
	guardNavigation(ctx, r.OpenURL) // the window shows only the app (navigation.go)
}

// Shutdown releases notification resources; call it from OnShutdown. After
// it, the Runtime behaves as before Startup.
func (r *Runtime) Shutdown() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.ctx != nil && r.notifyReady {
		wruntime.CleanupNotifications(r.ctx)
	}
	r.ctx = nil
	r.notifyReady = false
	r.notifyErr = nil
}

// context returns the Wails context, or nil before Startup.
func (r *Runtime) context() context.Context {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.ctx
}

// Started reports whether Startup has received a Wails context.
func (r *Runtime) Started() bool {
	return r.context() != nil
}

// Emit sends an event to the UI; before Startup the event is dropped.
func (r *Runtime) Emit(event string, payload any) {
	ctx := r.context()
	if ctx == nil {
		return
	}
	wruntime.EventsEmit(ctx, event, payload)
}

// OpenFile shows a native open dialog and returns the chosen path, or "" if
// the user cancelled.
func (r *Runtime) OpenFile(title string, filters []shellport.FileFilter) (string, error) {
	ctx := r.context()
	if ctx == nil {
		return "", fmt.Errorf("open file dialog: %w", ErrNotReady)
	}
	path, err := wruntime.OpenFileDialog(ctx, wruntime.OpenDialogOptions{
		Title:   title,
		Filters: wailsFilters(filters),
	})
	if err != nil {
		return "", fmt.Errorf("open file dialog: %w", err)
	}
	return path, nil
}

// OpenFiles shows a native open dialog for several files and returns the
// chosen paths, none if the user cancelled.
func (r *Runtime) OpenFiles(title string, filters []shellport.FileFilter) ([]string, error) {
	ctx := r.context()
	if ctx == nil {
		return nil, fmt.Errorf("open files dialog: %w", ErrNotReady)
	}
	paths, err := wruntime.OpenMultipleFilesDialog(ctx, wruntime.OpenDialogOptions{
		Title:   title,
		Filters: wailsFilters(filters),
	})
	if err != nil {
		return nil, fmt.Errorf("open files dialog: %w", err)
	}
	return paths, nil
}

// OpenFolder shows a native dialog to choose a folder and returns its
// path, or "" if the user cancelled.
func (r *Runtime) OpenFolder(title string) (string, error) {
	ctx := r.context()
	if ctx == nil {
		return "", fmt.Errorf("open folder dialog: %w", ErrNotReady)
	}
	path, err := wruntime.OpenDirectoryDialog(ctx, wruntime.OpenDialogOptions{Title: title})
	if err != nil {
		return "", fmt.Errorf("open folder dialog: %w", err)
	}
	return path, nil
}

// SaveFile shows a native save dialog proposing defaultName and returns the
// chosen path, or "" if the user cancelled.
func (r *Runtime) SaveFile(title, defaultName string, filters []shellport.FileFilter) (string, error) {
	ctx := r.context()
	if ctx == nil {
		return "", fmt.Errorf("save file dialog: %w", ErrNotReady)
	}
	path, err := wruntime.SaveFileDialog(ctx, wruntime.SaveDialogOptions{
		Title:                title,
		DefaultFilename:      defaultName,
		Filters:              wailsFilters(filters),
		CanCreateDirectories: true,
	})
	if err != nil {
		return "", fmt.Errorf("save file dialog: %w", err)
	}
	return path, nil
}

// Confirm asks a yes/no question in a native dialog and reports whether the
// user said yes.
func (r *Runtime) Confirm(title, message string) (bool, error) {
	ctx := r.context()
	if ctx == nil {
		return false, fmt.Errorf("confirm dialog: %w", ErrNotReady)
	}
	answer, err := wruntime.MessageDialog(ctx, wruntime.MessageDialogOptions{
		Type:          wruntime.QuestionDialog,
		Title:         title,
		Message:       message,
		Buttons:       []string{"Yes", "No"},
		DefaultButton: "No",
		CancelButton:  "No",
	})
	if err != nil {
		return false, fmt.Errorf("confirm dialog: %w", err)
	}
	return confirmed(answer), nil
}

// confirmed maps the button label a platform dialog returns to yes or no.
func confirmed(answer string) bool {
	switch strings.ToLower(strings.TrimSpace(answer)) {
	case "yes", "ok":
		return true
	}
	return false
}

// Notify shows an OS notification (D-Bus org.freedesktop.Notifications on
// Linux, the notification centre on macOS and Windows). It returns
// ErrNotificationsUnsupported when the system has no notification service;
// callers should then show the message inside the window instead.
func (r *Runtime) Notify(title, body string) error {
	r.mu.Lock()
	ctx := r.ctx
	if ctx == nil {
		r.mu.Unlock()
		return fmt.Errorf("notify: %w", ErrNotReady)
	}
	if !r.notifyReady && r.notifyErr == nil {
		if !wruntime.IsNotificationAvailable(ctx) {
			r.notifyErr = ErrNotificationsUnsupported
		} else if err := wruntime.InitializeNotifications(ctx); err != nil {
			r.notifyErr = fmt.Errorf("%w: %w", ErrNotificationsUnsupported, err)
		} else {
			r.notifyReady = true
		}
	}
	initErr := r.notifyErr
	r.mu.Unlock()
	if initErr != nil {
		return fmt.Errorf("notify: %w", initErr)
	}
	err := wruntime.SendNotification(ctx, wruntime.NotificationOptions{
		ID:    notificationID(title, body),
		Title: title,
		Body:  body,
	})
	if err != nil {
		return fmt.Errorf("notify: %w", err)
	}
	return nil
}

// notificationID derives a stable identifier so a repeated reminder replaces
// rather than stacks on platforms that honour identifiers.
func notificationID(title, body string) string {
	var h uint32 = 2166136261
	for _, b := range []byte(title + "\x00" + body) {
		h ^= uint32(b)
		h *= 16777619
	}
	return fmt.Sprintf("huntbook-%08x", h)
}

// wailsFilters converts our filters to the Wails type.
func wailsFilters(filters []shellport.FileFilter) []wruntime.FileFilter {
	out := make([]wruntime.FileFilter, 0, len(filters))
	for _, f := range filters {
		out = append(out, wruntime.FileFilter{DisplayName: f.Name, Pattern: f.Pattern})
	}
	return out
}

var (
	_ shellport.Emitter  = (*Runtime)(nil)
	_ shellport.Dialogs  = (*Runtime)(nil)
	_ shellport.Browser  = (*Runtime)(nil)
	_ shellport.Notifier = (*Runtime)(nil)
)
