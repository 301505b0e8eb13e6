package service

import (
	"fmt"
	"strings"

	"github.com/huntbook/huntbook/backend/llm"
	"github.com/huntbook/huntbook/backend/model"
)

// Destination is where a provider's requests go and what they carry, as the
// preview, the provider list and the command line show it before anything is
// sent. It names where the API key comes from, never the key.
type Destination struct {
	Provider string `json:"provider"`
	// BaseURL is the full address requests are sent under.
	BaseURL string `json:"baseURL"`
	// Origin is its scheme, host and port (https://api.openai.com:443):
	// the server that receives the text and the key.
	Origin string `json:"origin"`
	Kind   string `json:"kind"`
	// Redacted is true when personal details are replaced before sending (cloud).
	Redacted bool `json:"redacted"`
	// KeySource is where the key attached to requests comes from: "env",
	// "keychain", "session" or "" when no key is attached.
	KeySource string `json:"keySource"`
	// KeyName names that source: the environment variable or the keychain
	// entry ("huntbook/ai-provider:openai"); "" when no key is attached.
	KeyName string `json:"keyName"`
	// KeyEnv is the variable the provider names, set or not ("" none).
	KeyEnv string `json:"keyEnv"`
	// Confirmed is false for a provider the user has not confirmed as it is:
	// new, or its address, key variable or kind changed since. No request is
	// sent to it until they confirm it.
	Confirmed bool `json:"confirmed"`
	// Changes says, for the user, why it is not confirmed ([] when it is).
	Changes []string `json:"changes"`
}

// Line is the destination in one line, as the command line prints it
// before a request.
func (d Destination) Line() string {
	what := "local: text sent as it is"
	if d.Redacted {
		what = "cloud: personal details replaced"
	}
	key := "no API key"
	switch d.KeySource {
	case "env":
		key = "API key from environment variable " + d.KeyName
	case "keychain":
		key = "API key from keychain entry " + d.KeyName
	case "session":
		key = "API key kept for this session (" + d.KeyName + ")"
	}
	s := fmt.Sprintf("%s sends to %s (server %s, %s) with %s", d.Provider, d.BaseURL, d.Origin, what, key)
	if !d.Confirmed {
		s += fmt.Sprintf("; NOT CONFIRMED: %s; check it, then run %s", strings.Join(d.Changes, "; "), confirmCommand(d.Provider))
	}
	return s
}

// confirmCommand is the command that confirms the provider called name.
func confirmCommand(name string) string {
	if strings.ContainsAny(name, " \t'\"\\$`") {
		name = fmt.Sprintf("%q", name)
	}
	return "huntbook ai provider confirm " + name
}

// destination describes where sp's requests go and whether the user
// confirmed it as it is.
func (a *Assistant) destination(sp model.AIProvider) Destination {
	p := toLLM(sp)
	d := Destination{Provider: p.Name, BaseURL: p.BaseURL, Origin: llm.Origin(p.BaseURL), Kind: string(p.Kind),
		Redacted: p.Kind == llm.KindCloud, KeyEnv: p.APIKeyEnv, KeySource: a.keySource(p)}
	switch d.KeySource {
	case "env":
		d.KeyName = p.APIKeyEnv
	case "keychain", "session":
		d.KeyName = keychainService + "/" + keyName(p.Name)
	}
	d.Changes = llm.Changes(p, confirmationOf(sp))
	if d.Changes == nil {
		d.Changes = []string{}
	}
	d.Confirmed = len(d.Changes) == 0
	return d
}

func confirmationOf(sp model.AIProvider) *llm.Confirmation {
	if sp.Confirmed == nil {
		return nil
	}
	return &llm.Confirmation{BaseURL: sp.Confirmed.BaseURL, APIKeyEnv: sp.Confirmed.APIKeyEnv, Kind: llm.Kind(sp.Confirmed.Kind)}
}

// checkConfirmed refuses a provider the user has not confirmed as it is,
// before any request (and before its key is read).
func checkConfirmed(sp model.AIProvider) error {
	p := toLLM(sp)
	changes := llm.Changes(p, confirmationOf(sp))
	if len(changes) == 0 {
		return nil
	}
	key := "no API key variable"
	if p.APIKeyEnv != "" {
		key = "API key variable " + p.APIKeyEnv
	}
	return &model.Error{Code: model.CodeUnconfirmed, Field: "provider", Message: fmt.Sprintf(
		"%s is not confirmed, so nothing was sent: %s. Check that it should send to %s (%s, %s, keychain entry %s/%s), then confirm it: %s",
		p.Name, strings.Join(changes, "; "), p.BaseURL, p.Kind, key, keychainService, keyName(p.Name), confirmCommand(p.Name))}
}

// ConfirmProvider records that the user checked the provider as shown (its
// address, key variable and kind) and lets requests go to it. When the
// stored provider differs from p (it changed since it was shown), nothing is
// recorded and the error says so.
func (a *Assistant) ConfirmProvider(p llm.Provider) (ProviderInfo, error) {
	cur, err := a.db.AIProvider(a.ctx(), p.Name)
	if err != nil {
		return ProviderInfo{}, err
	}
	if err := toLLM(cur).Validate(); err != nil {
		return ProviderInfo{}, fmt.Errorf("confirm %s: fix the provider first: %w", cur.Name, err)
	}
	sp, err := a.db.ConfirmAIProvider(a.ctx(), p.Name, model.AIConfirmation{BaseURL: p.BaseURL, APIKeyEnv: p.APIKeyEnv, Kind: string(p.Kind)})
	if err != nil {
		return ProviderInfo{}, err
	}
	return a.info(sp)
}

// SaveProviderUnconfirmed saves a provider like SaveProvider but records no
// confirmation: a new one starts unconfirmed and a changed one keeps what
// the user last confirmed. It is for the command line, when the user edits a
// provider without giving its address. It is a function, not a method, so it
// is not bound to the UI.
func SaveProviderUnconfirmed(a *Assistant, p llm.Provider) (ProviderInfo, error) {
	return a.saveProvider(p, false)
}

// info is a stored provider as the UI and the command line show it.
func (a *Assistant) info(sp model.AIProvider) (ProviderInfo, error) {
	def, err := a.db.DefaultAIProvider(a.ctx())
	if err != nil {
		return ProviderInfo{}, err
	}
	d := a.destination(sp)
	return ProviderInfo{Provider: toLLM(sp), Default: strings.EqualFold(def, sp.Name), KeySource: d.KeySource, Destination: d}, nil
}

// DestinationOf returns where the named provider's ("" the default)
// requests go, for the command line to print before a request. It is a
// function, not a method, so it is not bound to the UI.
func DestinationOf(a *Assistant, name string) (Destination, error) {
	sp, err := a.resolveProvider(a.ctx(), name)
	if err != nil {
		return Destination{}, err
	}
	return a.destination(sp), nil
}
