package store

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/calendar"
	"github.com/huntbook/huntbook/backend/model"
)

func TestManualInterviewsAreStoredEditedAndDeleted(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := mustCreate(t, db, model.Application{Company: "Acme", Title: "Dev"})
	b := mustCreate(t, db, model.Application{Company: "Globex", Title: "SRE"})
	start := time.Date(2026, 4, 2, 12, 0, 0, 0, time.UTC)
	ev := calendar.Event{Title: "Phone screen", Description: "Ask about **on-call**", Start: start, End: start.Add(30 * time.Minute),
		TimeZone: "Europe/Berlin", MeetingURL: "https://meet.example/x", Location: "+49 30 1234"}
	iv, err := db.AddManualInterview(ctx, a.ID, ev, model.InterviewPhone)
	if err != nil {
		t.Fatal(err)
	}
	if iv.Source != "manual" || iv.Kind != model.InterviewPhone || iv.TimeZone != "Europe/Berlin" || iv.Notes != "Ask about **on-call**" ||
		!iv.Start.Equal(start) || iv.MeetingURL != "https://meet.example/x" || iv.Location != "+49 30 1234" {
		t.Fatalf("added %+v", iv)
	}
	if _, err := db.AddManualInterview(ctx, 999, ev, model.InterviewPhone); model.ErrorCode(err) != model.CodeNotFound {
		t.Fatalf("unknown application: %v", err)
	}

	// It is an interview confirmed for the application, kept across a reopen of the file.
	db.Close()
	if db, err = Open(path, Options{}); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	d, err := db.GetDetail(ctx, a.ID)
	if err != nil || len(d.Interviews) != 1 || d.Interviews[0] != iv {
		t.Fatalf("detail interviews %+v %v, want %+v", d.Interviews, err, iv)
	}
	agenda, err := db.CalendarEvents(ctx, CalendarQuery{Interviews: true})
	if err != nil || len(agenda) != 1 || agenda[0].ApplicationID != a.ID || agenda[0].Event.Source != calendar.SourceManual {
		t.Fatalf("agenda %+v %v", agenda, err)
	}

	// Edited: moved to the other application, another kind and time.
	ev.Start, ev.End, ev.Title, ev.TimeZone = start.Add(24*time.Hour), start.Add(25*time.Hour), "On-site", "America/New_York"
	up, err := db.UpdateManualInterview(ctx, iv.Key, b.ID, ev, model.InterviewOnsite)
	if err != nil || up.Key != iv.Key || up.Kind != model.InterviewOnsite || up.Title != "On-site" || !up.Start.Equal(ev.Start) ||
		up.TimeZone != "America/New_York" {
		t.Fatalf("updated %+v %v", up, err)
	}
	if d, _ := db.GetDetail(ctx, a.ID); len(d.Interviews) != 0 {
		t.Fatalf("still on the first application: %+v", d.Interviews)
	}
	if d, _ := db.GetDetail(ctx, b.ID); len(d.Interviews) != 1 || d.Interviews[0].Key != iv.Key {
		t.Fatalf("not on the second application: %+v", d.Interviews)
	}
	if kinds, err := db.InterviewKinds(ctx); err != nil || kinds[iv.Key] != model.InterviewOnsite {
		t.Fatalf("kinds %v %v", kinds, err)
	}

	// A calendar's interview is not edited or deleted here.
	cal := CalendarEvent{Event: calendar.Event{Source: calendar.SourceICS, UID: "c-1", Title: "From a file", Start: start, End: start}, IsInterview: true}
	if _, err := db.SaveCalendarEvents(ctx, CalendarBatch{Upserts: []CalendarEvent{cal}}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.UpdateManualInterview(ctx, cal.Event.Key(), a.ID, ev, model.InterviewPhone); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("edit a calendar's event: %v", err)
	}
	if _, err := db.DeleteManualInterview(ctx, cal.Event.Key()); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("delete a calendar's event: %v", err)
	}
	if _, err := db.CalendarEvent(ctx, cal.Event.Key()); err != nil {
		t.Fatalf("calendar event lost: %v", err)
	}

	// Deleted, with its decision; deleting again says not found.
	appID, err := db.DeleteManualInterview(ctx, iv.Key)
	if err != nil || appID != b.ID {
		t.Fatalf("delete %d %v", appID, err)
	}
	if d, _ := db.GetDetail(ctx, b.ID); len(d.Interviews) != 0 {
		t.Fatalf("deleted interview shown: %+v", d.Interviews)
	}
	var decisions int
	if err := db.read.QueryRow(`SELECT count(*) FROM calendar_decisions WHERE event_key = ?`, iv.Key).Scan(&decisions); err != nil || decisions != 0 {
		t.Fatalf("decision left: %d %v", decisions, err)
	}
	if _, err := db.DeleteManualInterview(ctx, iv.Key); model.ErrorCode(err) != model.CodeNotFound {
		t.Fatalf("delete twice: %v", err)
	}
}
