package google

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"html/template"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/outbound"
	"golang.org/x/oauth2"
)

// ConnectTimeout bounds how long Connect waits for the user to finish in the browser.
const ConnectTimeout = 5 * time.Minute

// requestTimeout bounds one HTTP request to Google.
const requestTimeout = RequestTimeout

// RequestTimeout bounds one HTTP request to Google: a client given as
// Config.HTTPClient should use it too.
const RequestTimeout = 60 * time.Second

// The request ledger's tasks of this package's requests (outbound.WithTask).
const (
	TaskSignIn       = "google-oauth"           // the authorization code exchanged for a token
	TaskRefresh      = "google-oauth-refresh"   // an expired access token renewed
	TaskRevoke       = "google-oauth-revoke"    // access revoked on disconnect
	TaskCalendarList = "google-calendar-list"   // the account's calendars listed
	TaskEvents       = "google-calendar-events" // a calendar's events listed (a sync)
)

// callbackPath is the path of the loopback redirect URI.
const callbackPath = "/oauth2/callback"

// Connect runs the installed-app OAuth flow: it listens on 127.0.0.1 at a
// random port, builds the consent URL (PKCE S256, random state, offline
// access, read-only scopes) and hands it to openURL, which must open it in the
// system browser; then it waits (at most ConnectTimeout, or until ctx is
// done) for Google to redirect back, checks the state, exchanges the code with
// the PKCE verifier and returns the token. The caller stores it (SaveToken).
// wantCalendarList adds the read-only calendar-list scope so the user can pick
// calendars other than the primary one.
func (c Config) Connect(ctx context.Context, openURL func(string) error, wantCalendarList bool) (*oauth2.Token, error) {
	if err := c.validate(); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, ConnectTimeout)
	defer cancel()

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("google connect: listen on loopback: %w", err)
	}
	redirect := fmt.Sprintf("http://%s%s", ln.Addr().String(), callbackPath)
	scopes := []string{ScopeEventsReadonly}
	if wantCalendarList {
		scopes = append(scopes, ScopeCalendarListReadonly)
	}
	oc := c.oauth(redirect, scopes)
	state, err := randomState()
	if err != nil {
		ln.Close()
		return nil, err
	}
	verifier := oauth2.GenerateVerifier()
	authURL := oc.AuthCodeURL(state,
		oauth2.AccessTypeOffline,
		oauth2.S256ChallengeOption(verifier),
		oauth2.SetAuthURLParam("prompt", "consent"))

	results := make(chan callbackResult, 1)
	h := &callbackHandler{
		ctx: ctx, oc: oc, state: state, verifier: verifier, want: ScopeEventsReadonly,
		httpClient: c.httpClient(), results: results,
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	// Serve returns http.ErrServerClosed once Shutdown below runs; if it
	// fails before, no callback arrives and the wait below times out.
	go func() { _ = srv.Serve(ln) }()
	defer func() {
		sctx, scancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer scancel()
		_ = srv.Shutdown(sctx) // best effort: the answer is already in hand
	}()

	if err := openURL(authURL); err != nil {
		return nil, fmt.Errorf("google connect: open the browser: %w", err)
	}
	select {
	case r := <-results:
		return r.tok, r.err
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, &model.Error{Code: model.CodeCanceled, Message: "Google sign-in was not completed in the browser within 5 minutes: try again",
				Err: ctx.Err()}
		}
		return nil, fmt.Errorf("google connect: %w", ctx.Err())
	}
}

