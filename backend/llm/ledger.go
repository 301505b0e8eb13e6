package llm

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Exchange is one HTTP request to a model server, as the ledger shows it: when,
// to which host, for which task, how many bytes left the machine and came back,
// and how it ended. It never holds the text or the API key.
type Exchange struct {
	At            time.Time `json:"at"`
	Host          string    `json:"host"`
	Model         string    `json:"model"`
	Task          string    `json:"task"`
	BytesSent     int64     `json:"bytesSent"`
	BytesReceived int64     `json:"bytesReceived"`
	Status        string    `json:"status"` // "200 OK", "429 Too Many Requests", "" when no reply
	Err           string    `json:"err,omitempty"`
	// Method and URL say what was asked (URL: scheme, host and path, never
	// the query); Duration runs to the end of the reply body.
	Method   string        `json:"method"`
	URL      string        `json:"url"`
	Duration time.Duration `json:"duration"`
	start    time.Time     // monotonic, for Duration (At is UTC, which has none)
}

type ctxKey int

const (
	taskKey ctxKey = iota
	callKey
)

// WithTask labels the requests made with ctx (e.g. "cover-letter") for the ledger.
func WithTask(ctx context.Context, task string) context.Context {
	return context.WithValue(ctx, taskKey, task)
}

func taskFrom(ctx context.Context) string {
	s, _ := ctx.Value(taskKey).(string)
	return s
}

// call collects what the client needs to know about one HTTP exchange that
// go-openai does not expose: the status, Retry-After and whether a stream
// ended with its [DONE] marker.
type call struct {
	model      string
	mu         sync.Mutex
	status     int
	retryAfter string
	done       atomic.Bool
	// plain keeps a JSON body that arrived where a stream was asked for
	// (servers that ignore "stream": true).
	plain []byte
}

func (c *call) set(status int, retryAfter string) {
	c.mu.Lock()
	c.status, c.retryAfter = status, retryAfter
	c.mu.Unlock()
}

func (c *call) get() (int, string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.status, c.retryAfter
}

func callFrom(ctx context.Context) *call {
	c, _ := ctx.Value(callKey).(*call)
	return c
}

// maxReplyBytes caps any reply body (JSON or a whole stream): model output is
// untrusted input.
const maxReplyBytes = 16 << 20

// errReplyTooLarge is returned by a reply body read past maxReplyBytes.
var errReplyTooLarge = fmt.Errorf("reply larger than %d MiB", maxReplyBytes>>20)

// ledgerTransport wraps the caller's transport: it meters and caps bodies,
// records status and Retry-After for the client and reports each exchange.
type ledgerTransport struct {
	base   http.RoundTripper
	report func(Exchange)
	limit  int64 // body cap, maxReplyBytes
}

func (t *ledgerTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	now := time.Now()
	ex := Exchange{At: now.UTC(), start: now, Host: req.URL.Host, Task: taskFrom(ctx), Method: req.Method,
		URL: req.URL.Scheme + "://" + req.URL.Host + req.URL.EscapedPath()}
	cl := callFrom(ctx)
	if cl != nil {
		ex.Model = cl.model
	}
	var sent atomic.Int64
	if req.Body != nil && req.Body != http.NoBody {
		req.Body = &countingReader{rc: req.Body, n: &sent}
	}
	resp, err := t.base.RoundTrip(req)
	ex.BytesSent = sent.Load()
	if err != nil {
		ex.Err = err.Error()
		ex.Duration = time.Since(ex.start)
		t.report(ex)
		return nil, err
	}
	ex.Status = resp.Status
	if cl != nil {
		cl.set(resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	ct := resp.Header.Get("Content-Type")
	resp.Body = &meteredBody{rc: resp.Body, ex: ex, report: t.report, call: cl, limit: t.limit,
		stream:    strings.HasPrefix(ct, "text/event-stream"),
		keepPlain: cl != nil && resp.StatusCode == http.StatusOK && strings.HasPrefix(ct, "application/json") && isStreamRequest(req)}
	return resp, nil
}

type countingReader struct {
	rc io.ReadCloser
	n  *atomic.Int64
}

func (r *countingReader) Read(p []byte) (int, error) {
	n, err := r.rc.Read(p)
	r.n.Add(int64(n))
	return n, err
}

func (r *countingReader) Close() error { return r.rc.Close() }

var doneMarker = []byte("data: [DONE]")

// meteredBody counts and caps a reply body, notices the stream's [DONE]
// marker and reports the exchange once, when the body ends or is closed. Read
// and Close may run on different goroutines.
type meteredBody struct {
	rc     io.ReadCloser
	report func(Exchange)
	call   *call
	once   sync.Once
	mu     sync.Mutex
	ex     Exchange
	limit  int64
	tail   []byte
	eof    bool
	// stream: an event stream, whose early close the ledger notes.
	stream bool
	// keepPlain: copy the body to call.plain.
	keepPlain bool
}

func (b *meteredBody) Read(p []byte) (int, error) {
	b.mu.Lock()
	got := b.ex.BytesReceived
	b.mu.Unlock()
	if got >= b.limit {
		b.finish(errReplyTooLarge)
		return 0, errReplyTooLarge
	}
	if rest := b.limit - got; int64(len(p)) > rest {
		p = p[:rest]
	}
	n, err := b.rc.Read(p)
	b.mu.Lock()
	b.ex.BytesReceived += int64(n)
	if b.keepPlain && n > 0 {
		b.call.plain = append(b.call.plain, p[:n]...)
	}
	if err != nil {
		b.eof = true
	}
	if n > 0 && b.call != nil && !b.call.done.Load() {
		// Look for the marker across read boundaries.
		buf := append(b.tail, p[:n]...)
		if bytes.Contains(buf, doneMarker) {
			b.call.done.Store(true)
		}
		if keep := len(doneMarker) - 1; len(buf) > keep {
			buf = buf[len(buf)-keep:]
		}
		b.tail = append(b.tail[:0], buf...)
	}
	b.mu.Unlock()
	switch {
	case err == io.EOF:
		b.finish(nil)
	case err != nil:
		b.finish(err)
	}
	return n, err
}

func (b *meteredBody) Close() error {
	b.mu.Lock()
	early := b.stream && !b.eof && (b.call == nil || !b.call.done.Load())
	b.mu.Unlock()
	if early {
		b.finish(errClosedEarly)
	} else {
		b.finish(nil)
	}
	return b.rc.Close()
}

var errClosedEarly = errors.New("stream closed before its end")

// isStreamRequest tells a chat request that asked for a stream: go-openai
// sets this Accept header only then.
func isStreamRequest(req *http.Request) bool {
	return req.Header.Get("Accept") == "text/event-stream"
}

func (b *meteredBody) finish(err error) {
	b.once.Do(func() {
		b.mu.Lock()
		ex := b.ex
		b.mu.Unlock()
		ex.Duration = time.Since(ex.start)
		if err != nil {
			ex.Err = err.Error()
		}
		b.report(ex)
	})
}
