package assist

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"text/template"

	"github.com/huntbook/huntbook/backend/jobpost"
	"github.com/huntbook/huntbook/backend/lazyre"
	"github.com/huntbook/huntbook/backend/model"
)

// Task names one AI task.
type Task string

// The tasks.
const (
	TaskCoverLetter   Task = "cover-letter"
	TaskInterviewPrep Task = "interview-prep"
	TaskCVTailoring   Task = "cv-tailoring"
	TaskJobInsights   Task = "job-insights"
	TaskFollowUp      Task = "follow-up"
	TaskThankYou      Task = "thank-you"
)

// Tasks lists every task in display order.
var Tasks = []Task{TaskCoverLetter, TaskInterviewPrep, TaskCVTailoring, TaskJobInsights, TaskFollowUp, TaskThankYou}

var taskFiles = map[Task]string{
	TaskCoverLetter: "cover_letter.tmpl", TaskInterviewPrep: "interview_prep.tmpl", TaskCVTailoring: "cv_tailoring.tmpl",
	TaskJobInsights: "job_insights.tmpl", TaskFollowUp: "follow_up.tmpl", TaskThankYou: "thank_you.tmpl",
}

// JSONTask reports whether the task's reply is JSON (CV tailoring, job insights).
func (t Task) JSONTask() bool { return t == TaskCVTailoring || t == TaskJobInsights }

//go:embed prompts/*.tmpl
var promptFS embed.FS

// DefaultTemplate returns the shipped template text of a task, for the UI to
// show and the user to copy into an override.
func DefaultTemplate(t Task) (string, error) {
	f, ok := taskFiles[t]
	if !ok {
		return "", model.Invalid("task", "unknown task %q", t)
	}
	b, err := promptFS.ReadFile("prompts/" + f)
	if err != nil {
		return "", fmt.Errorf("read template %s: %w", f, err)
	}
	return string(b), nil
}

// Options tune a task's writing.
type Options struct {
	Tone      string `json:"tone"`      // e.g. professional, warm, enthusiastic, concise; default professional
	Length    string `json:"length"`    // short, medium or long; default medium
	Language  string `json:"language"`  // ISO 639-1 code; default: the job description's language, else English
	Recipient string `json:"recipient"` // who the email goes to
	Extra     string `json:"extra"`     // free instructions from the user
}

// Inputs are everything a prompt is built from.
type Inputs struct {
	Profile  model.Profile `json:"profile"`
	CV       string        `json:"cv"` // a CV version as text, used when the profile is empty
	Job      jobpost.Job   `json:"job"`
	Notes    string        `json:"notes"`
	Options  Options       `json:"options"`
	Override string        `json:"override"` // the user's template text for this task; "" uses the shipped one
	Budget   int           `json:"budget"`   // input budget in tokens; 0 means DefaultBudget
	// Redactor, when set, replaces personal details in the messages (cloud providers).
	Redactor *Redactor `json:"-"`
}

// DefaultBudget is the input token budget when Inputs.Budget is 0.
const DefaultBudget = 6000

// charsPerToken is the rough size of a token in characters.
const charsPerToken = 4

// Prompt is exactly what will be sent for a task.
type Prompt struct {
	Task       Task            `json:"task"`
	Version    string          `json:"version"` // the template's version line
	Messages   []Message       `json:"messages"`
	Digest     string          `json:"digest"`  // SHA-256 (hex) of the inputs and template
	Tokens     int             `json:"tokens"`  // estimated input tokens
	Omitted    []string        `json:"omitted"` // what the budget left out
	SchemaName string          `json:"schemaName,omitempty"`
	Schema     json.RawMessage `json:"schema,omitempty"` // JSON schema of the reply for JSON tasks
	Redacted   bool            `json:"redacted"`
}

// Request returns the chat request for the prompt.
func (p Prompt) Request() Request {
	temp := float32(0.7)
	if p.Task.JSONTask() {
		temp = 0.2
	}
	return Request{Messages: p.Messages, Temperature: &temp}
}

var versionLine = lazyre.New(`\{\{-?\s*/\*\s*version:\s*([^*]+?)\s*\*/\s*-?\}\}`)

// ValidateTemplate checks an override: it must parse, define "system" and
// "user", and carry a version line.
func ValidateTemplate(text string) error {
	_, _, err := parseTemplate("override", text)
	return err
}

func parseTemplate(name, text string) (*template.Template, string, error) {
	if len(text) > 64<<10 {
		return nil, "", model.Invalid("override", "template is too long (%d bytes, at most 64 KB)", len(text))
	}
	m := versionLine.FindStringSubmatch(text)
	if m == nil {
		return nil, "", model.Invalid("override", `template has no version line (start it with {{/* version: my-letter/1 */}})`)
	}
	t, err := template.New(name).Option("missingkey=error").Parse(text)
	if err != nil {
		return nil, "", model.Invalid("override", "template does not parse: %v", err)
	}
	for _, block := range []string{"system", "user"} {
		if t.Lookup(block) == nil {
			return nil, "", model.Invalid("override", `template must define a %q block ({{define "%s"}}...{{end}})`, block, block)
		}
	}
	return t, m[1], nil
}

