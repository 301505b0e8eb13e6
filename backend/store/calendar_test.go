package store

import (
	"fmt"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/calendar"
	"github.com/huntbook/huntbook/backend/model"
)

func calEvent(src calendar.Source, uid, rid, ext string, start time.Time) CalendarEvent {
	return CalendarEvent{Event: calendar.Event{Source: src, CalendarID: "primary", UID: uid, RecurrenceID: rid, ExternalID: ext,
		Title: "Interview " + uid, Start: start, End: start.Add(time.Hour), Status: "confirmed",
		Organizer: &calendar.Person{Name: "Rita", Email: "rita@acme.example"},
		Attendees: []calendar.Person{{Email: "me@example.org"}}}}
}

func TestCalendarUpsertIsIdempotent(t *testing.T) {
	db := MustOpenDB(t)
	t0 := time.Date(2026, 3, 10, 14, 0, 0, 0, time.UTC)
	a := calEvent(calendar.SourceICS, "a@x", "", "", t0)
	a.IsInterview, a.Confidence, a.Reasons = true, 0.8, []string{"title says interview"}
	b := calEvent(calendar.SourceICS, "b@x", "", "", t0.Add(24*time.Hour))
	n, err := db.SaveCalendarEvents(ctx, CalendarBatch{Upserts: []CalendarEvent{a, b}})
	if err != nil || n.Added != 2 || n.Updated != 0 {
		t.Fatalf("first save %+v %v", n, err)
	}
	b.Event.Title = "Moved"
	n, err = db.SaveCalendarEvents(ctx, CalendarBatch{Upserts: []CalendarEvent{a, b}})
	if err != nil || n.Added != 0 || n.Updated != 2 {
		t.Fatalf("second save %+v %v", n, err)
	}
	all, err := db.CalendarEvents(ctx, CalendarQuery{})
	if err != nil || len(all) != 2 {
		t.Fatalf("list %+v %v", all, err)
	}
	got := all[0]
	if got.Event.Key() != a.Event.Key() || !got.Event.Start.Equal(t0) || got.Event.Organizer == nil || got.Event.Organizer.Email != "rita@acme.example" ||
		len(got.Event.Attendees) != 1 || !got.IsInterview || got.Confidence != 0.8 || len(got.Reasons) != 1 {
		t.Fatalf("round trip %+v", got)
	}
	if all[1].Event.Title != "Moved" {
		t.Fatalf("update lost: %+v", all[1].Event)
	}
	iv, _ := db.CalendarEvents(ctx, CalendarQuery{Interviews: true})
	if len(iv) != 1 || iv[0].Event.UID != "a@x" {
		t.Fatalf("interviews %+v", iv)
	}
	win, _ := db.CalendarEvents(ctx, CalendarQuery{From: t0.Add(2 * time.Hour), To: t0.Add(48 * time.Hour)})
	if len(win) != 1 || win[0].Event.UID != "b@x" {
		t.Fatalf("window %+v", win)
	}
	noUID := CalendarBatch{Upserts: []CalendarEvent{{Event: calendar.Event{Title: "no uid"}}}}
	if _, err := db.SaveCalendarEvents(ctx, noUID); codeOf(err) != model.CodeInvalid {
		t.Fatalf("event without uid: %v", err)
	}
}

func TestCalendarDecisionsOutliveReimport(t *testing.T) {
	db := MustOpenDB(t)
	app := mustCreate(t, db, model.Application{Company: "Acme", Title: "Dev"})
	other := mustCreate(t, db, model.Application{Company: "Globex", Title: "SRE"})
	t0 := time.Date(2026, 3, 10, 14, 0, 0, 0, time.UTC)
	a := calEvent(calendar.SourceICS, "a@x", "", "", t0)
	a.Proposals = []EventProposal{{ApplicationID: app.ID, Confidence: 0.9, Reasons: []string{"organiser from acme.example"}}}
	b := calEvent(calendar.SourceICS, "b@x", "", "", t0.Add(time.Hour))
	b.Proposals = []EventProposal{{ApplicationID: other.ID, Confidence: 0.6}}
	if _, err := db.SaveCalendarEvents(ctx, CalendarBatch{Upserts: []CalendarEvent{a, b}}); err != nil {
		t.Fatal(err)
	}
	if p, _ := db.PendingProposals(ctx); len(p) != 2 {
		t.Fatalf("pending %+v", p)
	}
	if _, err := db.ConfirmCalendarEvent(ctx, a.Event.Key(), 999); codeOf(err) != model.CodeNotFound {
		t.Fatalf("confirm to a missing application: %v", err)
	}
	if _, err := db.ConfirmCalendarEvent(ctx, "ics|nope|", app.ID); codeOf(err) != model.CodeNotFound {
		t.Fatalf("confirm a missing event: %v", err)
	}
	c, err := db.ConfirmCalendarEvent(ctx, a.Event.Key(), app.ID)
	if err != nil || c.Decision != DecisionConfirmed || c.ApplicationID != app.ID {
		t.Fatalf("confirm %+v %v", c, err)
	}
	r, err := db.RejectCalendarEvent(ctx, b.Event.Key())
	if err != nil || r.Decision != DecisionRejected || len(r.Proposals) != 0 {
		t.Fatalf("reject %+v %v", r, err)
	}
	// A re-import brings the same proposals back: the decisions stand.
	if _, err := db.SaveCalendarEvents(ctx, CalendarBatch{Upserts: []CalendarEvent{a, b}}); err != nil {
		t.Fatal(err)
	}
	if p, _ := db.PendingProposals(ctx); len(p) != 0 {
		t.Fatalf("decided events proposed again: %+v", p)
	}
	iv, err := db.InterviewsFor(ctx, app.ID)
	if err != nil || len(iv) != 1 || iv[0].Event.UID != "a@x" {
		t.Fatalf("interviews for app %+v %v", iv, err)
	}
	if got, _ := db.CalendarEvents(ctx, CalendarQuery{Interviews: true}); len(got) != 1 {
		t.Fatalf("a confirmed event is an interview: %+v", got)
	}
	// Deleting the application drops its confirmations.
	if err := db.DeleteApplications(ctx, []int64{app.ID}); err != nil {
		t.Fatal(err)
	}
	if iv, _ := db.InterviewsFor(ctx, app.ID); len(iv) != 0 {
		t.Fatalf("confirmation outlived its application: %+v", iv)
	}
}

