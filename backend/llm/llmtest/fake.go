// Package llmtest is an httptest fake of an OpenAI-compatible model server
// (POST /v1/chat/completions, plain and SSE streaming, GET /v1/models) with the
// quirks of real servers: LM Studio refusing json_object, llama.cpp refusing
// json_schema, Anthropic ignoring response_format, Ollama silently truncating
// long prompts, streams cut mid-way or carrying garbage, 429 with Retry-After,
// 401, unknown models and context-length errors. It records every request body
// so tests (redaction, prompts) can assert on what left the machine.
package llmtest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// Quirk selects a real server's behaviour.
type Quirk string

// Quirks of real servers.
const (
	// OpenAI answers like api.openai.com (the default).
	OpenAI Quirk = ""
	// LMStudio refuses response_format json_object with a 400 whose error is a string.
	LMStudio Quirk = "lmstudio"
	// LlamaCpp refuses response_format json_schema and reports context overflow
	// as "exceeds the available context size".
	LlamaCpp Quirk = "llamacpp"
	// Anthropic ignores response_format and wraps JSON replies in prose and a ```json fence.
	Anthropic Quirk = "anthropic"
	// Ollama silently drops the start of prompts longer than ContextTokens and
	// answers unknown models with 404 "model ... not found, try pulling it first".
	Ollama Quirk = "ollama"
)

// Config scripts the fake. The zero value answers "ok" to everything.
type Config struct {
	Quirk Quirk
	// Reply returns the model's text for a request; nil answers "ok".
	Reply func(Call) string
	// Models the server offers; when non-empty, other model names get a 404.
	Models []string
	// APIKey, when set, is required as "Authorization: Bearer <key>" (else 401).
	APIKey string
	// ChunkRunes is how many runes each stream chunk carries (default 4).
	ChunkRunes int
	// ChunkDelay is the pause between stream chunks.
	ChunkDelay time.Duration
	// FirstByteDelay holds back the response headers (for cancel tests).
	FirstByteDelay time.Duration
	// CutAfter > 0 closes the connection after that many content chunks,
	// without a final chunk or [DONE].
	CutAfter int
	// OmitDone ends the stream after the finish_reason chunk without "data: [DONE]"
	// (some servers do).
	OmitDone bool
	// IgnoreStream answers stream requests with one plain JSON completion
	// (some proxies and old servers do).
	IgnoreStream bool
	// Garbage sends a data line that is not JSON after the first chunk.
	Garbage bool
	// ContextTokens > 0 is the context window (tokens counted as bytes/4):
	// longer prompts get the quirk's context error, or with Ollama are truncated.
	ContextTokens int
	// OnChunk, when set, is told each stream chunk just before it is written (benchmarks).
	OnChunk func(content string, at time.Time)
}

// Fault is a one-shot HTTP error reply to the next chat request.
type Fault struct {
	Status int
	Header map[string]string
	Body   string
}

// RateLimited is a 429 with the given Retry-After value ("" for none).
func RateLimited(retryAfter string) Fault {
	f := Fault{Status: 429, Body: `{"error":{"message":"Rate limit reached for requests","type":"requests","param":null,"code":"rate_limit_exceeded"}}`}
	if retryAfter != "" {
		f.Header = map[string]string{"Retry-After": retryAfter}
	}
	return f
}

// Overloaded is a 503 with the given Retry-After value ("" for none).
func Overloaded(retryAfter string) Fault {
	f := Fault{Status: 503, Body: `{"error":{"message":"The server is overloaded","type":"server_error"}}`}
	if retryAfter != "" {
		f.Header = map[string]string{"Retry-After": retryAfter}
	}
	return f
}

// Message is a chat message as received.
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// ChatRequest is the decoded body of a chat-completions request.
type ChatRequest struct {
	Model          string          `json:"model"`
	Messages       []Message       `json:"messages"`
	Stream         bool            `json:"stream"`
	Temperature    *float64        `json:"temperature"`
	MaxTokens      int             `json:"max_tokens"`
	MaxCompletion  int             `json:"max_completion_tokens"`
	ResponseFormat *ResponseFormat `json:"response_format"`
}

// ResponseFormat is the request's response_format.
type ResponseFormat struct {
	Type       string `json:"type"`
	JSONSchema *struct {
		Name   string          `json:"name"`
		Schema json.RawMessage `json:"schema"`
	} `json:"json_schema"`
}

// Format returns the response_format type or "".
func (r ChatRequest) Format() string {
	if r.ResponseFormat == nil {
		return ""
	}
	return r.ResponseFormat.Type
}

// Text joins the messages' contents.
func (r ChatRequest) Text() string {
	var b strings.Builder
	for _, m := range r.Messages {
		b.WriteString(m.Content)
		b.WriteString("\n")
	}
	return b.String()
}

// Call is what the Reply function sees: the request and the prompt text the
// "model" actually got (shorter than the request when Ollama truncated it).
type Call struct {
	Request ChatRequest
	Visible string
	N       int // 1 for the first chat request, 2 for the second...
}

