package google

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/outbound"
	"github.com/huntbook/huntbook/backend/secrets"
	"golang.org/x/oauth2"
)

// ErrReconnect means Google no longer accepts Huntbook's grant (revoked by
// the user, expired, or the password changed): the user must connect again.
var ErrReconnect = &model.Error{Code: model.CodeUnavailable, Field: "google",
	Message: "Google Calendar access was revoked or has expired: reconnect Google Calendar in Settings"}

// ErrNotConnected means no Google token is stored.
var ErrNotConnected = &model.Error{Code: model.CodeNotFound, Field: "google",
	Message: "Google Calendar is not connected"}

// SaveToken stores tok as JSON under TokenKey.
func SaveToken(tokens secrets.Store, tok *oauth2.Token) error {
	if tok == nil || tok.AccessToken == "" {
		return model.Invalid("token", "no Google token to save")
	}
	b, err := json.Marshal(tok) //nolint:gosec // G117: the token goes to the secret store, which is the point
	if err != nil {
		return fmt.Errorf("save google token: %w", err)
	}
	if err := tokens.Set(TokenKey, string(b)); err != nil {
		return fmt.Errorf("save google token: %w", err)
	}
	return nil
}

// LoadToken reads the stored token; ErrNotConnected when there is none.
func LoadToken(tokens secrets.Store) (*oauth2.Token, error) {
	s, err := tokens.Get(TokenKey)
	if errors.Is(err, secrets.ErrNotFound) {
		return nil, ErrNotConnected
	}
	if err != nil {
		return nil, fmt.Errorf("load google token: %w", err)
	}
	var tok oauth2.Token
	if err := json.Unmarshal([]byte(s), &tok); err != nil || (tok.AccessToken == "" && tok.RefreshToken == "") {
		return nil, fmt.Errorf("load google token: stored value is damaged: %w", ErrReconnect)
	}
	return &tok, nil
}

// Connected reports whether a Google token is stored.
func Connected(tokens secrets.Store) bool {
	_, err := LoadToken(tokens)
	return err == nil
}

// tokenSource hands out the current access token, refreshes it when it
// expires (or when the API answered 401), and saves every refreshed token
// to the store: x/oauth2 refreshes but does not persist.
type tokenSource struct {
	ctx    context.Context // carries the HTTP client for the token endpoint
	oc     *oauth2.Config
	tokens secrets.Store

	mu      sync.Mutex
	tok     *oauth2.Token
	saveErr error
	refresh int // refreshes done, for SyncResult
}

// Token implements oauth2.TokenSource.
func (s *tokenSource) Token() (*oauth2.Token, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.tok.Valid() {
		return s.tok, nil
	}
	if s.tok.RefreshToken == "" {
		return nil, fmt.Errorf("google token expired and there is no refresh token: %w", ErrReconnect)
	}
	// A source over an expired token refreshes at once.
	nt, err := s.oc.TokenSource(s.ctx, s.tok).Token()
	if err != nil {
		var re *oauth2.RetrieveError
		if errors.As(err, &re) && (re.ErrorCode == "invalid_grant" || re.ErrorCode == "unauthorized_client") {
			return nil, fmt.Errorf("refresh google token (%s): %w", describeOAuthError(err), ErrReconnect)
		}
		return nil, &model.Error{Code: model.CodeUnavailable, Message: "refresh google token: " + describeOAuthError(err), Err: err}
	}
	s.tok = nt
	s.refresh++
	s.saveErr = SaveToken(s.tokens, nt)
	return nt, nil
}

// invalidate forces a refresh on the next Token call (the API said 401).
func (s *tokenSource) invalidate() {
	s.mu.Lock()
	defer s.mu.Unlock()
	t := *s.tok
	t.Expiry = time.Unix(1, 0)
	s.tok = &t
}

// stats returns how many refreshes happened and the last save error.
func (s *tokenSource) stats() (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.refresh, s.saveErr
}

// Disconnect revokes the stored grant at Google's revoke endpoint and deletes
// the token locally. The local token is deleted even when Google cannot be
// reached; the returned *model.Error (CodeUnavailable) then says that access
// is removed on this computer only. No stored token: nothing to do.
func Disconnect(ctx context.Context, cfg Config, tokens secrets.Store) error {
	cfg = cfg.withDefaults()
	tok, err := LoadToken(tokens)
	if errors.Is(err, ErrNotConnected) {
		return nil
	}
	var revokeErr error
	if err == nil {
		revokeErr = revoke(ctx, cfg, tok)
	}
	if err := tokens.Delete(TokenKey); err != nil {
		return fmt.Errorf("disconnect google: delete the local token: %w", err)
	}
	if revokeErr != nil {
		return &model.Error{Code: model.CodeUnavailable, Field: "google",
			Message: "Google Calendar is disconnected on this computer, but Google could not be told to revoke access (" +
				revokeErr.Error() + "): remove Huntbook at myaccount.google.com/permissions",
			Err: revokeErr}
	}
	return nil
}

// revoke POSTs token=... to the revoke endpoint; revoking the refresh token
// revokes its access tokens too. A token Google no longer knows counts as revoked.
func revoke(ctx context.Context, cfg Config, tok *oauth2.Token) error {
	t := tok.RefreshToken
	if t == "" {
		t = tok.AccessToken
	}
	ctx, cancel := context.WithTimeout(outbound.WithTask(ctx, TaskRevoke), requestTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, cfg.RevokeURL, strings.NewReader(url.Values{"token": {t}}.Encode()))
	if err != nil {
		return fmt.Errorf("revoke request: %w", err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := cfg.httpClient().Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			return fmt.Errorf("revoke: %w", ue.Err) // the URL carries no secret, but keep it short
		}
		return fmt.Errorf("revoke: %w", err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	if resp.StatusCode == http.StatusOK {
		return nil
	}
	var e struct {
		Error string `json:"error"`
	}
	if json.Unmarshal(body, &e) == nil && e.Error == "invalid_token" {
		return nil // already revoked or expired
	}
	return fmt.Errorf("revoke: Google answered %s", resp.Status)
}
