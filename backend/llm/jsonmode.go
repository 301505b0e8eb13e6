package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/huntbook/huntbook/backend/model"
	openai "github.com/sashabaranov/go-openai"
)

// modeChain is the order structured-output modes are tried in.
var modeChain = []string{ModeJSONSchema, ModeJSONObject, ModePrompt}

// maxEchoChars bounds the bad reply quoted back in a repair request.
const maxEchoChars = 8000

// JSON asks for a reply matching schema (a JSON Schema object) and decodes it
// into out. It tries response_format json_schema, then json_object, then a
// plain prompt, moving on when the server rejects a mode (LM Studio refuses
// json_object, some llama.cpp builds json_schema); it starts from the
// provider's remembered Structured mode when set. Every mode also states the
// schema in the prompt, and the reply is extracted tolerantly (```json fences,
// prose around the object, <think> blocks), validated against the schema and,
// when invalid, repaired by one more request quoting the problems.
//
// The mode returned is the one to remember for this provider: the mode the
// server accepted, or ModePrompt when it accepted response_format but did not
// honour it (the JSON had to be dug out of prose, as with Anthropic).
func (c *Client) JSON(ctx context.Context, r Request, schemaName string, schemaJSON json.RawMessage, out any) (string, error) {
	return c.json(ctx, r, schemaName, schemaJSON, out, c.p.Structured)
}

// json is JSON starting the mode chain at from ("" for the first mode).
func (c *Client) json(ctx context.Context, r Request, schemaName string, schemaJSON json.RawMessage, out any, from string) (string, error) {
	sch, err := parseSchema(schemaJSON)
	if err != nil {
		return "", &model.Error{Code: model.CodeInternal, Message: "the schema for " + schemaName + " is not valid JSON Schema", Err: err}
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, schemaJSON); err != nil {
		return "", &model.Error{Code: model.CodeInternal, Message: "the schema for " + schemaName + " is not valid JSON", Err: err}
	}
	start := 0
	for i, m := range modeChain {
		if m == from {
			start = i
		}
	}
	msgs := withInstruction(r.Messages, compact.String())
	var lastErr error
	for _, mode := range modeChain[start:] {
		req := Request{Messages: msgs, Temperature: r.Temperature, MaxTokens: r.MaxTokens}
		format := responseFormat(mode, schemaName, compact.Bytes())
		raw, err := c.complete(ctx, req, format)
		if err != nil {
			if mode != ModePrompt && rejectedFormat(err) {
				lastErr = err
				continue
			}
			return mode, err
		}
		obj, direct, problems := decodeReply(raw, sch)
		if len(problems) > 0 {
			req.Messages = repairMessages(msgs, raw, problems)
			raw, err = c.complete(ctx, req, format)
			if err != nil {
				return mode, err
			}
			obj, direct, problems = decodeReply(raw, sch)
			if len(problems) > 0 {
				return mode, model.Errorf(model.CodeInvalid, "the model's reply did not match the %s format, even after a retry: %s",
					schemaName, strings.Join(problems, "; "))
			}
		}
		if err := json.Unmarshal(obj, out); err != nil {
			return mode, &model.Error{Code: model.CodeInvalid, Message: "the model's reply does not fit " + schemaName, Err: err}
		}
		if !direct {
			mode = ModePrompt
		}
		return mode, nil
	}
	return ModePrompt, lastErr
}

// withInstruction states the schema in the system message (added in front
// when there is none).
func withInstruction(msgs []Message, schema string) []Message {
	instr := "Answer with one JSON object and nothing else: no prose, no Markdown fences. It must match this JSON Schema:\n" + schema
	out := make([]Message, 0, len(msgs)+1)
	done := false
	for _, m := range msgs {
		if m.Role == "system" && !done {
			m.Content = strings.TrimRight(m.Content, "\n") + "\n\n" + instr
			done = true
		}
		out = append(out, m)
	}
	if !done {
		out = append([]Message{{Role: "system", Content: instr}}, out...)
	}
	return out
}

func repairMessages(msgs []Message, raw string, problems []string) []Message {
	if r := []rune(raw); len(r) > maxEchoChars {
		raw = string(r[:maxEchoChars]) + "…"
	}
	out := append([]Message(nil), msgs...)
	return append(out,
		Message{Role: "assistant", Content: raw},
		Message{Role: "user", Content: "That reply does not match the schema:\n- " + strings.Join(problems, "\n- ") +
			"\nSend the corrected JSON object only."})
}

