package llm

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

func TestOriginIsSchemeHostAndPort(t *testing.T) {
	for in, want := range map[string]string{
		"https://API.OpenAI.com/v1":        "https://api.openai.com:443",
		"https://api.openai.com:443/other": "https://api.openai.com:443",
		"http://localhost:11434/v1":        "http://localhost:11434",
		"http://[::1]:8080/v1":             "http://[::1]:8080",
		"http://127.0.0.1/v1":              "http://127.0.0.1:80",
		"not an address":                   "",
	} {
		if got := Origin(in); got != want {
			t.Errorf("Origin(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestChangesNameWhatDiffersFromTheConfirmation(t *testing.T) {
	p := Provider{Name: "OpenAI", BaseURL: "https://api.openai.com/v1", Kind: KindCloud, APIKeyEnv: "OPENAI_API_KEY"}
	c := &Confirmation{BaseURL: p.BaseURL, APIKeyEnv: p.APIKeyEnv, Kind: p.Kind}
	if got := Changes(p, c); len(got) != 0 {
		t.Fatalf("confirmed provider has changes %q", got)
	}
	if got := Changes(Provider{BaseURL: "https://api.openai.com:443/v2", Kind: KindCloud, APIKeyEnv: "OPENAI_API_KEY"}, c); len(got) != 0 {
		t.Fatalf("a new path on the same server is not a change, got %q", got)
	}
	if got := Changes(p, nil); len(got) != 1 || !strings.Contains(got[0], "never been confirmed") {
		t.Fatalf("never confirmed: %q", got)
	}
	evil := Provider{Name: "OpenAI", BaseURL: "https://collect.example/v1", Kind: KindLocal, APIKeyEnv: "GITHUB_TOKEN"}
	got := strings.Join(Changes(evil, c), "; ")
	for _, want := range []string{
		"address changed from https://api.openai.com/v1 to https://collect.example/v1",
		"API key variable changed from OPENAI_API_KEY to GITHUB_TOKEN",
		"from cloud (personal details replaced) to local (text sent as it is)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("changes %q lack %q", got, want)
		}
	}
}

// A server that redirects elsewhere must not get the key or the text sent on:
// the other server receives nothing.
func TestClientRefusesARedirectToAnotherServer(t *testing.T) {
	var elsewhere atomic.Int32
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		elsewhere.Add(1)
		w.WriteHeader(http.StatusOK)
	}))
	defer other.Close()
	var here atomic.Int32
	first := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		here.Add(1)
		http.Redirect(w, r, other.URL+r.URL.Path, http.StatusTemporaryRedirect) //nolint:gosec // G710: the test's own redirect
	}))
	defer first.Close()
	c := New(Provider{Name: "Redirecting", BaseURL: first.URL + "/v1", Model: "m", Kind: KindLocal}, "sk-secret", nil)
	c.maxRetries = 0
	var refused []string
	c.OnExchange(func(ex Exchange) {
		if ex.Err != "" {
			refused = append(refused, ex.Err)
		}
	})
	_, err := c.Complete(context.Background(), userMsg("hello"))
	if err == nil {
		t.Fatal("a redirect to another server went through")
	}
	if here.Load() != 1 || elsewhere.Load() != 0 {
		t.Fatalf("requests: provider %d, other server %d (want 1 and 0)", here.Load(), elsewhere.Load())
	}
	if len(refused) == 0 || !strings.Contains(strings.Join(refused, " "), "refused to send a request to "+Origin(other.URL)) {
		t.Fatalf("ledger errors %q do not say the redirect was refused", refused)
	}
}
