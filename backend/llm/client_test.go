package llm

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/llm/llmtest"
	"github.com/huntbook/huntbook/backend/model"
)

// newTest returns a client for the fake; sleeps for retries are recorded, not slept.
func newTest(t *testing.T, srv *llmtest.Server, key string) (*Client, *[]time.Duration) {
	t.Helper()
	p := Provider{Name: "Fake", BaseURL: srv.URL, Model: "m1", Kind: KindLocal}
	c := New(p, key, nil)
	var mu sync.Mutex
	var slept []time.Duration
	c.sleep = func(ctx context.Context, d time.Duration) error {
		mu.Lock()
		slept = append(slept, d)
		mu.Unlock()
		return ctx.Err()
	}
	return c, &slept
}

func userMsg(s string) Request { return Request{Messages: []Message{{Role: "user", Content: s}}} }

func wantCode(t *testing.T, err error, code model.Code) {
	t.Helper()
	_ = codeOf(t, err, code) // the error itself is checked inside
}

// codeOf is wantCode returning the *model.Error for further checks.
func codeOf(t *testing.T, err error, code model.Code) *model.Error {
	t.Helper()
	var me *model.Error
	if !errors.As(err, &me) {
		t.Fatalf("error %v (%T) is not a *model.Error", err, err)
	}
	if me.Code != code {
		t.Fatalf("code = %s (%q), want %s", me.Code, me.Message, code)
	}
	return me
}

func TestCompleteSendsRequestAndReturnsReply(t *testing.T) {
	srv := llmtest.New(t, llmtest.Config{Reply: func(c llmtest.Call) string {
		return "echo: " + c.Request.Messages[len(c.Request.Messages)-1].Content
	}})
	c, _ := newTest(t, srv, "")
	zero := float32(0)
	got, err := c.Complete(context.Background(), Request{
		Messages:    []Message{{Role: "system", Content: "be brief"}, {Role: "user", Content: "héllo"}},
		Temperature: &zero, MaxTokens: 50,
	})
	if err != nil {
		t.Fatal(err)
	}
	if got != "echo: héllo" {
		t.Fatalf("reply = %q", got)
	}
	reqs := srv.Chats()
	if len(reqs) != 1 {
		t.Fatalf("%d chat requests, want 1", len(reqs))
	}
	r := reqs[0]
	if r.Model != "m1" || r.Stream || r.MaxTokens != 50 || len(r.Messages) != 2 || r.Messages[0].Role != "system" {
		t.Fatalf("request sent = %+v", r)
	}
	if r.Temperature == nil || *r.Temperature > 1e-6 {
		t.Fatalf("temperature 0 was not sent as ~0: %v", r.Temperature)
	}
	if h := srv.Requests()[0].Header.Get("Authorization"); h != "" {
		t.Fatalf("no key given but Authorization = %q", h)
	}
}

func TestCompleteRefusesBadRequests(t *testing.T) {
	srv := llmtest.New(t, llmtest.Config{})
	c, _ := newTest(t, srv, "")
	_, err := c.Complete(context.Background(), Request{})
	wantCode(t, err, model.CodeInvalid)
	_, err = c.Complete(context.Background(), Request{Messages: []Message{{Role: "tool", Content: "x"}}})
	wantCode(t, err, model.CodeInvalid)
	_, err = c.Complete(context.Background(), userMsg(strings.Repeat("x", maxRequestBytes+1)))
	wantCode(t, err, model.CodeTooLarge)
	if n := len(srv.Requests()); n != 0 {
		t.Fatalf("%d requests reached the server", n)
	}
}

func TestUnauthorizedNamesTheKeyFieldWithoutLeakingIt(t *testing.T) {
	srv := llmtest.New(t, llmtest.Config{APIKey: "sk-right-key"})
	c, _ := newTest(t, srv, "sk-wrong-secret-key")
	_, err := c.Complete(context.Background(), userMsg("hi"))
	me := codeOf(t, err, model.CodeInvalid)
	if me.Field != "apiKey" {
		t.Fatalf("field = %q, want apiKey", me.Field)
	}
	if strings.Contains(err.Error(), "sk-wrong") || strings.Contains(model.AsError(err).Message, "sk-wrong") {
		t.Fatalf("error leaks the key: %v", err)
	}
	if h := srv.Requests()[0].Header.Get("Authorization"); h != "Bearer sk-wrong-secret-key" {
		t.Fatalf("Authorization = %q", h)
	}
	good, _ := newTest(t, srv, "sk-right-key")
	if _, err := good.Complete(context.Background(), userMsg("hi")); err != nil {
		t.Fatalf("right key: %v", err)
	}
}

