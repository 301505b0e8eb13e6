package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
	"unicode"

	"github.com/huntbook/huntbook/backend/model"
	openai "github.com/sashabaranov/go-openai"
)

// statusError keeps the HTTP status and the server's own message behind a
// *model.Error, so the client can decide on fallbacks without parsing text.
type statusError struct {
	Status int
	Msg    string
	Err    error
}

func (e *statusError) Error() string {
	if e.Msg == "" {
		return fmt.Sprintf("status %d", e.Status)
	}
	return fmt.Sprintf("status %d: %s", e.Status, e.Msg)
}

func (e *statusError) Unwrap() error { return e.Err }

// statusOf returns the HTTP status behind err, or 0.
func statusOf(err error) int {
	var se *statusError
	if errors.As(err, &se) {
		return se.Status
	}
	return 0
}

// contextTooLong lists what servers say when the prompt does not fit: OpenAI,
// vLLM, llama.cpp, LM Studio, Ollama, Anthropic.
var contextTooLong = []string{
	"context_length_exceeded",
	"maximum context length",
	"exceeds the available context size",
	"exceed_context_size",
	"context length",
	"context window",
	"prompt is too long",
	"too many tokens",
	"input is too long",
	"reduce the length",
}

func isContextTooLong(msg string) bool {
	m := strings.ToLower(msg)
	for _, s := range contextTooLong {
		if strings.Contains(m, s) {
			return true
		}
	}
	return false
}

func isModelNotFound(msg, code string) bool {
	m := strings.ToLower(msg)
	if code == "model_not_found" {
		return true
	}
	return strings.Contains(m, "model") &&
		(strings.Contains(m, "not found") || strings.Contains(m, "does not exist") ||
			strings.Contains(m, "no such model") || strings.Contains(m, "not loaded") ||
			strings.Contains(m, "unknown model"))
}

// serverMessage extracts the status, the server's message and its error code
// from go-openai's error types. Servers differ: {"error":{"message":...}},
// {"error":"..."} (LM Studio, Ollama's native API), {"message":...} or plain text.
func serverMessage(err error) (status int, msg, code string, ok bool) {
	// RequestError first: for {"error":"text"} it wraps an empty APIError.
	var reqErr *openai.RequestError
	if errors.As(err, &reqErr) {
		return reqErr.HTTPStatusCode, bodyMessage(reqErr.Body), "", reqErr.HTTPStatusCode != 0
	}
	var apiErr *openai.APIError
	if errors.As(err, &apiErr) {
		if s, isStr := apiErr.Code.(string); isStr {
			code = s
		}
		if code == "" {
			code = apiErr.Type
		}
		return apiErr.HTTPStatusCode, apiErr.Message, code, true
	}
	return 0, "", "", false
}

func bodyMessage(body []byte) string {
	var v struct {
		Error   json.RawMessage `json:"error"`
		Message string          `json:"message"`
		Detail  string          `json:"detail"`
	}
	if json.Unmarshal(body, &v) == nil {
		var s string
		if json.Unmarshal(v.Error, &s) == nil && s != "" {
			return s
		}
		var o struct {
			Message string `json:"message"`
		}
		if json.Unmarshal(v.Error, &o) == nil && o.Message != "" {
			return o.Message
		}
		if v.Message != "" {
			return v.Message
		}
		if v.Detail != "" {
			return v.Detail
		}
	}
	return string(body)
}

// clean makes a server message fit for the UI: printable, one line, short.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 300 {
		s = string(r[:300]) + "…"
	}
	return s
}

