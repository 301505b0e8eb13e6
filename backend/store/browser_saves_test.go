package store

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// A browser save is listed once, after the last id seen; a save older than
// since, or of an application deleted since, is not.
func TestBrowserSavesAfter(t *testing.T) {
	db := MustOpenDB(t)
	t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	mine := mustCreate(t, db, model.Application{Company: "Typed", Title: "In the window"})
	a := mustCreate(t, db, model.Application{Company: "Acme", Title: "Go Engineer"})
	b := mustCreate(t, db, model.Application{Company: "Globex", Title: "SRE"})
	last, err := db.LastBrowserSave(ctx)
	if err != nil || last != 0 {
		t.Fatalf("last save of an empty table: %d, %v", last, err)
	}
	for _, id := range []int64{a.ID, b.ID} {
		if err := db.MarkBrowserSave(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	got, err := db.BrowserSavesAfter(ctx, 0, t0)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ApplicationID != a.ID || got[0].Title != "Go Engineer" || got[0].Company != "Acme" ||
		got[1].ApplicationID != b.ID || got[1].ID <= got[0].ID {
		t.Fatalf("saves %+v, want Acme then Globex (not %d)", got, mine.ID)
	}
	if again, _ := db.BrowserSavesAfter(ctx, got[1].ID, t0); len(again) != 0 {
		t.Fatalf("after the last id seen: %+v", again)
	}
	if late, _ := db.BrowserSavesAfter(ctx, 0, t0.Add(time.Hour)); len(late) != 0 {
		t.Fatalf("saves before since: %+v", late)
	}
	if err := db.DeleteApplications(ctx, []int64{a.ID}); err != nil {
		t.Fatal(err)
	}
	if left, _ := db.BrowserSavesAfter(ctx, 0, t0); len(left) != 1 || left[0].ApplicationID != b.ID {
		t.Fatalf("after deleting Acme: %+v", left)
	}
	if last, _ = db.LastBrowserSave(ctx); last != got[1].ID {
		t.Fatalf("last save %d, want %d", last, got[1].ID)
	}
}

// The export carries browser saves; an import brings them in as history
// that is never announced, even with ids above the last one seen.
func TestImportedBrowserSavesAreNotAnnounced(t *testing.T) {
	src := MustOpenDB(t)
	a := mustCreate(t, src, model.Application{Company: "Acme", Title: "Go Engineer"})
	if err := src.MarkBrowserSave(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	ds, err := src.Export(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(ds.Tables["browser_saves"]); n != 1 {
		t.Fatalf("the export has %d browser saves, want 1", n)
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
	if _, err := dst.Import(ctx, &back); err != nil {
		t.Fatal(err)
	}
	if n := countRows(t, dst, "browser_saves"); n != 1 {
		t.Fatalf("%d browser saves after the import, want 1", n)
	}
	got, err := dst.BrowserSavesAfter(ctx, 0, time.Time{})
	if err != nil || len(got) != 0 {
		t.Fatalf("imported saves announced: %+v, %v", got, err)
	}
}