func TestUnknownModelListsAvailableModels(t *testing.T) {
	for _, q := range []llmtest.Quirk{llmtest.OpenAI, llmtest.Ollama, llmtest.LMStudio} {
		t.Run(string(q)+"default", func(t *testing.T) {
			srv := llmtest.New(t, llmtest.Config{Quirk: q, Models: []string{"llama3.2:3b", "qwen2.5:7b"}})
			c, _ := newTest(t, srv, "")
			_, err := c.Complete(context.Background(), userMsg("hi"))
			me := codeOf(t, err, model.CodeNotFound)
			if me.Field != "model" || !strings.Contains(me.Message, `"m1"`) || !strings.Contains(me.Message, "llama3.2:3b, qwen2.5:7b") {
				t.Fatalf("message = %q field %q", me.Message, me.Field)
			}
		})
	}
}

func TestContextTooLongIsTooLarge(t *testing.T) {
	for _, q := range []llmtest.Quirk{llmtest.OpenAI, llmtest.LlamaCpp, llmtest.Anthropic} {
		t.Run(string(q)+"default", func(t *testing.T) {
			srv := llmtest.New(t, llmtest.Config{Quirk: q, ContextTokens: 100})
			c, _ := newTest(t, srv, "")
			_, err := c.Complete(context.Background(), userMsg(strings.Repeat("word ", 200)))
			me := codeOf(t, err, model.CodeTooLarge)
			if !strings.Contains(me.Message, "context window") {
				t.Fatalf("message = %q", me.Message)
			}
			_, err = c.Stream(context.Background(), userMsg(strings.Repeat("word ", 200)), nil)
			wantCode(t, err, model.CodeTooLarge)
		})
	}
}

func TestUnreachableServer(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now
	c := New(Provider{Name: "My box", BaseURL: "http://" + addr + "/v1", Model: "m", Kind: KindLocal}, "", nil)
	_, err = c.Complete(context.Background(), userMsg("hi"))
	me := codeOf(t, err, model.CodeUnavailable)
	if want := "cannot reach http://" + addr + ": is My box running?"; me.Message != want {
		t.Fatalf("message = %q, want %q", me.Message, want)
	}
	_, err = c.Stream(context.Background(), userMsg("hi"), nil)
	wantCode(t, err, model.CodeUnavailable)
	if got := (Provider{BaseURL: "http://localhost:11434/v1"}).serverHint(); got != "Ollama" {
		t.Fatalf("hint for :11434 = %q", got)
	}
}

func TestRetryHonoursRetryAfter(t *testing.T) {
	srv := llmtest.New(t, llmtest.Config{Reply: func(llmtest.Call) string { return "done" }})
	c, slept := newTest(t, srv, "")
	date := time.Now().Add(3 * time.Second).UTC().Format(http.TimeFormat)
	srv.Fail(llmtest.RateLimited("2"), llmtest.Overloaded(date), llmtest.RateLimited(""))
	got, err := c.Complete(context.Background(), userMsg("hi"))
	if err != nil || got != "done" {
		t.Fatalf("got %q, %v", got, err)
	}
	if len(*slept) != 3 {
		t.Fatalf("slept %v, want 3 waits", *slept)
	}
	if (*slept)[0] != 2*time.Second {
		t.Fatalf("first wait %v, want the Retry-After 2s", (*slept)[0])
	}
	if d := (*slept)[1]; d < time.Second || d > 3*time.Second {
		t.Fatalf("wait for an HTTP-date Retry-After = %v, want about 2-3s", d)
	}
	if d := (*slept)[2]; d < 4*time.Second || d > 5*time.Second {
		t.Fatalf("third wait without Retry-After = %v, want backoff 4s plus jitter", d)
	}
	if n := len(srv.Chats()); n != 4 {
		t.Fatalf("%d attempts, want 4", n)
	}
}

func TestRetryGivesUp(t *testing.T) {
	srv := llmtest.New(t, llmtest.Config{})
	c, slept := newTest(t, srv, "")
	srv.Fail(llmtest.RateLimited("1"), llmtest.RateLimited("1"), llmtest.RateLimited("1"), llmtest.RateLimited("1"), llmtest.RateLimited("1"))
	_, err := c.Complete(context.Background(), userMsg("hi"))
	me := codeOf(t, err, model.CodeUnavailable)
	if !strings.Contains(me.Message, "429") {
		t.Fatalf("message = %q", me.Message)
	}
	if len(*slept) != 3 || len(srv.Chats()) != 4 {
		t.Fatalf("slept %v over %d attempts, want 3 waits and 4 attempts", *slept, len(srv.Chats()))
	}
	// A Retry-After longer than maxWait is not waited for.
	srv2 := llmtest.New(t, llmtest.Config{})
	c2, slept2 := newTest(t, srv2, "")
	srv2.Fail(llmtest.RateLimited("3600"))
	_, err = c2.Complete(context.Background(), userMsg("hi"))
	wantCode(t, err, model.CodeUnavailable)
	if len(*slept2) != 0 {
		t.Fatalf("waited %v for an hour-long Retry-After", *slept2)
	}
}

func TestRetryWaitIsCancelable(t *testing.T) {
	srv := llmtest.New(t, llmtest.Config{})
	c := New(Provider{Name: "Fake", BaseURL: srv.URL, Model: "m1", Kind: KindLocal}, "", nil)
	srv.Fail(llmtest.RateLimited("30"))
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for len(srv.Chats()) == 0 {
			time.Sleep(5 * time.Millisecond)
		}
		cancel()
	}()
	_, err := c.Complete(ctx, userMsg("hi"))
	wantCode(t, err, model.CodeCanceled)
}

