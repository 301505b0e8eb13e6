package store

import (
	"context"
	"errors"
	"fmt"
)

// DataVersion returns SQLite's data_version as the write connection sees
// it. The number changes when another connection commits to the file (the
// CLI, the browser-capture host, mail import: any other process, or a
// second DB on the same file) and never for this DB's own writes, which
// their callers report themselves. It is cheap: no table is read.
func (db *DB) DataVersion(ctx context.Context) (int64, error) {
	if db.write == nil {
		return 0, errors.New("read data version: the database is not open for writing")
	}
	var v int64
	if err := db.write.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("read data version: %w", err)
	}
	return v, nil
}
