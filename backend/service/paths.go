package service

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/shellport"
)

// Bound methods that take a file path (ExportTo, ImportFile, ImportCV,
// ImportICS, ...) accept, in the window, only the files the user handed the
// app in this session: chosen in a native dialog (read and write) or
// dropped on the window (read, and only documents the app reads). Script
// injected into the page could otherwise read or overwrite any file the
// user can. The command line, where the user types the path, is not
// guarded (Deps.GuardPaths is false).

// droppable are the kinds of file a drop may hand over for reading.
var droppable = map[string]bool{".eml": true, ".mbox": true, ".pdf": true, ".docx": true, ".txt": true, ".md": true, ".markdown": true, ".zip": true,
	".csv": true, ".tsv": true, ".ics": true, ".ical": true, ".json": true, ".html": true, ".htm": true, ".mhtml": true}

// dropWait is how long a check waits for a drop's paths to be recorded:
// Wails calls the Go listener in a goroutine while the page hears of the
// same drop, so the page's call can arrive first.
const dropWait = 300 * time.Millisecond

type grants struct {
	mu    sync.Mutex
	on    bool
	root  string // when set (end-to-end builds), everything under it is granted
	read  map[string]bool
	write map[string]bool
}

func newGrants(on bool, root string) *grants {
	return &grants{on: on, root: root, read: map[string]bool{}, write: map[string]bool{}}
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

func clean(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return filepath.Clean(p)
}

// chosen grants a path the user picked in a native dialog.
func (g *grants) chosen(p string) {
	if p == "" {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	c := clean(p)
	g.read[c], g.write[c] = true, true
}

// dropped grants reading the dropped documents.
func (g *grants) dropped(paths []string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, p := range paths {
		if droppable[strings.ToLower(filepath.Ext(p))] || isDir(p) {
			// A folder: its e-mail files, for a mail import (the only
			// reader that takes a folder).
			g.read[clean(p)] = true
		}
	}
}

func (g *grants) has(p string, write bool) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	c := clean(p)
	if g.root != "" {
		if rel, err := filepath.Rel(g.root, c); err == nil && !strings.HasPrefix(rel, "..") {
			return true
		}
	}
	if write {
		return g.write[c]
	}
	return g.read[c]
}

// allow refuses a path the user did not hand over in this session.
func (g *grants) allow(p string, write bool) error {
	if !g.on {
		return nil
	}
	deadline := time.Now().Add(dropWait)
	for !g.has(p, write) {
		if write || time.Now().After(deadline) {
			what := "read"
			if write {
				what = "write"
			}
			return model.Errorf(model.CodeInvalid, "Huntbook may %s only files you chose in a file dialog or dropped on the window: %s", what, filepath.Base(p))
		}
		time.Sleep(10 * time.Millisecond)
	}
	return nil
}

// grantingDialogs records the paths its dialogs return.
type grantingDialogs struct {
	shellport.Dialogs
	g *grants
}

func (d grantingDialogs) OpenFile(title string, filters []shellport.FileFilter) (string, error) {
	p, err := d.Dialogs.OpenFile(title, filters)
	d.g.chosen(p)
	return p, err
}

func (d grantingDialogs) OpenFiles(title string, filters []shellport.FileFilter) ([]string, error) {
	ps, err := d.Dialogs.OpenFiles(title, filters)
	for _, p := range ps {
		d.g.chosen(p)
	}
	return ps, err
}

func (d grantingDialogs) OpenFolder(title string) (string, error) {
	p, err := d.Dialogs.OpenFolder(title)
	d.g.chosen(p)
	return p, err
}

func (d grantingDialogs) SaveFile(title, defaultName string, filters []shellport.FileFilter) (string, error) {
	p, err := d.Dialogs.SaveFile(title, defaultName, filters)
	d.g.chosen(p)
	return p, err
}

// Dropped tells the services which files the user dropped on the window
// (the desktop runtime's drop listener calls it).
func (s *Services) Dropped(paths []string) { s.Data.grants.dropped(paths) }
