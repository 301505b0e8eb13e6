package model

// Records of AI providers, the request ledger and saved AI writing, as the store returns them.

import (
	"strings"
	"time"
)

// AIProvider is a stored model provider profile. The API key is never
// stored: only the name of an environment variable that may hold it.
type AIProvider struct {
	ID            int64     `json:"id"`
	Name          string    `json:"name"`
	BaseURL       string    `json:"baseURL"`
	Model         string    `json:"model"`
	Kind          string    `json:"kind"` // local or cloud
	APIKeyEnv     string    `json:"apiKeyEnv"`
	Structured    string    `json:"structured"` // structured-output mode that worked last ("" unknown)
	ContextTokens int       `json:"contextTokens"`
	CreatedAt     time.Time `json:"createdAt"`
	UpdatedAt     time.Time `json:"updatedAt"`
	// Confirmed is what the user last confirmed about the provider (nil:
	// never). SaveAIProvider ignores it: only the user's own paths
	// (SaveConfirmedAIProvider, ConfirmAIProvider) write it.
	Confirmed *AIConfirmation `json:"confirmed,omitempty"`
}

// LedgerEntry is one request the app sent (to a model server, Google, a job
// page...): where, for what, how many bytes each way, how it ended and, for
// model servers, which placeholders stood in for personal details. It never
// holds the text, the details, a token, a code or a key.
type LedgerEntry struct {
	ID            int64     `json:"id"`
	At            time.Time `json:"at"`
	Provider      string    `json:"provider"`
	Host          string    `json:"host"`
	Model         string    `json:"model"`
	Task          string    `json:"task"`
	BytesSent     int64     `json:"bytesSent"`
	BytesReceived int64     `json:"bytesReceived"`
	Status        string    `json:"status"`
	Error         string    `json:"error,omitempty"`
	Redacted      bool      `json:"redacted"`
	Placeholders  []string  `json:"placeholders"`
	// Method and URL say what was asked: URL is scheme, host and path,
	// never a query string or user info ("" on rows that predate them).
	Method string `json:"method"`
	URL    string `json:"url"`
	// DurationMs is how long the request took, to the end of the reply
	// body (0: not measured).
	DurationMs int64 `json:"durationMs"`
}

// PromptOverride is the user's own template for a task.
type PromptOverride struct {
	Task      string    `json:"task"`
	Text      string    `json:"text"`
	UpdatedAt time.Time `json:"updatedAt"`
}

// AIConfirmation is what the user confirmed about a provider: where its
// requests go, the variable its key may come from and local or cloud. A
// provider that no longer matches it gets no request until confirmed again
// (the comparison is the caller's: llm.Changes).
type AIConfirmation struct {
	BaseURL   string    `json:"baseURL"`
	APIKeyEnv string    `json:"apiKeyEnv"`
	Kind      string    `json:"kind"`
	At        time.Time `json:"at"`
}

// Generation is a piece of AI writing saved on an application; Text is its
// latest version.
type Generation struct {
	ID            int64     `json:"id"`
	ApplicationID int64     `json:"applicationId"`
	Task          string    `json:"task"`
	Provider      string    `json:"provider"` // "" for the offline analyzer
	Model         string    `json:"model"`
	Format        string    `json:"format"` // markdown or json
	InputDigest   string    `json:"inputDigest"`
	PromptVersion string    `json:"promptVersion"`
	Redacted      bool      `json:"redacted"`
	Partial       bool      `json:"partial"` // cut short by a cancel or an error
	Error         string    `json:"error,omitempty"`
	Text          string    `json:"text"`
	Version       int       `json:"version"` // number of the latest version
	CreatedAt     time.Time `json:"createdAt"`
	UpdatedAt     time.Time `json:"updatedAt"`
}

// GenerationVersion is one version of a generation's text: 1 is what the
// model wrote, later ones are the user's edits.
type GenerationVersion struct {
	GenerationID int64     `json:"generationId"`
	Version      int       `json:"version"`
	Text         string    `json:"text"`
	Author       string    `json:"author"` // model or user
	CreatedAt    time.Time `json:"createdAt"`
}

// Normalise trims the provider's fields and checks that it names a server,
// a model and local or cloud.
func (p *AIProvider) Normalise() error {
	p.Name, p.BaseURL, p.Model = strings.TrimSpace(p.Name), strings.TrimSpace(p.BaseURL), strings.TrimSpace(p.Model)
	p.APIKeyEnv = strings.TrimSpace(p.APIKeyEnv)
	switch {
	case p.Name == "":
		return Invalid("name", "give the provider a name")
	case p.BaseURL == "":
		return Invalid("baseURL", "give the server address")
	case p.Model == "":
		return Invalid("model", "choose a model")
	case p.Kind != "local" && p.Kind != "cloud":
		return Invalid("kind", `kind must be "local" or "cloud"`)
	case p.ContextTokens < 0:
		return Invalid("contextTokens", "the context size cannot be negative")
	}
	return nil
}
