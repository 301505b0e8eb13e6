package store

import (
	"reflect"
	"testing"

	"github.com/huntbook/huntbook/backend/model"
)

// outside opens a second connection to db's file: another process (the CLI).
func outside(t *testing.T, db *DB) *DB {
	t.Helper()
	o, err := Open(db.Path(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { o.Close() })
	return o
}

func edit(base model.Application, set model.Application, fields ...string) model.ApplicationEdit {
	return model.ApplicationEdit{ID: base.ID, Fields: fields, Base: base, Set: set}
}

// The lost update of issue 11: the drawer reads an application, the CLI
// moves it to Offer, then the drawer saves a new location from its old copy.
// The save used to write the old stage back, with a move on the timeline
// the user never made.
func TestSaveFromAnOldCopyKeepsAnOutsideMove(t *testing.T) {
	db := MustOpenDB(t)
	a := mustCreate(t, db, model.Application{Company: "Acme", Title: "Dev", Location: "Berlin", StageID: 2})
	if _, err := outside(t, db).MoveApplication(ctx, a.ID, 5); err != nil {
		t.Fatal(err)
	}
	if _, err := db.EditApplication(ctx, edit(a, model.Application{Location: "Munich"}, "location")); err != nil {
		t.Fatal(err)
	}
	got, err := db.GetDetail(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Application.Stage != "Offer" || got.Application.Location != "Munich" {
		t.Fatalf("stage %q location %q, want Offer and Munich", got.Application.Stage, got.Application.Location)
	}
	if n := len(got.Events); n != 2 {
		t.Fatalf("%d events, want created and the one move: %+v", n, got.Events)
	}
}

func TestEditOfAFieldChangedElsewhereIsRefusedWithBothValues(t *testing.T) {
	db := MustOpenDB(t)
	a := mustCreate(t, db, model.Application{Company: "Acme", Title: "Dev", Location: "Berlin"})
	cli := outside(t, db)
	if _, err := cli.EditApplication(ctx, edit(a, model.Application{Location: "Hamburg"}, "location")); err != nil {
		t.Fatal(err)
	}
	_, err := db.EditApplication(ctx, edit(a, model.Application{Location: "Munich", Source: "LinkedIn"}, "location", "source"))
	e := model.AsError(err)
	if e == nil || e.Code != model.CodeConflict {
		t.Fatalf("want a conflict, got %v", err)
	}
	want := []model.FieldConflict{{Field: "location", Theirs: "Hamburg", Yours: "Munich"}}
	if !reflect.DeepEqual(e.Conflicts, want) || e.Field != "location" {
		t.Fatalf("conflicts %+v field %q", e.Conflicts, e.Field)
	}
	got, _ := db.GetApplication(ctx, a.ID)
	if got.Location != "Hamburg" || got.Source != "" {
		t.Fatalf("a refused edit wrote something: %+v", got)
	}
	// "Keep mine": the same edit, now based on their value.
	base := a
	base.Location = "Hamburg"
	out, err := db.EditApplication(ctx, edit(base, model.Application{Location: "Munich", Source: "LinkedIn"}, "location", "source"))
	if err != nil || out.Location != "Munich" || out.Source != "LinkedIn" {
		t.Fatalf("keep mine: %+v %v", out, err)
	}
}

func TestEditsOfOtherFieldsMerge(t *testing.T) {
	db := MustOpenDB(t)
	a := mustCreate(t, db, model.Application{Company: "Acme", Title: "Dev", Location: "Berlin", Tags: []string{"go"}})
	cli := outside(t, db)
	if _, err := cli.EditApplication(ctx, edit(a, model.Application{Title: "Senior Dev"}, "title")); err != nil {
		t.Fatal(err)
	}
	if err := cli.BulkTag(ctx, []int64{a.ID}, []string{"remote"}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := cli.SetOutcome(ctx, a.ID, model.OutcomeRejected); err != nil {
		t.Fatal(err)
	}
	// The user's old copy: drops "go", adds "rust", moves to Munich.
	out, err := db.EditApplication(ctx, edit(a, model.Application{Location: "Munich", Tags: []string{"rust"}}, "location", "tags"))
	if err != nil {
		t.Fatal(err)
	}
	if out.Title != "Senior Dev" || out.Location != "Munich" || out.Outcome != model.OutcomeRejected {
		t.Fatalf("merged %+v", out)
	}
	if !reflect.DeepEqual(out.Tags, []string{"remote", "rust"}) {
		t.Fatalf("tags %v, want their remote and my rust", out.Tags)
	}
	// The same change made elsewhere is no conflict.
	if _, err := db.EditApplication(ctx, edit(a, model.Application{Title: "Senior Dev"}, "title")); err != nil {
		t.Fatalf("same change: %v", err)
	}
}

func TestEditRefusesTheStageAndBadValues(t *testing.T) {
	db := MustOpenDB(t)
	a := mustCreate(t, db, model.Application{Company: "Acme", Title: "Dev", StageID: 2})
	for _, f := range []string{"stageId", "outcome", "createdAt", ""} {
		if _, err := db.EditApplication(ctx, edit(a, model.Application{StageID: 5, Outcome: model.OutcomeAccepted}, f)); fieldOf(err) != "fields" {
			t.Fatalf("field %q: %v", f, err)
		}
	}
	if _, err := db.EditApplication(ctx, edit(a, model.Application{Company: " "}, "company")); fieldOf(err) != "company" {
		t.Fatalf("empty company: %v", err)
	}
	if _, err := db.EditApplication(ctx, model.ApplicationEdit{ID: 999, Fields: []string{"title"}}); codeOf(err) != model.CodeNotFound {
		t.Fatalf("missing application: %v", err)
	}
	got, _ := db.GetDetail(ctx, a.ID)
	if got.Application.Stage != "Applied" || got.Application.Company != "Acme" || len(got.Events) != 1 {
		t.Fatalf("refused edits changed %+v %+v", got.Application, got.Events)
	}
	// Nothing changed: nothing written, not even the update time.
	out, err := db.EditApplication(ctx, edit(a, a, "company", "title", "tags"))
	if err != nil || !out.UpdatedAt.Equal(a.UpdatedAt) {
		t.Fatalf("no-op edit: %v, updated %v -> %v", err, a.UpdatedAt, out.UpdatedAt)
	}
}
