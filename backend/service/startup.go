package service

import (
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"time"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/store"
)

// Startup tells the window how opening the database went. When it failed,
// the window still opens and the page shows Status in place of the app:
// what is wrong, the file, what to do (and, for a damaged file, the backups
// and a way to restore the newest). When the file could only be opened
// read-only, the page shows a banner. It is bound in every window.
type Startup struct {
	mu        sync.Mutex
	status    StartupStatus
	dbPath    string
	backupDir string
	now       func() time.Time
}

// StartupProblem says why the database did not open; "" when it did.
type StartupProblem string

// Problems Startup reports (StartupStatus.Problem).
const (
	ProblemNone        StartupProblem = ""
	ProblemCorrupt     StartupProblem = "corrupt"       // the file is damaged or not a database
	ProblemNewer       StartupProblem = "newer_version" // written by a newer Huntbook
	ProblemLocked      StartupProblem = "locked"        // another program holds it
	ProblemReadOnly    StartupProblem = "read_only"     // no database can be created or updated in a read-only place
	ProblemUnavailable StartupProblem = "unavailable"   // anything else
)

// StartupStatus is what the page shows about the database at start-up.
type StartupStatus struct {
	// Problem is "" when the database opened, else one of the Problem kinds.
	Problem StartupProblem `json:"problem"`
	Message string         `json:"message"` // what went wrong
	Advice  string         `json:"advice"`  // what to do about it
	Path    string         `json:"path"`    // the database file
	// Backups are those in the backups folder, newest first (a damaged file).
	Backups   []model.BackupInfo `json:"backups"`
	BackupDir string             `json:"backupDir"`
	// ReadOnly says why the database opened read-only; "" when writable.
	ReadOnly string `json:"readOnly"`
	// Restored names the backup put in place, and KeptAs where the damaged
	// file went, once RestoreNewestBackup has run.
	Restored string `json:"restored"`
	KeptAs   string `json:"keptAs"`
}

// NewStartup describes the outcome of opening the database at dbPath: db
// when it opened, openErr when it did not.
func NewStartup(dbPath string, db *store.DB, openErr error) *Startup {
	s := &Startup{dbPath: dbPath, backupDir: filepath.Join(filepath.Dir(dbPath), "backups"), now: time.Now}
	s.status = s.describe(db, openErr)
	return s
}

func (s *Startup) describe(db *store.DB, err error) StartupStatus {
	st := StartupStatus{Path: s.dbPath, BackupDir: s.backupDir, Backups: []model.BackupInfo{}}
	if err == nil {
		if db != nil {
			st.ReadOnly = db.ReadOnly()
		}
		return st
	}
	st.Message = model.AsError(err).Message
	switch {
	case errors.Is(err, store.ErrLocked):
		st.Problem = ProblemLocked
		st.Advice = "Another program has the database open: another Huntbook (from another account, or an older version), " +
			"a database browser or a sync tool. Close it, then start Huntbook again."
	case model.ErrorCode(err) == model.CodeNewerVersion:
		st.Problem = ProblemNewer
		st.Advice = "Update Huntbook to its newest version to open this data. This version did not change the file."
	case model.ErrorCode(err) == model.CodeCorrupt:
		st.Problem = ProblemCorrupt
		if list, lerr := store.Backups(s.backupDir); lerr == nil && list != nil {
			st.Backups = list
		}
		if len(st.Backups) > 0 {
			b := st.Backups[0]
			st.Advice = fmt.Sprintf("Restore the newest backup, %s (%s). The damaged file is kept beside it, renamed, so nothing is lost.",
				b.Name, b.CreatedAt.Local().Format("2 Jan 2006 15:04"))
		} else {
			st.Advice = fmt.Sprintf("There are no backups in %s. Copy the damaged file somewhere safe before anything else; "+
				"a database tool (sqlite3's .recover) may save part of it. "+
				"Moving it out of the folder lets Huntbook start with an empty database.", s.backupDir)
		}
	case errors.Is(err, store.ErrReadOnly):
		st.Problem = ProblemReadOnly
		st.Advice = "Make the folder writable, or start Huntbook with --data-dir pointing at a folder you can write to."
	default:
		st.Problem = ProblemUnavailable
		st.Advice = "Check that the data folder exists and that you may read and write it, then start Huntbook again."
	}
	return st
}

// Status reports how opening the database went.
func (s *Startup) Status() (StartupStatus, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.status, nil
}

// RestoreNewestBackup puts the newest backup in place of a damaged database
// file (kept beside it, renamed). Huntbook must then be started again.
func (s *Startup) RestoreNewestBackup() (StartupStatus, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.status.Problem != ProblemCorrupt {
		return s.status, model.Errorf(model.CodeInvalid, "there is no damaged database to restore")
	}
	if s.status.Restored != "" {
		return s.status, nil
	}
	list, err := store.Backups(s.backupDir)
	if err != nil {
		return s.status, err
	}
	if len(list) == 0 {
		return s.status, model.Errorf(model.CodeNotFound, "there are no backups in %s", s.backupDir)
	}
	kept, err := store.RestoreFile(s.dbPath, list[0].Path, s.now())
	if err != nil {
		return s.status, err
	}
	s.status.Restored, s.status.KeptAs = list[0].Name, kept
	return s.status, nil
}
