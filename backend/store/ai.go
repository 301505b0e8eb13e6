package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/huntbook/huntbook/backend/model"
)

// Limits on what the AI tables hold.
const (
	// MaxGenerationBytes bounds one version of a generation's text.
	MaxGenerationBytes = 1 << 20
	// MaxLedgerRows is how many ledger rows are kept; older ones go first.
	MaxLedgerRows = 10_000
	// MaxRedactionTerms bounds the user's extra redaction terms.
	MaxRedactionTerms = 500
	maxTermLen        = 200
	maxOverrideBytes  = 64 << 10
)

// settingDefaultProvider is the settings key naming the default provider.
const settingDefaultProvider = "ai.provider"

const providerColumns = `id, name, base_url, model, kind, api_key_env, structured, context_tokens, created_at, updated_at,
	confirmed_base_url, confirmed_key_env, confirmed_kind, confirmed_at`

func scanProvider(r scanner) (model.AIProvider, error) {
	var p model.AIProvider
	var c, u string
	var cf model.AIConfirmation
	var cfAt string
	err := r.Scan(&p.ID, &p.Name, &p.BaseURL, &p.Model, &p.Kind, &p.APIKeyEnv, &p.Structured, &p.ContextTokens, &c, &u,
		&cf.BaseURL, &cf.APIKeyEnv, &cf.Kind, &cfAt)
	p.CreatedAt, p.UpdatedAt = parseTime(c), parseTime(u)
	if cfAt != "" {
		cf.At = parseTime(cfAt)
		p.Confirmed = &cf
	}
	return p, err
}

// SaveAIProvider creates the provider, or replaces the one with the same
// name (names are unique, case-insensitively). It never confirms: a new
// provider starts unconfirmed and a replaced one keeps what the user last
// confirmed, so a changed address or key variable asks the user again. This
// is the path for anything the user did not type (an import); the settings
// form uses SaveConfirmedAIProvider.
func (db *DB) SaveAIProvider(ctx context.Context, p model.AIProvider) (model.AIProvider, error) {
	if err := p.Normalise(); err != nil {
		return p, err
	}
	err := db.update(ctx, func(tx *Tx) error {
		var err error
		p, err = saveProvider(tx, p)
		return err
	})
	return p, err
}

func saveProvider(tx *Tx, p model.AIProvider) (model.AIProvider, error) {
	_, err := tx.Exec(`INSERT INTO ai_providers (name, base_url, model, kind, api_key_env, structured, context_tokens, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET name = excluded.name, base_url = excluded.base_url, model = excluded.model, kind = excluded.kind,
		api_key_env = excluded.api_key_env, structured = excluded.structured, context_tokens = excluded.context_tokens, updated_at = excluded.updated_at`,
		p.Name, p.BaseURL, p.Model, p.Kind, p.APIKeyEnv, p.Structured, p.ContextTokens, formatTime(tx.now), formatTime(tx.now))
	if err != nil {
		return p, fmt.Errorf("save provider %s: %w", p.Name, err)
	}
	return getProvider(tx, p.Name)
}

// AIProviders lists the providers by name.
func (db *DB) AIProviders(ctx context.Context) ([]model.AIProvider, error) {
	return read(ctx, db, func(tx *Tx) ([]model.AIProvider, error) {
		return collect(tx, "list providers", scanProvider, `SELECT `+providerColumns+` FROM ai_providers ORDER BY name COLLATE NOCASE`)
	})
}

// AIProvider returns the provider called name (case-insensitive).
func (db *DB) AIProvider(ctx context.Context, name string) (model.AIProvider, error) {
	var p model.AIProvider
	err := db.view(ctx, func(tx *Tx) error {
		var err error
		p, err = getProvider(tx, name)
		return err
	})
	return p, err
}

func getProvider(tx *Tx, name string) (model.AIProvider, error) {
	p, err := scanProvider(tx.QueryRow(`SELECT `+providerColumns+` FROM ai_providers WHERE name = ?`, strings.TrimSpace(name)))
	if errors.Is(err, sql.ErrNoRows) {
		return p, model.Errorf(model.CodeNotFound, "no AI provider called %q (see huntbook ai provider list)", name)
	}
	if err != nil {
		return p, fmt.Errorf("get provider %s: %w", name, err)
	}
	return p, nil
}

// DeleteAIProvider deletes a provider; when it was the default, no provider
// is the default any more.
func (db *DB) DeleteAIProvider(ctx context.Context, name string) error {
	return db.update(ctx, func(tx *Tx) error {
		p, err := getProvider(tx, name)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(`DELETE FROM ai_providers WHERE id = ?`, p.ID); err != nil {
			return fmt.Errorf("delete provider %s: %w", name, err)
		}
		if _, err := tx.Exec(`DELETE FROM settings WHERE key = ? AND value = ? COLLATE NOCASE`, settingDefaultProvider, p.Name); err != nil {
			return fmt.Errorf("delete provider %s: %w", name, err)
		}
		return nil
	})
}

