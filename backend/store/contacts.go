package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/huntbook/huntbook/backend/model"
)

const contactColumns = `c.id, c.name, c.role, c.company, c.email, c.phone, c.profile_url, c.notes, c.created_at, c.updated_at`

// ListContacts lists contacts by name; search, if given, filters by name,
// company, role or email (case-insensitive substring).
func (db *DB) ListContacts(ctx context.Context, search string) ([]model.Contact, error) {
	var out []model.Contact
	err := db.view(ctx, func(tx *Tx) error {
		var err error
		if search == "" {
			out, err = listContacts(tx, `ORDER BY c.name COLLATE NOCASE, c.id`)
			return err
		}
		like := "%" + escapeLike(search) + "%"
		out, err = listContacts(tx, `WHERE c.name LIKE ?1 ESCAPE '\' OR c.company LIKE ?1 ESCAPE '\' OR c.role LIKE ?1 ESCAPE '\' OR c.email LIKE ?1 ESCAPE '\'
			ORDER BY c.name COLLATE NOCASE, c.id`, like)
		return err
	})
	return out, err
}

func listContacts(tx *Tx, tail string, args ...any) ([]model.Contact, error) {
	out, err := collect(tx, "list contacts", scanContact, `SELECT `+contactColumns+` FROM contacts c `+tail, args...)
	if err != nil {
		return nil, err
	}
	for i := range out {
		if out[i].ApplicationIDs, err = linkedAppsOf(tx, out[i].ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func scanContact(r scanner) (model.Contact, error) {
	var c model.Contact
	var created, updated string
	err := r.Scan(&c.ID, &c.Name, &c.Role, &c.Company, &c.Email, &c.Phone, &c.ProfileURL, &c.Notes, &created, &updated)
	c.CreatedAt, c.UpdatedAt = parseTime(created), parseTime(updated)
	return c, err
}

// CreateContact stores a contact and links it to its ApplicationIDs.
func (db *DB) CreateContact(ctx context.Context, c model.Contact) (model.Contact, error) {
	err := db.update(ctx, func(tx *Tx) error {
		if err := c.Validate(); err != nil {
			return err
		}
		c.CreatedAt, c.UpdatedAt = tx.now, tx.now
		var err error
		if c.ID, err = insertContact(tx, c); err != nil {
			return err
		}
		for _, appID := range c.ApplicationIDs {
			if err := linkContact(tx, c.ID, appID); err != nil {
				return err
			}
		}
		c.ApplicationIDs, err = linkedAppsOf(tx, c.ID)
		return err
	})
	return c, err
}

func insertContact(tx *Tx, c model.Contact) (int64, error) {
	res, err := tx.Exec(`INSERT INTO contacts (name, role, company, email, phone, profile_url, notes, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, c.Name, c.Role, c.Company, c.Email, c.Phone, c.ProfileURL, c.Notes,
		formatTime(c.CreatedAt), formatTime(c.UpdatedAt))
	if err != nil {
		return 0, fmt.Errorf("create contact: %w", err)
	}
	return res.LastInsertId()
}

// UpdateContact saves a contact's fields (links change through Link/Unlink).
func (db *DB) UpdateContact(ctx context.Context, c model.Contact) (model.Contact, error) {
	err := db.update(ctx, func(tx *Tx) error {
		if err := c.Validate(); err != nil {
			return err
		}
		old, err := getContact(tx, c.ID)
		if err != nil {
			return err
		}
		c.CreatedAt, c.UpdatedAt = old.CreatedAt, tx.now
		if _, err := tx.Exec(`UPDATE contacts SET name = ?, role = ?, company = ?, email = ?, phone = ?, profile_url = ?, notes = ?,`+
			` updated_at = ? WHERE id = ?`,
			c.Name, c.Role, c.Company, c.Email, c.Phone, c.ProfileURL, c.Notes, formatTime(c.UpdatedAt), c.ID); err != nil {
			return fmt.Errorf("update contact %d: %w", c.ID, err)
		}
		if c.ApplicationIDs, err = linkedAppsOf(tx, c.ID); err != nil {
			return err
		}
		return reindexContact(tx, c.ID)
	})
	return c, err
}

// DeleteContact deletes a contact and its links.
func (db *DB) DeleteContact(ctx context.Context, id int64) error {
	return db.update(ctx, func(tx *Tx) error {
		apps, err := linkedAppsOf(tx, id)
		if err != nil {
			return err
		}
		res, err := tx.Exec(`DELETE FROM contacts WHERE id = ?`, id)
		if err != nil {
			return fmt.Errorf("delete contact %d: %w", id, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return model.NotFound("contact", id)
		}
		for _, appID := range apps {
			if err := reindex(tx, appID); err != nil {
				return err
			}
		}
		return nil
	})
}

// LinkContact ties a contact to an application.
func (db *DB) LinkContact(ctx context.Context, contactID, appID int64) error {
	return db.update(ctx, func(tx *Tx) error { return linkContact(tx, contactID, appID) })
}

func linkContact(tx *Tx, contactID, appID int64) error {
	if _, err := getContact(tx, contactID); err != nil {
		return err
	}
	if _, err := getApplication(tx, appID); err != nil {
		return err
	}
	if _, err := tx.Exec(`INSERT OR IGNORE INTO application_contacts (application_id, contact_id) VALUES (?, ?)`, appID, contactID); err != nil {
		return fmt.Errorf("link contact: %w", err)
	}
	return reindex(tx, appID)
}

// UnlinkContact unties a contact from an application.
func (db *DB) UnlinkContact(ctx context.Context, contactID, appID int64) error {
	return db.update(ctx, func(tx *Tx) error {
		if _, err := tx.Exec(`DELETE FROM application_contacts WHERE application_id = ? AND contact_id = ?`, appID, contactID); err != nil {
			return fmt.Errorf("unlink contact: %w", err)
		}
		return reindex(tx, appID)
	})
}

func getContact(tx *Tx, id int64) (model.Contact, error) {
	c, err := scanContact(tx.QueryRow(`SELECT `+contactColumns+` FROM contacts c WHERE c.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return c, model.NotFound("contact", id)
	}
	if err != nil {
		return c, fmt.Errorf("get contact %d: %w", id, err)
	}
	return c, nil
}

func linkedAppsOf(tx *Tx, contactID int64) ([]int64, error) {
	return collect(tx, "read contact links", scanID, `SELECT application_id FROM application_contacts WHERE contact_id = ? ORDER BY application_id`, contactID)
}

func scanID(r scanner) (int64, error) {
	var id int64
	err := r.Scan(&id)
	return id, err
}

func escapeLike(s string) string {
	r := []rune{}
	for _, c := range s {
		if c == '%' || c == '_' || c == '\\' {
			r = append(r, '\\')
		}
		r = append(r, c)
	}
	return string(r)
}