func TestCalendarGoogleDeletesPruneAndSyncState(t *testing.T) {
	db := MustOpenDB(t)
	t0 := time.Date(2026, 3, 10, 14, 0, 0, 0, time.UTC)
	var evs []CalendarEvent
	for i := range 3 {
		rid := t0.Add(time.Duration(i) * 24 * time.Hour).Format(time.RFC3339)
		evs = append(evs, calEvent(calendar.SourceGoogle, "series@google.com", rid, fmt.Sprintf("ser_%d", i), t0.Add(time.Duration(i)*24*time.Hour)))
	}
	evs = append(evs, calEvent(calendar.SourceGoogle, "single@google.com", "", "single", t0), calEvent(calendar.SourceGoogle, "ser@google.com", "", "ser", t0))
	st := CalendarSync{CalendarID: "primary", SyncToken: "tok1", LastSync: t0}
	if _, err := db.SaveCalendarEvents(ctx, CalendarBatch{Upserts: evs, Source: calendar.SourceGoogle, CalendarID: "primary", Prune: true,
		Sync: &st}); err != nil {
		t.Fatal(err)
	}
	got, _ := db.CalendarSyncState(ctx, "primary")
	if got.SyncToken != "tok1" || !got.LastSync.Equal(t0) {
		t.Fatalf("sync state %+v", got)
	}
	// "ser" names a whole series: its instances ser_0.. go, and the event
	// whose own id is "ser"; "single" stays; "s" (a prefix, not a series) deletes nothing.
	n, err := db.SaveCalendarEvents(ctx, CalendarBatch{Source: calendar.SourceGoogle, CalendarID: "primary", DeleteExternal: []string{"ser", "s"}})
	if err != nil || n.Deleted != 4 {
		t.Fatalf("series delete %+v %v", n, err)
	}
	left, _ := db.CalendarEvents(ctx, CalendarQuery{Source: calendar.SourceGoogle})
	if len(left) != 1 || left[0].Event.ExternalID != "single" {
		t.Fatalf("left %+v", left)
	}
	// A full listing that no longer has "single" prunes it.
	fresh := calEvent(calendar.SourceGoogle, "new@google.com", "", "new", t0)
	n, err = db.SaveCalendarEvents(ctx, CalendarBatch{Upserts: []CalendarEvent{fresh}, Source: calendar.SourceGoogle, CalendarID: "primary", Prune: true})
	if err != nil || n.Added != 1 || n.Deleted != 1 {
		t.Fatalf("prune %+v %v", n, err)
	}
	ics := calEvent(calendar.SourceICS, "file@x", "", "", t0)
	if _, err := db.SaveCalendarEvents(ctx, CalendarBatch{Upserts: []CalendarEvent{ics}}); err != nil {
		t.Fatal(err)
	}
	if d, err := db.DeleteCalendarSource(ctx, calendar.SourceGoogle); err != nil || d != 1 {
		t.Fatalf("delete google %d %v", d, err)
	}
	if all, _ := db.CalendarEvents(ctx, CalendarQuery{}); len(all) != 1 || all[0].Event.Source != calendar.SourceICS {
		t.Fatalf("after deleting google events %+v", all)
	}
	if s, _ := db.CalendarSyncStates(ctx); len(s) != 0 {
		t.Fatalf("sync state kept %+v", s)
	}
}

func TestMatchCandidates(t *testing.T) {
	db := MustOpenDB(t)
	a := mustCreate(t, db, model.Application{Company: "Acme", Title: "Dev", URL: "https://acme.example/jobs/1"})
	b := mustCreate(t, db, model.Application{Company: "Globex", Title: "SRE"})
	if _, err := db.CreateContact(ctx, model.Contact{Name: "Rita", Email: "rita@acme.example", ApplicationIDs: []int64{a.ID}}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SetOutcome(ctx, b.ID, model.OutcomeRejected); err != nil {
		t.Fatal(err)
	}
	m, err := db.MatchCandidates(ctx)
	if err != nil || len(m) != 2 {
		t.Fatalf("%+v %v", m, err)
	}
	if m[0].ID != a.ID || !m[0].Open || len(m[0].ContactEmails) != 1 || m[0].ContactEmails[0] != "rita@acme.example" || m[0].URL == "" {
		t.Fatalf("acme %+v", m[0])
	}
	if m[1].Open || len(m[1].ContactEmails) != 0 {
		t.Fatalf("globex %+v", m[1])
	}
}
