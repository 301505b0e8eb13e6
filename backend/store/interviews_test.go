package store

import (
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/calendar"
	"github.com/huntbook/huntbook/backend/model"
)

func TestConfirmedInterviewsShowOnTheApplication(t *testing.T) {
	db := MustOpenDB(t)
	a := mustCreate(t, db, model.Application{Company: "Acme", Title: "Dev"})
	start := time.Date(2026, 4, 2, 14, 0, 0, 0, time.UTC)
	ev := CalendarEvent{Event: calendar.Event{Source: calendar.SourceICS, UID: "iv-1", Title: "Technical interview with Acme",
		Start: start, End: start.Add(time.Hour), MeetingURL: "https://meet.example/abc"}, IsInterview: true}
	other := CalendarEvent{Event: calendar.Event{Source: calendar.SourceICS, UID: "iv-2", Title: "Not confirmed", Start: start, End: start}}
	if _, err := db.SaveCalendarEvents(ctx, CalendarBatch{Upserts: []CalendarEvent{ev, other}}); err != nil {
		t.Fatal(err)
	}
	if d, _ := db.GetDetail(ctx, a.ID); len(d.Interviews) != 0 {
		t.Fatalf("unconfirmed interview shown: %+v", d.Interviews)
	}
	if _, err := db.ConfirmCalendarEvent(ctx, ev.Event.Key(), a.ID); err != nil {
		t.Fatal(err)
	}
	d, err := db.GetDetail(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Interviews) != 1 || d.Interviews[0].Title != "Technical interview with Acme" || !d.Interviews[0].Start.Equal(start) ||
		d.Interviews[0].MeetingURL != "https://meet.example/abc" {
		t.Fatalf("interviews %+v", d.Interviews)
	}
}
