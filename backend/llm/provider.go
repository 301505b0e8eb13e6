// Package llm talks to the model server the user picks through the
// OpenAI-compatible chat-completions protocol (go-openai with a custom BaseURL):
// Ollama, LM Studio, llama.cpp server, OpenAI, Anthropic's compatible endpoint
// or any other. It streams replies in batches, asks for structured output with
// fallbacks for servers that reject or ignore response_format, turns every
// failure into a *model.Error the UI can explain, and reports each exchange to
// an optional ledger hook.
package llm

import (
	"net"
	"net/url"
	"os"
	"strings"

	"github.com/huntbook/huntbook/backend/model"
)

// Kind tells whether a provider runs on the user's machine or network
// ("local") or is a remote service that receives the user's text ("cloud").
type Kind string

// Provider kinds.
const (
	KindLocal Kind = "local"
	KindCloud Kind = "cloud"
)

// Structured-output modes, tried in this order by JSON.
const (
	ModeJSONSchema = "json_schema" // response_format {type: json_schema}
	ModeJSONObject = "json_object" // response_format {type: json_object}
	ModePrompt     = "prompt"      // no response_format: instructions and tolerant extraction
)

// Provider is a named provider profile, stored by the caller. The API key is
// not in it: it comes from a key source (keychain or the APIKeyEnv variable).
type Provider struct {
	Name    string `json:"name"`
	BaseURL string `json:"baseURL"` // e.g. http://localhost:11434/v1
	Model   string `json:"model"`
	Kind    Kind   `json:"kind"`
	// APIKeyEnv names an environment variable that may hold the API key.
	APIKeyEnv string `json:"apiKeyEnv,omitempty"`
	// Structured is the structured-output mode that worked last time
	// (ModeJSONSchema, ModeJSONObject, ModePrompt) or "" when unknown.
	Structured string `json:"structured,omitempty"`
	// ContextTokens is the context window the user set or Probe measured (0: unknown).
	ContextTokens int `json:"contextTokens,omitempty"`
}

// Presets are starting points for the provider form. Local servers need no
// key; the cloud ones name the environment variable their CLIs use.
var Presets = []Provider{
	{Name: "Ollama", BaseURL: "http://localhost:11434/v1", Kind: KindLocal},
	{Name: "LM Studio", BaseURL: "http://localhost:1234/v1", Kind: KindLocal, Structured: ModeJSONSchema},
	{Name: "llama.cpp server", BaseURL: "http://localhost:8080/v1", Kind: KindLocal},
	{Name: "OpenAI", BaseURL: "https://api.openai.com/v1", Model: "gpt-4o-mini", Kind: KindCloud, //nolint:gosec // G101: names an env variable
		APIKeyEnv: "OPENAI_API_KEY", Structured: ModeJSONSchema},
	{Name: "Anthropic", BaseURL: "https://api.anthropic.com/v1/", Model: "claude-sonnet-4-5", Kind: KindCloud, //nolint:gosec // same
		APIKeyEnv: "ANTHROPIC_API_KEY", Structured: ModePrompt},
	{Name: "Custom", Kind: KindLocal},
}

// Validate checks a provider profile and returns a *model.Error naming the
// first bad field.
func (p Provider) Validate() error {
	if strings.TrimSpace(p.Name) == "" {
		return model.Invalid("name", "give the provider a name")
	}
	if len(p.Name) > 100 {
		return model.Invalid("name", "the name is longer than 100 characters")
	}
	if strings.TrimSpace(p.BaseURL) == "" {
		return model.Invalid("baseURL", "give the server address, e.g. http://localhost:11434/v1")
	}
	u, err := url.Parse(p.BaseURL)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return model.Invalid("baseURL", "%q is not an http(s) address such as http://localhost:11434/v1", p.BaseURL)
	}
	if u.User != nil {
		return model.Invalid("baseURL", "put the API key in the key field, not in the address")
	}
	if u.RawQuery != "" || u.Fragment != "" {
		return model.Invalid("baseURL", "the address must not have a query or fragment")
	}
	if strings.TrimSpace(p.Model) == "" {
		return model.Invalid("model", "choose a model")
	}
	switch p.Kind {
	case KindLocal:
	case KindCloud:
		if u.Scheme != "https" && !IsLoopback(u.Hostname()) {
			return model.Invalid("baseURL", "a cloud provider must use https so the API key and your text are encrypted")
		}
	default:
		return model.Invalid("kind", "kind must be %q or %q", KindLocal, KindCloud)
	}
	if p.APIKeyEnv != "" && !validEnvName(p.APIKeyEnv) {
		return model.Invalid("apiKeyEnv", "%q is not an environment variable name", p.APIKeyEnv)
	}
	switch p.Structured {
	case "", ModeJSONSchema, ModeJSONObject, ModePrompt:
	default:
		return model.Invalid("structured", "unknown structured-output mode %q", p.Structured)
	}
	if p.ContextTokens < 0 {
		return model.Invalid("contextTokens", "the context size cannot be negative")
	}
	return nil
}

// EnvKey returns the API key held in the provider's APIKeyEnv variable, or "".
func (p Provider) EnvKey() string {
	if p.APIKeyEnv == "" {
		return ""
	}
	return strings.TrimSpace(os.Getenv(p.APIKeyEnv))
}

// IsLoopback reports whether host names this machine.
func IsLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func validEnvName(s string) bool {
	for i, r := range s {
		switch {
		case r == '_', r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z':
		case r >= '0' && r <= '9' && i > 0:
		default:
			return false
		}
	}
	return s != ""
}

// serverHint names the server software to suggest when a local address does
// not answer ("is Ollama running?").
func (p Provider) serverHint() string {
	u, err := url.Parse(p.BaseURL)
	if err != nil {
		return "the server"
	}
	for _, pre := range Presets {
		if pre.BaseURL == "" {
			continue
		}
		pu, err := url.Parse(pre.BaseURL)
		if err == nil && pu.Port() != "" && pu.Port() == u.Port() && IsLoopback(u.Hostname()) {
			return pre.Name
		}
	}
	if p.Name != "" && p.Name != "Custom" {
		return p.Name
	}
	return "the server"
}
