package service

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/huntbook/huntbook/backend/assist"
	"github.com/huntbook/huntbook/backend/jobrun"
	"github.com/huntbook/huntbook/backend/llm"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/shellport"
)

// RunOptions tune one task run.
type RunOptions struct {
	// Provider names the provider; "" uses the default.
	Provider string         `json:"provider"`
	Options  assist.Options `json:"options"`
	// Budget is the input budget in tokens; 0 derives it from the
	// provider's context length (or assist.DefaultBudget).
	Budget int `json:"budget"`
}

// Preview is exactly what a task would send, before anything is sent.
type Preview struct {
	Task     string `json:"task"`
	Provider string `json:"provider"`
	Model    string `json:"model"`
	Kind     string `json:"kind"`
	URL      string `json:"url"` // where the request goes
	// Destination is the server, whether a key is attached and from where,
	// and whether the user confirmed the provider (no request goes until they do).
	Destination   Destination `json:"destination"`
	Redacted      bool        `json:"redacted"`
	Placeholders  []string    `json:"placeholders"` // placeholders standing in for personal details
	Tokens        int         `json:"tokens"`       // estimated input tokens
	Omitted       []string    `json:"omitted"`      // what the budget left out
	PromptVersion string      `json:"promptVersion"`
	InputDigest   string      `json:"inputDigest"`
	// Body is the exact JSON request body.
	Body string `json:"body"`
}

// GenerationResult is what a finished (or stopped) run produced.
type GenerationResult struct {
	// GenerationID is the saved generation, 0 when nothing arrived.
	GenerationID int64  `json:"generationId"`
	Partial      bool   `json:"partial"`
	Format       string `json:"format"` // markdown or json
	Text         string `json:"text"`
	// Tailoring and Insights hold the structured replies of those tasks.
	Tailoring *assist.Tailoring `json:"tailoring,omitempty"`
	Insights  *assist.Insights  `json:"insights,omitempty"`
}

// prepared is a task ready to send.
type prepared struct {
	task         assist.Task
	app          model.Application
	stored       model.AIProvider // the provider as stored, with its confirmation
	provider     llm.Provider
	profile      model.Profile
	prompt       assist.Prompt
	redactor     *assist.Redactor // nil for local providers
	placeholders []string         // those the request carries
}

// prepare gathers the inputs of a task and builds its prompt, redacted
// for cloud providers.
func (a *Assistant) prepare(ctx context.Context, task string, appID int64, opts RunOptions) (*prepared, error) {
	t, err := parseTask(task)
	if err != nil {
		return nil, err
	}
	sp, err := a.resolveProvider(ctx, opts.Provider)
	if err != nil {
		return nil, err
	}
	d, err := a.db.GetDetail(ctx, appID)
	if err != nil {
		return nil, err
	}
	pr := &prepared{task: t, app: d.Application, stored: sp, provider: toLLM(sp)}
	if pr.profile, err = a.profile(ctx); err != nil {
		return nil, err
	}
	override, err := a.db.PromptOverride(ctx, string(t))
	if err != nil {
		return nil, err
	}
	var notes []string
	for i := len(d.Notes) - 1; i >= 0; i-- { // oldest first
		notes = append(notes, d.Notes[i].Body)
	}
	in := assist.Inputs{Profile: pr.profile, Job: jobFrom(d.Application), Notes: strings.Join(notes, "\n\n"),
		Options: opts.Options, Override: override, Budget: budgetFor(opts.Budget, sp.ContextTokens)}
	if pr.provider.Kind == llm.KindCloud {
		terms, err := a.db.RedactionTerms(ctx)
		if err != nil {
			return nil, err
		}
		pr.redactor = assist.NewRedactor(pr.profile, terms)
		in.Redactor = pr.redactor
	}
	if pr.prompt, err = assist.Build(t, in); err != nil {
		return nil, err
	}
	pr.placeholders = []string{}
	if pr.redactor != nil {
		var all strings.Builder
		for _, m := range pr.prompt.Messages {
			all.WriteString(m.Content)
		}
		for _, ph := range pr.redactor.Placeholders() {
			if strings.Contains(all.String(), ph) {
				pr.placeholders = append(pr.placeholders, ph)
			}
		}
	}
	return pr, nil
}

// budgetFor picks the input budget: the caller's, else three quarters of
// the provider's context (the rest is the reply's), at most the default.
func budgetFor(asked, contextTokens int) int {
	if asked > 0 {
		return asked
	}
	if contextTokens <= 0 {
		return assist.DefaultBudget
	}
	return max(500, min(assist.DefaultBudget, contextTokens*3/4-256))
}

