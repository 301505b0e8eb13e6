package assist

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/model"
)

// noNull fails when v marshals with a null anywhere but in allowed fields.
func noNull(t *testing.T, what string, v any, allowed ...string) {
	t.Helper()
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	s := string(raw)
	for _, a := range allowed {
		s = strings.ReplaceAll(s, `"`+a+`":null`, "")
	}
	if strings.Contains(s, "null") {
		t.Errorf("%s reaches the page with a null list: %s", what, raw)
	}
}

// TestResultsHaveNoNullLists: an analysis that finds nothing, a tailoring
// reply without flags and an insights reply that leaves lists out all reach
// the page with [] rather than null.
func TestResultsHaveNoNullLists(t *testing.T) {
	noNull(t, "AnalyzeText", AnalyzeText("", model.Profile{}), "cv")
	noNull(t, "Analyze", Analyze(loadJob(t, "resumematcher_backend-eng.txt"), model.Profile{}), "cv")

	job := loadJob(t, "resumematcher_backend-eng.txt")
	p, err := Build(TaskCVTailoring, Inputs{Profile: janeProfile, Job: job})
	if err != nil {
		t.Fatal(err)
	}
	tl, err := Tailor(context.Background(), &fakeModel{reply: `{"summary":"Backend engineer.","bullets":null}`}, p, janeProfile, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	noNull(t, "Tailor", tl)

	p, err = Build(TaskJobInsights, Inputs{Profile: janeProfile, Job: job})
	if err != nil {
		t.Fatal(err)
	}
	in, err := JobInsights(context.Background(), &fakeModel{reply: `{"seniority":"mid","salary":"","questions":null}`}, p, nil)
	if err != nil {
		t.Fatal(err)
	}
	noNull(t, "JobInsights", in)
}
