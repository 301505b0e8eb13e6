package store

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

var ctx = context.Background()

// MustOpenDB opens a fresh database in a temp folder with a fixed clock that
// ticks one second per call, and closes it when the test ends.
func MustOpenDB(tb testing.TB) *DB {
	tb.Helper()
	db, err := Open(filepath.Join(tb.TempDir(), FileName), Options{})
	if err != nil {
		tb.Fatal(err)
	}
	t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	n := 0
	db.Now = func() time.Time { n++; return t0.Add(time.Duration(n) * time.Second) }
	tb.Cleanup(func() { db.Close() })
	return db
}

func mustCreate(tb testing.TB, db *DB, a model.Application) model.Application {
	tb.Helper()
	out, err := db.CreateApplication(ctx, a)
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

func codeOf(err error) model.Code { return model.ErrorCode(err) }

func fieldOf(err error) string {
	var e *model.Error
	if errors.As(err, &e) {
		return e.Field
	}
	return ""
}

func TestCreateGetUpdate(t *testing.T) {
	db := MustOpenDB(t)
	a := mustCreate(t, db, model.Application{
		Company: "  Acme Robotics ", Title: "Firmware Engineer", URL: "https://acme.example/jobs/1",
		Location: "Berlin", Remote: model.RemoteHybrid, DateApplied: "2026-02-27",
		Salary: model.Salary{Min: 6500000, Max: 8000000, Currency: "eur", Period: model.PeriodYear},
		Tags:   []string{"Embedded", "embedded", " rust "}, Priority: 2,
	})
	if a.ID == 0 || a.Company != "Acme Robotics" || a.Stage != "Wishlist" || a.Outcome != model.OutcomeOpen {
		t.Fatalf("created %+v", a)
	}
	if len(a.Tags) != 2 || a.Tags[0] != "embedded" || a.Tags[1] != "rust" {
		t.Fatalf("tags %v", a.Tags)
	}
	if a.Salary.Currency != "EUR" {
		t.Fatalf("currency %q", a.Salary.Currency)
	}
	u, err := db.EditApplication(ctx, model.ApplicationEdit{ID: a.ID, Fields: []string{"title", "tags"}, Base: a,
		Set: model.Application{Title: "Senior Firmware Engineer", Tags: []string{"c"}}})
	if err != nil {
		t.Fatal(err)
	}
	if u.Title != "Senior Firmware Engineer" || len(u.Tags) != 1 || !u.UpdatedAt.After(a.UpdatedAt) {
		t.Fatalf("updated %+v", u)
	}
	got, err := db.GetApplication(ctx, a.ID)
	if err != nil || got.Title != u.Title {
		t.Fatalf("get %+v %v", got, err)
	}
	if _, err := db.GetApplication(ctx, 999); codeOf(err) != model.CodeNotFound {
		t.Fatalf("missing application: %v", err)
	}
}

func TestValidationNamesTheField(t *testing.T) {
	db := MustOpenDB(t)
	cases := []struct {
		a     model.Application
		field string
	}{
		{model.Application{Title: "x"}, "company"},
		{model.Application{Company: "x"}, "title"},
		{model.Application{Company: "x", Title: "y", DateApplied: "2026-02-30"}, "dateApplied"},
		{model.Application{Company: "x", Title: "y", URL: "javascript:alert(1)"}, "url"},
		{model.Application{Company: "x", Title: "y", StageID: 4242}, "stage"},
		{model.Application{Company: "x", Title: "y", Outcome: "maybe"}, "outcome"},
		{model.Application{Company: "x", Title: "y", Salary: model.Salary{Min: 5, Max: 1, Currency: "EUR", Period: "year"}}, "salary"},
	}
	for _, c := range cases {
		_, err := db.CreateApplication(ctx, c.a)
		if codeOf(err) != model.CodeInvalid || fieldOf(err) != c.field {
			t.Errorf("%+v: got %v (field %q), want invalid %s", c.a, err, fieldOf(err), c.field)
		}
	}
	st, _ := db.Stats(ctx)
	if st.Applications != 0 {
		t.Fatalf("invalid input stored %d rows", st.Applications)
	}
}

func TestMoveAndOutcomeRecordTimeline(t *testing.T) {
	db := MustOpenDB(t)
	a := mustCreate(t, db, model.Application{Company: "Globex", Title: "SRE"})
	stages, _ := db.Stages(ctx)
	if len(stages) != 5 || stages[1].Name != "Applied" {
		t.Fatalf("stages %+v", stages)
	}
	if _, err := db.MoveApplication(ctx, a.ID, stages[1].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.MoveApplication(ctx, a.ID, stages[3].ID); err != nil {
		t.Fatal(err)
	}
	o, err := db.SetOutcome(ctx, a.ID, model.OutcomeRejected)
	if err != nil || o.Outcome != model.OutcomeRejected || o.Stage != "Interviewing" {
		t.Fatalf("outcome %+v %v", o, err)
	}
	d, err := db.GetDetail(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"created:->Wishlist", "stage:Wishlist->Applied", "stage:Applied->Interviewing", "outcome:open->rejected"}
	if len(d.Events) != len(want) {
		t.Fatalf("events %+v", d.Events)
	}
	for i, e := range d.Events {
		if got := string(e.Kind) + ":" + e.From + "->" + e.To; got != want[i] {
			t.Errorf("event %d = %s, want %s", i, got, want[i])
		}
		if i > 0 && !e.At.After(d.Events[i-1].At) {
			t.Errorf("event %d not after the one before", i)
		}
	}
	if _, err := db.MoveApplication(ctx, a.ID, 777); codeOf(err) != model.CodeInvalid {
		t.Fatalf("unknown stage: %v", err)
	}
}

func TestDuplicatesByNormalisedCompanyAndTitle(t *testing.T) {
	db := MustOpenDB(t)
	a := mustCreate(t, db, model.Application{Company: "ACME, Inc.", Title: "Backend Engineer"})
	dups, err := db.Duplicates(ctx, model.DuplicateQuery{Company: "Acme", Title: "backend  engineer"})
	if err != nil || len(dups) != 1 || dups[0].Application.ID != a.ID || dups[0].Reason != model.DuplicateSameCompanyTitle {
		t.Fatalf("dups %+v %v", dups, err)
	}
	if dups, _ := db.Duplicates(ctx, model.DuplicateQuery{Company: "Acme", Title: "Backend Engineer", ExcludeID: a.ID}); len(dups) != 0 {
		t.Fatalf("excluded self: %+v", dups)
	}
	b := mustCreate(t, db, model.Application{Company: "acme gmbh", Title: "Backend-Engineer"})
	d, _ := db.GetDetail(ctx, b.ID)
	if len(d.Duplicates) != 1 || d.Duplicates[0].ID != a.ID {
		t.Fatalf("detail duplicates %+v", d.Duplicates)
	}
}

func TestSearchFiltersAndSort(t *testing.T) {
	db := MustOpenDB(t)
	stages, _ := db.Stages(ctx)
	a := mustCreate(t, db, model.Application{Company: "Initech", Title: "Data Engineer", Description: "Kafka and Spark pipelines",
		DateApplied: "2026-01-10", Tags: []string{"data"}})
	b := mustCreate(t, db, model.Application{Company: "Umbrella", Title: "Platform Engineer", DateApplied: "2026-02-05", StageID: stages[1].ID})
	c := mustCreate(t, db, model.Application{Company: "Hooli", Title: "Product Manager", DateApplied: "2026-02-20", Tags: []string{"data", "pm"}})
	if _, err := db.AddNote(ctx, b.ID, "Recruiter mentioned **Zanzibar** rewrite"); err != nil {
		t.Fatal(err)
	}
	ct, err := db.CreateContact(ctx, model.Contact{Name: "Peter Gibbons", Email: "peter@hooli.example", ApplicationIDs: []int64{c.ID}})
	if err != nil {
		t.Fatal(err)
	}
	ids := func(q model.ListQuery) []int64 {
		t.Helper()
		r, err := db.ListApplications(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		var out []int64
		for _, x := range r.Items {
			out = append(out, x.ID)
		}
		if r.Total < len(out) {
			t.Fatalf("total %d < items %d", r.Total, len(out))
		}
		return out
	}
	eq := func(name string, got []int64, want ...int64) {
		t.Helper()
		if len(got) != len(want) {
			t.Fatalf("%s: got %v want %v", name, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%s: got %v want %v", name, got, want)
			}
		}
	}
	eq("description word", ids(model.ListQuery{Search: "spark"}), a.ID)
	eq("prefix", ids(model.ListQuery{Search: "pipel"}), a.ID)
	eq("note text", ids(model.ListQuery{Search: "zanzibar"}), b.ID)
	eq("contact name", ids(model.ListQuery{Search: "gibbons"}), c.ID)
	eq("two words", ids(model.ListQuery{Search: "engineer umbrella"}), b.ID)
	eq("fts syntax is literal", ids(model.ListQuery{Search: `"engineer" OR NEAR(`}))
	eq("punctuation only", ids(model.ListQuery{Search: `"*`}))
	eq("stage", ids(model.ListQuery{StageIDs: []int64{stages[1].ID}}), b.ID)
	eq("stage by name", ids(model.ListQuery{Stage: "applied"}), b.ID)
	eq("tag", ids(model.ListQuery{Tag: "DATA", Sort: model.SortCompany}), c.ID, a.ID)
	eq("applied range", ids(model.ListQuery{AppliedFrom: "2026-02-01", AppliedTo: "2026-02-28", Sort: model.SortApplied}), b.ID, c.ID)
	eq("sort company desc", ids(model.ListQuery{Sort: model.SortCompany, Desc: true}), b.ID, a.ID, c.ID)
	eq("default newest update first (the note touched b)", ids(model.ListQuery{}), b.ID, c.ID, a.ID)
	eq("page", ids(model.ListQuery{Sort: model.SortCompany, Limit: 1, Offset: 1}), a.ID)

	// Renaming the contact updates the search index.
	ct.Name = "Milton Waddams"
	if _, err := db.UpdateContact(ctx, ct); err != nil {
		t.Fatal(err)
	}
	eq("old contact name gone", ids(model.ListQuery{Search: "gibbons"}))
	eq("new contact name", ids(model.ListQuery{Search: "waddams"}), c.ID)

	if _, err := db.SetOutcome(ctx, a.ID, model.OutcomeGhosted); err != nil {
		t.Fatal(err)
	}
	eq("outcome", ids(model.ListQuery{Outcomes: []model.Outcome{model.OutcomeGhosted}}), a.ID)
	if _, err := db.ListApplications(ctx, model.ListQuery{Sort: "salary; DROP TABLE x"}); codeOf(err) != model.CodeInvalid {
		t.Fatalf("bad sort accepted: %v", err)
	}
	if err := db.DeleteApplications(ctx, []int64{a.ID}); err != nil {
		t.Fatal(err)
	}
	eq("deleted leaves the index", ids(model.ListQuery{Search: "spark"}))
}

func TestNotesContactsTasks(t *testing.T) {
	db := MustOpenDB(t)
	a := mustCreate(t, db, model.Application{Company: "Vandelay", Title: "Importer"})
	n, err := db.AddNote(ctx, a.ID, "  first call went well ")
	if err != nil || n.Body != "first call went well" {
		t.Fatalf("note %+v %v", n, err)
	}
	if _, err := db.AddNote(ctx, a.ID, "   "); codeOf(err) != model.CodeInvalid {
		t.Fatalf("empty note: %v", err)
	}
	if _, err := db.AddNote(ctx, 999, "x"); codeOf(err) != model.CodeNotFound {
		t.Fatalf("note on missing app: %v", err)
	}
	if _, err := db.UpdateNote(ctx, n.ID, "second"); err != nil {
		t.Fatal(err)
	}
	c, err := db.CreateContact(ctx, model.Contact{Name: "Art Vandelay", Role: "CEO", Email: "art@vandelay.example"})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.LinkContact(ctx, c.ID, a.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.CreateContact(ctx, model.Contact{Name: "X", Email: "not-an-email"}); fieldOf(err) != "email" {
		t.Fatalf("bad email: %v", err)
	}
	task, err := db.CreateTask(ctx, model.Task{ApplicationID: a.ID, Title: "Send thank-you", Due: "2026-03-02"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.CreateTask(ctx, model.Task{Title: "x", Due: "tomorrow"}); fieldOf(err) != "due" {
		t.Fatalf("bad due: %v", err)
	}
	if _, err := db.EditApplication(ctx, model.ApplicationEdit{ID: a.ID, Fields: []string{"followUp"}, Base: a,
		Set: model.Application{FollowUp: "2026-03-01"}}); err != nil {
		t.Fatal(err)
	}
	due, err := db.DueTasks(ctx, "2026-03-05")
	if err != nil || len(due) != 2 {
		t.Fatalf("due %+v %v", due, err)
	}
	d, _ := db.GetDetail(ctx, a.ID)
	if len(d.Notes) != 1 || d.Notes[0].Body != "second" || len(d.Contacts) != 1 || len(d.Tasks) != 1 {
		t.Fatalf("detail %+v", d)
	}
	task.Done = true
	if _, err := db.UpdateTask(ctx, task); err != nil {
		t.Fatal(err)
	}
	if open, _ := db.ListTasks(ctx, false); len(open) != 0 {
		t.Fatalf("open tasks %+v", open)
	}
	if err := db.DeleteApplications(ctx, []int64{a.ID}); err != nil {
		t.Fatal(err)
	}
	cs, _ := db.ListContacts(ctx, "vandelay")
	if len(cs) != 1 || len(cs[0].ApplicationIDs) != 0 {
		t.Fatalf("contact after app deleted %+v", cs)
	}
	if all, _ := db.ListTasks(ctx, true); len(all) != 0 {
		t.Fatalf("tasks should go with their application: %+v", all)
	}
}

func TestStages(t *testing.T) {
	db := MustOpenDB(t)
	st, _ := db.Stages(ctx)
	a := mustCreate(t, db, model.Application{Company: "A", Title: "B", StageID: st[2].ID})
	if _, err := db.AddStage(ctx, "applied"); fieldOf(err) != "name" {
		t.Fatalf("duplicate stage name: %v", err)
	}
	offer, err := db.AddStage(ctx, "Negotiation")
	if err != nil || offer.Position != 5 {
		t.Fatalf("add %+v %v", offer, err)
	}
	if _, err := db.RenameStage(ctx, st[2].ID, "Phone screen"); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.GetApplication(ctx, a.ID); got.Stage != "Phone screen" {
		t.Fatalf("renamed stage not shown: %q", got.Stage)
	}
	if err := db.RemoveStage(ctx, st[2].ID, 0); fieldOf(err) != "moveTo" {
		t.Fatalf("remove non-empty without target: %v", err)
	}
	if err := db.RemoveStage(ctx, st[2].ID, st[1].ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.GetApplication(ctx, a.ID); got.Stage != "Applied" {
		t.Fatalf("application not moved: %q", got.Stage)
	}
	st, _ = db.Stages(ctx)
	rev := make([]int64, len(st))
	for i, s := range st {
		rev[len(st)-1-i] = s.ID
	}
	got, err := db.ReorderStages(ctx, rev)
	if err != nil || got[0].Name != "Negotiation" {
		t.Fatalf("reorder %+v %v", got, err)
	}
	if _, err := db.ReorderStages(ctx, rev[1:]); codeOf(err) != model.CodeInvalid {
		t.Fatalf("partial reorder: %v", err)
	}
}

// TestUnpagedListSortsLikeSQL checks the in-Go sort of whole lists against
// SQLite's order for pages, for every sort field and direction.
func TestUnpagedListSortsLikeSQL(t *testing.T) {
	db := MustOpenDB(t)
	st, _ := db.Stages(ctx)
	// NOCASE folds only ASCII: "Émile" and "émile" differ, and both sort after "zeta".
	for i, c := range []string{"beta", "Alpha", "gamma", "alpha", "Delta", "beta", "émile", "zeta", "Émile", "Zürich"} {
		a := mustCreate(t, db, model.Application{Company: c, Title: fmt.Sprintf("T%d", i%3), StageID: st[(i*2)%5].ID,
			DateApplied: fmt.Sprintf("2026-01-%02d", 10-i%4), Priority: i % 3, Deadline: fmt.Sprintf("2026-02-%02d", 1+i%2)})
		_ = a
	}
	for _, f := range []model.SortField{"", model.SortUpdated, model.SortCreated, model.SortApplied, model.SortCompany, model.SortTitle,
		model.SortStage, model.SortPriority, model.SortDeadline, model.SortFollowUp} {
		for _, desc := range []bool{false, true} {
			all, err := db.ListApplications(ctx, model.ListQuery{Sort: f, Desc: desc})
			if err != nil {
				t.Fatal(err)
			}
			page, err := db.ListApplications(ctx, model.ListQuery{Sort: f, Desc: desc, Limit: 100})
			if err != nil {
				t.Fatal(err)
			}
			for i := range all.Items {
				if all.Items[i].ID != page.Items[i].ID {
					t.Errorf("sort %q desc=%v: position %d is %d unpaged, %d paged", f, desc, i, all.Items[i].ID, page.Items[i].ID)
					break
				}
			}
		}
	}
}

// TestTimesOfOneSecondKeepTheirOrder: stored times compare as text in SQL
// (timelines, "updated" sorts), so they must sort as text in time order even
// within one second (100 ms, 150 ms, 500 ms, the whole second after).
func TestTimesOfOneSecondKeepTheirOrder(t *testing.T) {
	db := MustOpenDB(t)
	t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	steps := []time.Duration{100 * time.Millisecond, 150 * time.Millisecond, 500 * time.Millisecond, time.Second}
	st, _ := db.Stages(ctx) // before the clock: reads take a time too
	n := 0
	db.Now = func() time.Time { d := steps[min(n, len(steps)-1)]; n++; return t0.Add(d) }
	a := mustCreate(t, db, model.Application{Company: "Acme", Title: "Dev"}) // .100
	if _, err := db.MoveApplication(ctx, a.ID, st[1].ID); err != nil {       // .150
		t.Fatal(err)
	}
	if _, err := db.SetOutcome(ctx, a.ID, model.OutcomeRejected); err != nil { // .500
		t.Fatal(err)
	}
	d, err := db.GetDetail(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []model.EventKind
	for _, e := range d.Events {
		kinds = append(kinds, e.Kind)
	}
	if fmt.Sprint(kinds) != "[created stage outcome]" {
		t.Fatalf("timeline %v, want created, stage, outcome", kinds)
	}
	if !d.Application.UpdatedAt.Equal(t0.Add(500 * time.Millisecond)) {
		t.Fatalf("updated %v", d.Application.UpdatedAt)
	}
	b := mustCreate(t, db, model.Application{Company: "Beta", Title: "Dev"}) // 09:00:01, after a's .500
	page, err := db.ListApplications(ctx, model.ListQuery{Limit: 10})
	if err != nil || len(page.Items) != 2 || page.Items[0].ID != b.ID {
		t.Fatalf("newest update first: %+v %v", page.Items, err)
	}
}
