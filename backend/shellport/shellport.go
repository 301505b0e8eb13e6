// Package shellport is what the services need from the desktop shell around
// them, declared on the services' side and free of Wails: the events they
// send to the page and their payloads (events.go), and the Emitter, Dialogs,
// Browser and Notifier interfaces. The desktop package implements them over
// the Wails runtime; the command line leaves them out or supplies its own;
// tests use Fake. Nothing here imports Wails or any other package of ours.
package shellport

// Emitter sends an event to the page. Callers throttle frequent events
// themselves (backend/jobrun does it for job progress).
type Emitter interface {
	Emit(event string, payload any)
}

// FileFilter is a file-type filter for native dialogs, for example
// {Name: "Huntbook export", Pattern: "*.zip"}. Pattern may hold several
// globs separated by semicolons ("*.pdf;*.docx").
type FileFilter struct {
	Name    string
	Pattern string
}

// Dialogs shows native file dialogs and questions. An empty path with a nil
// error means the user cancelled.
type Dialogs interface {
	OpenFile(title string, filters []FileFilter) (string, error)
	// OpenFiles lets the user choose several files (none: cancelled).
	OpenFiles(title string, filters []FileFilter) ([]string, error)
	// OpenFolder lets the user choose a folder ("": cancelled).
	OpenFolder(title string) (string, error)
	SaveFile(title, defaultName string, filters []FileFilter) (string, error)
	Confirm(title, message string) (bool, error)
}

// Browser opens a web address in the system browser (the window), or shows
// it for the user to open (the command line).
type Browser interface {
	OpenURL(link string) error
}

// Notifier shows an OS notification.
type Notifier interface {
	Notify(title, body string) error
}

// Discard is an Emitter that drops every event: what services use when
// nothing listens (the command line).
type Discard struct{}

// Emit drops the event.
func (Discard) Emit(string, any) {}
