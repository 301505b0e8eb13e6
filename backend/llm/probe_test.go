package llm

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/llm/llmtest"
	"github.com/huntbook/huntbook/backend/model"
)

// obedient is a fake model that follows the probe's instructions using only
// the prompt text it was given (after any truncation).
func obedient(c llmtest.Call) string {
	v := c.Visible
	switch {
	case strings.Contains(v, "secret code word"):
		if m := regexp.MustCompile(`secret code word is ([a-z-]+)\.`).FindStringSubmatch(v); m != nil {
			return m[1]
		}
		return "I do not see any code word."
	case strings.Contains(v, "2 + 3"):
		return `{"answer": 5}`
	case strings.Contains(v, "Count from 1 to 20"):
		return "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20"
	case strings.Contains(v, "pong"):
		return "pong"
	}
	return "?"
}

func TestProbeOllamaLikeTruncation(t *testing.T) {
	srv := llmtest.New(t, llmtest.Config{Quirk: llmtest.Ollama, Reply: obedient, ContextTokens: 4096})
	c, _ := newTest(t, srv, "")
	rep := c.Probe(context.Background())
	for _, l := range rep.Lines() {
		t.Log(l)
	}
	for i, ch := range []Check{rep.Reply, rep.JSON, rep.Stream, rep.Context} {
		if ch.What == "" {
			t.Errorf("check %d does not say what it asked", i)
		}
	}
	if !strings.Contains(rep.Summary, "m1") || !strings.Contains(rep.Summary, "nothing from your applications") {
		t.Errorf("summary %q", rep.Summary)
	}
	if !rep.Reply.OK || !rep.JSON.OK || !rep.Stream.OK {
		t.Fatalf("report %v", rep.Lines())
	}
	if rep.JSONMode != ModeJSONSchema || rep.Reply.Detail[:13] != "reply: works " ||
		rep.JSON.Detail != "JSON: works: the server holds answers to the requested JSON schema" {
		t.Fatalf("report %v", rep.Lines())
	}
	if rep.ContextTokens != 2000 || !rep.Truncates || !strings.Contains(rep.Context.Detail, "silently truncated") {
		t.Fatalf("context %d truncates %v: %q", rep.ContextTokens, rep.Truncates, rep.Context.Detail)
	}
	for _, r := range srv.Requests() {
		if r.Header.Get("Authorization") != "" {
			t.Fatal("sent an Authorization header without a key")
		}
	}
}

func TestProbeLlamaCppRefusesLongPromptsAndJSONSchema(t *testing.T) {
	srv := llmtest.New(t, llmtest.Config{Quirk: llmtest.LlamaCpp, Reply: obedient, ContextTokens: 8192})
	c, _ := newTest(t, srv, "")
	rep := c.Probe(context.Background())
	if rep.JSONMode != ModeJSONObject || rep.JSON.Detail != "JSON: works: the server answers in JSON (its JSON mode) and Huntbook checks the fields" {
		t.Fatalf("JSON: %q mode %q", rep.JSON.Detail, rep.JSONMode)
	}
	if rep.ContextTokens != 6000 || rep.Truncates || !strings.Contains(rep.Context.Detail, "refused with a clear error") {
		t.Fatalf("context %d truncates %v: %q", rep.ContextTokens, rep.Truncates, rep.Context.Detail)
	}
}

func TestProbeAnthropicLikeAndLargeContext(t *testing.T) {
	srv := llmtest.New(t, llmtest.Config{Quirk: llmtest.Anthropic, Reply: obedient})
	c, _ := newTest(t, srv, "")
	rep := c.Probe(context.Background())
	if rep.JSONMode != ModePrompt || rep.ContextTokens != 30000 || rep.Truncates {
		t.Fatalf("mode %q context %d: %v", rep.JSONMode, rep.ContextTokens, rep.Lines())
	}
	if !strings.Contains(rep.Context.Detail, "at least ~30k") {
		t.Fatalf("context: %q", rep.Context.Detail)
	}
}

func TestProbeStopsWhenServerUnusable(t *testing.T) {
	srv := llmtest.New(t, llmtest.Config{APIKey: "sk-needed"})
	c, _ := newTest(t, srv, "")
	rep := c.Probe(context.Background())
	if rep.Reply.OK || rep.Reply.Err == nil || rep.Reply.Err.Field != "apiKey" || rep.Reply.Err.Code != model.CodeInvalid {
		t.Fatalf("reply check %+v", rep.Reply)
	}
	if len(srv.Requests()) != 1 {
		t.Fatalf("%d requests after a refused key, want 1", len(srv.Requests()))
	}
	for _, l := range rep.Lines()[1:] {
		if !strings.Contains(l, "skipped") {
			t.Fatalf("line %q", l)
		}
	}
}

func TestNeedlePromptSize(t *testing.T) {
	for _, size := range probeSizes {
		p := needlePrompt("x", size)
		if n := EstimateTokens(p); n < size-100 || n > size+300 {
			t.Errorf("needle prompt for %d tokens has %d", size, n)
		}
	}
}

func TestProbeCloudSendsOnlyAShortContextCheck(t *testing.T) {
	srv := llmtest.New(t, llmtest.Config{Reply: obedient})
	c := New(Provider{Name: "Cloud", BaseURL: srv.URL, Model: "m1", Kind: KindCloud}, "sk-x", nil)
	rep := c.Probe(context.Background())
	if rep.ContextTokens != 2000 || !strings.Contains(rep.Context.Detail, "not tried on a paid service") {
		t.Fatalf("context %d: %q", rep.ContextTokens, rep.Context.Detail)
	}
	sent := 0
	for _, r := range srv.Requests() {
		sent += len(r.Body)
	}
	if sent > 20000 {
		t.Fatalf("probe sent %d bytes to a paid service", sent)
	}
}
