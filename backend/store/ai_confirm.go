package store

import (
	"context"
	"fmt"

	"github.com/huntbook/huntbook/backend/model"
)

// SaveConfirmedAIProvider saves the provider as SaveAIProvider does and
// records it as confirmed as saved, in one transaction. It is for the user's
// own edits (the settings form, huntbook ai provider set), where the user
// typed the address and key variable themselves.
func (db *DB) SaveConfirmedAIProvider(ctx context.Context, p model.AIProvider) (model.AIProvider, error) {
	if err := p.Normalise(); err != nil {
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
func (db *DB) ConfirmAIProvider(ctx context.Context, name string, seen model.AIConfirmation) (model.AIProvider, error) {
	var p model.AIProvider
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

func confirmProvider(tx *Tx, p model.AIProvider) (model.AIProvider, error) {
	_, err := tx.Exec(`UPDATE ai_providers SET confirmed_base_url = base_url, confirmed_key_env = api_key_env, confirmed_kind = kind,
		confirmed_at = ? WHERE id = ?`, formatTime(tx.now), p.ID)
	if err != nil {
		return p, fmt.Errorf("confirm provider %s: %w", p.Name, err)
	}
	return getProvider(tx, p.Name)
}
