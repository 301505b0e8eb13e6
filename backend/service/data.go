package service

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/shellport"
	"github.com/huntbook/huntbook/backend/store"
	"github.com/huntbook/huntbook/backend/transfer"
)

// Data is the user's control over their data: where it lives, export,
// import, backups and wiping. It applies configuration found in an import
// through the services that own it.
type Data struct {
	base
	settings  *Settings
	assistant *Assistant
	calendar  *Calendar
	pending   pendingSettings
}

// DataInfo says where the data lives and how much there is.
type DataInfo struct {
	DataDir       string `json:"dataDir"`
	DBPath        string `json:"dbPath"`
	DBBytes       int64  `json:"dbBytes"`
	SchemaVersion int    `json:"schemaVersion"`
	Applications  int    `json:"applications"`
	Notes         int    `json:"notes"`
	Contacts      int    `json:"contacts"`
	Tasks         int    `json:"tasks"`
	Version       string `json:"version"`
}

// ImportReport says what an import added.
type ImportReport struct {
	Path         string `json:"path"`
	Kind         string `json:"kind"` // "zip" or "csv"
	Applications int    `json:"applications"`
	Notes        int    `json:"notes"`
	Contacts     int    `json:"contacts"`
	Tasks        int    `json:"tasks"`
	Stages       int    `json:"stages"`
	Other        int    `json:"other"`   // rows of other areas: CVs, AI drafts, calendar events...
	Skipped      int    `json:"skipped"` // such rows already there, skipped
	// Settings is the configuration found in the file, none of it applied:
	// the user ticks what to apply with ApplyImportedSettings(SettingsToken, ids).
	Settings      []FoundSetting `json:"settings"`
	SettingsToken string         `json:"settingsToken"`
}

// ImportOptions say what an import takes from the file.
type ImportOptions struct {
	// SettingsOnly reads the file's configuration and imports no data.
	SettingsOnly bool `json:"settingsOnly"`
}

// Info describes the data folder and database.
func (s *Data) Info() (DataInfo, error) {
	st, err := s.db.Stats(s.ctx())
	if err != nil {
		return DataInfo{}, err
	}
	return DataInfo{DataDir: s.deps.DataDir, DBPath: st.Path, DBBytes: st.Bytes, SchemaVersion: st.SchemaVersion,
		Applications: st.Applications, Notes: st.Notes, Contacts: st.Contacts, Tasks: st.Tasks, Version: s.deps.Version}, nil
}

var (
	zipFilter    = shellport.FileFilter{Name: "Huntbook export (*.zip)", Pattern: "*.zip"}
	importFilter = shellport.FileFilter{Name: "Huntbook export or CSV (*.zip, *.csv, *.tsv, *.txt)", Pattern: "*.zip;*.csv;*.tsv;*.txt"}
)

func (s *Data) dialogs() (shellport.Dialogs, error) {
	if s.deps.Dialogs == nil {
		return nil, model.Errorf(model.CodeUnavailable, "no window to show a file dialog in")
	}
	return s.deps.Dialogs, nil
}

// ExportReport says what an export wrote.
type ExportReport struct {
	Path         string `json:"path"` // "" when the user cancelled the dialog
	Applications int    `json:"applications"`
	Notes        int    `json:"notes"`
	Contacts     int    `json:"contacts"`
	Tasks        int    `json:"tasks"`
	// Unreadable names the parts of a damaged database the export could not
	// read and left out (the rest is in the file).
	Unreadable []string `json:"unreadable"`
}

// Export asks where to save and writes the export ZIP there. A cancelled
// dialog gives a report with no path.
func (s *Data) Export() (ExportReport, error) {
	d, err := s.dialogs()
	if err != nil {
		return ExportReport{}, err
	}
	name := "huntbook-export-" + s.db.Now().Format("2006-01-02") + ".zip"
	p, err := d.SaveFile("Export all data", name, []shellport.FileFilter{zipFilter})
	if err != nil || p == "" {
		return ExportReport{}, err
	}
	if !strings.HasSuffix(strings.ToLower(p), ".zip") {
		p += ".zip"
		s.grants.chosen(p) // the name the user chose, with its extension
	}
	return s.ExportTo(p)
}

