package llm

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// Check is the outcome of one probe step.
type Check struct {
	OK bool `json:"ok"`
	// What says in plain words what was asked of the model.
	What   string        `json:"what"`
	Detail string        `json:"detail"` // one line for the UI or the CLI
	Err    *model.Error  `json:"error,omitempty"`
	Took   time.Duration `json:"took"`
}

// ProbeReport says what a provider can do for Huntbook's tasks.
type ProbeReport struct {
	Reply   Check `json:"reply"`
	JSON    Check `json:"json"`
	Stream  Check `json:"stream"`
	Context Check `json:"context"`
	// JSONMode is the structured-output mode to remember ("" when JSON failed).
	JSONMode string `json:"jsonMode"`
	// ContextTokens is the longest prompt (estimated tokens) that came back
	// whole; 0 when not measured.
	ContextTokens int `json:"contextTokens"`
	// Truncates is true when a longer prompt was silently cut (Ollama's
	// OpenAI endpoint ignores num_ctx and drops the start).
	Truncates bool `json:"truncates"`
	// Summary says in plain words what the test sent and what it did not.
	Summary string `json:"summary"`
}

// Plain descriptions of each probe step, for Check.What.
const (
	whatReply   = "Asked for a one-word reply (\"pong\")."
	whatJSON    = "Asked for a small JSON answer (2 + 3), the way job insights and CV tailoring ask for theirs."
	whatStream  = "Asked it to count to 20 and watched the words arrive as they were written."
	whatContext = "Hid a code word at the start of ever longer prompts and asked for it back, to find how much text it reads whole."
)

// Lines renders the report, one line a check.
func (r ProbeReport) Lines() []string {
	return []string{r.Reply.Detail, r.JSON.Detail, r.Stream.Detail, r.Context.Detail}
}

// probeSizes are the prompt sizes (estimated tokens) the context check tries.
var probeSizes = []int{2000, 6000, 14000, 30000}

var probeWords = []string{"amber-falcon", "cobalt-heron", "saffron-otter", "indigo-lynx"}

// Probe runs a short check of what the tasks need: a plain reply, a JSON reply
// (finding which structured mode works), streaming, and the usable context
// length (a long prompt with a code word at its start, asked back, detects
// silent truncation). It stops early when the server cannot be used at all.
// Each step is a real request: call it only when the user asks.
func (c *Client) Probe(ctx context.Context) ProbeReport {
	if taskFrom(ctx) == "" {
		ctx = WithTask(ctx, "probe")
	}
	var rep ProbeReport
	rep.Summary = fmt.Sprintf("Sent %s a few short test prompts made up by Huntbook; nothing from your applications or profile.", c.p.Model)
	rep.Reply = c.probeReply(ctx)
	if !rep.Reply.OK {
		skip := Check{Detail: "skipped: the server gave no usable reply", Err: rep.Reply.Err}
		rep.JSON, rep.Stream, rep.Context = skip, skip, skip
		rep.JSON.Detail, rep.Stream.Detail, rep.Context.Detail = "JSON: "+skip.Detail, "streaming: "+skip.Detail, "context: "+skip.Detail
	} else {
		rep.JSON, rep.JSONMode = c.probeJSON(ctx)
		rep.Stream = c.probeStream(ctx)
		rep.Context, rep.ContextTokens, rep.Truncates = c.probeContext(ctx)
	}
	rep.Reply.What, rep.JSON.What, rep.Stream.What, rep.Context.What = whatReply, whatJSON, whatStream, whatContext
	return rep
}

func since(t time.Time) string {
	return fmt.Sprintf("%.1f s", time.Since(t).Seconds())
}

func (c *Client) probeReply(ctx context.Context) Check {
	start := time.Now()
	text, err := c.Complete(ctx, Request{Messages: []Message{{Role: "user", Content: "Reply with the single word: pong"}}, MaxTokens: 256})
	ch := Check{Took: time.Since(start)}
	switch {
	case err != nil:
		ch.Err = model.AsError(err)
		ch.Detail = "reply: " + ch.Err.Message
	case strings.TrimSpace(stripThink(text)) == "":
		ch.Detail = "reply: the model answered with empty text"
	default:
		ch.OK = true
		ch.Detail = "reply: works (" + since(start) + ")"
		if !strings.Contains(strings.ToLower(text), "pong") {
			ch.Detail += fmt.Sprintf(", though it did not follow the instruction (answered %q)", clean(firstRunes(text, 40)))
		}
	}
	return ch
}

