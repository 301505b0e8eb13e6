package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// KeepBackups is how many backups BackupIfDue keeps.
const KeepBackups = 7

const backupPrefix = "huntbook-"

// Backup writes a consistent copy of the database into dir (mode 0600) with
// VACUUM INTO, named after the time and label, and returns its path.
func (db *DB) Backup(ctx context.Context, dir, label string) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil { //nolint:gosec // G703: the data folder the user chose
		return "", fmt.Errorf("backup: %w", err)
	}
	name := backupPrefix + db.Now().UTC().Format("20060102T150405.000Z")
	if label != "" {
		name += "-" + label
	}
	p := filepath.Join(dir, name+".db")
	// Create the file first so it gets our permissions, then let SQLite fill
	// it (VACUUM INTO accepts an existing empty file).
	f, err := os.OpenFile(p, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600) //nolint:gosec // G304: a new file in the backup folder the user chose
	if err != nil {
		return "", fmt.Errorf("backup: %w", err)
	}
	f.Close()
	if _, err := db.write.ExecContext(ctx, `VACUUM INTO ?`, p); err != nil {
		os.Remove(p) //nolint:gosec // G703: the backup just created, removed on failure
		return "", fmt.Errorf("backup: %w", err)
	}
	return p, nil
}

// Backups lists the backups in dir, newest first.
func Backups(dir string) ([]model.BackupInfo, error) {
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return []model.BackupInfo{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("list backups: %w", err)
	}
	out := []model.BackupInfo{}
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !strings.HasPrefix(n, backupPrefix) || !strings.HasSuffix(n, ".db") {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		stamp := strings.TrimPrefix(n, backupPrefix)
		if i := strings.IndexByte(stamp, '-'); i >= 0 {
			stamp = stamp[:i]
		}
		stamp = strings.TrimSuffix(stamp, ".db")
		created, err := time.Parse("20060102T150405.000Z", stamp)
		if err != nil {
			created = info.ModTime().UTC()
		}
		out = append(out, model.BackupInfo{Path: filepath.Join(dir, n), Name: n, Bytes: info.Size(), CreatedAt: created})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].CreatedAt.After(out[j].CreatedAt) })
	return out, nil
}

// BackupIfDue backs up into dir when the newest backup there is older than
// every (or there is none), then keeps only the newest KeepBackups. It
// returns the new backup's path, or "" when none was due.
func (db *DB) BackupIfDue(ctx context.Context, dir string, every time.Duration) (string, error) {
	list, err := Backups(dir)
	if err != nil {
		return "", err
	}
	if len(list) > 0 && db.Now().Sub(list[0].CreatedAt) < every {
		return "", nil
	}
	p, err := db.Backup(ctx, dir, "daily")
	if err != nil {
		return "", err
	}
	return p, PruneBackups(dir, KeepBackups)
}

// PruneBackups deletes all but the newest keep backups in dir.
func PruneBackups(dir string, keep int) error {
	list, err := Backups(dir)
	if err != nil {
		return err
	}
	for i := keep; i < len(list); i++ {
		if err := os.Remove(list[i].Path); err != nil {
			return fmt.Errorf("prune backups: %w", err)
		}
	}
	return nil
}

// RestoreFile puts a copy of the backup at backupPath in place of the
// database file at dbPath, for a database that cannot be opened at all (a
// damaged file). Nothing is deleted: the old file and its -wal and -shm
// files are kept beside it with the suffix ".damaged-<time>". The copy is
// first opened (and brought up to the current schema) in a scratch folder,
// so a damaged backup leaves everything as it was. It returns the path the
// old file was moved to ("" when there was none).
func RestoreFile(dbPath, backupPath string, now time.Time) (string, error) {
	tmpDir, err := os.MkdirTemp(filepath.Dir(dbPath), ".restore-")
	if err != nil {
		return "", fmt.Errorf("restore %s: %w", filepath.Base(backupPath), err)
	}
	defer os.RemoveAll(tmpDir)
	copyPath := filepath.Join(tmpDir, FileName)
	if err := copyFile(backupPath, copyPath); err != nil {
		return "", fmt.Errorf("restore %s: %w", filepath.Base(backupPath), err)
	}
	db, err := Open(copyPath, Options{BackupDir: tmpDir})
	if err != nil {
		return "", fmt.Errorf("restore %s: the backup cannot be opened either: %w", filepath.Base(backupPath), err)
	}
	if err := db.Close(); err != nil {
		return "", fmt.Errorf("restore %s: %w", filepath.Base(backupPath), err)
	}
	kept := ""
	suffix := ".damaged-" + now.UTC().Format("20060102T150405Z")
	for _, ext := range []string{"", "-wal", "-shm"} {
		if _, err := os.Stat(dbPath + ext); err != nil {
			continue
		}
		if err := os.Rename(dbPath+ext, dbPath+ext+suffix); err != nil {
			return kept, fmt.Errorf("restore: keep the damaged file: %w", err)
		}
		if ext == "" {
			kept = dbPath + suffix
		}
	}
	if err := os.Rename(copyPath, dbPath); err != nil {
		return kept, fmt.Errorf("restore %s: %w", filepath.Base(backupPath), err)
	}
	return kept, nil
}
