// Package store keeps Huntbook's data in one SQLite file: opening and
// migrating it, transactions, one file per aggregate (applications, notes,
// contacts, tasks, stages, calendar events, CV versions and the master
// profile, AI providers, drafts and the request ledger, browser saves),
// full-text search, backups and restore, snapshots for export and import,
// salvage of a damaged file, and wiping.
//
// Every public method opens its own short transaction and calls lowercase
// helpers that take the *Tx. Writes go through a single connection (SQLite
// allows one writer); reads use a small pool of read-only connections, so a
// long read never blocks a write and WAL lets both run at once.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/huntbook/huntbook/backend/joburl"
	"github.com/huntbook/huntbook/backend/model"
	sqlite3 "github.com/mattn/go-sqlite3"
)

// driverName is go-sqlite3 with a connect hook that tunes every connection.
const driverName = "sqlite3_huntbook"

func init() {
	sql.Register(driverName, &sqlite3.SQLiteDriver{ConnectHook: func(c *sqlite3.SQLiteConn) error {
		// Memory-mapped reads and a bigger page cache: lists and boards read
		// thousands of rows spread over the file.
		if _, err := c.Exec(`PRAGMA mmap_size = 268435456; PRAGMA cache_size = -16384; PRAGMA temp_store = MEMORY`, nil); err != nil {
			return err
		}
		// Migration 0012 keys the links already stored with the store's own function.
		return c.RegisterFunc("huntbook_url_key", joburl.Key, true)
	}})
}

// FileName is the database's name inside the data directory.
const FileName = "huntbook.db"

// DB is an open Huntbook database.
type DB struct {
	path  string
	write *sql.DB // exactly one connection
	read  *sql.DB // read-only pool
	// readOnly, when not "", says why the file was opened read-only; every
	// write is then refused with it.
	readOnly string
	// Now returns the current time; tests replace it.
	Now func() time.Time
}

// Options tune Open.
type Options struct {
	// BackupDir receives a copy of the file before any migration; "" means
	// "backups" beside the database.
	BackupDir string
	// ReadConns is the size of the read pool (default 4).
	ReadConns int
	// BusyTimeout is how long to wait for another program's lock (default 5 s).
	BusyTimeout time.Duration
}

