package store

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

func mailInput(key string, appID int64) MailInput {
	return MailInput{Key: key, ApplicationID: appID, MatchConfidence: 0.8, MatchReasons: []string{"sent from @acme.example"},
		References: []string{"earlier@acme.example"},
		Message: model.MailMessage{MessageID: key, FromName: "Acme Talent", FromEmail: "Talent@Acme.example", Subject: "Your application",
			Date: time.Date(2026, 2, 20, 10, 0, 0, 0, time.UTC), Snippet: "Unfortunately...", Kind: model.MailRejection,
			Confidence: 0.9, Reasons: []string{"says unfortunately"}, Origin: "file", Source: "inbox.mbox",
			Facts: model.MailFacts{Company: "Acme", Title: "Go Engineer"}}}
}

func TestMailKeptOnceDismissedForGoodAndExported(t *testing.T) {
	db := MustOpenDB(t)
	a := mustCreate(t, db, model.Application{Company: "Acme", Title: "Go Engineer"})
	m, added, err := db.AddMail(ctx, mailInput("r1@acme.example", a.ID))
	if err != nil || !added {
		t.Fatalf("add: %v %v", added, err)
	}
	if m.Match == nil || m.Match.ApplicationID != a.ID || m.Match.Stage == "" || m.FromEmail != "talent@acme.example" {
		t.Fatalf("stored %+v", m)
	}
	if _, added, err := db.AddMail(ctx, mailInput("r1@acme.example", a.ID)); err != nil || added {
		t.Fatalf("the same key again: added %v, %v", added, err)
	}
	if _, _, err := db.AddMail(ctx, MailInput{Key: "x", Message: model.MailMessage{Kind: model.MailOther}}); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("a message of kind other was stored: %v", err)
	}
	if app, _, _ := db.MailThreadApplication(ctx, []string{"r1@acme.example"}); app != a.ID {
		t.Fatalf("thread lookup: %d", app)
	}
	if _, err := db.DismissMail(ctx, m.ID); err != nil {
		t.Fatal(err)
	}
	if app, _, _ := db.MailThreadApplication(ctx, []string{"r1@acme.example"}); app != 0 {
		t.Fatal("a dismissed message still ties its thread to the application")
	}
	if known, _ := db.MailKnown(ctx, "r1@acme.example"); !known {
		t.Fatal("a dismissed message is forgotten")
	}
	if _, err := db.ApplyMail(ctx, MailAction{ID: m.ID, Kind: model.MailRejection, ApplicationID: a.ID}); model.ErrorCode(err) != model.CodeConflict {
		t.Fatalf("confirming a dismissed message: %v", err)
	}

	// The export carries the messages; an import renumbers their application.
	mustCreate(t, db, model.Application{Company: "Other", Title: "Filler"})
	ds, err := db.Export(ctx)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := json.Marshal(ds)
	if err != nil {
		t.Fatal(err)
	}
	var back Dataset
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&back); err != nil {
		t.Fatal(err)
	}
	dst := MustOpenDB(t)
	mustCreate(t, dst, model.Application{Company: "Before", Title: "Taken id 1"})
	if _, err := dst.Import(ctx, &back); err != nil {
		t.Fatal(err)
	}
	got, err := dst.MailMessages(ctx, MailQuery{})
	if err != nil || len(got) != 1 {
		t.Fatalf("imported messages %+v %v", got, err)
	}
	if got[0].Status != model.MailDismissed || got[0].Match == nil || got[0].Match.Company != "Acme" {
		t.Fatalf("imported %+v (match %+v), want the dismissed message still tied to Acme", got[0], got[0].Match)
	}
}
