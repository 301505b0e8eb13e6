package llm

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/llm/llmtest"
	"github.com/huntbook/huntbook/backend/model"
)

var insightSchema = json.RawMessage(`{
  "type": "object",
  "properties": {
    "fit": {"type": "string", "enum": ["strong", "partial", "weak"]},
    "score": {"type": "integer", "minimum": 0, "maximum": 100},
    "gaps": {"type": "array", "items": {"type": "string", "minLength": 1}, "maxItems": 5},
    "note": {"type": ["string", "null"]}
  },
  "required": ["fit", "score", "gaps"],
  "additionalProperties": false
}`)

type insight struct {
	Fit   string   `json:"fit"`
	Score int      `json:"score"`
	Gaps  []string `json:"gaps"`
	Note  *string  `json:"note"`
}

const goodInsight = `{"fit":"partial","score":72,"gaps":["Kubernetes","on-call"],"note":null}`

func jsonServer(t *testing.T, q llmtest.Quirk, replies ...string) *llmtest.Server {
	return llmtest.New(t, llmtest.Config{Quirk: q, Reply: func(c llmtest.Call) string {
		if c.N <= len(replies) {
			return replies[c.N-1]
		}
		return replies[len(replies)-1]
	}})
}

func askInsight(t *testing.T, c *Client) (string, insight, error) {
	t.Helper()
	var out insight
	mode, err := c.JSON(context.Background(), Request{Messages: []Message{
		{Role: "system", Content: "You compare a CV with a job."},
		{Role: "user", Content: "CV: ... Job: ..."},
	}}, "job insight", insightSchema, &out)
	return mode, out, err
}

func TestJSONSchemaModeOnCompliantServer(t *testing.T) {
	srv := jsonServer(t, llmtest.OpenAI, goodInsight)
	c, _ := newTest(t, srv, "")
	mode, out, err := askInsight(t, c)
	if err != nil {
		t.Fatal(err)
	}
	if mode != ModeJSONSchema || out.Fit != "partial" || out.Score != 72 || len(out.Gaps) != 2 || out.Note != nil {
		t.Fatalf("mode %q out %+v", mode, out)
	}
	reqs := srv.Chats()
	if len(reqs) != 1 || reqs[0].Format() != "json_schema" {
		t.Fatalf("requests %+v", reqs)
	}
	rf := reqs[0].ResponseFormat.JSONSchema
	if rf == nil || rf.Name != "job_insight" || !strings.Contains(string(rf.Schema), `"enum":["strong","partial","weak"]`) {
		t.Fatalf("json_schema sent = %+v", rf)
	}
	sys := reqs[0].Messages[0]
	if sys.Role != "system" || !strings.HasPrefix(sys.Content, "You compare") || !strings.Contains(sys.Content, `"required":["fit","score","gaps"]`) {
		t.Fatalf("system message = %q", sys.Content)
	}
}

func TestJSONFallsBackWhenServerRejectsAMode(t *testing.T) {
	t.Run("llama.cpp refuses json_schema", func(t *testing.T) {
		srv := jsonServer(t, llmtest.LlamaCpp, goodInsight)
		c, _ := newTest(t, srv, "")
		mode, out, err := askInsight(t, c)
		if err != nil || mode != ModeJSONObject || out.Score != 72 {
			t.Fatalf("mode %q out %+v err %v", mode, out, err)
		}
		if f := []string{srv.Chats()[0].Format(), srv.Chats()[1].Format()}; f[0] != "json_schema" || f[1] != "json_object" {
			t.Fatalf("formats tried %v", f)
		}
	})
	t.Run("LM Studio remembered json_object, refuses it", func(t *testing.T) {
		srv := jsonServer(t, llmtest.LMStudio, goodInsight)
		c, _ := newTest(t, srv, "")
		c.p.Structured = ModeJSONObject
		mode, out, err := askInsight(t, c)
		if err != nil || mode != ModePrompt || out.Fit != "partial" {
			t.Fatalf("mode %q out %+v err %v", mode, out, err)
		}
		if f := []string{srv.Chats()[0].Format(), srv.Chats()[1].Format()}; f[0] != "json_object" || f[1] != "" {
			t.Fatalf("formats tried %v", f)
		}
	})
	t.Run("LM Studio accepts json_schema", func(t *testing.T) {
		srv := jsonServer(t, llmtest.LMStudio, goodInsight)
		c, _ := newTest(t, srv, "")
		mode, _, err := askInsight(t, c)
		if err != nil || mode != ModeJSONSchema || len(srv.Chats()) != 1 {
			t.Fatalf("mode %q err %v after %d requests", mode, err, len(srv.Chats()))
		}
	})
	t.Run("remembered mode is where the chain starts", func(t *testing.T) {
		srv := jsonServer(t, llmtest.OpenAI, goodInsight)
		c, _ := newTest(t, srv, "")
		c.p.Structured = ModePrompt
		mode, _, err := askInsight(t, c)
		if err != nil || mode != ModePrompt || srv.Chats()[0].Format() != "" {
			t.Fatalf("mode %q err %v format %q", mode, err, srv.Chats()[0].Format())
		}
	})
}

