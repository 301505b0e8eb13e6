package store

import (
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"syscall"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// ErrReadOnly is wrapped by every write to a database opened read-only, and
// by Open when a database cannot be created in a read-only folder.
var ErrReadOnly = errors.New("database open read-only")

// ReadOnly says why the database was opened read-only ("the folder … is
// read-only"), or "" when it can be written.
func (db *DB) ReadOnly() string { return db.readOnly }

func (db *DB) readOnlyError() error {
	return &model.Error{Code: model.CodeUnavailable, Err: ErrReadOnly,
		Message: fmt.Sprintf("the database is open read-only (%s): changes cannot be saved", db.readOnly)}
}

// readOnlyReason says why the database at path can only be read: its folder
// or the file itself is read-only (by its permission bits, which are
// honoured even for a user such as root who could write anyway, or because
// writing is refused). It returns "" when both can be written or do not
// exist yet, and an error when the file does not exist and cannot be created.
func readOnlyReason(path string) (string, error) {
	dir := filepath.Dir(path)
	dfi, err := os.Stat(dir) //nolint:gosec // G703: the database or its folder, which the user chose
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil // Open creates it
	}
	if err != nil {
		return "", fmt.Errorf("open database: %w", err)
	}
	_, ferr := os.Stat(path) //nolint:gosec // G703: the database or its folder, which the user chose
	exists := ferr == nil
	if !writableDir(dir, dfi) {
		if !exists {
			return "", &model.Error{Code: model.CodeUnavailable, Err: ErrReadOnly,
				Message: fmt.Sprintf("open database: the folder %s is read-only,"+
					" so no database can be created in it; make it writable or choose another folder with --data-dir", dir)}
		}
		return fmt.Sprintf("the folder %s is read-only", dir), nil
	}
	if exists && !writableFile(path) {
		return fmt.Sprintf("the file %s is read-only", path), nil
	}
	return "", nil
}

// refused tells a permission or read-only-filesystem error from others.
func refused(err error) bool {
	return errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS)
}

func writableDir(dir string, fi fs.FileInfo) bool {
	if runtime.GOOS != "windows" && fi.Mode().Perm()&0o200 == 0 {
		return false
	}
	f, err := os.CreateTemp(dir, ".huntbook-write-test-*")
	if err != nil {
		return !refused(err)
	}
	f.Close()
	os.Remove(f.Name()) //nolint:gosec // G703: our own probe file in the data folder
	return true
}

func writableFile(path string) bool {
	fi, err := os.Stat(path) //nolint:gosec // G703: the database or its folder, which the user chose
	if err == nil && fi.Mode().Perm()&0o200 == 0 {
		return false
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0) //nolint:gosec // G304: the database file the user chose
	if err != nil {
		return !refused(err)
	}
	f.Close()
	return true
}

// openReadOnly opens an existing database without ever writing to it. It is
// opened as immutable (in a read-only folder SQLite could not create the
// WAL's shared-memory file, and elsewhere it would leave -wal and -shm files
// beside a file the user made read-only), unless a WAL left by an unclean
// exit still holds changes, which immutable would ignore.
func openReadOnly(path, why string, opt Options) (*DB, error) {
	if _, err := os.Stat(path); err != nil { //nolint:gosec // G703: the database or its folder, which the user chose
		return nil, fmt.Errorf("open database: %w", err)
	}
	wal, err := os.Stat(path + "-wal") //nolint:gosec // G703: the database or its folder, which the user chose
	immutable := err != nil || wal.Size() == 0
	db := &DB{path: path, readOnly: why, Now: func() time.Time { return time.Now().UTC() }}
	if db.write, err = sql.Open(driverName, readOnlyDSN(path, immutable, false, opt.BusyTimeout)); err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	db.write.SetMaxOpenConns(1)
	if db.read, err = openReaders(readOnlyDSN(path, immutable, true, opt.BusyTimeout), opt); err != nil {
		db.write.Close()
		return nil, err
	}
	v, err := appliedVersion(db.read)
	if err != nil {
		db.Close()
		return nil, classifyOpenError(path, err)
	}
	known := SchemaVersion()
	switch {
	case v > known:
		db.Close()
		return nil, model.Errorf(model.CodeNewerVersion,
			"open database: %s was written by a newer version of Huntbook (schema %d, this version knows %d); update Huntbook to open it,"+
				" the file was not changed", path, v, known)
	case v < known:
		db.Close()
		return nil, &model.Error{Code: model.CodeUnavailable, Err: ErrReadOnly,
			Message: fmt.Sprintf("open database: %s needs an update for this version of Huntbook (schema %d to %d),"+
				" which cannot be written because %s; make it writable, or copy the folder and open the copy with --data-dir", path, v, known, why)}
	}
	return db, nil
}

// readOnlyDSN opens the file with SQLite's mode=ro (and immutable=1 where
// nothing can change it). The single "write" connection is not query-only,
// so VACUUM INTO can still copy the file into a backup elsewhere.
func readOnlyDSN(path string, immutable, queryOnly bool, busy time.Duration) string {
	q := url.Values{}
	q.Set("mode", "ro")
	if immutable {
		q.Set("immutable", "1")
	}
	q.Set("_foreign_keys", "on")
	q.Set("_busy_timeout", strconv.FormatInt(busy.Milliseconds(), 10))
	q.Set("_txlock", "deferred")
	if queryOnly {
		q.Set("_query_only", "true")
	}
	return "file:" + url.PathEscape(path) + "?" + q.Encode()
}
