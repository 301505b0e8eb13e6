package store

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/model"
)

// cardsFixture stores applications that differ in every field a list can
// filter or sort by, with ties (same company in two cases, same dates) so
// the id tie-break matters.
func cardsFixture(t *testing.T) (*DB, []model.Stage) {
	t.Helper()
	db := MustOpenDB(t)
	st, err := db.Stages(ctx)
	if err != nil {
		t.Fatal(err)
	}
	companies := []string{"beta", "Alpha", "gamma", "alpha", "Delta", "beta", "Zeta", "epsilon", "Émile", "émile"}
	tagSets := [][]string{nil, {"remote"}, {"remote", "rust"}, {"go"}}
	outcomes := []model.Outcome{model.OutcomeOpen, model.OutcomeRejected, model.OutcomeOpen, model.OutcomeGhosted}
	for i := 0; i < 24; i++ {
		a := mustCreate(t, db, model.Application{
			Company: companies[i%len(companies)], Title: fmt.Sprintf("Engineer %d", i%5), StageID: st[(i*3)%len(st)].ID,
			DateApplied: fmt.Sprintf("2026-01-%02d", 1+i%7), Deadline: fmt.Sprintf("2026-03-%02d", 1+i%3),
			FollowUp: []string{"", "2026-02-01", "2026-02-02"}[i%3], Priority: i % 4, Tags: tagSets[i%len(tagSets)],
			Description: []string{"kafka pipelines", "react frontend", "embedded rust"}[i%3],
		})
		if o := outcomes[i%len(outcomes)]; o != model.OutcomeOpen {
			if _, err := db.SetOutcome(ctx, a.ID, o); err != nil {
				t.Fatal(err)
			}
		}
		if i%5 == 0 {
			if _, err := db.AddNote(ctx, a.ID, "Recruiter said zanzibar"); err != nil {
				t.Fatal(err)
			}
		}
	}
	return db, st
}

func cardQueries(st []model.Stage) []model.ListQuery {
	var qs []model.ListQuery
	for _, f := range []model.SortField{"", model.SortUpdated, model.SortCreated, model.SortApplied, model.SortCompany, model.SortTitle,
		model.SortStage, model.SortPriority, model.SortDeadline, model.SortFollowUp} {
		for _, desc := range []bool{false, true} {
			qs = append(qs, model.ListQuery{Sort: f, Desc: desc},
				model.ListQuery{Sort: f, Desc: desc, Limit: 5, Offset: 3},
				model.ListQuery{Sort: f, Desc: desc, Outcomes: []model.Outcome{model.OutcomeOpen}})
		}
	}
	return append(qs,
		model.ListQuery{Search: "kafka"},
		model.ListQuery{Search: "zanzibar", Sort: model.SortCompany, Limit: 2},
		model.ListQuery{Search: `"*`},
		model.ListQuery{StageIDs: []int64{st[0].ID, st[3].ID}, Sort: model.SortStage},
		model.ListQuery{Stage: "applied", Sort: model.SortTitle, Desc: true},
		model.ListQuery{Outcomes: []model.Outcome{model.OutcomeRejected, model.OutcomeGhosted}, Sort: model.SortPriority},
		model.ListQuery{Tag: "REMOTE", Sort: model.SortApplied},
		model.ListQuery{AppliedFrom: "2026-01-03", AppliedTo: "2026-01-05", Sort: model.SortApplied, Desc: true},
		model.ListQuery{Search: "engineer", Tag: "rust", Outcomes: []model.Outcome{model.OutcomeOpen}, Limit: 3},
		model.ListQuery{Limit: 10, Offset: 100},
		model.ListQuery{Offset: 5}, // no limit: the offset is ignored, as by ListApplications
	)
}