func (c *Client) probeJSON(ctx context.Context) (Check, string) {
	start := time.Now()
	var out struct {
		Answer int `json:"answer"`
	}
	schema := json.RawMessage(`{"type":"object","properties":{"answer":{"type":"integer"}},"required":["answer"],"additionalProperties":false}`)
	req := Request{Messages: []Message{{Role: "user", Content: "What is 2 + 3? Put the number in the field answer."}}, MaxTokens: 512}
	mode, err := c.json(ctx, req, "probe", schema, &out, "")
	ch := Check{Took: time.Since(start)}
	if err != nil {
		ch.Err = model.AsError(err)
		ch.Detail = "JSON: does not work: " + ch.Err.Message
		return ch, ""
	}
	ch.OK = true
	ch.Detail = "JSON: " + jsonModeWords(mode)
	if out.Answer != 5 {
		ch.Detail += fmt.Sprintf("; the model answered 2 + 3 = %d", out.Answer)
	}
	return ch, mode
}

// jsonModeWords says in plain words how structured answers work in mode
// (the probe's JSON line, read by the user).
func jsonModeWords(mode string) string {
	switch mode {
	case ModeJSONSchema:
		return "works: the server holds answers to the requested JSON schema"
	case ModeJSONObject:
		return "works: the server answers in JSON (its JSON mode) and Huntbook checks the fields"
	default:
		return "works by instructions only: the server has no JSON mode, so Huntbook asks in words and checks the answer"
	}
}

func (c *Client) probeStream(ctx context.Context) Check {
	start := time.Now()
	batches := 0
	text, err := c.Stream(ctx, Request{Messages: []Message{{Role: "user", Content: "Count from 1 to 20, separated by spaces."}}, MaxTokens: 512},
		func(string) { batches++ })
	ch := Check{Took: time.Since(start)}
	switch {
	case err != nil:
		ch.Err = model.AsError(err)
		ch.Detail = "streaming: does not work: " + ch.Err.Message
	case text == "":
		ch.Detail = "streaming: the stream ended without text"
	default:
		ch.OK = true
		ch.Detail = fmt.Sprintf("streaming: works (%d updates in %s)", batches, since(start))
	}
	return ch
}

func (c *Client) probeContext(ctx context.Context) (Check, int, bool) {
	start := time.Now()
	ok := 0
	sizes := probeSizes
	if c.p.Kind == KindCloud {
		sizes = sizes[:1] // long prompts cost money there, and cloud services report overflows as errors
	}
	for i, size := range sizes {
		if c.p.ContextTokens > 0 && size > c.p.ContextTokens {
			break
		}
		word := probeWords[i%len(probeWords)]
		prompt := needlePrompt(word, size)
		text, err := c.Complete(ctx, Request{Messages: []Message{{Role: "user", Content: prompt}}, MaxTokens: 512})
		ch := Check{Took: time.Since(start)}
		switch {
		case err != nil && model.ErrorCode(err) == model.CodeTooLarge:
			ch.OK = ok > 0
			ch.Detail = fmt.Sprintf("context: %s work; longer prompts are refused with a clear error", tokensText(ok))
			return ch, ok, false
		case err != nil:
			ch.Err = model.AsError(err)
			ch.Detail = fmt.Sprintf("context: %s work; a ~%dk-token prompt failed: %s", tokensText(ok), size/1000, ch.Err.Message)
			return ch, ok, false
		case !strings.Contains(strings.ToLower(text), word):
			ch.OK = ok > 0
			ch.Detail = fmt.Sprintf("context: %s work; longer prompts are silently truncated "+
				"(raise the server's context size, e.g. OLLAMA_CONTEXT_LENGTH)", tokensText(ok))
			return ch, ok, true
		}
		ok = size
	}
	ch := Check{OK: ok > 0, Took: time.Since(start), Detail: fmt.Sprintf("context: %s work", tokensText(ok))}
	if c.p.Kind == KindCloud && ok > 0 {
		ch.Detail += " (longer prompts not tried on a paid service)"
	}
	return ch, ok, false
}

func tokensText(n int) string {
	switch {
	case n == 0:
		return "not even ~2k-token prompts"
	case n == probeSizes[len(probeSizes)-1]:
		return fmt.Sprintf("at least ~%dk-token prompts", n/1000)
	}
	return fmt.Sprintf("~%dk-token prompts", n/1000)
}

// needlePrompt is about size tokens: a code word at the very start, varied
// filler, and the question at the end.
func needlePrompt(word string, size int) string {
	var b strings.Builder
	b.WriteString("Remember this: the secret code word is " + word + ".\n\n")
	filler := []string{
		"The applicant tracking notes continue with routine details about meetings and follow-ups.",
		"A recruiter asked for availability next week and mentioned the salary band again.",
		"The cover letter draft was revised to highlight data pipelines and team leadership.",
		"Interview preparation covered system design, behavioural questions and a short case.",
	}
	tokens := EstimateTokens(b.String())
	for i := 0; tokens < size-40; i++ {
		note := fmt.Sprintf("Note %d: %s ", i+1, filler[i%len(filler)])
		if i%20 == 19 {
			note += "\n"
		}
		b.WriteString(note)
		tokens += EstimateTokens(note) // notes end in a break, so counts add up
	}
	b.WriteString("\n\nWhat is the secret code word given at the very start? Reply with the code word only.")
	return b.String()
}

func firstRunes(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
