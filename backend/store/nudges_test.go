package store

import (
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// clockDB is a fresh database whose clock stands where *now says.
func clockDB(t *testing.T, now *time.Time) *DB {
	t.Helper()
	db := MustOpenDB(t)
	db.Now = func() time.Time { return *now }
	return db
}

func nudgeRule(now time.Time) NudgeRule {
	return NudgeRule{After: 7 * 24 * time.Hour, Due: now.Format(model.DateLayout),
		Title: func(company, title string) string { return "Follow up: " + title + " at " + company }}
}

func mustNudge(t *testing.T, db *DB, now time.Time) []model.Task {
	t.Helper()
	got, err := db.Nudge(ctx, nudgeRule(now))
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func nudgedApps(tasks []model.Task) []int64 {
	out := []int64{}
	for _, t := range tasks {
		out = append(out, t.ApplicationID)
	}
	return out
}

func TestNudgeOncePerSilence(t *testing.T) {
	now := time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC)
	db := clockDB(t, &now)
	stages, err := db.Stages(ctx)
	if err != nil {
		t.Fatal(err)
	}
	applied, interviewing := stages[1].ID, stages[3].ID
	sent := mustCreate(t, db, model.Application{Company: "Acme", Title: "Dev", StageID: applied, DateApplied: "2026-05-04"})
	wish := mustCreate(t, db, model.Application{Company: "Wish", Title: "Dream job"}) // first stage: never nudged
	closed := mustCreate(t, db, model.Application{Company: "Nope", Title: "Ops", StageID: applied})
	if _, err := db.SetOutcome(ctx, closed.ID, model.OutcomeRejected); err != nil {
		t.Fatal(err)
	}
	planned := mustCreate(t, db, model.Application{Company: "Plan", Title: "QA", StageID: applied})
	if _, err := db.CreateTask(ctx, model.Task{ApplicationID: planned.ID, Title: "Call Ann", Due: "2026-06-01"}); err != nil {
		t.Fatal(err)
	}

	// Six days of silence: too early.
	now = now.Add(6 * 24 * time.Hour)
	if got := mustNudge(t, db, now); len(got) != 0 {
		t.Fatalf("nudged after 6 days: %+v", got)
	}
	// Seven days: one follow-up for the sent, open application without a plan.
	now = now.Add(24 * time.Hour)
	got := mustNudge(t, db, now)
	if len(got) != 1 || got[0].ApplicationID != sent.ID || got[0].Due != "2026-05-11" || got[0].Title != "Follow up: Dev at Acme" || got[0].ID == 0 {
		t.Fatalf("nudges after 7 days: %+v", got)
	}
	due, err := db.DueTasks(ctx, "2026-05-11")
	if err != nil || len(due) != 1 || due[0].ID != got[0].ID {
		t.Fatalf("the nudge is a due task: %+v %v", due, err)
	}

	// Once the nudge is done, that is a change: a new silence starts then.
	now = now.Add(24 * time.Hour)
	if got := mustNudge(t, db, now); len(got) != 0 {
		t.Fatalf("nudged again while its follow-up is open: %+v", got)
	}
	task := got[0]
	task.Done = true
	if _, err := db.UpdateTask(ctx, task); err != nil {
		t.Fatal(err)
	}
	now = now.Add(6 * 24 * time.Hour)
	if got := mustNudge(t, db, now); len(got) != 0 {
		t.Fatalf("nudged 6 days after the last change: %+v", got)
	}
	now = now.Add(24 * time.Hour)
	if got := mustNudge(t, db, now); len(nudgedApps(got)) != 1 || got[0].ApplicationID != sent.ID {
		t.Fatalf("second silence: %+v", got)
	}

	// A deleted nudge is no change: the same silence is not nudged again.
	all, err := db.ListTasks(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, tk := range all {
		if tk.ApplicationID == sent.ID {
			if err := db.DeleteTask(ctx, tk.ID); err != nil {
				t.Fatal(err)
			}
		}
	}
	now = now.Add(30 * 24 * time.Hour)
	if got := mustNudge(t, db, now); len(got) != 0 {
		t.Fatalf("nudged again in the same silence: %+v", got)
	}

	// A move is a change; so is a note. Each starts a silence of its own.
	if _, err := db.MoveApplication(ctx, sent.ID, interviewing); err != nil {
		t.Fatal(err)
	}
	now = now.Add(7 * 24 * time.Hour)
	if got := mustNudge(t, db, now); len(got) != 1 || got[0].ApplicationID != sent.ID {
		t.Fatalf("after a move: %+v", got)
	}
	for _, id := range []int64{wish.ID, closed.ID, planned.ID} {
		var n int
		if err := db.read.QueryRowContext(ctx, `SELECT count(*) FROM nudges WHERE application_id = ?`, id).Scan(&n); err != nil || n != 0 {
			t.Fatalf("application %d nudged (%d, %v)", id, n, err)
		}
	}
}

func TestNudgeCountsNotesAsChange(t *testing.T) {
	now := time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC)
	db := clockDB(t, &now)
	stages, err := db.Stages(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a := mustCreate(t, db, model.Application{Company: "Acme", Title: "Dev", StageID: stages[1].ID})
	now = now.Add(5 * 24 * time.Hour)
	if _, err := db.AddNote(ctx, a.ID, "Recruiter said next week"); err != nil {
		t.Fatal(err)
	}
	now = now.Add(5 * 24 * time.Hour)
	if got := mustNudge(t, db, now); len(got) != 0 {
		t.Fatalf("nudged 5 days after a note: %+v", got)
	}
	now = now.Add(2 * 24 * time.Hour)
	if got := mustNudge(t, db, now); len(got) != 1 {
		t.Fatalf("7 days after the note: %+v", got)
	}
}

func TestNudgeRefusesABadRule(t *testing.T) {
	db := MustOpenDB(t)
	join := func(a, b string) string { return a + b }
	if _, err := db.Nudge(ctx, NudgeRule{After: time.Hour, Due: "tomorrow", Title: join}); codeOf(err) != model.CodeInvalid {
		t.Fatalf("bad day: %v", err)
	}
	if _, err := db.Nudge(ctx, NudgeRule{Due: "2026-05-04", Title: join}); codeOf(err) != model.CodeInvalid {
		t.Fatalf("no silence: %v", err)
	}
}
