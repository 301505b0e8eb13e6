package model

// Records of the data file: backups, its counts, browser saves, as the store returns them.

import (
	"time"
)

// BackupInfo describes one backup file.
type BackupInfo struct {
	Path      string    `json:"path"`
	Name      string    `json:"name"`
	Bytes     int64     `json:"bytes"`
	CreatedAt time.Time `json:"createdAt"`
}

// BrowserSave is an application the browser extension's native host saved,
// as the window announces it.
type BrowserSave struct {
	ID            int64 // the save's own id: it only grows
	ApplicationID int64
	Title         string
	Company       string
}

// DatabaseStats is a summary of the file and what it holds.
type DatabaseStats struct {
	Path          string `json:"path"`
	Bytes         int64  `json:"bytes"`
	SchemaVersion int    `json:"schemaVersion"`
	Applications  int    `json:"applications"`
	Notes         int    `json:"notes"`
	Contacts      int    `json:"contacts"`
	Tasks         int    `json:"tasks"`
}