func randomState() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("google connect: random state: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

type callbackResult struct {
	tok *oauth2.Token
	err error
}

// callbackHandler serves the loopback redirect. Any local program can reach
// the port, so only a request that carries this flow's state and an answer
// (a code or an error) settles the flow; anything else gets an error page and
// the flow keeps waiting. Other paths are a 404.
type callbackHandler struct {
	ctx        context.Context
	oc         *oauth2.Config
	state      string
	verifier   string
	want       string
	httpClient *http.Client
	results    chan callbackResult

	mu      sync.Mutex
	settled bool
}

func (h *callbackHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != callbackPath || r.Method != http.MethodGet {
		http.NotFound(w, r)
		return
	}
	q := r.URL.Query()
	if !h.ownState(q.Get("state")) {
		writePage(w, http.StatusBadRequest, titleIgnored, "This page does not belong to the sign-in Huntbook started (its state does not match), so it was "+
			"ignored. Finish signing in in the tab Huntbook opened.")
		return
	}
	if q.Get("code") == "" && q.Get("error") == "" {
		writePage(w, http.StatusBadRequest, titleIgnored, "This page carries no answer from Google, so it was ignored. Finish signing in in the tab Huntbook "+
			"opened.")
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.settled {
		// A reload of the page: the flow is over, change nothing.
		writePage(w, http.StatusConflict, titleFailed, "This sign-in link was already used. Go back to Huntbook.")
		return
	}
	h.settled = true
	tok, err := h.handle(q)
	h.results <- callbackResult{tok, err} // buffered, read once
	if err != nil {
		writePage(w, http.StatusBadRequest, titleFailed, model.AsError(err).Message)
		return
	}
	writePage(w, http.StatusOK, titleConnected, "")
}

// ownState reports whether got is this flow's state (compared in constant time).
func (h *callbackHandler) ownState(got string) bool {
	return got != "" && subtle.ConstantTimeCompare([]byte(got), []byte(h.state)) == 1
}

// handle turns Google's answer (the state already checked) into a token.
func (h *callbackHandler) handle(q url.Values) (*oauth2.Token, error) {
	if e := q.Get("error"); e != "" {
		if e == "access_denied" {
			return nil, model.Errorf(model.CodeCanceled, "Google access was not granted: Huntbook cannot read your calendar")
		}
		return nil, model.Errorf(model.CodeUnavailable, "Google sign-in failed: %s", clip(e+" "+q.Get("error_description"), 200))
	}
	code := q.Get("code")
	ctx := outbound.WithTask(context.WithValue(h.ctx, oauth2.HTTPClient, h.httpClient), TaskSignIn)
	tok, err := h.oc.Exchange(ctx, code, oauth2.VerifierOption(h.verifier))
	if err != nil {
		return nil, &model.Error{Code: model.CodeUnavailable, Message: "exchange the Google authorization code: " + describeOAuthError(err), Err: err}
	}
	if tok.RefreshToken == "" {
		return nil, model.Errorf(model.CodeUnavailable, "Google returned no refresh token: remove Huntbook at myaccount.google.com/permissions and connect "+
			"again")
	}
	if granted, ok := tok.Extra("scope").(string); ok && granted != "" {
		if !slices.Contains(strings.Fields(granted), h.want) {
			return nil, model.Errorf(model.CodeInvalid, "Google access was granted without permission to read calendar events: connect again and tick the "+
				"calendar box")
		}
	}
	return tok, nil
}

// describeOAuthError keeps the protocol error code and description, never the response body.
func describeOAuthError(err error) string {
	var re *oauth2.RetrieveError
	if errors.As(err, &re) {
		if re.ErrorCode != "" {
			return clip(strings.TrimSpace(re.ErrorCode+" "+re.ErrorDescription), 200)
		}
		if re.Response != nil {
			return "token endpoint answered " + re.Response.Status
		}
	}
	return err.Error()
}

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}

var pageTmpl = template.Must(template.New("page").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Huntbook</title>
<style>body{font-family:system-ui,sans-serif;margin:4em auto;max-width:32em;line-height:1.5}</style>
</head><body>
<h1>{{.Title}}</h1>{{if .Msg}}<p>{{.Msg}}</p>{{end}}
</body></html>
`))

// Page titles of the loopback answers.
const (
	titleConnected = "Huntbook is connected, you can close this tab."
	titleFailed    = "Huntbook could not connect to Google Calendar"
	titleIgnored   = "Huntbook ignored this page"
)

// writePage answers the browser with a plain page: no scripts, no remote resources.
func writePage(w http.ResponseWriter, status int, title, msg string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Referrer-Policy", "no-referrer")
	w.WriteHeader(status)
	_ = pageTmpl.Execute(w, struct{ Title, Msg string }{title, msg}) // a closed tab cannot be told anything
}
