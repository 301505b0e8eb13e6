// Package outbound records the HTTP requests Huntbook sends in the request
// ledger (store.LedgerEntry). Transport is an http.RoundTripper that writes
// one row per request: when, for which task, to which address (scheme, host
// and path only: never the query string, user info or a header, so tokens,
// codes and keys stay out), the status or the error, the bytes each way and
// how long it took. Every client that reaches the network wraps its
// transport in one; a redirect is a request of its own and gets its own row.
package outbound

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// Ledger is where rows go; *store.DB is one.
type Ledger interface {
	AddLedgerEntry(ctx context.Context, e model.LedgerEntry) (model.LedgerEntry, error)
}

type taskKey struct{}

// WithTask labels the requests made with ctx (e.g. "google-calendar-events")
// for the ledger; it wins over the Transport's default task.
func WithTask(ctx context.Context, task string) context.Context {
	return context.WithValue(ctx, taskKey{}, task)
}

// TaskFrom returns the task WithTask put in ctx, or "".
func TaskFrom(ctx context.Context) string {
	s, _ := ctx.Value(taskKey{}).(string)
	return s
}

// Transport records every request it sends in Ledger. The zero Base is
// http.DefaultTransport; a nil Ledger records nothing.
type Transport struct {
	Base   http.RoundTripper
	Ledger Ledger
	// Task labels requests whose context names none.
	Task string
}

// Wrap returns a copy of hc (nil: a new client with timeout) whose
// transport records every request in ledger under task by default.
func Wrap(hc *http.Client, ledger Ledger, task string, timeout time.Duration) *http.Client {
	out := &http.Client{Timeout: timeout}
	if hc != nil {
		c := *hc
		out = &c
	}
	out.Transport = &Transport{Base: out.Transport, Ledger: ledger, Task: task}
	return out
}

// RoundTrip implements http.RoundTripper. The row is written when the reply
// body ends or is closed (so the bytes and duration are whole), or at once
// when no reply came.
func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	base := t.Base
	if base == nil {
		base = http.DefaultTransport
	}
	start := time.Now()
	e := model.LedgerEntry{At: start.UTC(), Host: req.URL.Host, Task: TaskFrom(req.Context()), Method: req.Method, URL: Address(req.URL)}
	if e.Task == "" {
		e.Task = t.Task
	}
	if e.Method == "" {
		e.Method = http.MethodGet
	}
	rec := &recorder{ledger: t.Ledger, ctx: context.WithoutCancel(req.Context()), e: e, start: start, secret: req.URL.RawQuery}
	if req.Body != nil && req.Body != http.NoBody {
		// RoundTrip must not modify the caller's request: send a copy
		// whose body counts what is read from it.
		r2 := req.Clone(req.Context())
		r2.Body = &countingBody{rc: req.Body, n: &rec.sent}
		req = r2
	}
	resp, err := base.RoundTrip(req)
	if err != nil {
		rec.finish("", 0, err)
		return nil, err
	}
	resp.Body = &meteredBody{rc: resp.Body, rec: rec, status: resp.Status}
	return resp, nil
}

// Address is u as the ledger shows it: scheme, host and path, without user
// info, query string or fragment, clipped to 300 bytes.
func Address(u *url.URL) string {
	v := url.URL{Scheme: u.Scheme, Host: u.Host, Path: u.Path, RawPath: u.RawPath}
	s := v.String()
	if len(s) > 300 {
		s = s[:300] + "..."
	}
	return s
}

// recorder writes one request's row, once.
type recorder struct {
	ledger Ledger
	ctx    context.Context
	e      model.LedgerEntry
	start  time.Time
	secret string // the raw query, scrubbed from error text
	sent   atomic.Int64
	once   sync.Once
}

func (r *recorder) finish(status string, received int64, err error) {
	r.once.Do(func() {
		if r.ledger == nil {
			return
		}
		e := r.e
		e.Status, e.BytesReceived, e.BytesSent = status, received, r.sent.Load()
		e.DurationMs = time.Since(r.start).Milliseconds()
		if err != nil {
			e.Error = scrub(err.Error(), r.secret)
		}
		_, _ = r.ledger.AddLedgerEntry(r.ctx, e)
	})
}

// scrub removes the query string (and its parameters one by one) from an
// error text: transports may quote the address they failed on.
func scrub(msg, query string) string {
	if query == "" {
		return msg
	}
	msg = strings.ReplaceAll(msg, query, "…")
	for _, kv := range strings.Split(query, "&") {
		if _, v, ok := strings.Cut(kv, "="); ok && len(v) >= 4 {
			msg = strings.ReplaceAll(msg, v, "…")
		}
	}
	return msg
}

type countingBody struct {
	rc io.ReadCloser
	n  *atomic.Int64
}

func (b *countingBody) Read(p []byte) (int, error) {
	n, err := b.rc.Read(p)
	b.n.Add(int64(n))
	return n, err
}

func (b *countingBody) Close() error { return b.rc.Close() }

// meteredBody counts a reply body and writes the row when it ends (EOF or a
// read error) or is closed, whichever comes first.
type meteredBody struct {
	rc     io.ReadCloser
	rec    *recorder
	status string
	n      atomic.Int64
}

func (b *meteredBody) Read(p []byte) (int, error) {
	n, err := b.rc.Read(p)
	b.n.Add(int64(n))
	switch {
	case err == io.EOF:
		b.rec.finish(b.status, b.n.Load(), nil)
	case err != nil:
		b.rec.finish(b.status, b.n.Load(), err)
	}
	return n, err
}

func (b *meteredBody) Close() error {
	err := b.rc.Close()
	b.rec.finish(b.status, b.n.Load(), nil)
	return err
}