// ExportTo writes the export ZIP to path, replacing it only once complete,
// and says what it holds.
func (s *Data) ExportTo(path string) (ExportReport, error) {
	rep := ExportReport{Path: path, Unreadable: []string{}}
	if err := s.grants.allow(path, true); err != nil {
		return rep, err
	}
	ds, err := s.db.Export(s.ctx())
	if err != nil {
		return rep, err
	}
	if err := writeExport(path, ds, s.db.Now(), "Huntbook "+s.deps.Version); err != nil {
		return rep, err
	}
	rep.Applications, rep.Contacts, rep.Tasks = len(ds.Applications), len(ds.Contacts), len(ds.Tasks)
	for _, a := range ds.Applications {
		rep.Notes += len(a.Notes)
	}
	if ds.Unreadable != nil {
		rep.Unreadable = ds.Unreadable
	}
	return rep, nil
}

// writeExport writes the ZIP beside path and renames it into place.
func writeExport(path string, ds *store.Dataset, now time.Time, generator string) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".huntbook-export-*")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := transfer.WriteZIP(tmp, ds, now, generator); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return fmt.Errorf("export: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// Import asks for a Huntbook export ZIP or a CSV file and imports it.
func (s *Data) Import() (ImportReport, error) {
	d, err := s.dialogs()
	if err != nil {
		return ImportReport{}, err
	}
	p, err := d.OpenFile("Import applications", []shellport.FileFilter{importFilter})
	if err != nil || p == "" {
		return ImportReport{}, err
	}
	return s.ImportFile(p)
}

// ImportFile imports a Huntbook export ZIP or a tracker's CSV file, all or
// nothing: a bad record changes nothing and the error names it. The file's
// configuration is listed in the report, not applied.
func (s *Data) ImportFile(path string) (ImportReport, error) {
	return ImportFileWith(s, path, ImportOptions{})
}

// ImportFileWith is ImportFile with options, for the command line. It is a
// function rather than a method so the window does not bind it.
func ImportFileWith(s *Data, path string, opt ImportOptions) (ImportReport, error) {
	rep := ImportReport{Path: path, Settings: []FoundSetting{}}
	if err := s.grants.allow(path, false); err != nil {
		return rep, err
	}
	ds, kind, err := readImport(path)
	rep.Kind = kind
	if err != nil {
		return rep, err
	}
	found := s.foundSettings(ds)
	rep.Settings, rep.SettingsToken = publicFound(found), s.pending.put(found)
	if opt.SettingsOnly {
		return rep, nil
	}
	c, err := s.db.Import(s.ctx(), ds)
	if err != nil {
		return rep, err
	}
	rep.Applications, rep.Notes, rep.Contacts, rep.Tasks, rep.Stages = c.Applications, c.Notes, c.Contacts, c.Tasks, c.Stages
	rep.Other, rep.Skipped = c.Other, c.Skipped
	s.changed()
	return rep, nil
}

// readImport reads an export ZIP (from the file, without loading it whole)
// or a CSV file into a dataset.
func readImport(path string) (*store.Dataset, string, error) {
	f, st, err := openImport(path, transfer.MaxArchiveBytes)
	if err != nil {
		return nil, "", err
	}
	defer f.Close()
	head := make([]byte, 4096)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	if bytes.HasPrefix(head, []byte("PK\x03\x04")) {
		doc, err := transfer.ReadZIP(f, st.Size())
		if err != nil {
			return nil, "zip", err
		}
		return &doc.Data, "zip", nil
	}
	ext := strings.ToLower(filepath.Ext(path))
	if ext != ".csv" && ext != ".tsv" && !looksLikeText(head) {
		return nil, "", model.Errorf(model.CodeUnsupported, "import: %s is neither a Huntbook export (.zip) nor a CSV file", filepath.Base(path))
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, "csv", fmt.Errorf("import: %w", err)
	}
	data, err := io.ReadAll(io.LimitReader(f, transfer.MaxArchiveBytes))
	if err != nil {
		return nil, "csv", fmt.Errorf("import: %w", err)
	}
	ds, err := transfer.ReadCSV(bytes.NewReader(data))
	return ds, "csv", err
}

// openImport opens the file at path for an import, refusing a folder or a
// file past limit with a message that says which.
func openImport(path string, limit int64) (*os.File, os.FileInfo, error) {
	f, err := os.Open(path) //nolint:gosec // G304: the file the user chose (dialog, drop or argument); reading it is the point
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil, model.Errorf(model.CodeNotFound, "import: %s does not exist", path)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("import: %w", err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, fmt.Errorf("import: %w", err)
	}
	if st.IsDir() {
		f.Close()
		return nil, nil, model.Errorf(model.CodeInvalid, "import: %s is a folder, not a file", path)
	}
	if st.Size() > limit {
		f.Close()
		return nil, nil, model.Errorf(model.CodeTooLarge, "import: %s is %d MB, more than the %d MB Huntbook imports",
			filepath.Base(path), st.Size()>>20, limit>>20)
	}
	return f, st, nil
}

// readLimited reads the file at path whole, refusing a folder or a file
// past limit.
func readLimited(path string, limit int64) ([]byte, error) {
	f, _, err := openImport(path, limit)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit))
	if err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	return data, nil
}