// classify turns an error from go-openai or the transport into a *model.Error
// with a message for the user. parent is the caller's context: when it is done
// the user stopped the request.
func (c *Client) classify(parent context.Context, err error) *model.Error {
	if err == nil {
		return nil
	}
	var me *model.Error
	if errors.As(err, &me) {
		return me
	}
	if parent.Err() != nil {
		return &model.Error{Code: model.CodeCanceled, Message: "stopped before the model finished", Err: parent.Err()}
	}
	if errors.Is(err, errReplyTooLarge) {
		return &model.Error{Code: model.CodeTooLarge, Message: "the server's reply is larger than Huntbook accepts", Err: err}
	}
	status, msg, code, ok := serverMessage(err)
	if !ok {
		return c.transportError(err)
	}
	msg = c.scrub(clean(msg))
	se := &statusError{Status: status, Msg: msg}
	said := ""
	if msg != "" {
		said = ": " + msg
	}
	switch {
	case isContextTooLong(msg) || code == "context_length_exceeded" || status == 413:
		return &model.Error{Code: model.CodeTooLarge, Message: "the text is too long for this model's context window (server said" + said + ")", Err: se}
	case status == 401 || status == 403:
		m := fmt.Sprintf("%s refused the API key (%d)%s", c.hint, status, said)
		if c.apiKey == "" {
			m = fmt.Sprintf("%s asks for an API key (%d)%s", c.hint, status, said)
		}
		return &model.Error{Code: model.CodeInvalid, Field: "apiKey", Message: m, Err: se}
	case status == 404 || isModelNotFound(msg, code):
		return &model.Error{Code: model.CodeNotFound, Field: "model", Message: c.modelNotFound(parent, msg), Err: se}
	case status == 429:
		return &model.Error{Code: model.CodeUnavailable, Message: fmt.Sprintf("%s is limiting requests (429); try again in a minute%s", c.hint, said), Err: se}
	case status == 0:
		return &model.Error{Code: model.CodeUnavailable, Message: fmt.Sprintf("%s reported an error%s", c.hint, said), Err: se}
	case status >= 500:
		return &model.Error{Code: model.CodeUnavailable, Message: fmt.Sprintf("%s failed (%d)%s", c.hint, status, said), Err: se}
	default:
		return &model.Error{Code: model.CodeInvalid, Message: fmt.Sprintf("%s rejected the request (%d)%s", c.hint, status, said), Err: se}
	}
}

// transportError explains a request that got no HTTP reply.
func (c *Client) transportError(err error) *model.Error {
	where := c.origin()
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() || errors.Is(err, context.DeadlineExceeded) {
		return &model.Error{Code: model.CodeUnavailable, Message: fmt.Sprintf("no answer from %s in time", where), Err: err}
	}
	var ue *url.Error
	if errors.As(err, &ue) || errors.As(err, &ne) {
		m := fmt.Sprintf("cannot reach %s: is %s running?", where, c.hint)
		if c.p.Kind == KindCloud {
			m = fmt.Sprintf("cannot reach %s: check the address and your internet connection", where)
		}
		return &model.Error{Code: model.CodeUnavailable, Message: m, Err: errors.New(c.scrub(err.Error()))}
	}
	return &model.Error{Code: model.CodeInternal, Message: c.scrub(fmt.Sprintf("talk to %s: %v", where, err)), Err: err}
}

// modelNotFound names the missing model and, when the server lists its
// models, the ones it has.
func (c *Client) modelNotFound(parent context.Context, msg string) string {
	m := fmt.Sprintf("model %q is not available on %s", c.p.Model, c.hint)
	ctx, cancel := context.WithTimeout(parent, discoverTimeout)
	defer cancel()
	ids, err := c.listModels(ctx)
	switch {
	case err == nil && len(ids) > 0:
		if len(ids) > 20 {
			ids = append(ids[:20:20], "…")
		}
		m += "; available: " + strings.Join(ids, ", ")
	case msg != "":
		m += " (server said: " + msg + ")"
	}
	return m
}

// scrub removes the API key from text that may reach the UI or a log.
func (c *Client) scrub(s string) string {
	if len(c.apiKey) >= 4 {
		s = strings.ReplaceAll(s, c.apiKey, "[key]")
	}
	return s
}

// origin is scheme://host of the provider, for messages.
func (c *Client) origin() string {
	u, err := url.Parse(c.p.BaseURL)
	if err != nil || u.Host == "" {
		return "the server"
	}
	return u.Scheme + "://" + u.Host
}