// Recorded is one request as received.
type Recorded struct {
	Method, Path string
	Header       http.Header
	Body         []byte
	Chat         ChatRequest // decoded for chat requests
}

// Server is a running fake.
type Server struct {
	*httptest.Server
	// URL is the base URL to give the client, ending in /v1.
	URL string

	mu       sync.Mutex
	cfg      Config
	faults   []Fault
	requests []Recorded
	chats    int
}

// New starts a fake with cfg; it is closed when the test ends.
func New(tb testing.TB, cfg Config) *Server {
	s := &Server{cfg: cfg}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	s.URL = s.Server.URL + "/v1"
	tb.Cleanup(s.Close)
	return s
}

// Close stops the server; in-flight streams are cut.
func (s *Server) Close() {
	s.CloseClientConnections()
	s.Server.Close()
}

// Update changes the configuration.
func (s *Server) Update(f func(*Config)) {
	s.mu.Lock()
	f(&s.cfg)
	s.mu.Unlock()
}

// Fail queues one-shot error replies for the next chat requests, in order.
func (s *Server) Fail(faults ...Fault) {
	s.mu.Lock()
	s.faults = append(s.faults, faults...)
	s.mu.Unlock()
}

// Requests returns every request received so far.
func (s *Server) Requests() []Recorded {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Recorded(nil), s.requests...)
}

// Chats returns the chat requests received so far.
func (s *Server) Chats() []ChatRequest {
	var out []ChatRequest
	for _, r := range s.Requests() {
		if strings.HasSuffix(r.Path, "/chat/completions") {
			out = append(out, r.Chat)
		}
	}
	return out
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(io.LimitReader(r.Body, 64<<20))
	rec := Recorded{Method: r.Method, Path: r.URL.Path, Header: r.Header.Clone(), Body: body}
	isChat := r.Method == http.MethodPost && r.URL.Path == "/v1/chat/completions"
	if isChat {
		_ = json.Unmarshal(body, &rec.Chat)
	}
	s.mu.Lock()
	s.requests = append(s.requests, rec)
	cfg := s.cfg
	var fault *Fault
	n := 0
	if isChat {
		s.chats++
		n = s.chats
		if len(s.faults) > 0 {
			fault = &s.faults[0]
			s.faults = s.faults[1:]
		}
	}
	s.mu.Unlock()

	if cfg.APIKey != "" && r.Header.Get("Authorization") != "Bearer "+cfg.APIKey {
		writeError(w, 401, `{"error":{"message":"Incorrect API key provided.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}`)
		return
	}
	switch {
	case r.Method == http.MethodGet && r.URL.Path == "/v1/models":
		s.models(w, cfg)
	case isChat:
		if fault != nil {
			for k, v := range fault.Header {
				w.Header().Set(k, v)
			}
			writeError(w, fault.Status, fault.Body)
			return
		}
		s.chat(w, r, cfg, rec.Chat, n)
	default:
		writeError(w, 404, `{"error":{"message":"not found","type":"invalid_request_error"}}`)
	}
}

func writeError(w http.ResponseWriter, status int, body string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = io.WriteString(w, body)
}

