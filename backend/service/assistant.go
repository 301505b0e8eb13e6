package service

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/huntbook/huntbook/backend/assist"
	"github.com/huntbook/huntbook/backend/jobpost"
	"github.com/huntbook/huntbook/backend/llm"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/outbound"
	"github.com/huntbook/huntbook/backend/secrets"
)

// Assistant is the AI assistance: model providers and their keys, a preview
// of exactly what a task sends, generations streamed to the UI and saved on
// the application, the ledger of every request, prompt overrides, redaction
// terms and the offline analyzer. It makes no request the user did not ask
// for: nothing is probed or discovered at start.
type Assistant struct {
	base
	// ProfileSource returns the user's profile for prompts and redaction;
	// nil reads the master profile from the database (tests replace it).
	ProfileSource func(ctx context.Context) (model.Profile, error)
	// Secrets keeps API keys; nil opens the OS keychain (or a session-only
	// memory store where there is none) on first use.
	Secrets secrets.Store
	// HTTPClient sends requests to model servers; nil is a default client.
	HTTPClient *http.Client

	keysOnce sync.Once
	keys     secrets.Store
}

func newAssistant(b base) *Assistant {
	return &Assistant{base: b}
}

// keychainService is the service name API keys are stored under.
const keychainService = "huntbook"

// ProviderInfo is a provider profile as the UI shows it.
type ProviderInfo struct {
	Provider llm.Provider `json:"provider"`
	// Default is true for the provider tasks use when none is named.
	Default bool `json:"default"`
	// KeySource says where the API key comes from: "env" (the named
	// variable), "keychain", "session" (kept for this session only) or ""
	// when there is none.
	KeySource string `json:"keySource"`
	// Destination is where its requests go, with which key, and whether the
	// user confirmed it as it is.
	Destination Destination `json:"destination"`
}

// KeyStatus is the outcome of setting or clearing an API key.
type KeyStatus struct {
	Provider string `json:"provider"`
	Stored   bool   `json:"stored"`
	// Persistent is false when the key is kept for this session only (no
	// keychain on this machine).
	Persistent bool   `json:"persistent"`
	Message    string `json:"message"`
}

// Presets returns starting points for the provider form.
func (a *Assistant) Presets() ([]llm.Provider, error) {
	return append([]llm.Provider(nil), llm.Presets...), nil
}

// Providers lists the saved providers.
func (a *Assistant) Providers() ([]ProviderInfo, error) {
	ps, err := a.db.AIProviders(a.ctx())
	if err != nil {
		return nil, err
	}
	out := make([]ProviderInfo, 0, len(ps))
	for _, p := range ps {
		info, err := a.info(p)
		if err != nil {
			return nil, err
		}
		out = append(out, info)
	}
	return out, nil
}

// SaveProvider creates or replaces (by name) a provider profile, confirmed
// as saved: the user typed its address and key variable in the form. The
// first provider saved becomes the default.
func (a *Assistant) SaveProvider(p llm.Provider) (ProviderInfo, error) {
	return a.saveProvider(p, true)
}

func (a *Assistant) saveProvider(p llm.Provider, confirmed bool) (ProviderInfo, error) {
	p.Name, p.BaseURL = strings.TrimSpace(p.Name), strings.TrimSpace(p.BaseURL)
	p.Model, p.APIKeyEnv = strings.TrimSpace(p.Model), strings.TrimSpace(p.APIKeyEnv)
	if p.Kind == "" {
		p.Kind = llm.KindLocal
	}
	if err := p.Validate(); err != nil {
		return ProviderInfo{}, err
	}
	save := a.db.SaveAIProvider
	if confirmed {
		save = a.db.SaveConfirmedAIProvider
	}
	sp, err := save(a.ctx(), fromLLM(p))
	if err != nil {
		return ProviderInfo{}, err
	}
	def, err := a.db.DefaultAIProvider(a.ctx())
	if err != nil {
		return ProviderInfo{}, err
	}
	if def == "" {
		if err := a.db.SetDefaultAIProvider(a.ctx(), sp.Name); err != nil {
			return ProviderInfo{}, err
		}
	}
	return a.info(sp)
}

// DeleteProvider deletes a provider profile and its stored API key.
func (a *Assistant) DeleteProvider(name string) error {
	p, err := a.db.AIProvider(a.ctx(), name)
	if err != nil {
		return err
	}
	if err := a.db.DeleteAIProvider(a.ctx(), name); err != nil {
		return err
	}
	if err := a.secretStore().Delete(keyName(p.Name)); err != nil {
		return fmt.Errorf("delete the API key of %s: %w", p.Name, err)
	}
	return nil
}