// RememberAICapabilities stores what a probe or a JSON request found out
// about a provider: the structured-output mode that works and, when
// contextTokens > 0, the usable context length.
func (db *DB) RememberAICapabilities(ctx context.Context, name, structured string, contextTokens int) error {
	return db.update(ctx, func(tx *Tx) error {
		p, err := getProvider(tx, name)
		if err != nil {
			return err
		}
		if contextTokens <= 0 {
			contextTokens = p.ContextTokens
		}
		_, err = tx.Exec(`UPDATE ai_providers SET structured = ?, context_tokens = ?, updated_at = ? WHERE id = ?`,
			structured, contextTokens, formatTime(tx.now), p.ID)
		if err != nil {
			return fmt.Errorf("remember capabilities of %s: %w", name, err)
		}
		return nil
	})
}

// DefaultAIProvider returns the default provider's name, or "" when none is
// set (the offline analyzer is then the only assistance).
func (db *DB) DefaultAIProvider(ctx context.Context) (string, error) {
	return db.Setting(ctx, settingDefaultProvider)
}

// SetDefaultAIProvider makes the named provider the default; "" clears it.
func (db *DB) SetDefaultAIProvider(ctx context.Context, name string) error {
	return db.update(ctx, func(tx *Tx) error {
		if strings.TrimSpace(name) == "" {
			_, err := tx.Exec(`DELETE FROM settings WHERE key = ?`, settingDefaultProvider)
			if err != nil {
				return fmt.Errorf("clear default provider: %w", err)
			}
			return nil
		}
		p, err := getProvider(tx, name)
		if err != nil {
			return err
		}
		_, err = tx.Exec(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, settingDefaultProvider,
			p.Name)
		if err != nil {
			return fmt.Errorf("set default provider: %w", err)
		}
		return nil
	})
}

// ClearLedger deletes every ledger row.
func (db *DB) ClearLedger(ctx context.Context) error {
	return db.update(ctx, func(tx *Tx) error {
		if _, err := tx.Exec(`DELETE FROM ai_ledger`); err != nil {
			return fmt.Errorf("clear ledger: %w", err)
		}
		return nil
	})
}

