package insights

import (
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

var stages = []model.Stage{
	{ID: 1, Name: "Wishlist"}, {ID: 2, Name: "Applied"}, {ID: 3, Name: "Screening"}, {ID: 4, Name: "Interviewing"}, {ID: 5, Name: "Offer"},
}

var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC) // a Monday

func day(n int) time.Time { return t0.AddDate(0, 0, n) }

func ev(kind model.EventKind, from, to string, at time.Time) model.Event {
	return model.Event{Kind: kind, From: from, To: to, At: at}
}

func TestCompute(t *testing.T) {
	apps := []App{
		// Sent on day 0, screening on day 4, interviewing day 10, offer day 20, accepted day 22.
		{ID: 1, StageID: 5, Outcome: model.OutcomeAccepted, DateApplied: "2026-03-02", CreatedAt: day(0), Events: []model.Event{
			ev(model.EventCreated, "", "Applied", day(0)), ev(model.EventStage, "Applied", "Screening", day(4)),
			ev(model.EventStage, "Screening", "Interviewing", day(10)), ev(model.EventStage, "Interviewing", "Offer", day(20)),
			ev(model.EventOutcome, "open", "accepted", day(22))}},
		// Sent day 1, rejected day 7 without moving.
		{ID: 2, StageID: 2, Outcome: model.OutcomeRejected, DateApplied: "2026-03-03", CreatedAt: day(1), Events: []model.Event{
			ev(model.EventCreated, "", "Applied", day(1)), ev(model.EventOutcome, "open", "rejected", day(7))}},
		// Sent day 8, ghosted.
		{ID: 3, StageID: 2, Outcome: model.OutcomeGhosted, DateApplied: "2026-03-10", CreatedAt: day(8), Events: []model.Event{
			ev(model.EventCreated, "", "Applied", day(8)), ev(model.EventOutcome, "open", "ghosted", day(40))}},
		// Still on the wishlist: not sent.
		{ID: 4, StageID: 1, Outcome: model.OutcomeOpen, CreatedAt: day(2), Events: []model.Event{ev(model.EventCreated, "", "Wishlist", day(2))}},
		// Created on the wishlist, moved to applied on day 3 (no date applied), screening day 9; open.
		{ID: 5, StageID: 3, Outcome: model.OutcomeOpen, CreatedAt: day(1), Events: []model.Event{
			ev(model.EventCreated, "", "Wishlist", day(1)), ev(model.EventStage, "Wishlist", "Applied", day(3)),
			ev(model.EventStage, "Applied", "Screening", day(9))}},
	}
	r := Compute(stages, apps, day(21), 4)
	if r.Total != 5 || r.Open != 2 {
		t.Fatalf("total %d open %d", r.Total, r.Open)
	}
	wantReached := []int{5, 4, 2, 1, 1}
	for i, f := range r.Funnel {
		if f.Reached != wantReached[i] {
			t.Errorf("funnel %s reached %d, want %d", f.Stage, f.Reached, wantReached[i])
		}
	}
	if r.Funnel[0].Current != 1 || r.Funnel[2].Current != 1 {
		t.Errorf("current %+v", r.Funnel)
	}
	if r.Applied != 4 || r.Responded != 3 || r.ResponseRate != 0.75 {
		t.Fatalf("applied %d responded %d rate %v", r.Applied, r.Responded, r.ResponseRate)
	}
	// First answers: app1 4 days (from 09:00 on day 0 to day 4... date applied is midnight so 4.375), app2 6.375, app5 6.
	if r.MedianDaysToFirstResponse < 6 || r.MedianDaysToFirstResponse > 6.01 {
		t.Fatalf("median first response %v", r.MedianDaysToFirstResponse)
	}
	links := map[[2]string]int{}
	for _, l := range r.Flow.Links {
		links[[2]string{r.Flow.Nodes[l.Source], r.Flow.Nodes[l.Target]}] = l.Value
	}
	for k, v := range map[[2]string]int{{"Applied", "Screening"}: 2, {"Screening", "Interviewing"}: 1, {"Interviewing", "Offer"}: 1,
		{"Offer", "accepted"}: 1, {"Applied", "rejected"}: 1, {"Applied", "ghosted"}: 1, {"Wishlist", "Applied"}: 1} {
		if links[k] != v {
			t.Errorf("flow %v = %d, want %d (all %v)", k, links[k], v, links)
		}
	}
	days := map[string]StageDays{}
	for _, d := range r.StageDays {
		days[d.Stage] = d
	}
	if d := days["Applied"]; d.Samples != 2 || d.MedianDays != 5 { // 4 and 6 days
		t.Errorf("applied stage days %+v", d)
	}
	if d := days["Interviewing"]; d.MedianDays != 10 {
		t.Errorf("interviewing days %+v", d)
	}
	wantWeeks := []WeekCount{{"2026-03-02", 2}, {"2026-03-09", 1}, {"2026-03-16", 0}, {"2026-03-23", 0}}
	for i, w := range r.PerWeek {
		if w != wantWeeks[i] {
			t.Errorf("week %d = %+v, want %+v", i, w, wantWeeks[i])
		}
	}
	if r.Outcomes["open"] != 2 || r.Outcomes["ghosted"] != 1 {
		t.Errorf("outcomes %v", r.Outcomes)
	}
}

