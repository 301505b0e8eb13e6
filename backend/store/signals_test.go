package store

import (
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/calendar"
	"github.com/huntbook/huntbook/backend/model"
)

func TestSignalsFlagNextInterviewAndDueFollowUps(t *testing.T) {
	db := MustOpenDB(t) // its clock starts at 2026-03-01 09:00 UTC
	acme := mustCreate(t, db, model.Application{Company: "Acme", Title: "Dev", FollowUp: "2026-02-20"})
	beta := mustCreate(t, db, model.Application{Company: "Beta", Title: "Ops"})
	quiet := mustCreate(t, db, model.Application{Company: "Quiet", Title: "QA", FollowUp: "2026-04-01"})
	closed := mustCreate(t, db, model.Application{Company: "Closed", Title: "PM", FollowUp: "2026-02-01"})
	if _, err := db.SetOutcome(ctx, closed.ID, model.OutcomeRejected); err != nil {
		t.Fatal(err)
	}
	at := func(day, hour int) time.Time { return time.Date(2026, 3, day, hour, 0, 0, 0, time.UTC) }
	events := []CalendarEvent{
		{Event: calendar.Event{Source: calendar.SourceICS, UID: "past", Title: "Screen (done)", Start: at(1, 8), End: at(1, 9)}},
		{Event: calendar.Event{Source: calendar.SourceICS, UID: "later", Title: "Onsite", Start: at(9, 10), End: at(9, 12)}},
		{Event: calendar.Event{Source: calendar.SourceICS, UID: "next", Title: "Technical interview", Start: at(4, 14), End: at(4, 15)}},
		{Event: calendar.Event{Source: calendar.SourceICS, UID: "unconfirmed", Title: "Maybe", Start: at(2, 9), End: at(2, 10)}},
	}
	if _, err := db.SaveCalendarEvents(ctx, CalendarBatch{Upserts: events}); err != nil {
		t.Fatal(err)
	}
	for _, e := range events[:3] {
		if _, err := db.ConfirmCalendarEvent(ctx, e.Event.Key(), beta.ID); err != nil {
			t.Fatal(err)
		}
	}
	for _, task := range []model.Task{
		{ApplicationID: acme.ID, Title: "Write", Due: "2026-02-25"},
		{ApplicationID: acme.ID, Title: "Call", Due: "2026-03-01"},
		{ApplicationID: acme.ID, Title: "Later", Due: "2026-03-05"},
		{ApplicationID: beta.ID, Title: "Done already", Due: "2026-02-01", Done: true},
		{ApplicationID: quiet.ID, Title: "Undated"},
		{Title: "Not about an application", Due: "2026-02-01"},
	} {
		if _, err := db.CreateTask(ctx, task); err != nil {
			t.Fatal(err)
		}
	}

	got, err := db.Signals(ctx, "2026-03-01")
	if err != nil {
		t.Fatal(err)
	}
	want := []model.Signals{
		{ID: acme.ID, FollowUpDue: "2026-02-20", FollowUpsDue: 3},
		{ID: beta.ID, NextInterview: "2026-03-04T14:00:00Z", NextInterviewTitle: "Technical interview"},
	}
	if len(got) != len(want) {
		t.Fatalf("signals %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("signals[%d] = %+v, want %+v", i, got[i], want[i])
		}
	}

	if _, err := db.Signals(ctx, "1 March"); codeOf(err) != model.CodeInvalid {
		t.Fatalf("bad day: %v", err)
	}
}

// Cards carry what a card's second line shows.
func TestCardsCarryLocationSalaryAndDateApplied(t *testing.T) {
	db := MustOpenDB(t)
	mustCreate(t, db, model.Application{Company: "Acme", Title: "Dev", Location: "Berlin", Remote: model.RemoteHybrid,
		Salary: model.Salary{Min: 6_000_000, Max: 7_500_000, Currency: "EUR", Period: model.PeriodYear}, DateApplied: "2026-02-10"})
	res, err := db.ListCards(ctx, model.ListQuery{})
	if err != nil {
		t.Fatal(err)
	}
	c := res.Items[0]
	if c.Location != "Berlin" || c.Remote != model.RemoteHybrid || c.DateApplied != "2026-02-10" ||
		c.Salary != (model.Salary{Min: 6_000_000, Max: 7_500_000, Currency: "EUR", Period: model.PeriodYear}) {
		t.Fatalf("card %+v", c)
	}
}