// AddLedgerEntry records one outbound request (At defaults to now) and
// keeps the ledger to MaxLedgerRows.
func (db *DB) AddLedgerEntry(ctx context.Context, e model.LedgerEntry) (model.LedgerEntry, error) {
	if strings.TrimSpace(e.Host) == "" {
		return e, model.Invalid("host", "a ledger entry needs the host the request went to")
	}
	err := db.update(ctx, func(tx *Tx) error {
		if e.At.IsZero() {
			e.At = tx.now
		}
		e.At = e.At.UTC()
		res, err := tx.Exec(`INSERT INTO ai_ledger (at, provider, host, model, task, bytes_sent, bytes_received, status, error, redacted, placeholders,
			method, url, duration_ms)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, formatTime(e.At), e.Provider, e.Host, e.Model, e.Task, e.BytesSent, e.BytesReceived,
			e.Status, clip(e.Error, 500), e.Redacted, strings.Join(e.Placeholders, ","), clip(e.Method, 20), clip(e.URL, 500), max(e.DurationMs, 0))
		if err != nil {
			return fmt.Errorf("add ledger entry: %w", err)
		}
		if e.ID, err = res.LastInsertId(); err != nil {
			return fmt.Errorf("add ledger entry: %w", err)
		}
		if e.ID%100 == 0 { // prune now and then, not on every insert
			_, err = tx.Exec(`DELETE FROM ai_ledger WHERE id <= (SELECT id FROM ai_ledger ORDER BY id DESC LIMIT 1 OFFSET ?)`, MaxLedgerRows)
			if err != nil {
				return fmt.Errorf("prune ledger: %w", err)
			}
		}
		return nil
	})
	return e, err
}

// Ledger returns the newest limit ledger rows (0: all kept), newest first.
func (db *DB) Ledger(ctx context.Context, limit int) ([]model.LedgerEntry, error) {
	if limit <= 0 || limit > MaxLedgerRows {
		limit = MaxLedgerRows
	}
	out := []model.LedgerEntry{}
	err := db.view(ctx, func(tx *Tx) error {
		rows, err := tx.Query(`SELECT id, at, provider, host, model, task, bytes_sent, bytes_received, status, error, redacted, placeholders,
			method, url, duration_ms
			FROM ai_ledger ORDER BY id DESC LIMIT ?`, limit)
		if err != nil {
			return fmt.Errorf("read ledger: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var e model.LedgerEntry
			var at, ph string
			if err := rows.Scan(&e.ID, &at, &e.Provider, &e.Host, &e.Model, &e.Task, &e.BytesSent, &e.BytesReceived,
				&e.Status, &e.Error, &e.Redacted, &ph, &e.Method, &e.URL, &e.DurationMs); err != nil {
				return fmt.Errorf("read ledger: %w", err)
			}
			e.At = parseTime(at)
			e.Placeholders = []string{}
			if ph != "" {
				e.Placeholders = strings.Split(ph, ",")
			}
			out = append(out, e)
		}
		return rows.Err()
	})
	return out, err
}

// PromptOverride returns the user's template for task, or "" when the
// shipped one is used.
func (db *DB) PromptOverride(ctx context.Context, task string) (string, error) {
	var body string
	err := db.read.QueryRowContext(ctx, `SELECT body FROM ai_prompt_overrides WHERE task = ?`, task).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("read prompt override %s: %w", task, err)
	}
	return body, nil
}

// PromptOverrides lists every override by task.
func (db *DB) PromptOverrides(ctx context.Context) ([]model.PromptOverride, error) {
	out := []model.PromptOverride{}
	err := db.view(ctx, func(tx *Tx) error {
		rows, err := tx.Query(`SELECT task, body, updated_at FROM ai_prompt_overrides ORDER BY task`)
		if err != nil {
			return fmt.Errorf("read prompt overrides: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var o model.PromptOverride
			var u string
			if err := rows.Scan(&o.Task, &o.Text, &u); err != nil {
				return fmt.Errorf("read prompt overrides: %w", err)
			}
			o.UpdatedAt = parseTime(u)
			out = append(out, o)
		}
		return rows.Err()
	})
	return out, err
}

// SetPromptOverride stores the user's template for task; blank text
// removes the override. The caller validates the template itself.
func (db *DB) SetPromptOverride(ctx context.Context, task, text string) error {
	task = strings.TrimSpace(task)
	if task == "" {
		return model.Invalid("task", "name the task the template is for")
	}
	if len(text) > maxOverrideBytes {
		return model.Invalid("override", "template is too long (%d bytes, at most 64 KB)", len(text))
	}
	return db.update(ctx, func(tx *Tx) error {
		var err error
		if strings.TrimSpace(text) == "" {
			_, err = tx.Exec(`DELETE FROM ai_prompt_overrides WHERE task = ?`, task)
		} else {
			_, err = tx.Exec(`INSERT INTO ai_prompt_overrides (task, body, updated_at) VALUES (?, ?, ?)
				ON CONFLICT (task) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`, task, text, formatTime(tx.now))
		}
		if err != nil {
			return fmt.Errorf("save prompt override %s: %w", task, err)
		}
		return nil
	})
}

// RedactionTerms returns the user's extra redaction terms, sorted.
func (db *DB) RedactionTerms(ctx context.Context) ([]string, error) {
	out := []string{}
	err := db.view(ctx, func(tx *Tx) error {
		rows, err := tx.Query(`SELECT term FROM ai_redaction_terms ORDER BY term COLLATE NOCASE`)
		if err != nil {
			return fmt.Errorf("read redaction terms: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				return fmt.Errorf("read redaction terms: %w", err)
			}
			out = append(out, s)
		}
		return rows.Err()
	})
	return out, err
}

// SetRedactionTerms replaces the extra redaction terms (trimmed, blanks
// and case-insensitive repeats dropped).
func (db *DB) SetRedactionTerms(ctx context.Context, terms []string) ([]string, error) {
	seen := map[string]bool{}
	clean := []string{}
	for _, t := range terms {
		t = strings.Join(strings.Fields(t), " ")
		if t == "" || seen[strings.ToLower(t)] {
			continue
		}
		if len(t) > maxTermLen {
			return nil, model.Invalid("terms", "the term %q… is longer than %d characters", clip(t, 20), maxTermLen)
		}
		seen[strings.ToLower(t)] = true
		clean = append(clean, t)
	}
	if len(clean) > MaxRedactionTerms {
		return nil, model.Invalid("terms", "%d terms, more than the %d kept", len(clean), MaxRedactionTerms)
	}
	err := db.update(ctx, func(tx *Tx) error {
		if _, err := tx.Exec(`DELETE FROM ai_redaction_terms`); err != nil {
			return fmt.Errorf("save redaction terms: %w", err)
		}
		for _, t := range clean {
			if _, err := tx.Exec(`INSERT INTO ai_redaction_terms (term) VALUES (?)`, t); err != nil {
				return fmt.Errorf("save redaction terms: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return db.RedactionTerms(ctx)
}

// clip cuts s to at most n bytes on a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !isRuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
