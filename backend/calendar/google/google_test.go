package google

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/calendar/google/googletest"
	"github.com/huntbook/huntbook/backend/corpus"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/secrets"
	"golang.org/x/oauth2"
)

// newFake starts a fake Google and a Config pointing at it.
func newFake(t testing.TB) (*googletest.Server, Config) {
	t.Helper()
	f := googletest.New()
	t.Cleanup(func() {
		if n := f.Stats().WriteAttempts; n != 0 {
			t.Errorf("Huntbook attempted %d writes to the Calendar API", n)
		}
		f.Close()
	})
	return f, Config{ClientID: f.ClientID, ClientSecret: f.ClientSecret,
		AuthURL: f.AuthURL(), TokenURL: f.TokenURL(), RevokeURL: f.RevokeURL(), APIURL: f.APIURL()}
}

// connected stores a fresh grant and returns a client over it.
func connected(t testing.TB, f *googletest.Server, cfg Config, ttl time.Duration, scopes ...string) (*Client, secrets.Store) {
	t.Helper()
	store := secrets.Memory()
	if err := SaveToken(store, f.Grant(ttl, scopes...)); err != nil {
		t.Fatal(err)
	}
	c, err := NewClient(context.Background(), cfg, store)
	if err != nil {
		t.Fatal(err)
	}
	return c, store
}

func gcalFile(t testing.TB, name string) string {
	return filepath.Join(corpus.Path(t, "gcal"), name)
}