// Preview returns exactly what the task would send for the application,
// redacted as it would be for a cloud provider. Nothing is sent.
func (a *Assistant) Preview(task string, appID int64, opts RunOptions) (Preview, error) {
	pr, err := a.prepare(a.ctx(), task, appID, opts)
	if err != nil {
		return Preview{}, err
	}
	capt := &captureTransport{}
	c := llm.New(pr.provider, "", &http.Client{Transport: capt})
	m := &modelAdapter{c: c}
	ctx := a.ctx()
	switch pr.task {
	case assist.TaskCVTailoring:
		_, _ = assist.Tailor(ctx, m, pr.prompt, pr.profile, nil, nil)
	case assist.TaskJobInsights:
		_, _ = assist.JobInsights(ctx, m, pr.prompt, nil)
	default:
		_, _ = assist.Generate(ctx, m, pr.prompt, nil, nil)
	}
	if capt.body == nil {
		return Preview{}, model.Errorf(model.CodeInternal, "preview: the request was not built")
	}
	omitted := pr.prompt.Omitted
	if omitted == nil {
		omitted = []string{} // the page gets [], never null
	}
	return Preview{Task: string(pr.task), Provider: pr.provider.Name, Model: pr.provider.Model, Kind: string(pr.provider.Kind),
		URL: capt.url, Destination: a.destination(pr.stored), Redacted: pr.redactor != nil, Placeholders: pr.placeholders, Tokens: pr.prompt.Tokens,
		Omitted: omitted, PromptVersion: pr.prompt.Version, InputDigest: pr.prompt.Digest, Body: string(capt.body)}, nil
}

// errPreviewOnly stops a request once its body is captured.
var errPreviewOnly = errors.New("preview only: not sent")

// captureTransport keeps the first request's body and sends nothing.
type captureTransport struct {
	body []byte
	url  string
}

func (c *captureTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if c.body == nil && r.Body != nil {
		b, err := io.ReadAll(io.LimitReader(r.Body, 8<<20))
		if err != nil {
			return nil, err
		}
		c.body, c.url = b, r.URL.String()
	}
	if r.Body != nil {
		r.Body.Close()
	}
	return nil, errPreviewOnly
}

// Start runs a task for the application in the background and returns its
// job id at once. The reply streams as ai:delta events (batched about every
// 50 ms) carrying the id; job:done ends it with a GenerationResult. What
// arrived is saved on the application, marked partial after a cancel or an
// error.
func (a *Assistant) Start(task string, appID int64, opts RunOptions) (string, error) {
	pr, key, err := a.prepareWithKey(a.ctx(), task, appID, opts)
	if err != nil {
		return "", err
	}
	return a.runner.Start(jobAI, func(ctx context.Context, job *jobrun.Job) (any, error) {
		return a.run(ctx, pr, key, func(s string) {
			a.deps.Emitter.Emit(shellport.EventAIDelta, shellport.AIDelta{ID: job.ID(), Text: s})
		})
	}), nil
}

// jobAI is the kind, and id prefix, of AI runs.
const jobAI = "ai"

// Cancel stops a running task; what arrived so far is kept.
func (a *Assistant) Cancel(jobID string) error {
	if !a.runner.Cancel(jobAI, jobID) {
		return model.Errorf(model.CodeNotFound, "no running AI task %q (it may have finished)", jobID)
	}
	return nil
}

// Generate runs a task for the application on the caller's goroutine,
// passing the reply to onDelta as it arrives, and saves it like Start does
// (partial when ctx is cancelled). It is for the command line; the window
// uses Start. It is a function, not a method, so it is not bound to the UI.
func Generate(ctx context.Context, a *Assistant, task string, appID int64, opts RunOptions, onDelta func(string)) (GenerationResult, error) {
	pr, key, err := a.prepareWithKey(ctx, task, appID, opts)
	if err != nil {
		return GenerationResult{}, err
	}
	if onDelta == nil {
		onDelta = func(string) {}
	}
	return a.run(ctx, pr, key, onDelta)
}

func (a *Assistant) prepareWithKey(ctx context.Context, task string, appID int64, opts RunOptions) (*prepared, string, error) {
	pr, err := a.prepare(ctx, task, appID, opts)
	if err != nil {
		return nil, "", err
	}
	if err := checkConfirmed(pr.stored); err != nil {
		return nil, "", err
	}
	key, err := a.apiKey(pr.provider)
	if err != nil {
		return nil, "", err
	}
	return pr, key, nil
}

