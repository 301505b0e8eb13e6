package service

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/shellport"
	"github.com/huntbook/huntbook/backend/store"
)

// A description saved as page source before descriptions were read as
// postings is converted once to clean text when the services start after
// migration 0011; the original stays in description_sources, which the
// export carries; later HTML the user types is left alone.
func TestHTMLDescriptionsAreConvertedOnce(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(filepath.Join(t.TempDir(), store.FileName), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	pasted := "<link rel=\"stylesheet\" href=\"https://static.example/app.css\">\n" +
		"<div class=\"job-description\"><h2>About the role</h2><p>We build <strong>quantum widgets</strong>.</p>" +
		"<ul><li>Go</li><li>SQLite</li></ul></div>"
	html, err := db.CreateApplication(ctx, model.Application{Company: "Acme", Title: "Engineer", Description: pasted})
	if err != nil {
		t.Fatal(err)
	}
	plain, err := db.CreateApplication(ctx, model.Application{Company: "Globex", Title: "SRE", Description: "Pay < 100k, **Markdown** stays"})
	if err != nil {
		t.Fatal(err)
	}
	// Migration 0011 (run by Open) asked for the conversion; the services
	// run it when they start, and only then.
	if v, _ := db.Setting(ctx, "convert_html_descriptions"); v != "pending" {
		t.Fatalf("after migration 0011 the conversion request is %q", v)
	}
	s := New(db, Deps{Emitter: &shellport.Fake{}, DataDir: t.TempDir(), Version: "test"})

	if v, _ := db.Setting(ctx, "convert_html_descriptions"); v != "" {
		t.Errorf("the conversion request is still there after it ran: %q", v)
	}
	got, err := s.Applications.Get(html.ID)
	if err != nil {
		t.Fatal(err)
	}
	d := got.Application.Description
	if pageSource.MatchString(d) || strings.Contains(d, "app.css") {
		t.Errorf("converted description still holds page source: %q", d)
	}
	for _, want := range []string{"## About the role", "quantum widgets", "- Go", "- SQLite"} {
		if !strings.Contains(d, want) {
			t.Errorf("converted description %q lacks %q", d, want)
		}
	}
	if src, err := db.DescriptionSource(ctx, html.ID); err != nil || src != pasted {
		t.Errorf("original = %q, %v; want the pasted page source", src, err)
	}
	if g, _ := s.Applications.Get(plain.ID); g.Application.Description != plain.Description {
		t.Errorf("a text description changed: %q", g.Application.Description)
	}
	res, err := s.Applications.List(model.ListQuery{Search: "quantum"})
	if err != nil || res.Total != 1 {
		t.Errorf("search for the converted text: %+v, %v", res, err)
	}

	ds, err := db.Export(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rows := ds.Tables["description_sources"]
	if len(rows) != 1 || rows[0]["source"] != pasted {
		t.Errorf("export carries description_sources %v", rows)
	}

	// Once: HTML typed afterwards is the user's and stays.
	typed := "<b>bold</b> on purpose"
	if _, err := s.Applications.Update(model.ApplicationEdit{ID: plain.ID, Fields: []string{"description"},
		Base: model.Application{Description: plain.Description}, Set: model.Application{Description: typed}}); err != nil {
		t.Fatal(err)
	}
	New(db, Deps{Emitter: &shellport.Fake{}, DataDir: t.TempDir(), Version: "test"})
	if g, _ := s.Applications.Get(plain.ID); g.Application.Description != typed {
		t.Errorf("a second start converted again: %q", g.Application.Description)
	}
}
