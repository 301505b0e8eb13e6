// Package google imports events from Google Calendar, read-only: OAuth 2.0 for
// installed apps (system browser, loopback redirect on 127.0.0.1, PKCE S256,
// checked state), tokens kept in a secrets.Store and refreshed tokens saved
// back, then a full sync over a window followed by incremental syncs with the
// sync token Google returns. Huntbook never writes to a calendar: only read
// scopes are asked for and only list endpoints are called.
package google

import (
	"net/http"
	"os"
	"strings"

	"github.com/huntbook/huntbook/backend/model"
	"golang.org/x/oauth2"
)

// OAuth scopes Huntbook may ask for; both are read-only.
const (
	ScopeEventsReadonly       = "https://www.googleapis.com/auth/calendar.events.readonly"
	ScopeCalendarListReadonly = "https://www.googleapis.com/auth/calendar.calendarlist.readonly"
)

// Google's production endpoints.
const (
	DefaultAuthURL   = "https://accounts.google.com/o/oauth2/v2/auth"
	DefaultTokenURL  = "https://oauth2.googleapis.com/token" //nolint:gosec // G101: an endpoint, not a credential
	DefaultRevokeURL = "https://oauth2.googleapis.com/revoke"
	DefaultAPIURL    = "https://www.googleapis.com/calendar/v3"
)

// Environment variables that point the endpoints elsewhere (a local fake in
// tests and CLI trials).
const (
	EnvAuthURL   = "HUNTBOOK_GOOGLE_AUTH_URL"
	EnvTokenURL  = "HUNTBOOK_GOOGLE_TOKEN_URL"
	EnvRevokeURL = "HUNTBOOK_GOOGLE_REVOKE_URL"
	EnvAPIURL    = "HUNTBOOK_GOOGLE_API_URL"
)

// Built-in Desktop OAuth client, set at build time with
//
//	-ldflags "-X github.com/huntbook/huntbook/backend/calendar/google.BuiltinClientID=...
//	          -X github.com/huntbook/huntbook/backend/calendar/google.BuiltinClientSecret=..."
//
// Empty by default: the user then enters their own client ID. (A Desktop
// client secret is not confidential; Google documents it as such.)
var (
	BuiltinClientID     string
	BuiltinClientSecret string
)

// TokenKey is the secrets.Store key under which the OAuth token is kept as JSON.
const TokenKey = "google.calendar.token"

// Config says which OAuth client and which endpoints to use.
type Config struct {
	ClientID, ClientSecret               string
	AuthURL, TokenURL, RevokeURL, APIURL string
	// HTTPClient makes every request (token, revoke, API); nil means a client
	// with a 60 s timeout.
	HTTPClient *http.Client
}

// ConfigFromEnv returns a Config for the user's own client (or the built-in
// one when clientID is empty) with Google's endpoints, each overridable
// through its HUNTBOOK_GOOGLE_*_URL environment variable.
func ConfigFromEnv(clientID, clientSecret string) Config {
	clientID, clientSecret = strings.TrimSpace(clientID), strings.TrimSpace(clientSecret)
	if clientID == "" {
		clientID, clientSecret = BuiltinClientID, BuiltinClientSecret
	}
	return Config{
		ClientID:     clientID,
		ClientSecret: clientSecret,
		AuthURL:      envOr(EnvAuthURL, DefaultAuthURL),
		TokenURL:     envOr(EnvTokenURL, DefaultTokenURL),
		RevokeURL:    envOr(EnvRevokeURL, DefaultRevokeURL),
		APIURL:       envOr(EnvAPIURL, DefaultAPIURL),
	}
}

func envOr(name, def string) string {
	if v := strings.TrimSpace(os.Getenv(name)); v != "" {
		return v
	}
	return def
}

// withDefaults fills empty endpoints with Google's.
func (c Config) withDefaults() Config {
	if c.AuthURL == "" {
		c.AuthURL = DefaultAuthURL
	}
	if c.TokenURL == "" {
		c.TokenURL = DefaultTokenURL
	}
	if c.RevokeURL == "" {
		c.RevokeURL = DefaultRevokeURL
	}
	if c.APIURL == "" {
		c.APIURL = DefaultAPIURL
	}
	c.APIURL = strings.TrimRight(c.APIURL, "/")
	return c
}

// validate reports a missing client ID in words the settings page can show.
func (c Config) validate() error {
	if strings.TrimSpace(c.ClientID) == "" {
		return model.Invalid("clientId", "this build of Huntbook has no Google client ID built in: enter your own (a Google Cloud OAuth client of type "+
			"Desktop app) in Settings")
	}
	return nil
}

// httpClient returns the configured client or a default with a timeout.
func (c Config) httpClient() *http.Client {
	if c.HTTPClient != nil {
		return c.HTTPClient
	}
	return defaultHTTPClient
}

var defaultHTTPClient = &http.Client{Timeout: requestTimeout}

// oauth returns the x/oauth2 config for the given scopes and redirect URL.
func (c Config) oauth(redirectURL string, scopes []string) *oauth2.Config {
	c = c.withDefaults()
	return &oauth2.Config{
		ClientID:     c.ClientID,
		ClientSecret: c.ClientSecret,
		RedirectURL:  redirectURL,
		Scopes:       scopes,
		Endpoint: oauth2.Endpoint{
			AuthURL:   c.AuthURL,
			TokenURL:  c.TokenURL,
			AuthStyle: oauth2.AuthStyleInParams,
		},
	}
}