// looksLikeText says whether a file's first bytes are text the CSV reader
// takes: no NUL bytes, or UTF-16 with its byte-order mark (Excel's "Unicode
// Text", saved as .txt), whose NULs the reader decodes.
func looksLikeText(b []byte) bool {
	if bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		return true
	}
	if len(b) > 4096 {
		b = b[:4096]
	}
	return !bytes.ContainsRune(b, 0)
}

// Wipe deletes everything the tracker holds, and the backups, leaving an
// empty database with the default pipeline.
func (s *Data) Wipe() error {
	if err := s.db.Wipe(s.ctx()); err != nil {
		return err
	}
	if err := os.RemoveAll(s.backupDir()); err != nil {
		return fmt.Errorf("wipe backups: %w", err)
	}
	s.changed()
	return nil
}

// Backups lists the automatic backups, newest first.
func (s *Data) Backups() ([]model.BackupInfo, error) { return store.Backups(s.backupDir()) }

// BackupNow takes a backup at once and returns it.
func (s *Data) BackupNow() (model.BackupInfo, error) {
	p, err := s.db.Backup(s.ctx(), s.backupDir(), "manual")
	if err != nil {
		return model.BackupInfo{}, err
	}
	list, err := store.Backups(s.backupDir())
	if err != nil {
		return model.BackupInfo{}, err
	}
	for _, b := range list {
		if b.Path == p {
			return b, nil
		}
	}
	return model.BackupInfo{Path: p, Name: filepath.Base(p)}, nil
}

// RestoreBackup replaces all data with the backup called name (from
// Backups). The current data is backed up first, so a restore can be undone.
func (s *Data) RestoreBackup(name string) error {
	list, err := store.Backups(s.backupDir())
	if err != nil {
		return err
	}
	for _, b := range list {
		if b.Name == name {
			if _, err := s.db.Backup(s.ctx(), s.backupDir(), "before-restore"); err != nil {
				return fmt.Errorf("restore: back up the current data first: %w", err)
			}
			if err := s.db.RestoreBackup(s.ctx(), b.Path); err != nil {
				return err
			}
			s.changed()
			return nil
		}
	}
	return model.Errorf(model.CodeNotFound, "restore: no backup called %q", name)
}

func (s *Data) backupDir() string { return filepath.Join(filepath.Dir(s.db.Path()), "backups") }

// SaveText asks where to save text the user exported (an AI draft as
// Markdown, the request ledger as CSV) and writes it there. It returns the
// path, or "" when the user cancelled.
func (s *Data) SaveText(defaultName, text string) (string, error) {
	d, err := s.dialogs()
	if err != nil {
		return "", err
	}
	name := filepath.Base(strings.TrimSpace(defaultName))
	if name == "." || name == "/" || name == "" {
		name = "huntbook.txt"
	}
	ext := strings.ToLower(filepath.Ext(name))
	filter := shellport.FileFilter{Name: "Text (*" + ext + ")", Pattern: "*" + ext}
	if ext == "" {
		filter = shellport.FileFilter{Name: "All files", Pattern: "*"}
	}
	p, err := d.SaveFile("Save", name, []shellport.FileFilter{filter})
	if err != nil || p == "" {
		return "", err
	}
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		return "", fmt.Errorf("save %s: %w", filepath.Base(p), err)
	}
	return p, nil
}
