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
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/huntbook/huntbook/backend/model"
	"golang.org/x/oauth2"
)

// ConnectTimeout bounds how long Connect waits for the user to finish in the browser.
const ConnectTimeout = 5 * time.Minute

// requestTimeout bounds one HTTP request to Google.
const requestTimeout = 60 * time.Second

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
	go srv.Serve(ln)
	defer func() {
		sctx, scancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer scancel()
		srv.Shutdown(sctx)
	}()

	if err := openURL(authURL); err != nil {
		return nil, fmt.Errorf("google connect: open the browser: %w", err)
	}
	select {
	case r := <-results:
		return r.tok, r.err
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, &model.Error{Code: model.CodeCanceled, Message: "Google sign-in was not completed in the browser within 5 minutes: try again", Err: ctx.Err()}
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

// callbackHandler serves the loopback redirect: the first request to
// callbackPath settles the flow; anything else is a 404.
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
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.settled {
		// A reload of the page: the flow is over, change nothing.
		writePage(w, http.StatusConflict, "", "This sign-in link was already used. Go back to Huntbook.")
		return
	}
	h.settled = true
	tok, err := h.handle(r)
	h.results <- callbackResult{tok, err} // buffered, read once
	if err != nil {
		writePage(w, http.StatusBadRequest, "", model.AsError(err).Message)
		return
	}
	writePage(w, http.StatusOK, "Huntbook is connected, you can close this tab.", "")
}

func (h *callbackHandler) handle(r *http.Request) (*oauth2.Token, error) {
	q := r.URL.Query()
	got := q.Get("state")
	if got == "" || subtle.ConstantTimeCompare([]byte(got), []byte(h.state)) != 1 {
		return nil, model.Errorf(model.CodeInvalid, "Google sign-in answered with a state that does not match this request (a stale or forged link): try again from Huntbook")
	}
	if e := q.Get("error"); e != "" {
		if e == "access_denied" {
			return nil, model.Errorf(model.CodeCanceled, "Google access was not granted: Huntbook cannot read your calendar")
		}
		return nil, model.Errorf(model.CodeUnavailable, "Google sign-in failed: %s", clip(e+" "+q.Get("error_description"), 200))
	}
	code := q.Get("code")
	if code == "" {
		return nil, model.Errorf(model.CodeInvalid, "Google sign-in answered without an authorization code")
	}
	ctx := context.WithValue(h.ctx, oauth2.HTTPClient, h.httpClient)
	tok, err := h.oc.Exchange(ctx, code, oauth2.VerifierOption(h.verifier))
	if err != nil {
		return nil, &model.Error{Code: model.CodeUnavailable, Message: "exchange the Google authorization code: " + describeOAuthError(err), Err: err}
	}
	if tok.RefreshToken == "" {
		return nil, model.Errorf(model.CodeUnavailable, "Google returned no refresh token: remove Huntbook at myaccount.google.com/permissions and connect again")
	}
	if granted, ok := tok.Extra("scope").(string); ok && granted != "" {
		if !slices.Contains(strings.Fields(granted), h.want) {
			return nil, model.Errorf(model.CodeInvalid, "Google access was granted without permission to read calendar events: connect again and tick the calendar box")
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
{{if .OK}}<h1>{{.OK}}</h1>{{else}}<h1>Huntbook could not connect to Google Calendar</h1><p>{{.Err}}</p>{{end}}
</body></html>
`))

// writePage answers the browser with a plain page: no scripts, no remote resources.
func writePage(w http.ResponseWriter, status int, ok, errMsg string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Referrer-Policy", "no-referrer")
	w.WriteHeader(status)
	pageTmpl.Execute(w, struct{ OK, Err string }{ok, errMsg})
}
