package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// MailInput is one job e-mail to keep: the message as the page will see it
// (ID, Match and DecidedAt are ignored), its key (the Message-ID, or a hash
// when it has none), its thread ids and the application it was matched to.
type MailInput struct {
	Key             string
	Message         model.MailMessage
	InReplyTo       string
	References      []string
	ApplicationID   int64 // 0: offered as a new application
	MatchConfidence float64
	MatchReasons    []string
}

// MailQuery selects stored messages: by status (none means all), newest
// first, at most Limit (0 means 500).
type MailQuery struct {
	Status []model.MailStatus
	Limit  int
}

// MailKnown reports whether a message with key was read before, whatever
// became of it (a dismissal is remembered).
func (db *DB) MailKnown(ctx context.Context, key string) (bool, error) {
	return read(ctx, db, func(tx *Tx) (bool, error) {
		var n int
		err := tx.QueryRow(`SELECT count(*) FROM mail_messages WHERE message_key = ?`, key).Scan(&n)
		if err != nil {
			return false, fmt.Errorf("look up message: %w", err)
		}
		return n > 0, nil
	})
}

// AddMail stores a message as a proposal, unless one with the same key is
// stored already; it returns the stored message and whether it is new.
func (db *DB) AddMail(ctx context.Context, in MailInput) (model.MailMessage, bool, error) {
	var out model.MailMessage
	added := false
	err := db.update(ctx, func(tx *Tx) error {
		var id int64
		err := tx.QueryRow(`SELECT id FROM mail_messages WHERE message_key = ?`, in.Key).Scan(&id)
		if err == nil {
			out, err = getMail(tx, id)
			return err
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("store message: %w", err)
		}
		id, err = insertMail(tx, in)
		if err != nil {
			return err
		}
		added = true
		out, err = getMail(tx, id)
		return err
	})
	return out, added, err
}

