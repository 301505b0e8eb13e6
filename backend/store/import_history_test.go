package store

import (
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// TestEstimatedHistoryDates: the path runs from the earliest date the row
// has, enters the sent stage on the date applied, its own stage on the
// row's last update, the stages between spread evenly, then the outcome;
// every entry estimated and later than the one before.
func TestEstimatedHistoryDates(t *testing.T) {
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)
	a := &model.Application{DateApplied: "2026-11-01", CreatedAt: time.Date(2026, 10, 30, 9, 0, 0, 0, time.UTC),
		UpdatedAt: time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC), Outcome: model.OutcomeRejected}
	got := estimatedHistory(a, []string{"Wishlist", "Applied", "Screening", "Interviewing"}, now)
	want := []struct {
		kind     model.EventKind
		from, to string
		at       string
	}{
		{model.EventCreated, "", "Wishlist", "2026-10-30T09:00:00Z"},
		{model.EventStage, "Wishlist", "Applied", "2026-11-01T00:00:00Z"},
		{model.EventStage, "Applied", "Screening", "2026-11-11T00:00:00Z"},
		{model.EventStage, "Screening", "Interviewing", "2026-11-21T00:00:00Z"},
		{model.EventOutcome, "open", "rejected", "2026-11-21T00:00:01Z"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for i, w := range want {
		e := got[i]
		if e.Kind != w.kind || e.From != w.from || e.To != w.to || e.At.Format(time.RFC3339) != w.at || !e.Estimated {
			t.Errorf("entry %d = %+v, want %+v", i, e, w)
		}
	}

	// A row with no dates: everything at the import time, in order.
	bare := estimatedHistory(&model.Application{Outcome: model.OutcomeOpen}, []string{"Wishlist", "Applied", "Offer"}, now)
	if len(bare) != 3 || !bare[0].At.Equal(now) || !bare[2].At.After(bare[1].At) || !bare[1].At.After(bare[0].At) {
		t.Fatalf("bare row %+v", bare)
	}
}

// TestStagePathOfCreatedStage: a stage the import created has no known
// place in the pipeline; its path is the first stage, then it.
func TestStagePathOfCreatedStage(t *testing.T) {
	pipeline := []model.Stage{{Name: "Wishlist"}, {Name: "Applied"}, {Name: "Screening"}, {Name: "Offer Received"}}
	created := map[string]bool{"offer received": true}
	if p := stagePath(pipeline, created, "Offer Received"); len(p) != 2 || p[0] != "Wishlist" || p[1] != "Offer Received" {
		t.Errorf("created stage path %v", p)
	}
	if p := stagePath(pipeline, created, "screening"); len(p) != 3 || p[2] != "Screening" {
		t.Errorf("screening path %v", p)
	}
}
