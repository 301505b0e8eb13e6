package shellport

import (
	"errors"
	"sync"
)

// FakeEvent is one event recorded by Fake.
type FakeEvent struct {
	Name    string
	Payload any
}

// FakeDialog is one dialog request recorded by Fake.
type FakeDialog struct {
	// Kind is "open", "save" or "confirm".
	Kind        string
	Title       string
	DefaultName string
	Message     string
	Filters     []FileFilter
}

// ErrFakeDialog is what Fake's dialogs return when DialogErr is set to it;
// tests use it to exercise a service's dialog error path.
var ErrFakeDialog = errors.New("fake dialog failure")

// Fake records emitted events, links and notifications and answers dialogs
// from preset values, for service tests. It is safe for concurrent use; read
// its fields through the accessor methods while other goroutines may still
// emit.
type Fake struct {
	mu sync.Mutex
	// Events are the events emitted so far, oldest first.
	Events []FakeEvent
	// Dialogs are the dialog requests so far, oldest first.
	Dialogs []FakeDialog
	// OpenPath is what OpenFile returns ("" means the user cancelled).
	OpenPath string
	// OpenPaths is what OpenFiles returns (none means the user cancelled).
	OpenPaths []string
	// FolderPath is what OpenFolder returns ("" means the user cancelled).
	FolderPath string
	// SavePath is what SaveFile returns ("" means the user cancelled).
	SavePath string
	// ConfirmAnswer is what Confirm returns.
	ConfirmAnswer bool
	// DialogErr, when set, is returned by every dialog.
	DialogErr error
	// Notifications are "title\nbody" of each Notify call.
	Notifications []string
	// Opened are the links passed to OpenURL, oldest first.
	Opened []string
}

// Emit records the event.
func (f *Fake) Emit(event string, payload any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.Events = append(f.Events, FakeEvent{Name: event, Payload: payload})
}

// OpenFile records the request and returns OpenPath.
func (f *Fake) OpenFile(title string, filters []FileFilter) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.Dialogs = append(f.Dialogs, FakeDialog{Kind: "open", Title: title, Filters: filters})
	if f.DialogErr != nil {
		return "", f.DialogErr
	}
	return f.OpenPath, nil
}

// OpenFiles records the request and returns OpenPaths.
func (f *Fake) OpenFiles(title string, filters []FileFilter) ([]string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.Dialogs = append(f.Dialogs, FakeDialog{Kind: "open-many", Title: title, Filters: filters})
	if f.DialogErr != nil {
		return nil, f.DialogErr
	}
	return append([]string(nil), f.OpenPaths...), nil
}

// OpenFolder records the request and returns FolderPath.
func (f *Fake) OpenFolder(title string) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.Dialogs = append(f.Dialogs, FakeDialog{Kind: "folder", Title: title})
	if f.DialogErr != nil {
		return "", f.DialogErr
	}
	return f.FolderPath, nil
}

// SaveFile records the request and returns SavePath.
func (f *Fake) SaveFile(title, defaultName string, filters []FileFilter) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.Dialogs = append(f.Dialogs, FakeDialog{Kind: "save", Title: title, DefaultName: defaultName, Filters: filters})
	if f.DialogErr != nil {
		return "", f.DialogErr
	}
	return f.SavePath, nil
}

// Confirm records the question and returns ConfirmAnswer.
func (f *Fake) Confirm(title, message string) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.Dialogs = append(f.Dialogs, FakeDialog{Kind: "confirm", Title: title, Message: message})
	if f.DialogErr != nil {
		return false, f.DialogErr
	}
	return f.ConfirmAnswer, nil
}

// Notify records the notification.
func (f *Fake) Notify(title, body string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.Notifications = append(f.Notifications, title+"\n"+body)
	return nil
}

// OpenURL records the link.
func (f *Fake) OpenURL(link string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.Opened = append(f.Opened, link)
	return nil
}

// Emitted returns a copy of the events recorded so far.
func (f *Fake) Emitted() []FakeEvent {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]FakeEvent(nil), f.Events...)
}

// Named returns the payloads of the recorded events called name, in order.
func (f *Fake) Named(name string) []any {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []any
	for _, e := range f.Events {
		if e.Name == name {
			out = append(out, e.Payload)
		}
	}
	return out
}

// Asked returns a copy of the dialog requests recorded so far.
func (f *Fake) Asked() []FakeDialog {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]FakeDialog(nil), f.Dialogs...)
}

var (
	_ Emitter  = (*Fake)(nil)
	_ Dialogs  = (*Fake)(nil)
	_ Browser  = (*Fake)(nil)
	_ Notifier = (*Fake)(nil)
)