// run sends the prepared task, streams the (restored) reply to onDelta and
// saves what arrived.
func (a *Assistant) run(ctx context.Context, pr *prepared, key string, onDelta func(string)) (GenerationResult, error) {
	c := llm.New(pr.provider, key, a.HTTPClient)
	c.OnExchange(a.ledgerHook(pr.provider.Name, pr.redactor != nil, pr.placeholders))
	m := &modelAdapter{c: c}
	ctx = llm.WithTask(ctx, string(pr.task))
	res := GenerationResult{Format: "markdown"}
	var got strings.Builder
	var err error
	switch pr.task {
	case assist.TaskCVTailoring:
		var t assist.Tailoring
		if t, err = assist.Tailor(ctx, m, pr.prompt, pr.profile, []string{pr.app.Company, pr.app.Title}, pr.redactor); err == nil {
			res.Tailoring, res.Text = &t, tailoringMarkdown(t)
		}
	case assist.TaskJobInsights:
		var in assist.Insights
		if in, err = assist.JobInsights(ctx, m, pr.prompt, pr.redactor); err == nil {
			b, _ := json.MarshalIndent(in, "", "  ") // plain data: cannot fail
			res.Insights, res.Text, res.Format = &in, string(b), "json"
		}
	default:
		res.Text, err = assist.Generate(ctx, m, pr.prompt, pr.redactor, func(s string) {
			got.WriteString(s)
			onDelta(s)
		})
	}
	if err == nil && pr.task.JSONTask() {
		onDelta(res.Text) // one piece: a JSON reply is not streamed
	}
	if m.mode != "" && m.mode != pr.provider.Structured {
		_ = a.db.RememberAICapabilities(context.Background(), pr.provider.Name, m.mode, 0)
	}
	g := model.Generation{ApplicationID: pr.app.ID, Task: string(pr.task), Provider: pr.provider.Name, Model: pr.provider.Model,
		Format: res.Format, InputDigest: pr.prompt.Digest, PromptVersion: pr.prompt.Version, Redacted: pr.redactor != nil, Text: res.Text}
	if err != nil {
		g.Text, g.Partial, g.Error = strings.TrimSpace(got.String()), true, model.AsError(err).Message
		res.Text, res.Partial = g.Text, true
		if g.Text == "" {
			return res, err
		}
	}
	// saved with a fresh context: a cancelled run still keeps what arrived
	saved, serr := a.db.SaveGeneration(context.Background(), g)
	if serr != nil {
		return res, errors.Join(err, serr)
	}
	res.GenerationID = saved.ID
	return res, err
}

// modelAdapter is *llm.Client as an assist.Model; it remembers the
// structured-output mode the last JSON request used.
type modelAdapter struct {
	c    *llm.Client
	mode string
}

func (m *modelAdapter) Stream(ctx context.Context, r assist.Request, onDelta func(string)) (string, error) {
	return m.c.Stream(ctx, llmRequest(r), onDelta)
}

func (m *modelAdapter) JSON(ctx context.Context, r assist.Request, name string, schema json.RawMessage, out any) (string, error) {
	mode, err := m.c.JSON(ctx, llmRequest(r), name, schema, out)
	if err == nil {
		m.mode = mode
	}
	return mode, err
}

func llmRequest(r assist.Request) llm.Request {
	msgs := make([]llm.Message, len(r.Messages))
	for i, m := range r.Messages {
		msgs[i] = llm.Message{Role: m.Role, Content: m.Content}
	}
	return llm.Request{Messages: msgs, Temperature: r.Temperature, MaxTokens: r.MaxTokens}
}

// tailoringMarkdown renders a tailoring reply for reading and editing.
func tailoringMarkdown(t assist.Tailoring) string {
	var b bytes.Buffer
	if s := strings.TrimSpace(t.Summary); s != "" {
		fmt.Fprintf(&b, "## Summary\n\n%s\n\n", s)
	}
	if len(t.Bullets) > 0 {
		b.WriteString("## Bullet points\n\n")
		for _, x := range t.Bullets {
			fmt.Fprintf(&b, "- %s\n  - was: %s\n", strings.TrimSpace(x.Suggested), strings.TrimSpace(x.Original))
			if r := strings.TrimSpace(x.Reason); r != "" {
				fmt.Fprintf(&b, "  - why: %s\n", r)
			}
		}
		b.WriteString("\n")
	}
	if len(t.Flags) > 0 {
		b.WriteString("## Check before using\n\nThese claims are not in your profile:\n\n")
		for _, f := range t.Flags {
			where := "summary"
			if f.Bullet >= 0 {
				where = fmt.Sprintf("bullet %d", f.Bullet+1)
			}
			fmt.Fprintf(&b, "- %s (%s, %s)\n", f.Text, f.Kind, where)
		}
	}
	return strings.TrimSpace(b.String())
}
