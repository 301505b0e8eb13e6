package service

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/calendar/google"
	"github.com/huntbook/huntbook/backend/calendar/google/googletest"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/secrets"
	"github.com/huntbook/huntbook/backend/store"
)

// secretSpy is the base transport under the ledger's: it notes every secret
// that crosses the wire (authorization codes, PKCE verifiers, client
// secrets, access and refresh tokens) so the test can look for them in the
// ledger.
type secretSpy struct {
	mu      sync.Mutex
	secrets map[string]bool
}

func (s *secretSpy) note(v string) {
	if len(v) >= 6 {
		s.mu.Lock()
		s.secrets[v] = true
		s.mu.Unlock()
	}
}

func (s *secretSpy) RoundTrip(r *http.Request) (*http.Response, error) {
	if a := r.Header.Get("Authorization"); a != "" {
		s.note(strings.TrimPrefix(a, "Bearer "))
	}
	if r.Body != nil {
		b, _ := io.ReadAll(r.Body)
		r.Body.Close()
		form, _ := url.ParseQuery(string(b))
		for _, k := range []string{"code", "code_verifier", "client_secret", "refresh_token", "token"} {
			s.note(form.Get(k))
		}
		r.Body = io.NopCloser(bytes.NewReader(b))
	}
	resp, err := http.DefaultTransport.RoundTrip(r)
	if err != nil || !strings.HasSuffix(r.URL.Path, googletest.TokenPath) {
		return resp, err
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	var tok map[string]any
	if json.Unmarshal(b, &tok) == nil {
		for _, k := range []string{"access_token", "refresh_token", "id_token"} {
			if v, ok := tok[k].(string); ok {
				s.note(v)
			}
		}
	}
	resp.Body = io.NopCloser(bytes.NewReader(b))
	return resp, nil
}

func (s *secretSpy) all() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for v := range s.secrets {
		out = append(out, v)
	}
	return out
}

// newLedgerRows returns the ledger rows added since the last call, oldest first.
func newLedgerRows(t *testing.T, db *store.DB, seen *int) []model.LedgerEntry {
	t.Helper()
	rows, err := db.Ledger(t.Context(), 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []model.LedgerEntry
	for i := len(rows) - 1 - *seen; i >= 0; i-- {
		out = append(out, rows[i])
	}
	*seen = len(rows)
	return out
}

type wantRow struct{ task, method, path, status string }

func checkRows(t *testing.T, what string, got []model.LedgerEntry, host string, want ...wantRow) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d ledger rows, want %d: %+v", what, len(got), len(want), got)
	}
	for i, w := range want {
		r := got[i]
		if r.Task != w.task || r.Method != w.method || r.URL != "http://"+host+w.path || r.Host != host ||
			!strings.HasPrefix(r.Status, w.status) || r.BytesReceived <= 0 && w.status != "" {
			t.Errorf("%s: row %d %+v, want %+v on %s", what, i, r, w, host)
		}
	}
}

