package llm

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/huntbook/huntbook/backend/model"
	openai "github.com/sashabaranov/go-openai"
)

// Limits on what the client sends and waits for.
const (
	maxRequestBytes = 4 << 20          // all message text of one request
	maxMessages     = 500              // messages in one request
	callTimeout     = 10 * time.Minute // a whole Complete when ctx has no deadline (local CPU models are slow)
	idleTimeout     = 5 * time.Minute  // a stream's silence, first byte included (model loading)
	discoverTimeout = 2 * time.Second  // a listing of models made on the side
)

// Client talks to one provider. It is safe for concurrent use.
type Client struct {
	p      Provider
	apiKey string
	hint   string // server name for messages ("Ollama")
	oa     *openai.Client
	http   *http.Client

	mu         sync.Mutex
	onExchange func(Exchange)

	// Retry policy and timing; tests shorten them.
	maxRetries  int
	baseBackoff time.Duration
	maxWait     time.Duration
	sleep       func(ctx context.Context, d time.Duration) error
	flushEvery  time.Duration
	idle        time.Duration
	timeout     time.Duration
	maxText     int // characters a stream may produce
}

// Message is one chat message; Role is "system", "user" or "assistant".
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// Request is one chat request. A nil Temperature leaves the server's default;
// MaxTokens 0 leaves the reply length to the server.
type Request struct {
	Messages    []Message
	Temperature *float32
	MaxTokens   int
}

// New returns a client for p that authenticates with apiKey (may be empty for
// local servers) and sends its requests through httpClient (nil: a default
// client). The client's transport is wrapped to meter every exchange and to
// refuse any request (a redirect's too) to a server other than p's.
func New(p Provider, apiKey string, httpClient *http.Client) *Client {
	hc := &http.Client{}
	if httpClient != nil {
		cp := *httpClient
		hc = &cp
	}
	base := hc.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	c := &Client{
		p:           p,
		apiKey:      apiKey,
		hint:        p.serverHint(),
		maxRetries:  3,
		baseBackoff: time.Second,
		maxWait:     90 * time.Second,
		sleep:       sleepCtx,
		flushEvery:  50 * time.Millisecond,
		idle:        idleTimeout,
		timeout:     callTimeout,
		maxText:     maxStreamChars,
	}
	// Every request, a redirect's included, must go to the provider's own
	// server: the key and the text are for it alone.
	guarded := &originGuard{base: base, origin: Origin(p.BaseURL)}
	hc.Transport = &ledgerTransport{base: guarded, report: c.report, limit: maxReplyBytes}
	c.http = hc
	cfg := openai.DefaultConfig(apiKey)
	cfg.BaseURL = strings.TrimRight(p.BaseURL, "/")
	cfg.HTTPClient = hc
	c.oa = openai.NewClientWithConfig(cfg)
	return c
}

// Provider returns the provider the client was made for.
func (c *Client) Provider() Provider { return c.p }

// OnExchange sets the hook that receives every exchange (nil: none). The hook
// may be called from several goroutines and must not block for long.
func (c *Client) OnExchange(f func(Exchange)) {
	c.mu.Lock()
	c.onExchange = f
	c.mu.Unlock()
}

func (c *Client) report(ex Exchange) {
	c.mu.Lock()
	f := c.onExchange
	c.mu.Unlock()
	if f != nil {
		ex.Err = c.scrub(ex.Err)
		f(ex)
	}
}

// Complete sends r and returns the whole reply.
func (c *Client) Complete(ctx context.Context, r Request) (string, error) {
	return c.complete(ctx, r, nil)
}

func (c *Client) complete(ctx context.Context, r Request, format *openai.ChatCompletionResponseFormat) (string, error) {
	if err := c.check(r); err != nil {
		return "", err
	}
	req := c.chatRequest(r)
	req.ResponseFormat = format
	cctx, cancel := c.withTimeout(ctx)
	defer cancel()
	var resp openai.ChatCompletionResponse
	_, err := c.do(ctx, cctx, func(ctx context.Context) error {
		var err error
		resp, err = c.oa.CreateChatCompletion(ctx, req)
		return err
	})
	if err != nil {
		return "", err
	}
	if len(resp.Choices) == 0 {
		return "", model.Errorf(model.CodeUnavailable, "%s sent a reply without any text", c.hint)
	}
	return resp.Choices[0].Message.Content, nil
}

// Models lists the model ids the server offers (GET /models).
func (c *Client) Models(ctx context.Context) ([]string, error) {
	cctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	ids, err := c.listModels(cctx)
	if err != nil {
		return nil, c.classify(ctx, err)
	}
	return ids, nil
}

