package llm

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/llm/llmtest"
	"github.com/huntbook/huntbook/backend/model"
)

const story = "Dear hiring manager, I am writing to apply for the role of data engineer. Ünïcode survives — 你好."

func TestStreamDeliversAllTextInBatches(t *testing.T) {
	srv := llmtest.New(t, llmtest.Config{
		Reply:      func(llmtest.Call) string { return story },
		ChunkRunes: 2, ChunkDelay: 2 * time.Millisecond,
	})
	c, _ := newTest(t, srv, "")
	var parts []string
	got, err := c.Stream(context.Background(), userMsg("write"), func(s string) { parts = append(parts, s) })
	if err != nil {
		t.Fatal(err)
	}
	if got != story || strings.Join(parts, "") != story {
		t.Fatalf("text = %q, deltas joined = %q", got, strings.Join(parts, ""))
	}
	chunks := (len([]rune(story)) + 1) / 2
	if len(parts) >= chunks {
		t.Fatalf("%d onDelta calls for %d chunks: not batched", len(parts), chunks)
	}
	if len(parts) < 2 {
		t.Fatalf("%d onDelta calls over ~%d ms: want several batches", len(parts), chunks*2)
	}
	if r := srv.Chats()[0]; !r.Stream {
		t.Fatal("request did not ask for a stream")
	}
}

func TestStreamCutMidWayKeepsText(t *testing.T) {
	srv := llmtest.New(t, llmtest.Config{Reply: func(llmtest.Call) string { return story }, ChunkRunes: 5, CutAfter: 3})
	c, _ := newTest(t, srv, "")
	var seen strings.Builder
	got, err := c.Stream(context.Background(), userMsg("write"), func(s string) { seen.WriteString(s) })
	me := codeOf(t, err, model.CodeUnavailable)
	if want := string([]rune(story)[:15]); got != want || seen.String() != want {
		t.Fatalf("kept %q (deltas %q), want %q", got, seen.String(), want)
	}
	if !strings.Contains(me.Message, "kept") {
		t.Fatalf("message = %q", me.Message)
	}
}

func TestStreamGarbageKeepsText(t *testing.T) {
	srv := llmtest.New(t, llmtest.Config{Reply: func(llmtest.Call) string { return story }, ChunkRunes: 5, Garbage: true})
	c, _ := newTest(t, srv, "")
	got, err := c.Stream(context.Background(), userMsg("write"), nil)
	wantCode(t, err, model.CodeCorrupt)
	if want := string([]rune(story)[:5]); got != want {
		t.Fatalf("kept %q, want %q", got, want)
	}
}

func TestStreamCancelMidWayKeepsText(t *testing.T) {
	srv := llmtest.New(t, llmtest.Config{
		Reply:      func(llmtest.Call) string { return strings.Repeat("word ", 2000) },
		ChunkRunes: 5, ChunkDelay: 5 * time.Millisecond,
	})
	c, _ := newTest(t, srv, "")
	ctx, cancel := context.WithCancel(context.Background())
	var mu sync.Mutex
	n := 0
	got, err := c.Stream(ctx, userMsg("write"), func(s string) {
		mu.Lock()
		n += len(s)
		if n >= 50 {
			cancel()
		}
		mu.Unlock()
	})
	wantCode(t, err, model.CodeCanceled)
	if len(got) < 50 || len(got) >= 10000 || !strings.HasPrefix(got, "word word") {
		t.Fatalf("kept %d bytes: %.40q", len(got), got)
	}
}

func TestStreamEndWithoutDoneButFinishReasonIsComplete(t *testing.T) {
	// Several servers end with finish_reason and close without [DONE];
	// that is a whole reply, while a close without either is not (TestStreamCutMidWayKeepsText).
	srv := llmtest.New(t, llmtest.Config{Reply: func(llmtest.Call) string { return "short" }, OmitDone: true})
	c, _ := newTest(t, srv, "")
	got, err := c.Stream(context.Background(), userMsg("x"), nil)
	if err != nil || got != "short" {
		t.Fatalf("got %q, %v", got, err)
	}
}

func TestStreamRetriesBeforeFirstByte(t *testing.T) {
	srv := llmtest.New(t, llmtest.Config{Reply: func(llmtest.Call) string { return story }})
	c, slept := newTest(t, srv, "")
	srv.Fail(llmtest.Overloaded("1"))
	got, err := c.Stream(context.Background(), userMsg("x"), nil)
	if err != nil || got != story {
		t.Fatalf("got %q, %v", got, err)
	}
	if len(*slept) != 1 || (*slept)[0] != time.Second {
		t.Fatalf("slept %v", *slept)
	}
}

func TestStreamFromServerThatIgnoresStreaming(t *testing.T) {
	srv := llmtest.New(t, llmtest.Config{Reply: func(llmtest.Call) string { return story }, IgnoreStream: true})
	c, _ := newTest(t, srv, "")
	var parts []string
	got, err := c.Stream(context.Background(), userMsg("x"), func(s string) { parts = append(parts, s) })
	if err != nil || got != story || len(parts) != 1 || parts[0] != story {
		t.Fatalf("got %q (deltas %q), %v", got, parts, err)
	}
}

func TestLedgerNotesAStreamStoppedEarly(t *testing.T) {
	srv := llmtest.New(t, llmtest.Config{
		Reply:      func(llmtest.Call) string { return strings.Repeat("word ", 500) },
		ChunkRunes: 5, ChunkDelay: 5 * time.Millisecond,
	})
	c, _ := newTest(t, srv, "")
	got := make(chan Exchange, 4)
	c.OnExchange(func(e Exchange) { got <- e })
	ctx, cancel := context.WithCancel(context.Background())
	_, err := c.Stream(ctx, userMsg("x"), func(string) { cancel() })
	wantCode(t, err, model.CodeCanceled)
	select {
	case e := <-got:
		if e.Status != "200 OK" || e.Err == "" || e.BytesReceived == 0 {
			t.Fatalf("exchange %+v: want a 200 marked as cut short", e)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no exchange reported")
	}
}

func TestOversizedRepliesAreStopped(t *testing.T) {
	srv := llmtest.New(t, llmtest.Config{Reply: func(llmtest.Call) string { return strings.Repeat("endless ", 2000) }, ChunkRunes: 8})
	c, _ := newTest(t, srv, "")
	c.maxText = 800
	got, err := c.Stream(context.Background(), userMsg("x"), nil)
	wantCode(t, err, model.CodeTooLarge)
	if len(got) > 800 || len(got) < 700 {
		t.Fatalf("kept %d characters, want up to the 800 limit", len(got))
	}
	c2, _ := newTest(t, srv, "")
	c2.http.Transport.(*ledgerTransport).limit = 4000
	_, err = c2.Complete(context.Background(), userMsg("x"))
	wantCode(t, err, model.CodeTooLarge)
}