// SetDefaultProvider makes name the default provider; "" leaves only the
// offline analyzer.
func (a *Assistant) SetDefaultProvider(name string) error {
	return a.db.SetDefaultAIProvider(a.ctx(), name)
}

// ledgerTaskDiscover is the ledger's task of the probes Discover sends.
const ledgerTaskDiscover = "ai-discover"

// Discover looks for model servers on this machine (Ollama, LM Studio,
// llama.cpp server). It is network traffic: call it only on request; each
// probe is recorded in the request ledger.
func (a *Assistant) Discover() ([]llm.Found, error) {
	ctx, cancel := context.WithTimeout(a.ctx(), 10*time.Second)
	defer cancel()
	found := llm.DiscoverWith(ctx, nil, func(rt http.RoundTripper) http.RoundTripper {
		return &outbound.Transport{Base: rt, Ledger: a.db, Task: ledgerTaskDiscover}
	})
	if found == nil {
		found = []llm.Found{}
	}
	return found, nil
}

// Models lists the models the named provider's server offers.
func (a *Assistant) Models(name string) ([]string, error) {
	c, _, err := a.client(a.ctx(), name)
	if err != nil {
		return nil, err
	}
	return c.Models(llm.WithTask(a.ctx(), "models"))
}

// TestProvider probes the named provider (a reply, JSON, streaming, the
// usable context) and remembers the structured-output mode and context
// length it found.
func (a *Assistant) TestProvider(name string) (llm.ProbeReport, error) {
	ctx, cancel := context.WithTimeout(a.ctx(), 5*time.Minute)
	defer cancel()
	c, p, err := a.client(ctx, name)
	if err != nil {
		return llm.ProbeReport{}, err
	}
	group := &probeLedger{}
	c.OnExchange(group.add)
	rep := c.Probe(llm.WithTask(ctx, "probe"))
	a.recordProbe(p.Name, group)
	if rep.JSONMode != "" || rep.ContextTokens > 0 {
		mode := rep.JSONMode
		if mode == "" {
			mode = p.Structured
		}
		if err := a.db.RememberAICapabilities(a.ctx(), p.Name, mode, rep.ContextTokens); err != nil {
			return rep, err
		}
	}
	return rep, nil
}

// SetAPIKey stores the API key of the named provider in the keychain (or
// for this session only where there is none: the result says which).
func (a *Assistant) SetAPIKey(name, key string) (KeyStatus, error) {
	p, err := a.db.AIProvider(a.ctx(), name)
	if err != nil {
		return KeyStatus{}, err
	}
	key = strings.TrimSpace(key)
	if key == "" {
		return KeyStatus{}, model.Invalid("apiKey", "paste the API key")
	}
	if len(key) > secrets.MaxValueSize || strings.ContainsAny(key, "\r\n\x00") {
		return KeyStatus{}, model.Invalid("apiKey", "this does not look like an API key (one line, at most %d characters)", secrets.MaxValueSize)
	}
	s := a.secretStore()
	if err := s.Set(keyName(p.Name), key); err != nil {
		return KeyStatus{}, fmt.Errorf("store the API key of %s: %w", p.Name, err)
	}
	st := KeyStatus{Provider: p.Name, Stored: true, Persistent: s.Persistent(), Message: "saved in the system keychain"}
	if !st.Persistent {
		st.Message = "kept for this session only: this system has no keychain Huntbook can use"
		if p.APIKeyEnv != "" {
			st.Message += "; set " + p.APIKeyEnv + " to keep it"
		}
	}
	return st, nil
}

// ClearAPIKey removes the stored API key of the named provider.
func (a *Assistant) ClearAPIKey(name string) (KeyStatus, error) {
	p, err := a.db.AIProvider(a.ctx(), name)
	if err != nil {
		return KeyStatus{}, err
	}
	s := a.secretStore()
	if err := s.Delete(keyName(p.Name)); err != nil {
		return KeyStatus{}, fmt.Errorf("remove the API key of %s: %w", p.Name, err)
	}
	return KeyStatus{Provider: p.Name, Persistent: s.Persistent(), Message: "API key removed"}, nil
}

// secretStore returns the key store, opening the keychain on first use.
func (a *Assistant) secretStore() secrets.Store {
	a.keysOnce.Do(func() {
		a.keys = a.Secrets
		if a.keys == nil {
			a.keys = secrets.Open(keychainService)
		}
	})
	return a.keys
}

func keyName(provider string) string {
	return "ai-provider:" + strings.ToLower(strings.TrimSpace(provider))
}

func (a *Assistant) keySource(p llm.Provider) string {
	if p.EnvKey() != "" {
		return "env"
	}
	s := a.secretStore()
	if _, err := s.Get(keyName(p.Name)); err != nil {
		return ""
	}
	if s.Persistent() {
		return "keychain"
	}
	return "session"
}