func (c *Client) listModels(ctx context.Context) ([]string, error) {
	list, err := c.oa.ListModels(context.WithValue(ctx, callKey, &call{}))
	if err != nil {
		return nil, err
	}
	ids := make([]string, 0, len(list.Models))
	for _, m := range list.Models {
		if m.ID != "" {
			ids = append(ids, m.ID)
		}
	}
	return ids, nil
}

// check refuses requests that cannot be right before anything is sent.
func (c *Client) check(r Request) error {
	if len(r.Messages) == 0 {
		return model.Invalid("messages", "the request has no messages")
	}
	if len(r.Messages) > maxMessages {
		return model.Errorf(model.CodeTooLarge, "the request has %d messages, more than %d", len(r.Messages), maxMessages)
	}
	size := 0
	for i, m := range r.Messages {
		switch m.Role {
		case "system", "user", "assistant":
		default:
			return model.Invalid("messages", "message %d has role %q (want system, user or assistant)", i+1, m.Role)
		}
		size += len(m.Content)
	}
	if size > maxRequestBytes {
		return model.Errorf(model.CodeTooLarge, "the request holds %d MiB of text, more than %d MiB", size>>20, maxRequestBytes>>20)
	}
	if r.MaxTokens < 0 {
		return model.Invalid("maxTokens", "maxTokens cannot be negative")
	}
	if u, err := url.Parse(c.p.BaseURL); err != nil || u.Host == "" {
		return model.Invalid("baseURL", "%q is not a server address", c.p.BaseURL)
	}
	return nil
}

func (c *Client) chatRequest(r Request) openai.ChatCompletionRequest {
	req := openai.ChatCompletionRequest{Model: c.p.Model}
	for _, m := range r.Messages {
		req.Messages = append(req.Messages, openai.ChatCompletionMessage{Role: m.Role, Content: m.Content})
	}
	if r.Temperature != nil {
		t := *r.Temperature
		if t == 0 {
			// go-openai omits a zero temperature; the smallest float says "0" to every server.
			t = math.SmallestNonzeroFloat32
		}
		req.Temperature = t
	}
	if r.MaxTokens > 0 {
		if strings.Contains(c.p.BaseURL, "api.openai.com") {
			req.MaxCompletionTokens = r.MaxTokens // newer OpenAI models refuse max_tokens
		} else {
			// Local OpenAI-compatible servers (Ollama, LM Studio, llama.cpp)
			// read max_tokens, not OpenAI's newer max_completion_tokens.
			req.MaxTokens = r.MaxTokens //nolint:staticcheck // SA1019: see above
		}
	}
	return req
}

func (c *Client) withTimeout(ctx context.Context) (context.Context, context.CancelFunc) {
	if _, ok := ctx.Deadline(); ok {
		return context.WithCancel(ctx)
	}
	return context.WithTimeout(ctx, c.timeout)
}

// do runs one request with retries on 429 and 503, honouring Retry-After. It
// returns the record of the last attempt and a classified error. parent is the
// caller's context, ctx the one (with deadline) the request runs under.
func (c *Client) do(parent, ctx context.Context, f func(context.Context) error) (*call, error) {
	for attempt := 0; ; attempt++ {
		cl := &call{model: c.p.Model}
		err := f(context.WithValue(ctx, callKey, cl))
		if err == nil {
			return cl, nil
		}
		status, retryAfter := cl.get()
		if (status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable) &&
			attempt < c.maxRetries && ctx.Err() == nil {
			wait, ok := c.backoff(retryAfter, attempt)
			if ok {
				if serr := c.sleep(ctx, wait); serr != nil {
					return cl, c.classify(parent, serr)
				}
				continue
			}
		}
		if parent.Err() == nil && ctx.Err() != nil && !errors.Is(err, context.Canceled) {
			err = context.DeadlineExceeded
		}
		return cl, c.classify(parent, err)
	}
}

// backoff returns how long to wait before retry attempt+1: Retry-After
// (seconds or an HTTP date) when given, else exponential with jitter. It
// returns false when the server asks for a wait longer than maxWait.
func (c *Client) backoff(retryAfter string, attempt int) (time.Duration, bool) {
	if d, ok := parseRetryAfter(retryAfter, time.Now()); ok {
		return d, d <= c.maxWait
	}
	d := c.baseBackoff << attempt
	if d > 0 {
		d += time.Duration(rand.Int64N(int64(d)/4 + 1)) //nolint:gosec // G404: retry jitter, not a secret
	}
	return d, true
}

// parseRetryAfter reads a Retry-After value: delay-seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if n, err := strconv.ParseFloat(v, 64); err == nil && n >= 0 && n < 1e6 {
		return time.Duration(n * float64(time.Second)), true
	}
	if t, err := http.ParseTime(v); err == nil {
		d := t.Sub(now)
		if d < 0 {
			d = 0
		}
		return d, true
	}
	return 0, false
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