func TestJSONFromAnthropicProseIsPromptMode(t *testing.T) {
	srv := jsonServer(t, llmtest.Anthropic, goodInsight)
	c, _ := newTest(t, srv, "")
	mode, out, err := askInsight(t, c)
	if err != nil {
		t.Fatal(err)
	}
	if mode != ModePrompt || out.Score != 72 || out.Gaps[1] != "on-call" {
		t.Fatalf("mode %q out %+v", mode, out)
	}
	if len(srv.Chats()) != 1 {
		t.Fatalf("%d requests, want 1 (the server accepted response_format)", len(srv.Chats()))
	}
}

func TestJSONRepairsAnInvalidReplyOnce(t *testing.T) {
	bad := `{"fit":"great","score":"72","gaps":["", "x"],"extra":1}`
	srv := jsonServer(t, llmtest.OpenAI, bad, goodInsight)
	c, _ := newTest(t, srv, "")
	mode, out, err := askInsight(t, c)
	if err != nil || mode != ModeJSONSchema || out.Score != 72 {
		t.Fatalf("mode %q out %+v err %v", mode, out, err)
	}
	reqs := srv.Chats()
	if len(reqs) != 2 {
		t.Fatalf("%d requests, want 2", len(reqs))
	}
	msgs := reqs[1].Messages
	if len(msgs) != 4 || msgs[2].Role != "assistant" || msgs[2].Content != bad {
		t.Fatalf("repair request messages %+v", msgs)
	}
	for _, want := range []string{
		`$.fit: "great" is not one of`, "$.score: want integer, got a string", "$.gaps[0]: want at least 1 characters", `unexpected field "extra"`,
	} {
		if !strings.Contains(msgs[3].Content, want) {
			t.Errorf("repair message lacks %q:\n%s", want, msgs[3].Content)
		}
	}
}

func TestJSONGivesUpAfterOneRepair(t *testing.T) {
	srv := jsonServer(t, llmtest.OpenAI, "Sorry, I cannot help with that.")
	c, _ := newTest(t, srv, "")
	_, _, err := askInsight(t, c)
	me := codeOf(t, err, model.CodeInvalid)
	if !strings.Contains(me.Message, "no JSON object") || len(srv.Chats()) != 2 {
		t.Fatalf("message %q after %d requests", me.Message, len(srv.Chats()))
	}
}

func TestJSONDoesNotFallBackOnRealErrors(t *testing.T) {
	srv := llmtest.New(t, llmtest.Config{ContextTokens: 10})
	c, _ := newTest(t, srv, "")
	_, _, err := askInsight(t, c)
	wantCode(t, err, model.CodeTooLarge)
	if len(srv.Chats()) != 1 {
		t.Fatalf("%d requests: a context error must not walk the mode chain", len(srv.Chats()))
	}
}

func TestExtractJSON(t *testing.T) {
	obj := `{"a":"b}","n":{"x":[1,2]}}`
	cases := []struct {
		name, raw string
		direct    bool
	}{
		{"bare", obj, true},
		{"spaces", "\n  " + obj + "\n", true},
		{"fence", "```json\n" + obj + "\n```", false},
		{"fence without tag", "Sure!\n```\n" + obj + "\n```\nDone.", false},
		{"prose around", "Here you go: " + obj + " Hope it helps {really}.", false},
		{"think block", "<think>The user wants {json}. Let me think.</think>\n" + obj, false},
		{"braces in prose first", "Use {curly} braces like {this}: " + obj, false},
	}
	for _, tc := range cases {
		got, direct, err := extractJSON(tc.raw)
		if err != nil || string(got) != obj || direct != tc.direct {
			t.Errorf("%s: got %q direct %v err %v", tc.name, got, direct, err)
		}
	}
	for _, raw := range []string{"", "no json here", "{broken", "```json\n{\"a\":\n```", "<think>{\"a\":1}"} {
		if got, _, err := extractJSON(raw); err == nil {
			t.Errorf("%q: extracted %q, want an error", raw, got)
		}
	}
}

func TestSchemaValidation(t *testing.T) {
	sch, err := parseSchema(insightSchema)
	if err != nil {
		t.Fatal(err)
	}
	check := func(doc string) []string {
		_, _, problems := decodeReply(doc, sch)
		return problems
	}
	if p := check(goodInsight); len(p) != 0 {
		t.Fatalf("valid document rejected: %v", p)
	}
	if p := check(`{"fit":"weak","score":3.0,"gaps":[],"note":"fine"}`); len(p) != 0 {
		t.Fatalf("3.0 is an integer and note may be a string: %v", p)
	}
	p := check(`{"fit":"weak","score":101.5,"gaps":["a","b","c","d","e","f"],"note":5}`)
	want := []string{"$.gaps: want at most 5 items", "$.note: want string or null, got a number", "$.score: want integer"}
	for _, w := range want {
		found := false
		for _, got := range p {
			found = found || strings.HasPrefix(got, w)
		}
		if !found {
			t.Errorf("problems %v lack %q", p, w)
		}
	}
	if p := check(`[1,2]`); len(p) != 1 || !strings.Contains(p[0], "no JSON object") {
		t.Fatalf("array reply: %v", p)
	}
	if p := check(`{}`); len(p) != 3 {
		t.Fatalf("empty object: %v, want 3 missing fields", p)
	}
}