func insertMail(tx *Tx, in MailInput) (int64, error) {
	m := in.Message
	if strings.TrimSpace(in.Key) == "" {
		return 0, model.Invalid("messageId", "a message needs a key")
	}
	if _, err := model.ParseMailKind("kind", string(m.Kind)); err != nil {
		return 0, err
	}
	status := m.Status
	if status == "" {
		status = model.MailProposed
	}
	reasons, err := jsonList(m.Reasons)
	if err != nil {
		return 0, err
	}
	matchReasons, err := jsonList(in.MatchReasons)
	if err != nil {
		return 0, err
	}
	if m.Facts.Slots == nil {
		m.Facts.Slots = []model.MailSlot{}
	}
	facts, err := json.Marshal(m.Facts)
	if err != nil {
		return 0, fmt.Errorf("store message facts: %w", err)
	}
	var app any
	if in.ApplicationID > 0 {
		if _, err := getApplication(tx, in.ApplicationID); err != nil {
			return 0, err
		}
		app = in.ApplicationID
	}
	res, err := tx.Exec(`INSERT INTO mail_messages (message_key, message_id, in_reply_to, thread_refs, from_name, from_email,
		sent_at, subject, snippet, full_text, kind, confidence, reasons, facts, application_id, match_confidence,
		match_reasons, status, origin, source, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		in.Key, m.MessageID, in.InReplyTo, strings.Join(in.References, " "), m.FromName, strings.ToLower(m.FromEmail),
		formatTime(m.Date), m.Subject, m.Snippet, m.FullText, string(m.Kind), m.Confidence, reasons, string(facts), app,
		in.MatchConfidence, matchReasons, string(status), m.Origin, m.Source, formatTime(tx.now))
	if err != nil {
		return 0, fmt.Errorf("store message: %w", err)
	}
	return res.LastInsertId()
}

func jsonList(v []string) (string, error) {
	if v == nil {
		v = []string{}
	}
	b, err := json.Marshal(v)
	if err != nil {
		return "", fmt.Errorf("store message: %w", err)
	}
	return string(b), nil
}

// MailThreadApplication returns the application of the latest earlier
// message (not dismissed) whose Message-ID is among ids, with its subject;
// 0 when none.
func (db *DB) MailThreadApplication(ctx context.Context, ids []string) (int64, string, error) {
	type hit struct {
		app     int64
		subject string
	}
	h, err := read(ctx, db, func(tx *Tx) (hit, error) {
		var h hit
		var clean []any
		for _, id := range ids {
			if id = strings.TrimSpace(id); id != "" && len(clean) < 100 {
				clean = append(clean, id)
			}
		}
		if len(clean) == 0 {
			return h, nil
		}
		err := tx.QueryRow(`SELECT application_id, subject FROM mail_messages WHERE message_id IN (`+placeholders(len(clean))+`)
			AND application_id IS NOT NULL AND status <> 'dismissed' ORDER BY status = 'proposed', sent_at DESC LIMIT 1`, clean...).
			Scan(&h.app, &h.subject)
		if errors.Is(err, sql.ErrNoRows) {
			return h, nil
		}
		if err != nil {
			return h, fmt.Errorf("look up thread: %w", err)
		}
		return h, nil
	})
	return h.app, h.subject, err
}

// ApplicationsMentioning lists (at most limit) applications whose link,
// title or description contains s, as a requisition number would be.
func (db *DB) ApplicationsMentioning(ctx context.Context, s string, limit int) ([]int64, error) {
	s = strings.TrimSpace(s)
	if len(s) < 3 {
		return []int64{}, nil
	}
	return read(ctx, db, func(tx *Tx) ([]int64, error) {
		return collect(tx, "find requisition", func(r scanner) (int64, error) {
			var id int64
			err := r.Scan(&id)
			return id, err
		}, `SELECT id FROM applications WHERE instr(url, ?) > 0 OR instr(title, ?) > 0 OR instr(description, ?) > 0
			ORDER BY outcome <> 'open', updated_at DESC LIMIT ?`, s, s, s, limit)
	})
}

const mailColumns = `SELECT m.id, m.message_id, m.from_name, m.from_email, m.sent_at, m.subject, m.snippet, m.full_text,
	m.kind, m.confidence, m.reasons, m.facts, m.match_confidence, m.match_reasons, m.status, m.origin, m.source,
	m.imported_at, m.decided_at, coalesce(a.id, 0), coalesce(a.company, ''), coalesce(a.title, ''),
	coalesce(s.name, ''), coalesce(a.outcome, '')
	FROM mail_messages m LEFT JOIN applications a ON a.id = m.application_id LEFT JOIN stages s ON s.id = a.stage_id `

func scanMail(r scanner) (model.MailMessage, error) {
	var m model.MailMessage
	var sent, kind, reasons, facts, matchReasons, status, imported, decided, outcome string
	var match model.MailMatch
	err := r.Scan(&m.ID, &m.MessageID, &m.FromName, &m.FromEmail, &sent, &m.Subject, &m.Snippet, &m.FullText,
		&kind, &m.Confidence, &reasons, &facts, &match.Confidence, &matchReasons, &status, &m.Origin, &m.Source,
		&imported, &decided, &match.ApplicationID, &match.Company, &match.Title, &match.Stage, &outcome)
	if err != nil {
		return m, err
	}
	m.Date, m.ImportedAt = parseTime(sent), parseTime(imported)
	m.Kind, m.Status = model.MailKind(kind), model.MailStatus(status)
	if decided != "" {
		t := parseTime(decided)
		m.DecidedAt = &t
	}
	m.Reasons, match.Reasons = []string{}, []string{}
	_ = json.Unmarshal([]byte(reasons), &m.Reasons)
	_ = json.Unmarshal([]byte(matchReasons), &match.Reasons)
	_ = json.Unmarshal([]byte(facts), &m.Facts)
	if m.Facts.Slots == nil {
		m.Facts.Slots = []model.MailSlot{}
	}
	if m.Reasons == nil {
		m.Reasons = []string{}
	}
	if match.Reasons == nil {
		match.Reasons = []string{}
	}
	if match.ApplicationID != 0 {
		match.Outcome = model.Outcome(outcome)
		m.Match = &match
	}
	return m, nil
}

func getMail(tx *Tx, id int64) (model.MailMessage, error) {
	m, err := scanMail(tx.QueryRow(mailColumns+`WHERE m.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return m, model.NotFound("message", id)
	}
	if err != nil {
		return m, fmt.Errorf("read message %d: %w", id, err)
	}
	return m, nil
}