func TestCancelWhileWaitingForFirstByte(t *testing.T) {
	srv := llmtest.New(t, llmtest.Config{FirstByteDelay: 20 * time.Second})
	c, _ := newTest(t, srv, "")
	for _, stream := range []bool{false, true} {
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		var err error
		if stream {
			_, err = c.Stream(ctx, userMsg("hi"), nil)
		} else {
			_, err = c.Complete(ctx, userMsg("hi"))
		}
		cancel()
		wantCode(t, err, model.CodeCanceled)
	}
}

func TestOwnDeadlineIsUnavailableNotCanceled(t *testing.T) {
	srv := llmtest.New(t, llmtest.Config{FirstByteDelay: 20 * time.Second})
	c, _ := newTest(t, srv, "")
	c.timeout = 100 * time.Millisecond
	_, err := c.Complete(context.Background(), userMsg("hi"))
	me := codeOf(t, err, model.CodeUnavailable)
	if !strings.Contains(me.Message, "in time") {
		t.Fatalf("message = %q", me.Message)
	}
	c.idle = 100 * time.Millisecond
	_, err = c.Stream(context.Background(), userMsg("hi"), nil)
	wantCode(t, err, model.CodeUnavailable)
}

func TestModels(t *testing.T) {
	srv := llmtest.New(t, llmtest.Config{Models: []string{"a", "b:latest"}})
	c, _ := newTest(t, srv, "")
	ids, err := c.Models(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(ids, ",") != "a,b:latest" {
		t.Fatalf("models = %v", ids)
	}
}

func TestLedgerReportsEveryExchange(t *testing.T) {
	srv := llmtest.New(t, llmtest.Config{Reply: func(llmtest.Call) string { return strings.Repeat("z", 1000) }})
	c, _ := newTest(t, srv, "sk-secret-1234")
	var mu sync.Mutex
	var got []Exchange
	c.OnExchange(func(e Exchange) { mu.Lock(); got = append(got, e); mu.Unlock() })
	srv.Fail(llmtest.RateLimited("1"))
	ctx := WithTask(context.Background(), "cover-letter")
	if _, err := c.Complete(ctx, userMsg("hello")); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Stream(ctx, userMsg("hello again"), nil); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(got) != 3 {
		t.Fatalf("%d exchanges, want 3 (429, 200, stream 200): %+v", len(got), got)
	}
	recs := srv.Requests()
	for i, e := range got {
		if e.Host != strings.TrimPrefix(srv.Server.URL, "http://") || e.Task != "cover-letter" || e.Model != "m1" || e.At.IsZero() {
			t.Fatalf("exchange %d = %+v", i, e)
		}
		if e.Method != "POST" || e.URL != srv.Server.URL+"/v1/chat/completions" || e.Duration <= 0 {
			t.Fatalf("exchange %d: method %q url %q duration %v", i, e.Method, e.URL, e.Duration)
		}
		if e.BytesSent != int64(len(recs[i].Body)) {
			t.Fatalf("exchange %d sent %d bytes, server got %d", i, e.BytesSent, len(recs[i].Body))
		}
		b, _ := json.Marshal(e)
		if strings.Contains(string(b), "sk-secret") {
			t.Fatalf("exchange leaks the key: %s", b)
		}
	}
	if !strings.HasPrefix(got[0].Status, "429") || got[1].Status != "200 OK" || got[2].Status != "200 OK" {
		t.Fatalf("statuses %q %q %q", got[0].Status, got[1].Status, got[2].Status)
	}
	if got[0].Err != "" || got[1].Err != "" || got[2].Err != "" {
		t.Fatalf("complete exchanges carry errors: %q %q %q", got[0].Err, got[1].Err, got[2].Err)
	}
	if got[1].BytesReceived < 1000 || got[2].BytesReceived < 1000 {
		t.Fatalf("bytes received %d, %d: want at least the 1000-byte reply", got[1].BytesReceived, got[2].BytesReceived)
	}
}

// The duration runs to the end of the reply: a server that holds its
// headers back 80 ms gives an exchange of at least 80 ms, streamed or not.
func TestLedgerTimesEachExchange(t *testing.T) {
	srv := llmtest.New(t, llmtest.Config{FirstByteDelay: 80 * time.Millisecond})
	c, _ := newTest(t, srv, "")
	var mu sync.Mutex
	var got []Exchange
	c.OnExchange(func(e Exchange) { mu.Lock(); got = append(got, e); mu.Unlock() })
	if _, err := c.Complete(context.Background(), userMsg("hello")); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Stream(context.Background(), userMsg("hello"), nil); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(got) != 2 || got[0].Duration < 80*time.Millisecond || got[1].Duration < 80*time.Millisecond {
		t.Fatalf("exchanges %+v", got)
	}
}