// templateData is what templates see.
type templateData struct {
	Job          jobpost.Job
	JobText      string
	ProfileText  string
	Notes        string
	Options      Options
	LanguageName string
	LengthHint   string
}

var languageNames = map[string]string{
	"en": "English", "de": "German", "es": "Spanish", "fr": "French", "pt": "Portuguese", "it": "Italian",
	"nl": "Dutch", "da": "Danish", "sv": "Swedish", "no": "Norwegian", "fi": "Finnish", "pl": "Polish",
}

// Build assembles the messages of a task from its inputs, trimmed to the
// token budget, redacted when a Redactor is set.
func Build(task Task, in Inputs) (Prompt, error) {
	text := in.Override
	if text == "" {
		var err error
		if text, err = DefaultTemplate(task); err != nil {
			return Prompt{}, err
		}
	} else if _, ok := taskFiles[task]; !ok {
		return Prompt{}, model.Invalid("task", "unknown task %q", task)
	}
	tmpl, version, err := parseTemplate(string(task), text)
	if err != nil {
		return Prompt{}, err
	}
	budget := in.Budget
	if budget <= 0 {
		budget = DefaultBudget
	}
	opts := in.Options
	if opts.Tone == "" {
		opts.Tone = "professional"
	}
	lang := strings.ToLower(opts.Language)
	if lang == "" {
		lang = in.Job.Language
	}
	if lang == "" {
		lang = "en"
	}
	name := languageNames[lang]
	if name == "" {
		name = lang
	}
	profile := ProfileText(in.Profile)
	if strings.TrimSpace(profile) == "" {
		profile = strings.TrimSpace(in.CV)
	}
	data := templateData{Job: in.Job, Options: opts, LanguageName: name, LengthHint: lengthHint(task, opts.Length)}

	// the fixed part of the prompt, rendered with empty inputs, takes its share first
	fixed, err := render(tmpl, data)
	if err != nil {
		return Prompt{}, err
	}
	// a margin covers the job's fields and the "[…]" cut markers
	avail := budget*charsPerToken - len(fixed[0]) - len(fixed[1]) - 64
	parts := fit(avail, []part{
		{name: "job description", text: in.Job.Description, weight: 4},
		{name: "profile", text: profile, weight: 4},
		{name: "notes", text: strings.TrimSpace(in.Notes), weight: 2},
	})
	data.JobText, data.ProfileText, data.Notes = parts[0].text, parts[1].text, parts[2].text
	msgs, err := render(tmpl, data)
	if err != nil {
		return Prompt{}, err
	}
	p := Prompt{Task: task, Version: version, Messages: []Message{{Role: "system", Content: msgs[0]}, {Role: "user", Content: msgs[1]}}}
	for _, pt := range parts {
		if pt.omitted != "" {
			p.Omitted = append(p.Omitted, pt.omitted)
		}
	}
	if in.Redactor != nil {
		for i := range p.Messages {
			p.Messages[i].Content = in.Redactor.Redact(p.Messages[i].Content)
		}
		p.Redacted = true
	}
	p.Tokens = (len(p.Messages[0].Content) + len(p.Messages[1].Content) + charsPerToken - 1) / charsPerToken
	p.Digest = digest(task, text, in)
	if task == TaskCVTailoring {
		p.SchemaName, p.Schema = "cv_tailoring", tailoringSchema
	}
	if task == TaskJobInsights {
		p.SchemaName, p.Schema = "job_insights", insightsSchema
	}
	return p, nil
}

func render(t *template.Template, d templateData) ([2]string, error) {
	var out [2]string
	for i, block := range []string{"system", "user"} {
		var b bytes.Buffer
		if err := t.ExecuteTemplate(&b, block, d); err != nil {
			return out, model.Invalid("override", "template fails to render: %v", err)
		}
		out[i] = strings.TrimSpace(collapseBlank.ReplaceAllString(b.String(), "\n\n"))
	}
	return out, nil
}

var collapseBlank = lazyre.New(`\n{3,}`)

func lengthHint(t Task, l string) string {
	short, medium, long := "about 150 words", "about 250-300 words", "about 400 words"
	if t == TaskFollowUp || t == TaskThankYou {
		short, medium, long = "3-4 sentences", "about 120 words", "about 200 words"
	}
	switch strings.ToLower(l) {
	case "short":
		return short
	case "long":
		return long
	}
	return medium
}

// digest hashes the template and every input that shapes the prompt.
func digest(t Task, tmpl string, in Inputs) string {
	h := sha256.New()
	fmt.Fprintf(h, "task=%s\n", t)
	h.Write([]byte(tmpl))
	in.Override = ""
	b, _ := json.Marshal(in) // plain data: cannot fail
	h.Write(b)
	return hex.EncodeToString(h.Sum(nil))
}
