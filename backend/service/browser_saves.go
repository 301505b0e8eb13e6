package service

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// OutsideChange is the payload of app:changed that WatchOutsideWrites emits
// after another process wrote: IDs is empty ("reload everything") and
// SavedFromBrowser lists the applications the browser extension saved since
// the window last looked, oldest first, for the "Saved from your browser"
// notice.
type OutsideChange struct {
	IDs              []int64            `json:"ids"`
	SavedFromBrowser []SavedFromBrowser `json:"savedFromBrowser"`
}

// SavedFromBrowser names one application the browser extension saved.
type SavedFromBrowser struct {
	ID      int64  `json:"id"`
	Title   string `json:"title"`
	Company string `json:"company"`
}

// freshSave is how old a browser save may be and still be announced when
// the window first sees it: a save restored from a backup is older.
const freshSave = time.Minute

// SaveFromBrowser creates a as the browser extension's native host saves a
// job, and marks it saved from the browser so an open window announces it.
// It is not bound to the page. When only the mark fails, the application
// stays saved (the notice is what is lost) and the error says so.
func (s *Services) SaveFromBrowser(a model.Application) (model.Application, error) {
	out, err := s.Applications.Create(a)
	if err != nil {
		return out, err
	}
	if err := s.Applications.db.MarkBrowserSave(context.Background(), out.ID); err != nil {
		log.Printf("huntbook: saved application %d without its browser mark: %v", out.ID, err)
	}
	return out, nil
}

// newBrowserSaves returns the browser saves made since the last call (the
// first call only takes the starting point) and remembers the last one.
func (w *outsideWrites) newBrowserSaves(ctx context.Context, first bool) ([]SavedFromBrowser, error) {
	if first {
		last, err := w.db.LastBrowserSave(ctx)
		w.lastSave = last
		return nil, err
	}
	rows, err := w.db.BrowserSavesAfter(ctx, w.lastSave, w.db.Now().Add(-freshSave))
	if err != nil {
		return nil, fmt.Errorf("find browser saves: %w", err)
	}
	out := make([]SavedFromBrowser, 0, len(rows))
	for _, r := range rows {
		out = append(out, SavedFromBrowser{ID: r.ApplicationID, Title: r.Title, Company: r.Company})
		w.lastSave = r.ID
	}
	return out, nil
}

// outsideChange is the payload for one outside write.
func outsideChange(saved []SavedFromBrowser) OutsideChange {
	if saved == nil {
		saved = []SavedFromBrowser{}
	}
	return OutsideChange{IDs: []int64{}, SavedFromBrowser: saved}
}