func TestEmpty(t *testing.T) {
	r := Compute(stages, nil, t0, 12)
	if r.Total != 0 || r.ResponseRate != 0 || r.MedianDaysToFirstResponse != -1 || len(r.PerWeek) != 12 || len(r.Funnel) != 5 {
		t.Fatalf("%+v", r)
	}
}

// TestMovingIntoAppliedIsNotAnAnswer: an application created on the
// wishlist, given the date it was sent and moved to Applied later that day,
// was sent, not answered.
func TestMovingIntoAppliedIsNotAnAnswer(t *testing.T) {
	apps := []App{{ID: 1, StageID: 2, Outcome: model.OutcomeOpen, DateApplied: "2026-03-02", CreatedAt: day(-3), Events: []model.Event{
		ev(model.EventCreated, "", "Wishlist", day(-3)), ev(model.EventStage, "Wishlist", "Applied", day(0))}}}
	r := Compute(stages, apps, day(7), 4)
	if r.Applied != 1 || r.Responded != 0 {
		t.Fatalf("applied %d, responded %d; want 1, 0", r.Applied, r.Responded)
	}
}

// TestPeriodAppliesToEveryFigure: the period picked for the page selects
// the applications every figure counts, not only the per-week chart.
func TestPeriodAppliesToEveryFigure(t *testing.T) {
	apps := []App{
		// Sent a year before now, screened and rejected: outside a 4-week period.
		{ID: 1, StageID: 3, Outcome: model.OutcomeRejected, DateApplied: "2025-03-03", CreatedAt: day(-364), Events: []model.Event{
			ev(model.EventCreated, "", "Applied", day(-364)), ev(model.EventStage, "Applied", "Screening", day(-360)),
			ev(model.EventOutcome, "open", "rejected", day(-350))}},
		// Sent on day 0 and not answered: inside.
		{ID: 2, StageID: 2, Outcome: model.OutcomeOpen, DateApplied: "2026-03-02", CreatedAt: day(0), Events: []model.Event{
			ev(model.EventCreated, "", "Applied", day(0))}},
		// Added to the wishlist long ago, never sent: outside.
		{ID: 3, StageID: 1, Outcome: model.OutcomeOpen, CreatedAt: day(-200), Events: []model.Event{ev(model.EventCreated, "", "Wishlist", day(-200))}},
		// Added to the wishlist on day 5: inside.
		{ID: 4, StageID: 1, Outcome: model.OutcomeOpen, CreatedAt: day(5), Events: []model.Event{ev(model.EventCreated, "", "Wishlist", day(5))}},
	}
	r := Compute(stages, apps, day(14), 4)
	if r.Since != "2026-02-23" || r.Tracked != 4 || r.Total != 2 || r.Open != 2 {
		t.Fatalf("since %s, tracked %d, total %d, open %d; want 2026-02-23, 4, 2, 2", r.Since, r.Tracked, r.Total, r.Open)
	}
	if r.Applied != 1 || r.Responded != 0 || r.MedianDaysToFirstResponse != -1 {
		t.Errorf("applied %d, responded %d, median %v; want 1, 0, -1", r.Applied, r.Responded, r.MedianDaysToFirstResponse)
	}
	if r.Funnel[2].Reached != 0 || len(r.Flow.Links) != 0 || len(r.StageDays) != 0 || r.Outcomes["rejected"] != 0 {
		t.Errorf("the application of last year still counts: funnel %+v, links %+v, stage days %+v, outcomes %v",
			r.Funnel, r.Flow.Links, r.StageDays, r.Outcomes)
	}
	if all := Compute(stages, apps, day(14), 60); all.Total != 4 || all.Responded != 1 {
		t.Errorf("a 60-week period: total %d, responded %d; want 4, 1", all.Total, all.Responded)
	}
}