// A Google connection, syncs, a token refresh, a refused refresh and the
// disconnect each write ledger rows with Google's task and host, and no row
// holds the code, a token or the client secret.
func TestCalendarGoogleRequestsInLedger(t *testing.T) {
	f := fakeGoogle(t)
	s, _ := newServicesWith(t, func(d *Deps) { d.Browser = playBrowser(nil) })
	c := s.Calendar
	spy := &secretSpy{secrets: map[string]bool{f.ClientSecret: true}}
	c.HTTPClient = &http.Client{Transport: spy}
	c.Tokens = secrets.Memory()
	c.ClientID, c.ClientSecret = f.ClientID, f.ClientSecret
	host := strings.TrimPrefix(f.URL(), "http://")
	seen := 0

	if _, err := c.Connect(); err != nil {
		t.Fatal(err)
	}
	checkRows(t, "connect", newLedgerRows(t, c.db, &seen), host,
		wantRow{google.TaskSignIn, "POST", googletest.TokenPath, "200"})

	f.SetFull("primary", page(t, interviewPage(time.Now().Add(48*time.Hour).Truncate(time.Minute))))
	if _, err := c.SyncNow(); err != nil {
		t.Fatal(err)
	}
	checkRows(t, "sync", newLedgerRows(t, c.db, &seen), host,
		wantRow{google.TaskEvents, "GET", "/calendars/primary/events", "200"})

	// The access token expires: the refresh goes through the same transport.
	f.ExpireAccessTokens()
	if _, err := c.SyncNow(); err != nil {
		t.Fatal(err)
	}
	checkRows(t, "sync after expiry", newLedgerRows(t, c.db, &seen), host,
		wantRow{google.TaskEvents, "GET", "/calendars/primary/events", "401"},
		wantRow{google.TaskRefresh, "POST", googletest.TokenPath, "200"},
		wantRow{google.TaskEvents, "GET", "/calendars/primary/events", "200"})

	// The user revoked access at Google: the refused refresh is recorded.
	f.RevokeAll()
	f.ExpireAccessTokens()
	if _, err := c.SyncNow(); err == nil {
		t.Fatal("a sync after revocation succeeded")
	}
	rows := newLedgerRows(t, c.db, &seen)
	if len(rows) == 0 || rows[len(rows)-1].Task != google.TaskRefresh || !strings.HasPrefix(rows[len(rows)-1].Status, "400") {
		t.Fatalf("refused refresh: %+v", rows)
	}

	if _, err := c.Disconnect(false); err != nil {
		t.Fatal(err)
	}
	checkRows(t, "disconnect", newLedgerRows(t, c.db, &seen), host,
		wantRow{google.TaskRevoke, "POST", googletest.RevokePath, "400"}) // revoked at Google already: invalid_token

	all, _ := c.db.Ledger(t.Context(), 0)
	secretsSeen := spy.all()
	if len(secretsSeen) < 5 {
		t.Fatalf("the spy saw only %d secrets", len(secretsSeen))
	}
	for _, r := range all {
		b, _ := json.Marshal(r)
		for _, sec := range secretsSeen {
			if strings.Contains(string(b), sec) {
				t.Errorf("ledger row %s holds the secret %q", b, sec)
			}
		}
		if strings.Contains(r.URL, "?") {
			t.Errorf("ledger row keeps a query string: %s", r.URL)
		}
	}
}

// A Calendar API that redirects to a server that is gone: the redirect and
// the refused connection are both in the ledger, and the sync fails.
func TestCalendarGoogleFailureInLedger(t *testing.T) {
	f := fakeGoogle(t)
	dead := httptest.NewServer(http.NotFoundHandler())
	deadHost := strings.TrimPrefix(dead.URL, "http://")
	dead.Close()
	redirector := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// G710: a test server sending the client on to a dead local one, on purpose.
		http.Redirect(w, r, "http://"+deadHost+r.URL.Path+"?"+r.URL.RawQuery, http.StatusTemporaryRedirect) //nolint:gosec // see above
	}))
	defer redirector.Close()
	t.Setenv(google.EnvAPIURL, redirector.URL)

	s, _ := newServices(t)
	c := s.Calendar
	c.Tokens = secrets.Memory()
	c.ClientID, c.ClientSecret = f.ClientID, f.ClientSecret
	tok := f.Grant(time.Hour)
	if err := google.SaveToken(c.Tokens, tok); err != nil {
		t.Fatal(err)
	}
	if _, err := c.SyncNow(); err == nil {
		t.Fatal("a sync against a server that is gone succeeded")
	}
	seen := 0
	rows := newLedgerRows(t, c.db, &seen)
	if len(rows) != 2 {
		t.Fatalf("%d rows, want the redirect and the failure: %+v", len(rows), rows)
	}
	hop, failed := rows[0], rows[1]
	if hop.Task != google.TaskEvents || hop.Host != strings.TrimPrefix(redirector.URL, "http://") || hop.Status != "307 Temporary Redirect" {
		t.Errorf("redirect row %+v", hop)
	}
	if failed.Task != google.TaskEvents || failed.Host != deadHost || failed.Status != "" || !strings.Contains(failed.Error, "refused") {
		t.Errorf("failure row %+v", failed)
	}
	for _, r := range rows {
		b, _ := json.Marshal(r)
		if strings.Contains(string(b), tok.AccessToken) || strings.Contains(string(b), tok.RefreshToken) || strings.Contains(r.URL, "?") {
			t.Errorf("row %s holds a token or a query", b)
		}
	}
}
