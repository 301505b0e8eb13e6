package assist

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/huntbook/huntbook/backend/model"
)

// Tailoring is the CV tailoring reply: a summary and rewritten bullets, each
// citing the original bullet it comes from. Flags are added locally by the
// fabrication check.
type Tailoring struct {
	Summary string           `json:"summary"`
	Bullets []TailoredBullet `json:"bullets"`
	Flags   []Flag           `json:"flags"`
}

// TailoredBullet is one rewritten bullet point.
type TailoredBullet struct {
	Original  string `json:"original"`
	Suggested string `json:"suggested"`
	Reason    string `json:"reason"`
}

// Insights is the job insights reply.
type Insights struct {
	RequiredSkills   []string `json:"requiredSkills"`
	NiceToHaveSkills []string `json:"niceToHaveSkills"`
	Seniority        string   `json:"seniority"`
	Responsibilities []string `json:"responsibilities"`
	Salary           string   `json:"salary"`
	RedFlags         []string `json:"redFlags"`
	Questions        []string `json:"questions"`
}

var tailoringSchema = json.RawMessage(`{"type":"object","additionalProperties":false,"required":["summary","bullets"],
"properties":{"summary":{"type":"string"},"bullets":{"type":"array","items":{"type":"object","additionalProperties":false,
"required":["original","suggested","reason"],"properties":{"original":{"type":"string"},"suggested":{"type":"string"},"reason":{"type":"string"}}}}}}`)

var stringList = `{"type":"array","items":{"type":"string"}}`

var insightsSchema = json.RawMessage(`{"type":"object","additionalProperties":false,
"required":["requiredSkills","niceToHaveSkills","seniority","responsibilities","salary","redFlags","questions"],
"properties":{"requiredSkills":` + stringList + `,"niceToHaveSkills":` + stringList + `,
"seniority":{"type":"string","enum":["intern","junior","mid","senior","lead","principal","executive","unknown"]},
"responsibilities":` + stringList + `,"salary":{"type":"string"},"redFlags":` + stringList + `,"questions":` + stringList + `}}`)

// Generate runs a text task (cover letter, interview prep, follow-up,
// thank-you), streaming the reply to onDelta with placeholders restored when
// the prompt was redacted by r.
func Generate(ctx context.Context, m Model, p Prompt, r *Redactor, onDelta func(string)) (string, error) {
	if p.Task.JSONTask() {
		return "", model.Invalid("task", "%s replies in JSON; use Tailor or JobInsights", p.Task)
	}
	var sr *StreamRestorer
	if r != nil {
		sr = r.NewStreamRestorer()
	}
	emit := func(s string) {
		if onDelta != nil && s != "" {
			onDelta(s)
		}
	}
	reply, err := m.Stream(ctx, p.Request(), func(d string) {
		if sr != nil {
			d = sr.Write(d)
		}
		emit(d)
	})
	if sr != nil {
		emit(sr.Flush())
	}
	if err != nil {
		return "", fmt.Errorf("%s: %w", p.Task, err)
	}
	if r != nil {
		reply = r.Restore(reply)
	}
	return strings.TrimSpace(reply), nil
}

// Tailor runs the CV tailoring task and checks every suggestion against the
// profile: invented employers, titles, dates, degrees and figures are flagged,
// and so are bullets whose cited original is not in the profile.
func Tailor(ctx context.Context, m Model, p Prompt, prof model.Profile, allow []string, r *Redactor) (Tailoring, error) {
	if p.Task != TaskCVTailoring {
		return Tailoring{}, model.Invalid("task", "Tailor needs a %s prompt, not %s", TaskCVTailoring, p.Task)
	}
	var t Tailoring
	if _, err := m.JSON(ctx, p.Request(), p.SchemaName, p.Schema, &t); err != nil {
		return Tailoring{}, fmt.Errorf("cv tailoring: %w", err)
	}
	if r != nil {
		t.Summary = r.Restore(t.Summary)
		for i := range t.Bullets {
			t.Bullets[i].Original = r.Restore(t.Bullets[i].Original)
			t.Bullets[i].Suggested = r.Restore(t.Bullets[i].Suggested)
			t.Bullets[i].Reason = r.Restore(t.Bullets[i].Reason)
		}
	}
	t.Flags = CheckTailoring(t, prof, allow...)
	t.fillLists()
	return t, nil
}

// fillLists makes the lists of t empty rather than nil (a reply may leave
// them out), so the page gets [] and never null.
func (t *Tailoring) fillLists() {
	if t.Bullets == nil {
		t.Bullets = []TailoredBullet{}
	}
	if t.Flags == nil {
		t.Flags = []Flag{}
	}
}

// fillLists makes the lists of in empty rather than nil (a reply may leave
// them out or send null), so the page gets [] and never null.
func (in *Insights) fillLists() {
	for _, l := range []*[]string{&in.RequiredSkills, &in.NiceToHaveSkills, &in.Responsibilities, &in.RedFlags, &in.Questions} {
		if *l == nil {
			*l = []string{}
		}
	}
}

// JobInsights runs the job insights task.
func JobInsights(ctx context.Context, m Model, p Prompt, r *Redactor) (Insights, error) {
	if p.Task != TaskJobInsights {
		return Insights{}, model.Invalid("task", "JobInsights needs a %s prompt, not %s", TaskJobInsights, p.Task)
	}
	var in Insights
	if _, err := m.JSON(ctx, p.Request(), p.SchemaName, p.Schema, &in); err != nil {
		return Insights{}, fmt.Errorf("job insights: %w", err)
	}
	if r != nil {
		for _, list := range [][]string{in.Questions, in.RedFlags, in.Responsibilities} {
			for i := range list {
				list[i] = r.Restore(list[i])
			}
		}
	}
	in.fillLists()
	return in, nil
}
