package transfer

import (
	"strings"

	"github.com/huntbook/huntbook/backend/model"
)

// Status targets, as model.CSVStatusChoice.Target spells them.
const (
	targetStage   = "stage:"
	targetOutcome = "outcome:"
	targetNew     = "new:"
)

// outcomeLabels are the outcomes a status can close an application with.
var outcomeLabels = []model.CSVChoice{
	{Value: targetOutcome + string(model.OutcomeRejected), Label: "Closed: rejected"},
	{Value: targetOutcome + string(model.OutcomeGhosted), Label: "Closed: no answer (ghosted)"},
	{Value: targetOutcome + string(model.OutcomeWithdrawn), Label: "Closed: withdrawn"},
	{Value: targetOutcome + string(model.OutcomeAccepted), Label: "Closed: offer accepted"},
	{Value: targetOutcome + string(model.OutcomeExpired), Label: "Closed: posting expired"},
}

// statusKeywords find the nearest stage (a default stage's name) or outcome
// for a status no table knows, by a word it contains. Order matters: the
// first match wins ("Rejected after interview" is an outcome).
var statusKeywords = []struct{ word, target string }{
	{"reject", targetOutcome + string(model.OutcomeRejected)},
	{"declin", targetOutcome + string(model.OutcomeRejected)},
	{"notselected", targetOutcome + string(model.OutcomeRejected)},
	{"unsuccessful", targetOutcome + string(model.OutcomeRejected)},
	{"turneddown", targetOutcome + string(model.OutcomeRejected)},
	{"ghost", targetOutcome + string(model.OutcomeGhosted)},
	{"noresponse", targetOutcome + string(model.OutcomeGhosted)},
	{"noreply", targetOutcome + string(model.OutcomeGhosted)},
	{"noanswer", targetOutcome + string(model.OutcomeGhosted)},
	{"withdr", targetOutcome + string(model.OutcomeWithdrawn)},
	{"accepted", targetOutcome + string(model.OutcomeAccepted)},
	{"hired", targetOutcome + string(model.OutcomeAccepted)},
	{"signed", targetOutcome + string(model.OutcomeAccepted)},
	{"expired", targetOutcome + string(model.OutcomeExpired)},
	{"closed", targetOutcome + string(model.OutcomeExpired)},
	{"archiv", targetOutcome + string(model.OutcomeExpired)},
	{"offer", targetStage + "Offer"},
	{"negotiat", targetStage + "Offer"},
	{"interview", targetStage + "Interviewing"},
	{"onsite", targetStage + "Interviewing"},
	{"final", targetStage + "Interviewing"},
	{"technical", targetStage + "Interviewing"},
	{"round", targetStage + "Interviewing"},
	{"assessment", targetStage + "Interviewing"},
	{"challenge", targetStage + "Interviewing"},
	{"screen", targetStage + "Screening"},
	{"phone", targetStage + "Screening"},
	{"call", targetStage + "Screening"},
	{"recruiter", targetStage + "Screening"},
	{"appl", targetStage + "Applied"},
	{"submit", targetStage + "Applied"},
	{"wish", targetStage + "Wishlist"},
	{"save", targetStage + "Wishlist"},
	{"bookmark", targetStage + "Wishlist"},
	{"interest", targetStage + "Wishlist"},
	{"todo", targetStage + "Wishlist"},
	{"idea", targetStage + "Wishlist"},
}

// statusMapper resolves the status texts of a file against the pipeline.
type statusMapper struct {
	pipeline []string          // stage names in order
	chosen   map[string]string // status text (trimmed, lower case) -> target the user chose
}

func newStatusMapper(pipeline []string, choices []model.CSVStatusChoice) *statusMapper {
	if len(pipeline) == 0 {
		pipeline = model.DefaultStages
	}
	m := &statusMapper{pipeline: pipeline, chosen: map[string]string{}}
	for _, c := range choices {
		if validTarget(c.Target, pipeline) {
			m.chosen[statusKey(c.Status)] = c.Target
		}
	}
	return m
}

func statusKey(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// validTarget tells whether t names a stage of the pipeline, an outcome or a
// new stage with a usable name.
func validTarget(t string, pipeline []string) bool {
	switch {
	case strings.HasPrefix(t, targetStage):
		return pipelineStage(pipeline, strings.TrimPrefix(t, targetStage)) != ""
	case strings.HasPrefix(t, targetOutcome):
		o, err := model.ParseOutcome(strings.TrimPrefix(t, targetOutcome))
		return err == nil && o != model.OutcomeOpen
	case strings.HasPrefix(t, targetNew):
		n := strings.TrimSpace(strings.TrimPrefix(t, targetNew))
		return n != "" && len(n) <= maxStageName
	}
	return false
}

// pipelineStage returns the pipeline's stage named name (any case), or "".
func pipelineStage(pipeline []string, name string) string {
	for _, p := range pipeline {
		if strings.EqualFold(p, strings.TrimSpace(name)) {
			return p
		}
	}
	return ""
}

// defaultStage returns the pipeline's stage for one of the default stage
// names: the stage of that name, or the one at its place in the default
// pipeline (the user may have renamed it).
func (m *statusMapper) defaultStage(name string) string {
	if s := pipelineStage(m.pipeline, name); s != "" {
		return s
	}
	for i, d := range model.DefaultStages {
		if d == name {
			return m.pipeline[min(i, len(m.pipeline)-1)]
		}
	}
	return m.pipeline[0]
}

// target returns where a status goes and why.
func (m *statusMapper) target(status string) (target, reason string) {
	if t, ok := m.chosen[statusKey(status)]; ok {
		return t, "your choice"
	}
	if s := pipelineStage(m.pipeline, status); s != "" {
		return targetStage + s, "the stage of that name"
	}
	key := normHeader(status)
	if o, ok := statusOutcome[key]; ok {
		return targetOutcome + string(o), "an outcome, not a stage"
	}
	if s, ok := statusStage[key]; ok {
		return targetStage + m.defaultStage(s), "what trackers mean by it"
	}
	for _, k := range statusKeywords {
		if strings.Contains(key, k.word) {
			if strings.HasPrefix(k.target, targetStage) {
				return targetStage + m.defaultStage(strings.TrimPrefix(k.target, targetStage)), "nearest stage"
			}
			return k.target, "nearest outcome"
		}
	}
	return targetStage + m.defaultStage("Applied"), "not recognised: choose a stage, an outcome or a new stage"
}

// resolve is the statusFunc of parseRow: a stage name, and an outcome that
// keeps the application at the Applied stage.
func (m *statusMapper) resolve(status string) (string, model.Outcome) {
	t, _ := m.target(status)
	switch {
	case strings.HasPrefix(t, targetOutcome):
		return m.defaultStage("Applied"), model.Outcome(strings.TrimPrefix(t, targetOutcome))
	case strings.HasPrefix(t, targetNew):
		return strings.TrimSpace(strings.TrimPrefix(t, targetNew)), model.OutcomeOpen
	}
	return strings.TrimPrefix(t, targetStage), model.OutcomeOpen
}

// targets lists where a status can go: the pipeline's stages, then the
// outcomes.
func (m *statusMapper) targets() []model.CSVChoice {
	out := make([]model.CSVChoice, 0, len(m.pipeline)+len(outcomeLabels))
	for _, s := range m.pipeline {
		out = append(out, model.CSVChoice{Value: targetStage + s, Label: "Stage: " + s})
	}
	return append(out, outcomeLabels...)
}
