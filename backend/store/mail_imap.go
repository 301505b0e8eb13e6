package store

import (
	"context"
	"fmt"

	"github.com/huntbook/huntbook/backend/model"
)

// MailFolderStates lists the IMAP folder states kept for account
// (user@host:port); states of another account are left out.
func (db *DB) MailFolderStates(ctx context.Context, account string) ([]model.MailFolderState, error) {
	rows, err := db.read.QueryContext(ctx,
		`SELECT folder, uid_validity, last_uid, last_sync FROM mail_imap_folders WHERE account = ? ORDER BY folder`, account)
	if err != nil {
		return nil, fmt.Errorf("read mail folder states: %w", err)
	}
	defer rows.Close()
	out := []model.MailFolderState{}
	for rows.Next() {
		var s model.MailFolderState
		var last string
		if err := rows.Scan(&s.Folder, &s.UIDValidity, &s.LastUID, &last); err != nil {
			return nil, fmt.Errorf("read mail folder states: %w", err)
		}
		s.LastSync = parseTime(last)
		out = append(out, s)
	}
	return out, rows.Err()
}

// SaveMailFolderStates writes the folder states of account in one
// transaction, replacing a folder's state (of any account); LastSync zero
// means now.
func (db *DB) SaveMailFolderStates(ctx context.Context, account string, states []model.MailFolderState) error {
	return db.update(ctx, func(tx *Tx) error {
		for _, s := range states {
			at := s.LastSync
			if at.IsZero() {
				at = tx.now
			}
			_, err := tx.Exec(`INSERT INTO mail_imap_folders (folder, account, uid_validity, last_uid, last_sync) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (folder) DO UPDATE SET account = excluded.account, uid_validity = excluded.uid_validity,
					last_uid = excluded.last_uid, last_sync = excluded.last_sync`,
				s.Folder, account, s.UIDValidity, s.LastUID, formatTime(at))
			if err != nil {
				return fmt.Errorf("save mail folder state: %w", err)
			}
		}
		return nil
	})
}

// ResetMailFolderStates forgets every IMAP folder state, so the next run
// reads each folder from the account's "how far back" again.
func (db *DB) ResetMailFolderStates(ctx context.Context) error {
	return db.update(ctx, func(tx *Tx) error {
		if _, err := tx.Exec(`DELETE FROM mail_imap_folders`); err != nil {
			return fmt.Errorf("reset mail folder states: %w", err)
		}
		return nil
	})
}
