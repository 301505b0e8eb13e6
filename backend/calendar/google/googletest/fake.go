// Package googletest is a fake of Google's OAuth 2.0 and Calendar v3 servers
// on loopback, speaking the real protocol closely enough to test Huntbook's
// connector end to end: the consent endpoint checks client id, loopback
// redirect, read-only scopes, PKCE S256 and state; the token endpoint checks
// the PKCE verifier, issues and refreshes tokens and can answer invalid_grant;
// events.list replays recorded responses page by page with page and sync
// tokens, 410 Gone for stale sync tokens and Google's error documents.
package googletest

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/oauth2"
)

// Scopes the fake grants; anything else is refused as not read-only.
var readOnlyScopes = []string{
	"https://www.googleapis.com/auth/calendar.events.readonly",
	"https://www.googleapis.com/auth/calendar.calendarlist.readonly",
}

// Paths of the fake endpoints.
const (
	AuthPath   = "/o/oauth2/v2/auth"
	TokenPath  = "/token"
	RevokePath = "/revoke"
)

// Server is the fake. Create it with New, point the connector at AuthURL,
// TokenURL, RevokeURL and APIURL, and Close it at the end.
type Server struct {
	srv          *httptest.Server
	ClientID     string
	ClientSecret string

	mu          sync.Mutex
	denyConsent bool
	seq         int
	codes       map[string]*codeGrant
	refresh     map[string]*refreshGrant
	access      map[string]*accessGrant
	calendars   map[string]*calendarData
	syncTokens  map[string]*syncEntry
	pageTokens  map[string]pageRef
	calList     []byte
	stats       Stats
}

// Stats counts what the fake saw.
type Stats struct {
	AuthRequests  int
	CodeExchanges int
	Refreshes     int
	Revoked       []string
	ListRequests  int
	// WriteAttempts counts any non-GET request to the Calendar API: Huntbook must make none.
	WriteAttempts int
	// Unauthorized counts API requests answered 401.
	Unauthorized int
	// LastQuery is the query of the last events.list request.
	LastQuery url.Values
}

type codeGrant struct {
	challenge, redirect string
	scopes              []string
	offline, used       bool
}

type refreshGrant struct {
	scopes  []string
	revoked bool
}

type accessGrant struct {
	scopes  []string
	refresh string
	expires time.Time
}