func loadPage(t testing.TB, name string) googletest.Page {
	t.Helper()
	p, err := googletest.LoadPage(gcalFile(t, name))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// browser plays the system browser in the background and reports the page it got.
type browser struct {
	authURL chan string
	page    chan string
	status  chan int
}

func newBrowser(rewrite func(loc *url.URL)) (*browser, func(string) error) {
	b := &browser{authURL: make(chan string, 1), page: make(chan string, 1), status: make(chan int, 1)}
	return b, func(u string) error {
		b.authURL <- u
		go func() {
			if rewrite != nil {
				u = rewriteRedirect(u, rewrite)
			}
			st, body, _ := googletest.PlayBrowser(u)
			b.status <- st
			b.page <- body
		}()
		return nil
	}
}

// rewriteRedirect fetches the consent redirect itself, lets the test tamper
// with it (a forged state), and returns the tampered loopback URL for
// PlayBrowser, which reports the loopback page's status and body.
func rewriteRedirect(authURL string, rewrite func(*url.URL)) string {
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Get(authURL)
	if err != nil {
		return authURL
	}
	resp.Body.Close()
	loc, _ := url.Parse(resp.Header.Get("Location"))
	rewrite(loc)
	return loc.String()
}

func TestConnectFlow(t *testing.T) {
	f, cfg := newFake(t)
	b, open := newBrowser(nil)
	tok, err := cfg.Connect(context.Background(), open, false)
	if err != nil {
		t.Fatalf("Connect: %v", err)
	}
	if tok.AccessToken == "" || tok.RefreshToken == "" || tok.Expiry.IsZero() {
		t.Fatalf("token incomplete: access=%v refresh=%v expiry=%v", tok.AccessToken != "", tok.RefreshToken != "", tok.Expiry)
	}
	if st, page := <-b.status, <-b.page; st != http.StatusOK || !strings.Contains(page, "Huntbook is connected, you can close this tab") {
		t.Fatalf("callback page %d: %s", st, page)
	} else if strings.Contains(page, "http") && strings.Contains(page, "src=") {
		t.Fatalf("callback page loads remote resources: %s", page)
	}
	u, _ := url.Parse(<-b.authURL)
	q := u.Query()
	if got := q.Get("scope"); got != ScopeEventsReadonly {
		t.Errorf("scope = %q, want only %q", got, ScopeEventsReadonly)
	}
	redirect, _ := url.Parse(q.Get("redirect_uri"))
	for k, want := range map[string]string{"code_challenge_method": "S256", "access_type": "offline", "prompt": "consent", "response_type": "code"} {
		if q.Get(k) != want {
			t.Errorf("%s = %q, want %q", k, q.Get(k), want)
		}
	}
	if redirect.Hostname() != "127.0.0.1" || redirect.Port() == "" || q.Get("code_verifier") != "" {
		t.Errorf("redirect_uri %q (must be 127.0.0.1 with a port), verifier leaked: %v", redirect, q.Has("code_verifier"))
	}
	if st := f.Stats(); st.AuthRequests != 1 || st.CodeExchanges != 1 {
		t.Errorf("fake saw %d consent requests and %d exchanges, want 1 and 1", st.AuthRequests, st.CodeExchanges)
	}
	// The token works against the API.
	store := secrets.Memory()
	if err := SaveToken(store, tok); err != nil {
		t.Fatal(err)
	}
	f.SetFull("primary", loadPage(t, "compass_allday_events.json"))
	c, err := NewClient(context.Background(), cfg, store)
	if err != nil {
		t.Fatal(err)
	}
	res, err := c.Sync(context.Background(), SyncState{}, nil)
	if err != nil || len(res.Upserts) != 1 {
		t.Fatalf("Sync after Connect: %v, %v", res, err)
	}
	// Without the calendar-list scope, listing calendars is refused.
	if _, err := c.Calendars(context.Background()); model.ErrorCode(err) != model.CodeUnavailable {
		t.Errorf("Calendars without the scope = %v, want a refusal", err)
	}
}

func TestConnectCalendarList(t *testing.T) {
	f, cfg := newFake(t)
	body, err := os.ReadFile(gcalFile(t, "compass_calendarlist.json"))
	if err != nil {
		t.Fatal(err)
	}
	f.SetCalendarList(body)
	b, open := newBrowser(nil)
	tok, err := cfg.Connect(context.Background(), open, true)
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse(<-b.authURL)
	if got := strings.Fields(u.Query().Get("scope")); !slices.Equal(got, []string{ScopeEventsReadonly, ScopeCalendarListReadonly}) {
		t.Errorf("scopes = %v", got)
	}
	store := secrets.Memory()
	if err := SaveToken(store, tok); err != nil {
		t.Fatal(err)
	}
	c, err := NewClient(context.Background(), cfg, store)
	if err != nil {
		t.Fatal(err)
	}
	cals, err := c.Calendars(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(cals) != 10 {
		t.Errorf("got %d calendars, want the 10 in the recorded list", len(cals))
	}
	var weather *CalendarInfo
	for i := range cals {
		if cals[i].ID == "p#weather@group.v.calendar.google.com" {
			weather = &cals[i]
		}
	}
	if weather == nil || weather.Summary != "Weather" || weather.Role != "reader" || weather.TimeZone != "America/Chicago" {
		t.Errorf("weather calendar = %+v", weather)
	}
}

// TestConnectStateMismatch: the browser comes back with a forged state; the
// page says it was ignored and Connect keeps waiting for the real answer
// (here until the caller gives up).
func TestConnectStateMismatch(t *testing.T) {
	f, cfg := newFake(t)
	b, open := newBrowser(func(loc *url.URL) {
		q := loc.Query()
		q.Set("state", "forged-state-forged-state-forged")
		loc.RawQuery = q.Encode()
	})
	ctx, cancel := context.WithCancel(context.Background())
	var st int
	var page string
	go func() {
		st, page = <-b.status, <-b.page
		cancel()
	}()
	_, err := cfg.Connect(ctx, open, false)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Connect with a forged state = %v, want it still waiting until canceled", err)
	}
	if st != http.StatusBadRequest || !strings.Contains(page, "state does not match") {
		t.Errorf("callback page %d: %s", st, page)
	}
	if f.Stats().CodeExchanges != 0 {
		t.Error("a code came back with a forged state and was exchanged")
	}
}

func TestConnectDenied(t *testing.T) {
	f, cfg := newFake(t)
	f.DenyConsent(true)
	b, open := newBrowser(nil)
	_, err := cfg.Connect(context.Background(), open, false)
	if model.ErrorCode(err) != model.CodeCanceled || !strings.Contains(err.Error(), "not granted") {
		t.Fatalf("Connect denied = %v", err)
	}
	if st := <-b.status; st != http.StatusBadRequest {
		t.Errorf("callback status %d", st)
	}
	if f.Stats().CodeExchanges != 0 {
		t.Error("a code was exchanged after the user said no")
	}
}

func TestConnectNeedsClientID(t *testing.T) {
	_, err := Config{}.Connect(context.Background(), func(string) error { t.Fatal("browser opened"); return nil }, false)
	if model.ErrorCode(err) != model.CodeInvalid || !strings.Contains(err.Error(), "enter your own") {
		t.Fatalf("Connect without a client id = %v", err)
	}
}

func TestConnectCancel(t *testing.T) {
	_, cfg := newFake(t)
	ctx, cancel := context.WithCancel(context.Background())
	_, err := cfg.Connect(ctx, func(string) error { cancel(); return nil }, false) // the user never comes back
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Connect after cancel = %v", err)
	}
	_, err = cfg.Connect(context.Background(), func(string) error { return errors.New("no browser") }, false)
	if err == nil || !strings.Contains(err.Error(), "no browser") {
		t.Fatalf("Connect with a failing browser = %v", err)
	}
}

