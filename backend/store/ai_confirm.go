package store

import (
	"context"
	"fmt"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// AIConfirmation is what the user confirmed about a provider: where its
// requests go, the variable its key may come from and local or cloud. A
// provider that no longer matches it gets no request until confirmed again
// (the comparison is the caller's: llm.Changes).
type AIConfirmation struct {
	BaseURL   string    `json:"baseURL"`
	APIKeyEnv string    `json:"apiKeyEnv"`
	Kind      string    `json:"kind"`
	At        time.Time `json:"at"`
}

// SaveConfirmedAIProvider saves the provider as SaveAIProvider does and
// records it as confirmed as saved, in one transaction. It is for the user's
// own edits (the settings form, huntbook ai provider set), where the user
// typed the address and key variable themselves.
func (db *DB) SaveConfirmedAIProvider(ctx context.Context, p AIProvider) (AIProvider, error) {
	if err := p.normalise(); err != nil {
		return p, err
	}
	err := db.update(ctx, func(tx *Tx) error {
		saved, err := saveProvider(tx, p)
		if err != nil {
			return err
		}
		p, err = confirmProvider(tx, saved)
		return err
	})
	return p, err
}

// ConfirmAIProvider records that the user confirmed the provider called name
// as they saw it: seen's address, key variable and kind. When the stored
// provider no longer matches what they saw (it changed in between), nothing
// is recorded and the error (CodeConflict) says so.
func (db *DB) ConfirmAIProvider(ctx context.Context, name string, seen AIConfirmation) (AIProvider, error) {
	var p AIProvider
	err := db.update(ctx, func(tx *Tx) error {
		cur, err := getProvider(tx, name)
		if err != nil {
			return err
		}
		if cur.BaseURL != seen.BaseURL || cur.APIKeyEnv != seen.APIKeyEnv || cur.Kind != seen.Kind {
			return model.Errorf(model.CodeConflict,
				"%s changed since it was shown (now %s %s, key variable %q): look at it again before confirming", cur.Name, cur.Kind, cur.BaseURL,
				cur.APIKeyEnv)
		}
		p, err = confirmProvider(tx, cur)
		return err
	})
	return p, err
}

func confirmProvider(tx *Tx, p AIProvider) (AIProvider, error) {
	_, err := tx.Exec(`UPDATE ai_providers SET confirmed_base_url = base_url, confirmed_key_env = api_key_env, confirmed_kind = kind,
		confirmed_at = ? WHERE id = ?`, formatTime(tx.now), p.ID)
	if err != nil {
		return p, fmt.Errorf("confirm provider %s: %w", p.Name, err)
	}
	return getProvider(tx, p.Name)
}
