// Package assist holds Huntbook's AI tasks: prompt templates grounded in the
// user's profile, the job description and notes; redaction of personal details
// before a prompt leaves for a cloud model; a fabrication check for CV
// tailoring; and the offline analyzer, which needs no model at all.
package assist

import (
	"context"
	"encoding/json"
)

// Message is one chat message; Role is "system", "user" or "assistant".
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// Request is one chat request, shaped like llm.Request.
type Request struct {
	Messages    []Message `json:"messages"`
	Temperature *float32  `json:"temperature,omitempty"`
	MaxTokens   int       `json:"maxTokens,omitempty"`
}

// Model is what the tasks need from a model client (llm.Client through a
// small adapter): a streamed text reply, and a reply decoded as JSON into out
// that matches schema, returning how structured output was obtained.
type Model interface {
	Stream(ctx context.Context, r Request, onDelta func(string)) (string, error)
	JSON(ctx context.Context, r Request, schemaName string, schema json.RawMessage, out any) (mode string, err error)
}