// Mail returns one stored message.
func (db *DB) Mail(ctx context.Context, id int64) (model.MailMessage, error) {
	return read(ctx, db, func(tx *Tx) (model.MailMessage, error) { return getMail(tx, id) })
}

// MailByKey returns the stored message with key (see MailInput).
func (db *DB) MailByKey(ctx context.Context, key string) (*model.MailMessage, error) {
	return read(ctx, db, func(tx *Tx) (*model.MailMessage, error) {
		var id int64
		if err := tx.QueryRow(`SELECT id FROM mail_messages WHERE message_key = ?`, key).Scan(&id); errors.Is(err, sql.ErrNoRows) {
			return nil, model.Errorf(model.CodeNotFound, "no message read with key %q", key)
		} else if err != nil {
			return nil, fmt.Errorf("look up message: %w", err)
		}
		m, err := getMail(tx, id)
		return &m, err
	})
}

// MailMessages lists stored messages, newest first.
func (db *DB) MailMessages(ctx context.Context, q MailQuery) ([]model.MailMessage, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = 500
	}
	where, args := "", []any{}
	if len(q.Status) > 0 {
		where = `WHERE m.status IN (` + placeholders(len(q.Status)) + `) `
		for _, s := range q.Status {
			args = append(args, string(s))
		}
	}
	args = append(args, limit)
	return read(ctx, db, func(tx *Tx) ([]model.MailMessage, error) {
		out, err := collect(tx, "list messages", scanMail, mailColumns+where+`ORDER BY m.sent_at DESC, m.id DESC LIMIT ?`, args...)
		if out == nil {
			out = []model.MailMessage{}
		}
		return out, err
	})
}

// DismissMail marks a proposal dismissed: it is not proposed again, even
// when the same message is read again.
func (db *DB) DismissMail(ctx context.Context, id int64) (model.MailMessage, error) {
	return write(ctx, db, func(tx *Tx) (model.MailMessage, error) {
		m, err := getMail(tx, id)
		if err != nil {
			return m, err
		}
		if m.Status != model.MailProposed {
			return m, model.Errorf(model.CodeConflict, "this message was already %s", m.Status)
		}
		if _, err := tx.Exec(`UPDATE mail_messages SET status = 'dismissed', decided_at = ? WHERE id = ?`, formatTime(tx.now), id); err != nil {
			return m, fmt.Errorf("dismiss message %d: %w", id, err)
		}
		return getMail(tx, id)
	})
}

// MailCounts counts the stored messages by status.
func (db *DB) MailCounts(ctx context.Context) (map[model.MailStatus]int, error) {
	return read(ctx, db, func(tx *Tx) (map[model.MailStatus]int, error) {
		out := map[model.MailStatus]int{}
		rows, err := tx.Query(`SELECT status, count(*) FROM mail_messages GROUP BY status`)
		if err != nil {
			return nil, fmt.Errorf("count messages: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var s string
			var n int
			if err := rows.Scan(&s, &n); err != nil {
				return nil, fmt.Errorf("count messages: %w", err)
			}
			out[model.MailStatus(s)] = n
		}
		return out, rows.Err()
	})
}

// MatchSignature changes whenever what matching reads of applications and
// contacts may have changed (count and last change of each), so prepared
// matching data can be reused while it stays the same; storing messages
// does not change it.
func (db *DB) MatchSignature(ctx context.Context) (string, error) {
	return read(ctx, db, func(tx *Tx) (string, error) {
		var a, c, l int64
		var au, cu string
		err := tx.QueryRow(`SELECT (SELECT count(*) FROM applications), (SELECT coalesce(max(updated_at), '') FROM applications),
			(SELECT count(*) FROM contacts), (SELECT coalesce(max(updated_at), '') FROM contacts),
			(SELECT count(*) FROM application_contacts)`).Scan(&a, &au, &c, &cu, &l)
		if err != nil {
			return "", fmt.Errorf("match signature: %w", err)
		}
		return fmt.Sprintf("%d|%s|%d|%s|%d", a, au, c, cu, l), nil
	})
}

// mailTime is the time a message's effects are dated by: its date, or now
// when it has none or claims to come from the future.
func mailTime(tx *Tx, m model.MailMessage) time.Time {
	if m.Date.IsZero() || m.Date.After(tx.now) {
		return tx.now
	}
	return m.Date.UTC()
}