// Open opens (creating if needed, with mode 0600) the database at path and
// brings its schema up to date, backing the file up first when a migration
// is due. A database written by a newer Huntbook is refused unmodified.
//
// A database file that is read-only, or that lies in a read-only folder, is
// opened read-only (see ReadOnly) instead of failing, so it can still be
// looked at and exported. A file another program holds locked gives an
// error wrapping ErrLocked.
func Open(path string, opt Options) (*DB, error) {
	if opt.BusyTimeout <= 0 {
		opt.BusyTimeout = 5 * time.Second
	}
	why, err := readOnlyReason(path)
	if err != nil {
		return nil, err
	}
	if why != "" {
		return openReadOnly(path, why, opt)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil { //nolint:gosec // G703: the data folder the user chose
		return nil, fmt.Errorf("open database: create folder: %w", err)
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600) //nolint:gosec // G304: the database file the user chose
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	f.Close()
	if err := checkVersion(path); err != nil {
		return nil, err
	}
	db := &DB{path: path, Now: func() time.Time { return time.Now().UTC() }}
	db.write, err = sql.Open(driverName, dsn(path, false, opt.BusyTimeout))
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	db.write.SetMaxOpenConns(1)
	db.write.SetMaxIdleConns(1)
	db.write.SetConnMaxLifetime(0)
	if err := db.write.Ping(); err != nil {
		db.write.Close()
		return nil, classifyOpenError(path, err)
	}
	backupDir := opt.BackupDir
	if backupDir == "" {
		backupDir = filepath.Join(filepath.Dir(path), "backups")
	}
	if err := db.migrate(backupDir); err != nil {
		db.write.Close()
		if held := lockedError(path, err); held != nil {
			return nil, held
		}
		return nil, err
	}
	if db.read, err = openReaders(dsn(path, true, opt.BusyTimeout), opt); err != nil {
		db.write.Close()
		return nil, err
	}
	if err := db.undoDeadImports(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("open database: undo an import that did not finish: %w", err)
	}
	return db, nil
}

// openReaders opens the pool of read connections (opt.ReadConns, 4 by default).
func openReaders(dsn string, opt Options) (*sql.DB, error) {
	r, err := sql.Open(driverName, dsn)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	n := opt.ReadConns
	if n <= 0 {
		n = 4
	}
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	return r, nil
}

// dsn builds the connection string: WAL, foreign keys, a busy timeout and
// immediate write transactions, so two writers never deadlock on upgrade.
func dsn(path string, readOnly bool, busy time.Duration) string {
	q := url.Values{}
	q.Set("_journal_mode", "WAL")
	q.Set("_foreign_keys", "on")
	q.Set("_busy_timeout", strconv.FormatInt(busy.Milliseconds(), 10))
	q.Set("_synchronous", "NORMAL")
	q.Set("_txlock", "immediate")
	if readOnly {
		q.Set("_query_only", "true")
		q.Set("_txlock", "deferred")
	}
	return "file:" + url.PathEscape(path) + "?" + q.Encode()
}

func classifyOpenError(path string, err error) error {
	var se sqlite3.Error
	if errors.As(err, &se) && (se.Code == sqlite3.ErrNotADB || se.Code == sqlite3.ErrCorrupt) {
		return &model.Error{Code: model.CodeCorrupt, Message: fmt.Sprintf("open database: %s is not a Huntbook database or is damaged; restore a backup from "+
			"its backups folder", path), Err: err}
	}
	if held := lockedError(path, err); held != nil {
		return held
	}
	return fmt.Errorf("open database %s: %w", path, err)
}

// ErrLocked is wrapped by Open's error when another program holds the
// database locked.
var ErrLocked = errors.New("database locked by another program")

// lockedError is the error for a database another program holds locked, or
// nil when err is something else.
func lockedError(path string, err error) error {
	var se sqlite3.Error
	if !errors.As(err, &se) || se.Code != sqlite3.ErrBusy && se.Code != sqlite3.ErrLocked {
		return nil
	}
	return &model.Error{Code: model.CodeUnavailable, Err: fmt.Errorf("%w: %w", ErrLocked, err),
		Message: fmt.Sprintf("open database: %s is in use by another program (another Huntbook, a database browser,"+
			" a sync tool); close it and start Huntbook again", path)}
}

// Path returns the database file's path.
func (db *DB) Path() string { return db.path }

// Close checkpoints the WAL and closes the file.
func (db *DB) Close() error {
	var errs []error
	if db.read != nil {
		errs = append(errs, db.read.Close())
	}
	if db.write != nil {
		if db.readOnly == "" {
			_, _ = db.write.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
		}
		errs = append(errs, db.write.Close())
	}
	return errors.Join(errs...)
}

// Tx is a transaction that carries the time it started, so every row it
// writes gets the same timestamp and tests can fix the clock.
type Tx struct {
	*sql.Tx
	now time.Time
}

// Now is the transaction's time, in UTC.
func (tx *Tx) Now() time.Time { return tx.now }

// begin starts a write transaction (BEGIN IMMEDIATE through _txlock).
func (db *DB) begin(ctx context.Context) (*Tx, error) {
	if db.readOnly != "" {
		return nil, db.readOnlyError()
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	return &Tx{Tx: tx, now: db.Now().UTC().Truncate(time.Millisecond)}, nil
}

// beginRead starts a read-only transaction on the read pool: one consistent
// snapshot for every query in it.
func (db *DB) beginRead(ctx context.Context) (*Tx, error) {
	tx, err := db.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("begin read: %w", err)
	}
	return &Tx{Tx: tx, now: db.Now().UTC()}, nil
}

// update runs fn in a write transaction, committing when it returns nil.
func (db *DB) update(ctx context.Context, fn func(*Tx) error) error {
	tx, err := db.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// view runs fn in a read-only transaction.
func (db *DB) view(ctx context.Context, fn func(*Tx) error) error {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	return fn(tx)
}

// storedTimeLayout is RFC 3339 in UTC with all nine fractional digits, so
// stored times sort as text in time order. (RFC3339Nano drops trailing
// zeros: "…:05.15Z" sorted before "…:05.1Z" and "…:05.5Z" before "…:05Z",
// which put events of the same second out of order.)
const storedTimeLayout = "2006-01-02T15:04:05.000000000Z"

func formatTime(t time.Time) string { return t.UTC().Format(storedTimeLayout) }

// parseTime reads a stored time in any RFC 3339 form: this layout, or the
// shorter ones written before it.
func parseTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}
	}
	return t
}

// collect runs a query and scans every row with scan; what names the work
// in errors ("list contacts").
func collect[T any](tx *Tx, what string, scan func(scanner) (T, error), query string, args ...any) ([]T, error) {
	out := []T{}
	err := each(tx, what, query, args, func(r scanner) error {
		v, err := scan(r)
		if err == nil {
			out = append(out, v)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// each runs a query and calls fn on every row; what names the work in errors.
func each(tx *Tx, what, query string, args []any, fn func(scanner) error) error {
	rows, err := tx.Query(query, args...) //nolint:gosec // G701: query is the caller's constant SQL; values go in args
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// read runs fn in a read-only transaction and returns its value.
func read[T any](ctx context.Context, db *DB, fn func(*Tx) (T, error)) (T, error) {
	var out T
	err := db.view(ctx, func(tx *Tx) error {
		var err error
		out, err = fn(tx)
		return err
	})
	return out, err
}

// write runs fn in a write transaction and returns its value.
func write[T any](ctx context.Context, db *DB, fn func(*Tx) (T, error)) (T, error) {
	var out T
	err := db.update(ctx, func(tx *Tx) error {
		var err error
		out, err = fn(tx)
		return err
	})
	return out, err
}
