package llmtest

import (
	"bufio"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
)

func post(t *testing.T, url, body string) *http.Response {
	t.Helper()
	resp, err := http.Post(url+"/chat/completions", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() }) // so the callers' //nolint:bodyclose
	return resp
}

func TestStreamIsServerSentEvents(t *testing.T) {
	s := New(t, Config{Reply: func(Call) string { return "hello world" }, ChunkRunes: 3})
	resp := post(t, s.URL, `{"model":"m","stream":true,"messages":[{"role":"user","content":"hi"}]}`) //nolint:bodyclose // post closes it
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("content type %q", ct)
	}
	sc := bufio.NewScanner(resp.Body)
	var text strings.Builder
	var lines []string
	for sc.Scan() {
		if l := sc.Text(); l != "" {
			lines = append(lines, l)
		}
	}
	if last := lines[len(lines)-1]; last != "data: [DONE]" {
		t.Fatalf("last line %q", last)
	}
	finish := ""
	for _, l := range lines[:len(lines)-1] {
		var chunk struct {
			Object  string `json:"object"`
			Choices []struct {
				Delta        struct{ Content string } `json:"delta"`
				FinishReason *string                  `json:"finish_reason"`
			} `json:"choices"`
		}
		if !strings.HasPrefix(l, "data: ") || json.Unmarshal([]byte(l[6:]), &chunk) != nil || chunk.Object != "chat.completion.chunk" {
			t.Fatalf("bad event %q", l)
		}
		text.WriteString(chunk.Choices[0].Delta.Content)
		if f := chunk.Choices[0].FinishReason; f != nil {
			finish = *f
		}
	}
	if text.String() != "hello world" || finish != "stop" || len(lines) != 1+4+1+1 {
		t.Fatalf("text %q finish %q events %d", text.String(), finish, len(lines))
	}
	rec := s.Requests()
	if len(rec) != 1 || !rec[0].Chat.Stream || rec[0].Chat.Messages[0].Content != "hi" || !strings.Contains(string(rec[0].Body), `"content":"hi"`) {
		t.Fatalf("recorded %+v", rec)
	}
}

func TestQuirkErrorsHaveTheServersShapes(t *testing.T) {
	cases := []struct {
		cfg    Config
		body   string
		status int
		want   string
	}{
		{Config{Quirk: LMStudio}, `{"model":"m","messages":[{"role":"user","content":"x"}],"response_format":{"type":"json_object"}}`,
			400, `{"error":"'response_format.type' must be`},
		{Config{Quirk: LlamaCpp}, `{"model":"m","messages":[{"role":"user","content":"x"}],` +
			`"response_format":{"type":"json_schema","json_schema":{"name":"a","schema":{}}}}`, 400, "but got: json_schema"},
		{Config{Quirk: LlamaCpp, ContextTokens: 2}, `{"model":"m","messages":[{"role":"user","content":"a long enough prompt"}]}`,
			400, "exceeds the available context size"},
		{Config{Quirk: Ollama, Models: []string{"a"}}, `{"model":"b","messages":[{"role":"user","content":"x"}]}`,
			404, `model \"b\" not found, try pulling it first`},
		{Config{APIKey: "k"}, `{"model":"m","messages":[{"role":"user","content":"x"}]}`, 401, "invalid_api_key"},
	}
	for _, tc := range cases {
		s := New(t, tc.cfg)
		resp := post(t, s.URL, tc.body) //nolint:bodyclose // post closes it
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != tc.status || !strings.Contains(string(b), tc.want) {
			t.Errorf("%+v: %d %s", tc.cfg, resp.StatusCode, b)
		}
	}
}

func TestOllamaTruncatesSilentlyKeepingTheEnd(t *testing.T) {
	var seen string
	s := New(t, Config{Quirk: Ollama, ContextTokens: 5, Reply: func(c Call) string { seen = c.Visible; return "ok" }})
	resp := post(t, s.URL, `{"model":"m","messages":[{"role":"user","content":"START middle middle middle END"}]}`) //nolint:bodyclose // post closes it
	if resp.StatusCode != 200 || strings.Contains(seen, "START") || !strings.Contains(seen, "END") || len(seen) != 20 {
		t.Fatalf("status %d, model saw %q", resp.StatusCode, seen)
	}
}

func TestFaultsAreOneShot(t *testing.T) {
	s := New(t, Config{})
	s.Fail(RateLimited("3"))
	r1 := post(t, s.URL, `{"model":"m","messages":[{"role":"user","content":"x"}]}`) //nolint:bodyclose // post closes it
	r2 := post(t, s.URL, `{"model":"m","messages":[{"role":"user","content":"x"}]}`) //nolint:bodyclose // post closes it
	if r1.StatusCode != 429 || r1.Header.Get("Retry-After") != "3" || r2.StatusCode != 200 {
		t.Fatalf("statuses %d (Retry-After %q), %d", r1.StatusCode, r1.Header.Get("Retry-After"), r2.StatusCode)
	}
}