func (s *Server) models(w http.ResponseWriter, cfg Config) {
	type entry struct {
		ID      string `json:"id"`
		Object  string `json:"object"`
		Created int64  `json:"created"`
		OwnedBy string `json:"owned_by"`
	}
	list := struct {
		Object string  `json:"object"`
		Data   []entry `json:"data"`
	}{Object: "list", Data: []entry{}}
	owner := map[Quirk]string{Ollama: "library", LlamaCpp: "llamacpp", LMStudio: "organization_owner", Anthropic: "anthropic", OpenAI: "system"}[cfg.Quirk]
	for _, m := range cfg.Models {
		list.Data = append(list.Data, entry{ID: m, Object: "model", Created: 1700000000, OwnedBy: owner})
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(list)
}

func (s *Server) chat(w http.ResponseWriter, r *http.Request, cfg Config, req ChatRequest, n int) {
	if len(req.Messages) == 0 {
		writeError(w, 400, `{"error":{"message":"'messages' is a required property","type":"invalid_request_error"}}`)
		return
	}
	if len(cfg.Models) > 0 && !contains(cfg.Models, req.Model) {
		s.modelNotFound(w, cfg.Quirk, req.Model)
		return
	}
	switch {
	case cfg.Quirk == LMStudio && req.Format() == "json_object":
		writeError(w, 400, `{"error":"'response_format.type' must be 'json_schema' or 'text'"}`)
		return
	case cfg.Quirk == LlamaCpp && req.Format() == "json_schema":
		writeError(w, 400, `{"error":{"code":400,"message":"response_format type must be one of \"text\" or \"json_object\", `+
			`but got: json_schema","type":"invalid_request_error"}}`)
		return
	}
	visible := req.Text()
	if cfg.ContextTokens > 0 && len(visible)/4 > cfg.ContextTokens {
		if cfg.Quirk == Ollama {
			visible = visible[len(visible)-cfg.ContextTokens*4:] // keeps the end, like Ollama
		} else {
			s.contextError(w, cfg.Quirk, len(visible)/4, cfg.ContextTokens)
			return
		}
	}
	if cfg.FirstByteDelay > 0 {
		select {
		case <-time.After(cfg.FirstByteDelay):
		case <-r.Context().Done():
			return
		}
	}
	reply := "ok"
	if cfg.Reply != nil {
		reply = cfg.Reply(Call{Request: req, Visible: visible, N: n})
	}
	if cfg.Quirk == Anthropic && strings.HasPrefix(strings.TrimSpace(reply), "{") {
		reply = "Here is the JSON you asked for:\n\n```json\n" + reply + "\n```\n\nLet me know if you need anything else."
	}
	if req.Stream && !cfg.IgnoreStream {
		s.stream(w, r, cfg, req, reply)
		return
	}
	resp := map[string]any{
		"id": "chatcmpl-fake", "object": "chat.completion", "created": time.Now().Unix(), "model": req.Model,
		"choices": []any{map[string]any{"index": 0, "message": map[string]any{"role": "assistant", "content": reply}, "finish_reason": "stop"}},
		"usage":   map[string]int{"prompt_tokens": len(visible) / 4, "completion_tokens": len(reply) / 4, "total_tokens": (len(visible) + len(reply)) / 4},
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(resp)
}

func (s *Server) modelNotFound(w http.ResponseWriter, q Quirk, m string) {
	switch q {
	case Ollama:
		writeError(w, 404, fmt.Sprintf(`{"error":{"message":"model \"%s\" not found, try pulling it first","type":"api_error","param":null,"code":null}}`, m))
	case LMStudio:
		writeError(w, 400, fmt.Sprintf(`{"error":"Model \"%s\" not found. Please load it first."}`, m))
	default:
		writeError(w, 404, fmt.Sprintf(`{"error":{"message":"The model `+"`%s`"+` does not exist or you do not have access to it.",`+
			`"type":"invalid_request_error","param":null,"code":"model_not_found"}}`, m))
	}
}

func (s *Server) contextError(w http.ResponseWriter, q Quirk, got, limit int) {
	switch q {
	case LlamaCpp:
		writeError(w, 400, fmt.Sprintf(`{"error":{"code":400,"message":"the request exceeds the available context size, try increasing it",`+
			`"type":"exceed_context_size_error","n_prompt_tokens":%d,"n_ctx":%d}}`, got, limit))
	case Anthropic:
		writeError(w, 400, fmt.Sprintf(`{"error":{"type":"invalid_request_error","message":"prompt is too long: %d tokens > %d maximum"}}`, got, limit))
	default:
		writeError(w, 400, fmt.Sprintf(`{"error":{"message":"This model's maximum context length is %d tokens. `+
			`However, your messages resulted in %d tokens. Please reduce the length of the messages.",`+
			`"type":"invalid_request_error","param":"messages","code":"context_length_exceeded"}}`, limit, got))
	}
}

func (s *Server) stream(w http.ResponseWriter, r *http.Request, cfg Config, req ChatRequest, reply string) {
	fl, _ := w.(http.Flusher)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(200)
	send := func(delta map[string]any, finish any) {
		b, _ := json.Marshal(map[string]any{
			"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": time.Now().Unix(), "model": req.Model,
			"choices": []any{map[string]any{"index": 0, "delta": delta, "finish_reason": finish}},
		})
		fmt.Fprintf(w, "data: %s\n\n", b)
		if fl != nil {
			fl.Flush()
		}
	}
	send(map[string]any{"role": "assistant", "content": ""}, nil)
	size := cfg.ChunkRunes
	if size <= 0 {
		size = 4
	}
	runes := []rune(reply)
	for i, k := 0, 0; i < len(runes); i, k = i+size, k+1 {
		if cfg.CutAfter > 0 && k == cfg.CutAfter {
			panic(http.ErrAbortHandler) // drops the connection mid-stream
		}
		if k > 0 && cfg.ChunkDelay > 0 {
			select {
			case <-time.After(cfg.ChunkDelay):
			case <-r.Context().Done():
				return
			}
		}
		piece := string(runes[i:min(i+size, len(runes))])
		if cfg.OnChunk != nil {
			cfg.OnChunk(piece, time.Now())
		}
		send(map[string]any{"content": piece}, nil)
		if k == 0 && cfg.Garbage {
			fmt.Fprint(w, "data: {\"choices\":[{\"delta\":{\"content\":<html>502 Bad Gateway</html>\n\n")
			if fl != nil {
				fl.Flush()
			}
		}
	}
	if cfg.CutAfter > 0 {
		panic(http.ErrAbortHandler)
	}
	send(map[string]any{}, "stop")
	if cfg.OmitDone {
		return
	}
	fmt.Fprint(w, "data: [DONE]\n\n")
	if fl != nil {
		fl.Flush()
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