// apiKey returns the provider's key (its variable first, then the
// keychain); a cloud provider without one is an error naming the fix.
func (a *Assistant) apiKey(p llm.Provider) (string, error) {
	key, err := secrets.Lookup(a.secretStore(), keyName(p.Name), p.APIKeyEnv)
	if err != nil && !errors.Is(err, secrets.ErrNotFound) {
		return "", fmt.Errorf("read the API key of %s: %w", p.Name, err)
	}
	if key == "" && p.Kind == llm.KindCloud {
		hint := "add it in Settings"
		if p.APIKeyEnv != "" {
			hint += " or set " + p.APIKeyEnv
		}
		return "", model.Invalid("apiKey", "%s needs an API key: %s", p.Name, hint)
	}
	return key, nil
}

// client returns a client for the named provider ("" the default) whose
// requests go to the ledger. A provider the user has not confirmed as it is
// gets no client: its key is not even read.
func (a *Assistant) client(ctx context.Context, name string) (*llm.Client, llm.Provider, error) {
	sp, err := a.resolveProvider(ctx, name)
	if err != nil {
		return nil, llm.Provider{}, err
	}
	p := toLLM(sp)
	if err := checkConfirmed(sp); err != nil {
		return nil, p, err
	}
	key, err := a.apiKey(p)
	if err != nil {
		return nil, p, err
	}
	c := llm.New(p, key, a.HTTPClient)
	c.OnExchange(a.ledgerHook(p.Name, false, nil))
	return c, p, nil
}

func (a *Assistant) resolveProvider(ctx context.Context, name string) (model.AIProvider, error) {
	if strings.TrimSpace(name) == "" {
		def, err := a.db.DefaultAIProvider(ctx)
		if err != nil {
			return model.AIProvider{}, err
		}
		if def == "" {
			return model.AIProvider{}, model.Invalid("provider",
				"no AI provider is set up: add one (huntbook ai provider set) or use the offline analyzer (huntbook analyze)")
		}
		name = def
	}
	return a.db.AIProvider(ctx, name)
}

// ledgerHook records each exchange with the placeholders the request carried.
func (a *Assistant) ledgerHook(provider string, redacted bool, placeholders []string) func(llm.Exchange) {
	return func(ex llm.Exchange) {
		_, _ = a.db.AddLedgerEntry(context.Background(), model.LedgerEntry{At: ex.At, Provider: provider, Host: ex.Host, Model: ex.Model,
			Task: ex.Task, BytesSent: ex.BytesSent, BytesReceived: ex.BytesReceived, Status: ex.Status, Error: ex.Err,
			Redacted: redacted, Placeholders: placeholders, Method: ex.Method, URL: ex.URL, DurationMs: ex.Duration.Milliseconds()})
	}
}

func (a *Assistant) profile(ctx context.Context) (model.Profile, error) {
	var p model.Profile
	var err error
	if a.ProfileSource != nil {
		p, err = a.ProfileSource(ctx)
	} else {
		p, _, err = a.db.MasterProfile(ctx)
	}
	if err != nil {
		return p, fmt.Errorf("read profile: %w", err)
	}
	return p, nil
}

func toLLM(p model.AIProvider) llm.Provider {
	return llm.Provider{Name: p.Name, BaseURL: p.BaseURL, Model: p.Model, Kind: llm.Kind(p.Kind), APIKeyEnv: p.APIKeyEnv,
		Structured: p.Structured, ContextTokens: p.ContextTokens}
}

func fromLLM(p llm.Provider) model.AIProvider {
	return model.AIProvider{Name: p.Name, BaseURL: p.BaseURL, Model: p.Model, Kind: string(p.Kind), APIKeyEnv: p.APIKeyEnv,
		Structured: p.Structured, ContextTokens: p.ContextTokens}
}

func parseTask(s string) (assist.Task, error) {
	for _, t := range assist.Tasks {
		if string(t) == s {
			return t, nil
		}
	}
	names := make([]string, len(assist.Tasks))
	for i, t := range assist.Tasks {
		names[i] = string(t)
	}
	return "", model.Invalid("task", "unknown task %q (one of %s)", s, strings.Join(names, ", "))
}

// jobFrom turns an application into the job the prompts describe.
func jobFrom(app model.Application) jobpost.Job {
	desc := jobpost.CleanText(app.Description)
	return jobpost.Job{Title: app.Title, Company: app.Company, Location: app.Location, Remote: app.Remote, Salary: app.Salary,
		URL: app.URL, Description: desc, Language: jobpost.DetectLanguage(desc), Source: "text"}
}
