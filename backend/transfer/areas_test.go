package transfer

import (
	"bytes"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/calendar"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/store"
)

// TestExportCarriesEveryArea fills the CV, profile, AI and calendar tables,
// exports, imports into an empty database and checks each came back, tied to
// the renumbered application.
func TestExportCarriesEveryArea(t *testing.T) {
	src := openDB(t)
	app, err := src.CreateApplication(ctx, model.Application{Company: "Acme", Title: "Engineer"})
	if err != nil {
		t.Fatal(err)
	}
	pdf := []byte("%PDF-1.4 fake bytes \x00\x01\x02")
	v, _, err := src.AddCVVersion(ctx, model.CVVersion{Label: "2026", FileName: "cv.pdf", MediaType: "application/pdf",
		Profile: model.Profile{Basics: model.Basics{Name: "Ada Lovelace", Email: "ada@example.com"}}}, pdf)
	if err != nil {
		t.Fatal(err)
	}
	if err := src.LinkCV(ctx, app.ID, v.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := src.SaveMasterProfile(ctx, model.Profile{Basics: model.Basics{Name: "Ada Lovelace"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := src.SaveAIProvider(ctx, model.AIProvider{Name: "Local", BaseURL: "http://localhost:11434/v1", Model: "llama3", Kind: "local"}); err != nil {
		t.Fatal(err)
	}
	g, err := src.SaveGeneration(ctx, model.Generation{ApplicationID: app.ID, Task: "cover-letter", Provider: "Local", Text: "Dear Acme,"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := src.UpdateGeneration(ctx, g.ID, "Dear Acme team,"); err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 5, 4, 10, 0, 0, 0, time.UTC)
	ev := store.CalendarEvent{Event: calendar.Event{Source: calendar.SourceICS, UID: "u1", Title: "Interview Acme", Start: start,
		End: start.Add(time.Hour)}, IsInterview: true}
	if _, err := src.SaveCalendarEvents(ctx, store.CalendarBatch{Upserts: []store.CalendarEvent{ev}}); err != nil {
		t.Fatal(err)
	}
	if _, err := src.ConfirmCalendarEvent(ctx, ev.Event.Key(), app.ID); err != nil {
		t.Fatal(err)
	}

	ds, err := src.Export(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteZIP(&buf, ds, time.Now(), "test"); err != nil {
		t.Fatal(err)
	}
	doc, err := ReadZIP(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	dst := openDB(t)
	for i := 0; i < 3; i++ { // so the imported application gets another id
		if _, err := dst.CreateApplication(ctx, model.Application{Company: "Already", Title: "there"}); err != nil {
			t.Fatal(err)
		}
	}
	c, err := dst.Import(ctx, &doc.Data)
	if err != nil {
		t.Fatal(err)
	}
	if c.Applications != 1 || c.Other == 0 || c.Skipped != 0 {
		t.Fatalf("counts %+v", c)
	}
	apps, _ := dst.ListApplications(ctx, model.ListQuery{Search: "acme"})
	newID := apps.Items[0].ID
	if newID == app.ID {
		t.Fatal("ids were not renumbered: the test proves nothing")
	}
	linked, ok, err := dst.LinkedCV(ctx, newID)
	if err != nil || !ok || linked.Profile.Basics.Email != "ada@example.com" {
		t.Fatalf("linked CV %+v %v %v", linked, ok, err)
	}
	file, err := dst.GetCVFile(ctx, linked.ID)
	if err != nil || !bytes.Equal(file.Data, pdf) {
		t.Fatalf("CV bytes %v %v", file, err)
	}
	if p, _, _ := dst.MasterProfile(ctx); p.Basics.Name != "Ada Lovelace" {
		t.Fatalf("master %+v", p)
	}
	if rows := doc.Data.Tables["ai_providers"]; len(rows) != 1 || rows[0]["name"] != "Local" {
		t.Fatalf("the export's providers %+v", rows)
	}
	if ps, _ := dst.AIProviders(ctx); len(ps) != 0 {
		t.Fatalf("the import applied configuration (providers %+v)", ps)
	}
	gens, _ := dst.Generations(ctx, newID)
	if len(gens) != 1 || gens[0].Text != "Dear Acme team," || gens[0].Version != 2 {
		t.Fatalf("generations %+v", gens)
	}
	d, _ := dst.GetDetail(ctx, newID)
	if len(d.Interviews) != 1 || d.Interviews[0].Title != "Interview Acme" {
		t.Fatalf("interviews %+v", d.Interviews)
	}
	// Importing the same export again adds the tracker records again but
	// skips the rows that would clash (same CV bytes, event).
	c2, err := dst.Import(ctx, &doc.Data)
	if err != nil || c2.Skipped == 0 {
		t.Fatalf("second import %+v %v", c2, err)
	}
}

func TestImportRefusesUnknownTables(t *testing.T) {
	db := openDB(t)
	_, err := db.Import(ctx, &store.Dataset{Tables: map[string][]map[string]any{"future_area": {{"x": 1}}}})
	if err == nil || !bytes.Contains([]byte(err.Error()), []byte("future_area")) {
		t.Fatalf("got %v", err)
	}
}