// TestFakeChecksPKCE makes sure the fake's S256 check is real: a code
// exchanged with the wrong verifier is refused.
func TestFakeChecksPKCE(t *testing.T) {
	f, cfg := newFake(t)
	oc := cfg.oauth("http://127.0.0.1:9/cb", []string{ScopeEventsReadonly})
	authURL := oc.AuthCodeURL("state-state-state-state", oauth2.S256ChallengeOption("right-verifier-right-verifier-right-verifier"))
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Get(authURL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	loc, _ := url.Parse(resp.Header.Get("Location"))
	code := loc.Query().Get("code")
	if code == "" {
		t.Fatalf("no code in %s", loc)
	}
	_, err = oc.Exchange(context.Background(), code, oauth2.VerifierOption("wrong-verifier-wrong-verifier-wrong-verifier!"))
	if err == nil || !strings.Contains(err.Error(), "invalid_grant") {
		t.Fatalf("exchange with a wrong verifier = %v", err)
	}
	if f.Stats().CodeExchanges != 1 {
		t.Fatal("the exchange did not reach the fake")
	}
}

// TestConnectIgnoresForgedCallbacks: any local program can reach the loopback
// port; a request without the flow's state must not settle (or cancel) the
// sign-in, which then completes with the real redirect.
func TestConnectIgnoresForgedCallbacks(t *testing.T) {
	f, cfg := newFake(t)
	forged := make(chan []int, 1)
	b, playReal := newBrowser(nil)
	open := func(authURL string) error {
		u, err := url.Parse(authURL)
		if err != nil {
			return err
		}
		cb := u.Query().Get("redirect_uri")
		go func() {
			var got []int
			for _, q := range []string{
				"?state=forged-state-forged-state-forged&code=stolen",
				"?state=forged-state-forged-state-forged&error=access_denied",
				"?code=stolen",
				"?error=access_denied",
				"",
			} {
				resp, err := http.Get(cb + q)
				if err != nil {
					got = append(got, 0)
					continue
				}
				resp.Body.Close()
				got = append(got, resp.StatusCode)
			}
			forged <- got
			if err := playReal(authURL); err != nil {
				t.Error(err)
			}
		}()
		return nil
	}
	tok, err := cfg.Connect(context.Background(), open, false)
	if err != nil {
		t.Fatalf("Connect after forged callbacks = %v, want the real sign-in to succeed", err)
	}
	if tok.RefreshToken == "" {
		t.Fatal("no refresh token")
	}
	for i, st := range <-forged {
		if st != http.StatusBadRequest {
			t.Errorf("forged callback %d answered %d, want 400", i, st)
		}
	}
	if st := <-b.status; st != http.StatusOK {
		t.Errorf("real callback answered %d, want 200", st)
	}
	if n := f.Stats().CodeExchanges; n != 1 {
		t.Errorf("%d code exchanges, want only the real one", n)
	}
}