// New starts a fake with a fresh client id and secret.
func New() *Server {
	s := &Server{ //nolint:gosec // G101: the fake's made-up client secret
		ClientID:     "1234567890-fake.apps.googleusercontent.com",
		ClientSecret: "GOCSPX-fake-secret",
		codes:        map[string]*codeGrant{},
		refresh:      map[string]*refreshGrant{},
		access:       map[string]*accessGrant{},
		calendars:    map[string]*calendarData{},
		syncTokens:   map[string]*syncEntry{},
		pageTokens:   map[string]pageRef{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc(AuthPath, s.handleAuth)
	mux.HandleFunc(TokenPath, s.handleToken)
	mux.HandleFunc(RevokePath, s.handleRevoke)
	mux.HandleFunc("/calendars/", s.handleEvents)
	mux.HandleFunc("/users/me/calendarList", s.handleCalendarList)
	s.srv = httptest.NewServer(mux)
	return s
}

// Close stops the server.
func (s *Server) Close() { s.srv.Close() }

// URL is the server's base URL.
func (s *Server) URL() string { return s.srv.URL }

// AuthURL is the consent endpoint.
func (s *Server) AuthURL() string { return s.srv.URL + AuthPath }

// TokenURL is the token endpoint.
func (s *Server) TokenURL() string { return s.srv.URL + TokenPath }

// RevokeURL is the revoke endpoint.
func (s *Server) RevokeURL() string { return s.srv.URL + RevokePath }

// APIURL is the Calendar API base (paths have no /calendar/v3 prefix).
func (s *Server) APIURL() string { return s.srv.URL }

// Stats returns a copy of the counters.
func (s *Server) Stats() Stats {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.stats
	st.Revoked = slices.Clone(st.Revoked)
	return st
}

// DenyConsent makes the consent page answer error=access_denied, as when the user clicks Cancel.
func (s *Server) DenyConsent(deny bool) {
	s.mu.Lock()
	s.denyConsent = deny
	s.mu.Unlock()
}

// Grant issues tokens directly, as if the consent flow had run, for tests
// that start connected. The access token expires after ttl.
func (s *Server) Grant(ttl time.Duration, scopes ...string) *oauth2.Token {
	if len(scopes) == 0 {
		scopes = readOnlyScopes[:1]
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	rt := s.newRefresh(scopes)
	at := s.newAccess(rt, ttl)
	return &oauth2.Token{AccessToken: at, RefreshToken: rt, TokenType: "Bearer", Expiry: time.Now().Add(ttl)}
}

// ExpireAccessTokens makes every access token issued so far invalid on the
// server (the client still believes them valid): the API answers 401.
func (s *Server) ExpireAccessTokens() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, a := range s.access {
		a.expires = time.Time{}
	}
}

// RevokeAll revokes every grant, as when the user removes the app in their
// Google account: refreshes answer invalid_grant and the API answers 401.
func (s *Server) RevokeAll() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, r := range s.refresh {
		r.revoked = true
	}
	for _, a := range s.access {
		a.expires = time.Time{}
	}
}

func (s *Server) next(prefix string) string {
	s.seq++
	return fmt.Sprintf("%s%d-%x", prefix, s.seq, sha256.Sum256([]byte(fmt.Sprint(prefix, s.seq, time.Now().UnixNano()))))[:len(prefix)+20]
}

func (s *Server) newRefresh(scopes []string) string {
	rt := s.next("1//fake-refresh-")
	s.refresh[rt] = &refreshGrant{scopes: scopes}
	return rt
}

func (s *Server) newAccess(refresh string, ttl time.Duration) string {
	at := s.next("ya29.fake-access-")
	s.access[at] = &accessGrant{scopes: s.refresh[refresh].scopes, refresh: refresh, expires: time.Now().Add(ttl)}
	return at
}

// handleAuth is the consent page: it validates the request like Google does
// and redirects back to the loopback URI with a code (or an error).
func (s *Server) handleAuth(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stats.AuthRequests++
	if q.Get("client_id") != s.ClientID {
		http.Error(w, "Error 401: invalid_client. The OAuth client was not found.", http.StatusUnauthorized)
		return
	}
	redirect, err := url.Parse(q.Get("redirect_uri"))
	if err != nil || redirect.Scheme != "http" || redirect.Hostname() != "127.0.0.1" || redirect.Port() == "" {
		http.Error(w, "Error 400: redirect_uri_mismatch. Desktop clients must redirect to http://127.0.0.1:<port>.", http.StatusBadRequest)
		return
	}
	fail := func(code, desc string) {
		v := url.Values{"error": {code}, "error_description": {desc}}
		if st := q.Get("state"); st != "" {
			v.Set("state", st)
		}
		redirect.RawQuery = v.Encode()
		http.Redirect(w, r, redirect.String(), http.StatusFound) //nolint:gosec // G710: the fake OAuth server redirects by design
	}
	scopes := strings.Fields(q.Get("scope"))
	switch {
	case q.Get("response_type") != "code":
		fail("unsupported_response_type", "response_type must be code")
	case len(scopes) == 0 || !slices.Contains(scopes, readOnlyScopes[0]):
		fail("invalid_scope", "the events.readonly scope is required")
	case slices.ContainsFunc(scopes, func(sc string) bool { return !slices.Contains(readOnlyScopes, sc) }):
		fail("invalid_scope", "only read-only calendar scopes are allowed: "+q.Get("scope"))
	case q.Get("code_challenge_method") != "S256" || len(q.Get("code_challenge")) != 43:
		fail("invalid_request", "PKCE with code_challenge_method=S256 is required")
	case len(q.Get("state")) < 16:
		fail("invalid_request", "a random state is required")
	case s.denyConsent:
		fail("access_denied", "")
	default:
		code := s.next("4/fake-code-")
		s.codes[code] = &codeGrant{challenge: q.Get("code_challenge"), redirect: q.Get("redirect_uri"),
			scopes: scopes, offline: q.Get("access_type") == "offline" && q.Get("prompt") == "consent"}
		redirect.RawQuery = url.Values{"code": {code}, "state": {q.Get("state")}, "scope": {strings.Join(scopes, " ")}}.Encode()
		http.Redirect(w, r, redirect.String(), http.StatusFound) //nolint:gosec // G710: the fake OAuth server redirects by design
	}
}

// handleToken implements grant_type authorization_code (with the PKCE
// check) and refresh_token.
func (s *Server) handleToken(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		oauthError(w, http.StatusMethodNotAllowed, "invalid_request", "POST required")
		return
	}
	if err := r.ParseForm(); err != nil {
		oauthError(w, http.StatusBadRequest, "invalid_request", "bad form")
		return
	}
	f := r.PostForm
	id, secret := f.Get("client_id"), f.Get("client_secret")
	if u, p, ok := r.BasicAuth(); ok {
		id, secret = u, p
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if id != s.ClientID || secret != s.ClientSecret {
		oauthError(w, http.StatusUnauthorized, "invalid_client", "Unauthorized")
		return
	}
	switch f.Get("grant_type") {
	case "authorization_code":
		s.stats.CodeExchanges++
		g := s.codes[f.Get("code")]
		if g == nil || g.used {
			oauthError(w, http.StatusBadRequest, "invalid_grant", "Malformed auth code.")
			return
		}
		g.used = true
		if f.Get("redirect_uri") != g.redirect {
			oauthError(w, http.StatusBadRequest, "redirect_uri_mismatch", "Bad Request")
			return
		}
		sum := sha256.Sum256([]byte(f.Get("code_verifier")))
		if f.Get("code_verifier") == "" || base64.RawURLEncoding.EncodeToString(sum[:]) != g.challenge {
			oauthError(w, http.StatusBadRequest, "invalid_grant", "Invalid code verifier.")
			return
		}
		rt := s.newRefresh(g.scopes)
		at := s.newAccess(rt, time.Hour)
		body := map[string]any{"access_token": at, "expires_in": 3599, "token_type": "Bearer", "scope": strings.Join(g.scopes, " ")}
		if g.offline {
			body["refresh_token"] = rt
		}
		writeJSON(w, http.StatusOK, body)
	case "refresh_token":
		s.stats.Refreshes++
		g := s.refresh[f.Get("refresh_token")]
		if g == nil || g.revoked {
			oauthError(w, http.StatusBadRequest, "invalid_grant", "Token has been expired or revoked.")
			return
		}
		at := s.newAccess(f.Get("refresh_token"), time.Hour)
		writeJSON(w, http.StatusOK, map[string]any{"access_token": at, "expires_in": 3599, "token_type": "Bearer", "scope": strings.Join(g.scopes, " ")})
	default:
		oauthError(w, http.StatusBadRequest, "unsupported_grant_type", "Invalid grant_type: "+f.Get("grant_type"))
	}
}

// handleRevoke revokes a refresh token (and its access tokens) or one access token.
func (s *Server) handleRevoke(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		oauthError(w, http.StatusMethodNotAllowed, "invalid_request", "POST required")
		return
	}
	if err := r.ParseForm(); err != nil {
		oauthError(w, http.StatusBadRequest, "invalid_request", err.Error())
		return
	}
	tok := r.PostForm.Get("token")
	s.mu.Lock()
	defer s.mu.Unlock()
	if g, ok := s.refresh[tok]; ok && !g.revoked {
		g.revoked = true
		for _, a := range s.access {
			if a.refresh == tok {
				a.expires = time.Time{}
			}
		}
	} else if a, ok := s.access[tok]; ok && time.Now().Before(a.expires) {
		a.expires = time.Time{}
	} else {
		oauthError(w, http.StatusBadRequest, "invalid_token", "Token expired or revoked")
		return
	}
	s.stats.Revoked = append(s.stats.Revoked, tok)
	w.WriteHeader(http.StatusOK)
}

