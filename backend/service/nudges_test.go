package service

import (
	"context"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/shellport"
)

func TestSettingsKeepNudgeAndGoal(t *testing.T) {
	s, _ := newServices(t)
	p, err := s.Settings.Get()
	if err != nil {
		t.Fatal(err)
	}
	if p.Nudge || p.NudgeDays != 7 || p.WeeklyGoal != 0 {
		t.Fatalf("defaults: %+v", p)
	}
	p.Nudge, p.NudgeDays, p.WeeklyGoal = true, 10, 5
	if _, err := s.Settings.Save(p); err != nil {
		t.Fatal(err)
	}
	got, err := s.Settings.Get()
	if err != nil || got != p {
		t.Fatalf("stored %+v, read %+v (%v)", p, got, err)
	}
	for _, bad := range []Preferences{
		{Theme: "dark", ClosedCards: "fade", NudgeDays: -1},
		{Theme: "dark", ClosedCards: "fade", NudgeDays: MaxNudgeDays + 1},
		{Theme: "dark", ClosedCards: "fade", NudgeDays: 7, WeeklyGoal: -1},
		{Theme: "dark", ClosedCards: "fade", NudgeDays: 7, WeeklyGoal: MaxWeeklyGoal + 1},
	} {
		if _, err := s.Settings.Save(bad); model.ErrorCode(err) != model.CodeInvalid {
			t.Fatalf("saved %+v: %v", bad, err)
		}
	}
	if got, _ := s.Settings.Get(); got != p {
		t.Fatalf("a refused save changed the settings: %+v", got)
	}
}

func TestNudgesFollowUpASilenceAndTheRemindersAnnounceIt(t *testing.T) {
	s, fake := newServices(t)
	now := time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC)
	s.Settings.db.Now = func() time.Time { return now }
	ctx := context.Background()
	stages, err := s.Pipeline.Stages()
	if err != nil {
		t.Fatal(err)
	}
	a, err := s.Applications.Create(model.Application{Company: "Acme", Title: "Dev", StageID: stages[1].ID})
	if err != nil {
		t.Fatal(err)
	}
	nudges := s.Nudges()

	// Off by default: ten days of silence make nothing.
	now = now.Add(10 * 24 * time.Hour)
	if made, err := nudges.Run(ctx, now); err != nil || len(made) != 0 {
		t.Fatalf("nudges off: %+v %v", made, err)
	}
	p, _ := s.Settings.Get()
	p.Nudge, p.NudgeDays = true, 14
	if _, err := s.Settings.Save(p); err != nil {
		t.Fatal(err)
	}
	// On, at 14 days: ten days are not enough; the first Daily of the day runs, the next call that day does not.
	if made, err := nudges.Daily(ctx, now); err != nil || len(made) != 0 {
		t.Fatalf("10 of 14 days: %+v %v", made, err)
	}
	now = now.Add(4 * 24 * time.Hour)
	made, err := nudges.Daily(ctx, now)
	if err != nil || len(made) != 1 || made[0].ApplicationID != a.ID || made[0].Title != "Follow up: Dev at Acme (no news for 14 days)" {
		t.Fatalf("14 days: %+v %v", made, err)
	}
	changed := fake.Named(shellport.EventAppChanged)
	if last := changed[len(changed)-1].(shellport.AppChanged); len(last.IDs) != 1 || last.IDs[0] != a.ID {
		t.Fatalf("app:changed %+v", last)
	}
	if again, err := nudges.Daily(ctx, now.Add(time.Hour)); err != nil || len(again) != 0 {
		t.Fatalf("second run the same day: %+v %v", again, err)
	}

	// The follow-up is due today: the reminders raise it.
	n, err := s.Reminders().Check(ctx, now)
	if err != nil || n != 1 {
		t.Fatalf("reminders raised %d (%v)", n, err)
	}
	due := fake.Named(shellport.EventReminderDue)
	if r := due[len(due)-1].(shellport.ReminderDue); r.ApplicationID != a.ID || r.Title != made[0].Title {
		t.Fatalf("reminder %+v", r)
	}

	// Tomorrow Daily runs again, but the same silence is not nudged twice.
	now = now.Add(24 * time.Hour)
	if made, err := nudges.Daily(ctx, now); err != nil || len(made) != 0 {
		t.Fatalf("the next day: %+v %v", made, err)
	}
}

// A silence that passed while the window was closed is followed up at the
// next start, once: each start builds a new Nudges (app.go's reminders loop
// runs Daily at once), and a second start the same day, or the day after,
// does not nudge the same silence again. The reminders of that start raise it.
func TestNudgesCatchUpAtTheNextStart(t *testing.T) {
	s, fake := newServices(t)
	now := time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC)
	s.Settings.db.Now = func() time.Time { return now }
	ctx := context.Background()
	stages, err := s.Pipeline.Stages()
	if err != nil {
		t.Fatal(err)
	}
	p, _ := s.Settings.Get()
	p.Nudge, p.NudgeDays = true, 7
	if _, err := s.Settings.Save(p); err != nil {
		t.Fatal(err)
	}
	a, err := s.Applications.Create(model.Application{Company: "Acme", Title: "Dev", StageID: stages[1].ID})
	if err != nil {
		t.Fatal(err)
	}
	// The window ran that day: nothing to nudge yet.
	if made, err := s.Nudges().Daily(ctx, now); err != nil || len(made) != 0 {
		t.Fatalf("first day: %+v %v", made, err)
	}
	// Closed for three weeks (no Daily ran), then started again.
	now = now.Add(21 * 24 * time.Hour)
	made, err := s.Nudges().Daily(ctx, now)
	if err != nil || len(made) != 1 || made[0].ApplicationID != a.ID || made[0].Due != now.Local().Format(model.DateLayout) {
		t.Fatalf("at the next start: %+v %v", made, err)
	}
	if n, err := s.Reminders().Check(ctx, now); err != nil || n != 1 {
		t.Fatalf("the start's reminders raised %d (%v)", n, err)
	}
	if r := fake.Named(shellport.EventReminderDue); len(r) != 1 || r[0].(shellport.ReminderDue).Title != made[0].Title {
		t.Fatalf("reminder: %+v", r)
	}
	// Started again the same day, and the next: the silence is not nudged twice.
	for _, later := range []time.Time{now.Add(time.Hour), now.Add(24 * time.Hour)} {
		if again, err := s.Nudges().Daily(ctx, later); err != nil || len(again) != 0 {
			t.Fatalf("a later start (%s) nudged again: %+v %v", later, again, err)
		}
	}
	tasks, err := s.Tasks.List(true)
	if err != nil || len(tasks) != 1 {
		t.Fatalf("follow-ups: %+v %v", tasks, err)
	}
}