func TestListCardsMatchesListApplications(t *testing.T) {
	db, st := cardsFixture(t)
	for _, q := range cardQueries(st) {
		name := fmt.Sprintf("%+v", q)
		apps, err := db.ListApplications(ctx, q)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		cards, err := db.ListCards(ctx, q)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if cards.Total != apps.Total || len(cards.Items) != len(apps.Items) {
			t.Fatalf("%s: cards %d of %d, applications %d of %d", name, len(cards.Items), cards.Total, len(apps.Items), apps.Total)
		}
		for i, a := range apps.Items {
			c := cards.Items[i]
			want := model.Card{ID: a.ID, Company: a.Company, Title: a.Title, StageID: a.StageID, Outcome: a.Outcome, Priority: a.Priority, Tags: a.Tags}
			if c.ID != want.ID || c.Company != want.Company || c.Title != want.Title || c.StageID != want.StageID ||
				c.Outcome != want.Outcome || c.Priority != want.Priority || !slices.Equal(c.Tags, want.Tags) {
				t.Fatalf("%s: position %d: card %+v, application gives %+v", name, i, c, want)
			}
		}
		// ListIDs: every match in the same order, whatever the page.
		all := q
		all.Limit, all.Offset = 0, 0
		every, err := db.ListApplications(ctx, all)
		if err != nil {
			t.Fatal(err)
		}
		ids, err := db.ListIDs(ctx, q)
		if err != nil {
			t.Fatalf("%s: ids: %v", name, err)
		}
		if len(ids) != every.Total || len(ids) != len(every.Items) {
			t.Fatalf("%s: %d ids, %d matches", name, len(ids), every.Total)
		}
		for i, a := range every.Items {
			if ids[i] != a.ID {
				t.Fatalf("%s: id %d at %d, list has %d", name, ids[i], i, a.ID)
			}
		}
	}
}

func TestListCardsFiltersAndJSON(t *testing.T) {
	db, st := cardsFixture(t)
	res, err := db.ListCards(ctx, model.ListQuery{Tag: "rust", Outcomes: []model.Outcome{model.OutcomeOpen}, Sort: model.SortCompany})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total == 0 || res.Total != len(res.Items) {
		t.Fatalf("total %d, %d items", res.Total, len(res.Items))
	}
	for _, c := range res.Items {
		if c.Outcome != model.OutcomeOpen || !slices.Contains(c.Tags, "rust") {
			t.Fatalf("card %+v does not match the filter", c)
		}
	}
	// No tags and no matches both come out as [] in JSON, never null.
	none, err := db.ListCards(ctx, model.ListQuery{Tag: "no-such-tag"})
	if err != nil {
		t.Fatal(err)
	}
	untagged, err := db.ListCards(ctx, model.ListQuery{StageIDs: []int64{st[0].ID}, Sort: model.SortCreated, Limit: 1})
	if err != nil || len(untagged.Items) != 1 {
		t.Fatalf("%+v %v", untagged, err)
	}
	for _, v := range []any{none, untagged.Items[0]} {
		b, _ := json.Marshal(v)
		if strings.Contains(string(b), "null") {
			t.Fatalf("null in %s", b)
		}
	}
	if string(mustJSON(t, untagged.Items[0].Tags)) != "[]" {
		t.Fatalf("first created card has tags %v, want none", untagged.Items[0].Tags)
	}
	ids, err := db.ListIDs(ctx, model.ListQuery{Tag: "no-such-tag"})
	if err != nil || ids == nil || len(ids) != 0 {
		t.Fatalf("ids of nothing: %#v %v", ids, err)
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestListCardsRejectsBadQueries(t *testing.T) {
	db := MustOpenDB(t)
	for _, q := range []model.ListQuery{
		{Sort: "salary; DROP TABLE x"},
		{AppliedFrom: "01/02/2026"},
		{Outcomes: []model.Outcome{"maybe"}},
		{Stage: "no such stage"},
		{Limit: -1},
	} {
		if _, err := db.ListCards(ctx, q); codeOf(err) != model.CodeInvalid {
			t.Errorf("cards %+v: %v", q, err)
		}
		if _, err := db.ListIDs(ctx, q); codeOf(err) != model.CodeInvalid {
			t.Errorf("ids %+v: %v", q, err)
		}
	}
}

func TestTagSplitterSharesButNeverOverwrites(t *testing.T) {
	var sp tagSplitter
	a := sp.split("go" + tagSep + "rust")
	b := sp.split("remote")
	none := sp.split("")
	if !slices.Equal(a, []string{"go", "rust"}) || !slices.Equal(b, []string{"remote"}) || none == nil || len(none) != 0 {
		t.Fatalf("%q %q %#v", a, b, none)
	}
	a = append(a, "zig") // must copy, not write over b
	if b[0] != "remote" || len(a) != 3 {
		t.Fatalf("append to one row's tags changed the next: %q %q", a, b)
	}
	for i := 0; i < 1000; i++ { // past the shared array's size
		if got := sp.split("x" + tagSep + "y"); !slices.Equal(got, []string{"x", "y"}) {
			t.Fatalf("row %d: %q", i, got)
		}
	}
}
