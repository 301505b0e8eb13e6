package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/huntbook/huntbook/backend/model"
)

// Limits on what the CV tables hold.
const (
	// MaxCVBytes bounds the original file of a CV version.
	MaxCVBytes = 20 << 20
	// MaxProfileBytes bounds a profile (or a version's provenance) as JSON.
	MaxProfileBytes = 2 << 20
	maxLabelRunes   = 200
)

// CVDigest returns the hex SHA-256 of data, the key versions are
// de-duplicated by.
func CVDigest(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

func cvLabel(label, fileName string) (string, error) {
	label = strings.Join(strings.Fields(label), " ")
	if label == "" {
		label = strings.TrimSuffix(fileName, filepath.Ext(fileName))
	}
	if utf8.RuneCountInString(label) > maxLabelRunes {
		return "", model.Invalid("label", "the label is longer than %d characters", maxLabelRunes)
	}
	if label == "" {
		label = "CV"
	}
	return label, nil
}

func profileJSON(p model.Profile, field string) (string, error) {
	b, err := json.Marshal(p)
	if err != nil {
		return "", fmt.Errorf("encode profile: %w", err)
	}
	if len(b) > MaxProfileBytes {
		return "", &model.Error{Code: model.CodeTooLarge, Field: field, Message: fmt.Sprintf("the profile is larger than %d MB", MaxProfileBytes>>20)}
	}
	return string(b), nil
}

// AddCVVersion stores data as a new CV version with its parsed profile,
// provenance and warnings, unless a version with the same bytes exists: that
// one is returned instead, with created false.
func (db *DB) AddCVVersion(ctx context.Context, v model.CVVersion, data []byte) (out model.CVVersion, created bool, err error) {
	switch {
	case len(data) == 0:
		return v, false, model.Invalid("file", "the file is empty")
	case len(data) > MaxCVBytes:
		return v, false, model.Errorf(model.CodeTooLarge, "the file is larger than %d MB", MaxCVBytes>>20)
	}
	v.FileName = filepath.Base(strings.TrimSpace(v.FileName))
	if v.FileName == "." || v.FileName == string(filepath.Separator) {
		v.FileName = ""
	}
	if v.Label, err = cvLabel(v.Label, v.FileName); err != nil {
		return v, false, err
	}
	if v.MediaType == "" {
		v.MediaType = "application/octet-stream"
	}
	profile, err := profileJSON(v.Profile, "profile")
	if err != nil {
		return v, false, err
	}
	fields := "[]"
	if len(v.Fields) > 0 {
		if !json.Valid(v.Fields) || len(v.Fields) > MaxProfileBytes {
			return v, false, model.Invalid("fields", "the field provenance is not valid JSON or too large")
		}
		fields = string(v.Fields)
	}
	if v.Warnings == nil {
		v.Warnings = []string{}
	}
	warnings, err := json.Marshal(v.Warnings)
	if err != nil {
		return v, false, fmt.Errorf("encode warnings: %w", err)
	}
	digest := CVDigest(data)
	err = db.update(ctx, func(tx *Tx) error {
		var id int64
		err := tx.QueryRow(`SELECT id FROM cv_versions WHERE sha256 = ?`, digest).Scan(&id)
		switch {
		case err == nil:
			out, err = getCVVersion(tx, id)
			return err
		case !errors.Is(err, sql.ErrNoRows):
			return fmt.Errorf("add cv version: %w", err)
		}
		res, err := tx.Exec(`INSERT INTO cv_versions (label, file_name, media_type, size, sha256, profile, fields, warnings, created_at, data)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			v.Label, v.FileName, v.MediaType, len(data), digest, profile, fields, string(warnings), formatTime(tx.now), data)
		if err != nil {
			return fmt.Errorf("add cv version: %w", err)
		}
		if id, err = res.LastInsertId(); err != nil {
			return fmt.Errorf("add cv version: %w", err)
		}
		created = true
		out, err = getCVVersion(tx, id)
		return err
	})
	return out, created, err
}

// CVVersionByDigest returns the version whose bytes have the given SHA-256
// (hex), if there is one.
func (db *DB) CVVersionByDigest(ctx context.Context, digest string) (v model.CVVersion, ok bool, err error) {
	err = db.view(ctx, func(tx *Tx) error {
		var id int64
		err := tx.QueryRow(`SELECT id FROM cv_versions WHERE sha256 = ?`, strings.ToLower(digest)).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("find cv version: %w", err)
		}
		ok = true
		v, err = getCVVersion(tx, id)
		return err
	})
	return v, ok, err
}

const cvColumns = `id, label, file_name, media_type, size, sha256, profile, fields, warnings, created_at`

func scanCVVersion(r scanner) (model.CVVersion, error) {
	var v model.CVVersion
	var profile, fields, warnings, created string
	if err := r.Scan(&v.ID, &v.Label, &v.FileName, &v.MediaType, &v.Size, &v.SHA256, &profile, &fields, &warnings, &created); err != nil {
		return v, err
	}
	v.CreatedAt = parseTime(created)
	v.Fields = json.RawMessage(fields)
	v.Applications = []int64{}
	if err := json.Unmarshal([]byte(profile), &v.Profile); err != nil {
		return v, &model.Error{Code: model.CodeCorrupt, Message: fmt.Sprintf("the profile of CV version %d is damaged", v.ID), Err: err}
	}
	if err := json.Unmarshal([]byte(warnings), &v.Warnings); err != nil || v.Warnings == nil {
		v.Warnings = []string{}
	}
	return v, nil
}

func getCVVersion(tx *Tx, id int64) (model.CVVersion, error) {
	v, err := scanCVVersion(tx.QueryRow(`SELECT `+cvColumns+` FROM cv_versions WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return v, model.NotFound("CV version", id)
	}
	if err != nil {
		return v, fmt.Errorf("get cv version %d: %w", id, err)
	}
	apps, err := cvLinks(tx, id)
	if err != nil {
		return v, err
	}
	for _, a := range apps {
		v.Applications = append(v.Applications, a.id)
	}
	return v, nil
}

// CVVersions lists the CV versions, newest first, without their files.
func (db *DB) CVVersions(ctx context.Context) ([]model.CVVersion, error) {
	out := []model.CVVersion{}
	err := db.view(ctx, func(tx *Tx) error {
		rows, err := tx.Query(`SELECT ` + cvColumns + ` FROM cv_versions ORDER BY created_at DESC, id DESC`)
		if err != nil {
			return fmt.Errorf("list cv versions: %w", err)
		}
		defer rows.Close()
		index := map[int64]int{}
		for rows.Next() {
			v, err := scanCVVersion(rows)
			if err != nil {
				return fmt.Errorf("list cv versions: %w", err)
			}
			index[v.ID] = len(out)
			out = append(out, v)
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("list cv versions: %w", err)
		}
		links, err := tx.Query(`SELECT cv_version_id, application_id FROM application_cv ORDER BY application_id`)
		if err != nil {
			return fmt.Errorf("list cv links: %w", err)
		}
		defer links.Close()
		for links.Next() {
			var vid, aid int64
			if err := links.Scan(&vid, &aid); err != nil {
				return fmt.Errorf("list cv links: %w", err)
			}
			if i, ok := index[vid]; ok {
				out[i].Applications = append(out[i].Applications, aid)
			}
		}
		return links.Err()
	})
	return out, err
}

// GetCVVersion returns one CV version without its file.
func (db *DB) GetCVVersion(ctx context.Context, id int64) (model.CVVersion, error) {
	var v model.CVVersion
	err := db.view(ctx, func(tx *Tx) error {
		var err error
		v, err = getCVVersion(tx, id)
		return err
	})
	return v, err
}

// GetCVFile returns the original file of a CV version.
func (db *DB) GetCVFile(ctx context.Context, id int64) (model.CVFile, error) {
	var f model.CVFile
	err := db.view(ctx, func(tx *Tx) error {
		err := tx.QueryRow(`SELECT file_name, media_type, data FROM cv_versions WHERE id = ?`, id).Scan(&f.FileName, &f.MediaType, &f.Data)
		if errors.Is(err, sql.ErrNoRows) {
			return model.NotFound("CV version", id)
		}
		if err != nil {
			return fmt.Errorf("get cv file %d: %w", id, err)
		}
		return nil
	})
	return f, err
}

// RenameCVVersion changes a version's label.
func (db *DB) RenameCVVersion(ctx context.Context, id int64, label string) (model.CVVersion, error) {
	var v model.CVVersion
	err := db.update(ctx, func(tx *Tx) error {
		cur, err := getCVVersion(tx, id)
		if err != nil {
			return err
		}
		if label, err = cvLabel(label, cur.FileName); err != nil {
			return err
		}
		if _, err := tx.Exec(`UPDATE cv_versions SET label = ? WHERE id = ?`, label, id); err != nil {
			return fmt.Errorf("rename cv version %d: %w", id, err)
		}
		v, err = getCVVersion(tx, id)
		return err
	})
	return v, err
}

// SaveCVVersionProfile replaces a version's profile and its provenance with
// the user's corrections and returns the version; the file, label and
// warnings stay. Callers validate the profile first (see service.Profile).
func (db *DB) SaveCVVersionProfile(ctx context.Context, id int64, p model.Profile, fields json.RawMessage) (model.CVVersion, error) {
	profile, err := profileJSON(p, "profile")
	if err != nil {
		return model.CVVersion{}, err
	}
	fj := "[]"
	if len(fields) > 0 {
		if !json.Valid(fields) || len(fields) > MaxProfileBytes {
			return model.CVVersion{}, model.Invalid("fields", "the field provenance is not valid JSON or too large")
		}
		fj = string(fields)
	}
	var v model.CVVersion
	err = db.update(ctx, func(tx *Tx) error {
		res, err := tx.Exec(`UPDATE cv_versions SET profile = ?, fields = ? WHERE id = ?`, profile, fj, id)
		if err != nil {
			return fmt.Errorf("save cv version %d profile: %w", id, err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return fmt.Errorf("save cv version %d profile: %w", id, err)
		} else if n == 0 {
			return model.NotFound("CV version", id)
		}
		v, err = getCVVersion(tx, id)
		return err
	})
	return v, err
}

type cvLink struct {
	id             int64
	company, title string
}

func cvLinks(tx *Tx, versionID int64) ([]cvLink, error) {
	rows, err := tx.Query(`SELECT a.id, a.company, a.title FROM application_cv l JOIN applications a ON a.id = l.application_id
		WHERE l.cv_version_id = ? ORDER BY a.id`, versionID)
	if err != nil {
		return nil, fmt.Errorf("cv links of %d: %w", versionID, err)
	}
	defer rows.Close()
	var out []cvLink
	for rows.Next() {
		var l cvLink
		if err := rows.Scan(&l.id, &l.company, &l.title); err != nil {
			return nil, fmt.Errorf("cv links of %d: %w", versionID, err)
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// DeleteCVVersion deletes a version and its file. A version linked to
// applications is refused with a CodeConflict error naming them, unless
// force is set: then the links go too.
func (db *DB) DeleteCVVersion(ctx context.Context, id int64, force bool) error {
	return db.update(ctx, func(tx *Tx) error {
		if _, err := getCVVersion(tx, id); err != nil {
			return err
		}
		links, err := cvLinks(tx, id)
		if err != nil {
			return err
		}
		if len(links) > 0 && !force {
			names := make([]string, 0, len(links))
			for i, l := range links {
				if i == 5 {
					names = append(names, fmt.Sprintf("and %d more", len(links)-5))
					break
				}
				names = append(names, fmt.Sprintf("#%d %s at %s", l.id, l.title, l.company))
			}
			sent := "1 application"
			if len(links) != 1 {
				sent = fmt.Sprintf("%d applications", len(links))
			}
			return model.Errorf(model.CodeConflict, "this CV version was sent with %s (%s): delete it anyway to unlink them",
				sent, strings.Join(names, ", "))
		}
		if _, err := tx.Exec(`DELETE FROM application_cv WHERE cv_version_id = ?`, id); err != nil {
			return fmt.Errorf("delete cv version %d: %w", id, err)
		}
		if _, err := tx.Exec(`DELETE FROM cv_versions WHERE id = ?`, id); err != nil {
			return fmt.Errorf("delete cv version %d: %w", id, err)
		}
		return nil
	})
}

// MasterProfile returns the master profile (empty until first saved) and
// when it was last saved (zero if never).
func (db *DB) MasterProfile(ctx context.Context) (model.Profile, time.Time, error) {
	var p model.Profile
	var at time.Time
	err := db.view(ctx, func(tx *Tx) error {
		var profile, updated string
		err := tx.QueryRow(`SELECT profile, updated_at FROM profile_master WHERE id = 1`).Scan(&profile, &updated)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read master profile: %w", err)
		}
		at = parseTime(updated)
		if err := json.Unmarshal([]byte(profile), &p); err != nil {
			return &model.Error{Code: model.CodeCorrupt, Message: "the stored master profile is damaged", Err: err}
		}
		return nil
	})
	return p, at, err
}

// SaveMasterProfile replaces the master profile and returns the time it was
// saved. Callers validate it first (see service.Profile).
func (db *DB) SaveMasterProfile(ctx context.Context, p model.Profile) (time.Time, error) {
	profile, err := profileJSON(p, "profile")
	if err != nil {
		return time.Time{}, err
	}
	var at time.Time
	err = db.update(ctx, func(tx *Tx) error {
		at = tx.now
		_, err := tx.Exec(`INSERT INTO profile_master (id, profile, updated_at) VALUES (1, ?, ?)
			ON CONFLICT (id) DO UPDATE SET profile = excluded.profile, updated_at = excluded.updated_at`, profile, formatTime(tx.now))
		if err != nil {
			return fmt.Errorf("save master profile: %w", err)
		}
		return nil
	})
	return at, err
}

func cvCheckApplication(tx *Tx, id int64) error {
	var one int
	err := tx.QueryRow(`SELECT 1 FROM applications WHERE id = ?`, id).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return model.NotFound("application", id)
	}
	if err != nil {
		return fmt.Errorf("find application %d: %w", id, err)
	}
	return nil
}

// LinkCV records that versionID is the CV sent with application appID,
// replacing any earlier link.
func (db *DB) LinkCV(ctx context.Context, appID, versionID int64) error {
	return db.update(ctx, func(tx *Tx) error {
		if err := cvCheckApplication(tx, appID); err != nil {
			return err
		}
		if _, err := getCVVersion(tx, versionID); err != nil {
			return err
		}
		_, err := tx.Exec(`INSERT INTO application_cv (application_id, cv_version_id, linked_at) VALUES (?, ?, ?)
			ON CONFLICT (application_id) DO UPDATE SET cv_version_id = excluded.cv_version_id, linked_at = excluded.linked_at`,
			appID, versionID, formatTime(tx.now))
		if err != nil {
			return fmt.Errorf("link cv to application %d: %w", appID, err)
		}
		return nil
	})
}

// UnlinkCV forgets which CV was sent with application appID (no error if
// none was linked).
func (db *DB) UnlinkCV(ctx context.Context, appID int64) error {
	return db.update(ctx, func(tx *Tx) error {
		if err := cvCheckApplication(tx, appID); err != nil {
			return err
		}
		if _, err := tx.Exec(`DELETE FROM application_cv WHERE application_id = ?`, appID); err != nil {
			return fmt.Errorf("unlink cv from application %d: %w", appID, err)
		}
		return nil
	})
}

// LinkedCV returns the CV version sent with application appID; ok is false
// when none is linked.
func (db *DB) LinkedCV(ctx context.Context, appID int64) (v model.CVVersion, ok bool, err error) {
	err = db.view(ctx, func(tx *Tx) error {
		if err := cvCheckApplication(tx, appID); err != nil {
			return err
		}
		var id int64
		err := tx.QueryRow(`SELECT cv_version_id FROM application_cv WHERE application_id = ?`, appID).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("linked cv of application %d: %w", appID, err)
		}
		ok = true
		v, err = getCVVersion(tx, id)
		return err
	})
	return v, ok, err
}