// authorize checks the bearer token; it returns the grant's scopes or writes a 401.
// The caller holds s.mu.
func (s *Server) authorize(w http.ResponseWriter, r *http.Request) ([]string, bool) {
	at, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	a := s.access[at]
	if !ok || a == nil || !time.Now().Before(a.expires) {
		s.stats.Unauthorized++
		w.Header().Set("WWW-Authenticate", `Bearer realm="https://accounts.google.com/", error="invalid_token"`)
		apiError(w, http.StatusUnauthorized, "authError", "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or "+
			"other valid authentication credential.")
		return nil, false
	}
	return a.scopes, true
}

func oauthError(w http.ResponseWriter, status int, code, desc string) {
	writeJSON(w, status, map[string]string{"error": code, "error_description": desc})
}

// apiError writes Google's JSON error envelope.
func apiError(w http.ResponseWriter, status int, reason, msg string) {
	writeJSON(w, status, map[string]any{"error": map[string]any{
		"errors": []map[string]string{{"domain": "global", "reason": reason, "message": msg}},
		"code":   status, "message": msg,
	}})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	writeRaw(w, status, b)
}

func writeRaw(w http.ResponseWriter, status int, b []byte) {
	w.Header().Set("Content-Type", "application/json; charset=UTF-8")
	w.WriteHeader(status)
	_, _ = w.Write(b) // a client that hung up needs no answer
}

// PlayBrowser does what the system browser would with the consent URL: it
// GETs it without following redirects, then follows Google's redirect to the
// loopback listener and returns that page's status and body.
func PlayBrowser(authURL string) (status int, body string, err error) {
	c := &http.Client{
		Timeout:       10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	resp, err := c.Get(authURL)
	if err != nil {
		return 0, "", fmt.Errorf("consent page: %w", err)
	}
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	resp.Body.Close()
	if resp.StatusCode != http.StatusFound {
		return resp.StatusCode, string(b), fmt.Errorf("consent page answered %s: %s", resp.Status, b)
	}
	resp, err = c.Get(resp.Header.Get("Location"))
	if err != nil {
		return 0, "", fmt.Errorf("loopback redirect: %w", err)
	}
	defer resp.Body.Close()
	b, err = io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	return resp.StatusCode, string(b), err
}
