package llm

import (
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// Confirmation is what the user last confirmed about a provider: the address
// its requests go to, the environment variable its key may come from (the
// keychain entry follows from the provider's name, which does not change)
// and whether it is local or cloud (sent as is, or redacted).
type Confirmation struct {
	BaseURL   string `json:"baseURL"`
	APIKeyEnv string `json:"apiKeyEnv"`
	Kind      Kind   `json:"kind"`
}

// Origin returns the scheme, host and port of an address as
// "scheme://host:port" (lower case, the default port written out), or "" when
// the address has no host. Two addresses with the same origin reach the same
// server; the path does not matter.
func Origin(address string) string {
	u, err := url.Parse(strings.TrimSpace(address))
	if err != nil || u.Host == "" {
		return ""
	}
	scheme := strings.ToLower(u.Scheme)
	port := u.Port()
	if port == "" {
		switch scheme {
		case "http":
			port = "80"
		case "https":
			port = "443"
		}
	}
	return scheme + "://" + net.JoinHostPort(strings.ToLower(u.Hostname()), port)
}

// Changes lists, for the user, what differs between p and what they last
// confirmed (c nil: never confirmed). Empty means p is confirmed as it is. A
// different path on the same origin is not a change: it reaches the same
// server with the same key.
func Changes(p Provider, c *Confirmation) []string {
	if c == nil {
		return []string{"it has never been confirmed on this computer"}
	}
	var out []string
	if Origin(p.BaseURL) != Origin(c.BaseURL) {
		out = append(out, fmt.Sprintf("its address changed from %s to %s", c.BaseURL, p.BaseURL))
	}
	if p.APIKeyEnv != c.APIKeyEnv {
		switch {
		case c.APIKeyEnv == "":
			out = append(out, fmt.Sprintf("it now reads an API key from the variable %s", p.APIKeyEnv))
		case p.APIKeyEnv == "":
			out = append(out, fmt.Sprintf("it no longer reads its API key from the variable %s", c.APIKeyEnv))
		default:
			out = append(out, fmt.Sprintf("its API key variable changed from %s to %s", c.APIKeyEnv, p.APIKeyEnv))
		}
	}
	if p.Kind != c.Kind {
		out = append(out, fmt.Sprintf("it changed from %s to %s", kindText(c.Kind), kindText(p.Kind)))
	}
	return out
}

func kindText(k Kind) string {
	if k == KindCloud {
		return "cloud (personal details replaced)"
	}
	return "local (text sent as it is)"
}

// originGuard refuses every request whose origin is not the provider's: a
// redirect must not carry the API key or the user's text to another server.
type originGuard struct {
	base   http.RoundTripper
	origin string
}

func (g *originGuard) RoundTrip(r *http.Request) (*http.Response, error) {
	if got := Origin(r.URL.String()); got != g.origin {
		if r.Body != nil {
			r.Body.Close()
		}
		return nil, fmt.Errorf("refused to send a request to %s: the provider's server is %s", got, g.origin)
	}
	return g.base.RoundTrip(r)
}