func responseFormat(mode, name string, schema []byte) *openai.ChatCompletionResponseFormat {
	switch mode {
	case ModeJSONSchema:
		return &openai.ChatCompletionResponseFormat{
			Type:       openai.ChatCompletionResponseFormatTypeJSONSchema,
			JSONSchema: &openai.ChatCompletionResponseFormatJSONSchema{Name: safeName(name), Schema: json.RawMessage(schema)},
		}
	case ModeJSONObject:
		return &openai.ChatCompletionResponseFormat{Type: openai.ChatCompletionResponseFormatTypeJSONObject}
	}
	return nil
}

// safeName fits OpenAI's rule for schema names: [a-zA-Z0-9_-], at most 64.
func safeName(s string) string {
	b := []byte(s)
	for i, ch := range b {
		if !(ch == '_' || ch == '-' || ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z') {
			b[i] = '_'
		}
	}
	if len(b) > 64 {
		b = b[:64]
	}
	if len(b) == 0 {
		return "reply"
	}
	return string(b)
}

// rejectedFormat reports whether err is the server refusing a request for
// its response_format rather than for its content, key or model.
func rejectedFormat(err error) bool {
	var me *model.Error
	if !errors.As(err, &me) || me.Code == model.CodeTooLarge || me.Code == model.CodeNotFound || me.Field == "apiKey" {
		return false
	}
	switch st := statusOf(err); {
	case st == 400 || st == 422:
		return true
	case st >= 500:
		m := strings.ToLower(me.Message)
		return strings.Contains(m, "format") || strings.Contains(m, "schema") || strings.Contains(m, "grammar")
	}
	return false
}

// decodeReply finds the JSON object in raw and validates it. direct is false
// when the object had to be dug out of other text.
func decodeReply(raw string, sch *schema) (obj []byte, direct bool, problems []string) {
	obj, direct, err := extractJSON(raw)
	if err != nil {
		return nil, false, []string{err.Error()}
	}
	dec := json.NewDecoder(bytes.NewReader(obj))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, false, []string{"the reply is not valid JSON: " + err.Error()}
	}
	return obj, direct, sch.validate(v)
}

// maxCandidates bounds how many '{' positions extraction tries.
const maxCandidates = 32

// extractJSON returns the JSON object in a model's reply: the whole reply when
// it is one, else the first ```json fence that holds one, else the outermost
// balanced {...} that parses. <think>...</think> blocks are dropped first.
func extractJSON(raw string) ([]byte, bool, error) {
	s := stripThink(raw)
	t := strings.TrimSpace(s)
	if strings.HasPrefix(t, "{") && json.Valid([]byte(t)) {
		return []byte(t), s == raw, nil
	}
	for rest := s; ; {
		i := strings.Index(rest, "```")
		if i < 0 {
			break
		}
		body := rest[i+3:]
		if nl := strings.IndexByte(body, '\n'); nl >= 0 && !strings.Contains(body[:nl], "{") {
			body = body[nl+1:] // language tag line
		}
		end := strings.Index(body, "```")
		if end < 0 {
			break
		}
		if f := strings.TrimSpace(body[:end]); strings.HasPrefix(f, "{") && json.Valid([]byte(f)) {
			return []byte(f), false, nil
		}
		rest = body[end+3:]
	}
	tries := 0
	for i := 0; i < len(s) && tries < maxCandidates; i++ {
		if s[i] != '{' {
			continue
		}
		tries++
		if end := matchBrace(s, i); end > 0 && json.Valid([]byte(s[i:end])) {
			return []byte(s[i:end]), false, nil
		}
	}
	if len(t) > 80 {
		t = t[:80] + "…"
	}
	return nil, false, fmt.Errorf("the reply holds no JSON object (it starts %q)", t)
}

// matchBrace returns the index after the brace closing the one at i, or -1.
func matchBrace(s string, i int) int {
	depth, inStr, esc := 0, false, false
	for j := i; j < len(s); j++ {
		ch := s[j]
		switch {
		case esc:
			esc = false
		case inStr && ch == '\\':
			esc = true
		case ch == '"':
			inStr = !inStr
		case inStr:
		case ch == '{':
			depth++
		case ch == '}':
			depth--
			if depth == 0 {
				return j + 1
			}
		}
	}
	return -1
}

// stripThink drops reasoning blocks some local models put before the answer.
func stripThink(s string) string {
	for {
		i := strings.Index(s, "<think>")
		if i < 0 {
			return s
		}
		j := strings.Index(s[i:], "</think>")
		if j < 0 {
			return s[:i]
		}
		s = s[:i] + s[i+j+len("</think>"):]
	}
}
