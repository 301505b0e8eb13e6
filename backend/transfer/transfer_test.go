package transfer

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/store"
)

var ctx = context.Background()

func openDB(t *testing.T) *store.DB {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), store.FileName), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// fill puts one of everything into db.
func fill(t *testing.T, db *store.DB) {
	t.Helper()
	st, _ := db.Stages(ctx)
	custom, err := db.AddStage(ctx, "Take-home")
	if err != nil {
		t.Fatal(err)
	}
	a, err := db.CreateApplication(ctx, model.Application{Company: "Acme", Title: "Engineer", URL: "https://acme.example/j/1",
		Location: "Paris", Remote: model.RemoteHybrid, Salary: model.Salary{Min: 5000000, Max: 6000000, Currency: "EUR", Period: model.PeriodYear},
		Source: "referral", Description: "Build =things= with Go.\nLine two, \"quoted\".", DateApplied: "2026-01-05", Deadline: "2026-02-01",
		FollowUp: "2026-01-12", Priority: 3, Tags: []string{"go", "remote-ok"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.MoveApplication(ctx, a.ID, custom.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SetOutcome(ctx, a.ID, model.OutcomeRejected); err != nil {
		t.Fatal(err)
	}
	b, err := db.CreateApplication(ctx, model.Application{Company: "Émile & Fils", Title: "Développeur", StageID: st[1].ID})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddNote(ctx, a.ID, "# Call\n- went **well**"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.CreateContact(ctx, model.Contact{Name: "Ada", Role: "Recruiter", Email: "ada@acme.example", ApplicationIDs: []int64{a.ID,
		b.ID}}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.CreateContact(ctx, model.Contact{Name: "Loner"}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.CreateTask(ctx, model.Task{ApplicationID: b.ID, Title: "Prepare", Due: "2026-01-20"}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.CreateTask(ctx, model.Task{Title: "Update CV", Done: true}); err != nil {
		t.Fatal(err)
	}
	if err := db.SetSetting(ctx, "theme", "dark"); err != nil {
		t.Fatal(err)
	}
}

// canonical strips ids so two datasets can be compared by content.
func canonical(t *testing.T, ds *store.Dataset) string {
	t.Helper()
	appIndex := map[int64]int{}
	for i, a := range ds.Applications {
		appIndex[a.ID] = i
	}
	c := *ds
	c.Stages = append([]model.Stage(nil), ds.Stages...)
	for i := range c.Stages {
		c.Stages[i].ID = 0
	}
	c.Applications = append([]store.DatasetApp(nil), ds.Applications...)
	for i := range c.Applications {
		a := &c.Applications[i]
		a.ID, a.StageID = 0, 0
		a.Notes = append([]model.Note(nil), a.Notes...)
		for j := range a.Notes {
			a.Notes[j].ID, a.Notes[j].ApplicationID = 0, 0
		}
		a.Events = append([]model.Event(nil), a.Events...)
		for j := range a.Events {
			a.Events[j].ID, a.Events[j].ApplicationID = 0, 0
		}
	}
	c.Contacts = append([]model.Contact(nil), ds.Contacts...)
	for i := range c.Contacts {
		c.Contacts[i].ID = 0
		var idx []int64
		for _, id := range c.Contacts[i].ApplicationIDs {
			idx = append(idx, int64(appIndex[id]))
		}
		c.Contacts[i].ApplicationIDs = idx
	}
	c.Tasks = append([]model.Task(nil), ds.Tasks...)
	for i := range c.Tasks {
		c.Tasks[i].ID = 0
		if c.Tasks[i].ApplicationID != 0 {
			c.Tasks[i].ApplicationID = int64(appIndex[c.Tasks[i].ApplicationID]) + 1
		}
	}
	b, err := json.MarshalIndent(c, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestZIPRoundTripIsLossless(t *testing.T) {
	src := openDB(t)
	fill(t, src)
	before, err := src.Export(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteZIP(&buf, before, time.Now(), "test"); err != nil {
		t.Fatal(err)
	}
	doc, err := ReadZIP(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	dst := openDB(t)
	fresh, err := dst.Export(ctx) // the new database's own settings (a migration's request)
	if err != nil {
		t.Fatal(err)
	}
	counts, err := dst.Import(ctx, &doc.Data)
	if err != nil {
		t.Fatal(err)
	}
	if counts.Applications != 2 || counts.Notes != 1 || counts.Contacts != 2 || counts.Tasks != 2 || counts.Stages != 1 {
		t.Fatalf("counts %+v", counts)
	}
	after, err := dst.Export(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The export carries the configuration; the import lists it for the
	// user instead of applying it, so the data round-trips and the
	// configuration stays behind.
	if doc.Data.Settings["theme"] != "dark" {
		t.Fatalf("the export lost the settings: %v", doc.Data.Settings)
	}
	if !reflect.DeepEqual(after.Settings, fresh.Settings) {
		t.Fatalf("the import changed the settings: %v, before it %v", after.Settings, fresh.Settings)
	}
	before.Settings, after.Settings = nil, nil
	if a, b := canonical(t, before), canonical(t, after); a != b {
		t.Fatalf("round trip changed the data:\nbefore %s\nafter %s", a, b)
	}
	// The imported data is searchable, including by contact and note.
	for _, q := range []string{"ada", "well", "développeur", "developpeur"} {
		res, err := dst.ListApplications(ctx, model.ListQuery{Search: q})
		if err != nil || res.Total == 0 {
			t.Errorf("search %q after import: %+v %v", q, res, err)
		}
	}
}

func TestReadZIPRefusesBadArchives(t *testing.T) {
	zipWith := func(name, body string) []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, _ := zw.Create(name)
		_, _ = w.Write([]byte(body))
		zw.Close()
		return buf.Bytes()
	}
	cases := []struct {
		name string
		data []byte
		code model.Code
		says string
	}{
		{"not a zip", []byte("hello"), model.CodeCorrupt, "not a ZIP"},
		{"truncated", zipWith(DocumentName, `{"format":"huntbook-export","version":1}`)[:40], model.CodeCorrupt, ""},
		{"no document", zipWith("other.txt", "x"), model.CodeCorrupt, DocumentName},
		{"newer", zipWith(DocumentName, `{"format":"huntbook-export","version":99,"data":{}}`), model.CodeNewerVersion, "newer version"},
		{"other format", zipWith(DocumentName, `{"format":"something","version":1}`), model.CodeUnsupported, "not a Huntbook export"},
		{"bad json", zipWith(DocumentName, "{\n\"format\": \"huntbook-export\",\n\"version\": 1,\n\"data\": {\"applications\": [}\n}"), model.CodeCorrupt,
			"line 4"},
		{"bad type", zipWith(DocumentName, `{"format":"huntbook-export","version":1,"data":{"applications":[{"priority":"high"}]}}`), model.CodeCorrupt,
			"priority"},
	}
	for _, c := range cases {
		_, err := ReadZIP(bytes.NewReader(c.data), int64(len(c.data)))
		if model.ErrorCode(err) != c.code || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%s: got %v (%s), want %s mentioning %q", c.name, err, model.ErrorCode(err), c.code, c.says)
		}
	}
}

func TestImportOfInvalidDatasetChangesNothing(t *testing.T) {
	db := openDB(t)
	fill(t, db)
	before, _ := db.Export(ctx)
	bad := &store.Dataset{Applications: []store.DatasetApp{
		{Application: model.Application{Company: "Good", Title: "Row"}},
		{Application: model.Application{Company: "Bad", Title: "Date", DateApplied: "31/31/2026"}},
	}}
	_, err := db.Import(ctx, bad)
	if model.ErrorCode(err) != model.CodeInvalid || !strings.Contains(err.Error(), "application 2") {
		t.Fatalf("got %v", err)
	}
	after, _ := db.Export(ctx)
	if canonical(t, before) != canonical(t, after) {
		t.Fatal("a failed import changed the database")
	}
}

func TestCSVFromOtherTrackers(t *testing.T) {
	in := "\xef\xbb\xbfCompany Name;Job Title;Status;Date Applied;Salary;Job URL;Notes;Tags\n" +
		"Acme;Backend Engineer;Applied;25/01/2026;€60,000 - €80,000;https://acme.example/1;Met at meetup;go, backend\n" +
		"Globex;SRE;Rejected;03/02/2026;$120k;;;\n" +
		";;;;;;;\n" +
		"Initech;PM;Phone Screen;2026-02-10;;;;\n"
	ds, err := ReadCSV(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Applications) != 3 {
		t.Fatalf("apps %+v", ds.Applications)
	}
	a := ds.Applications[0]
	if a.Company != "Acme" || a.Stage != "Applied" || a.DateApplied != "2026-01-25" || a.Salary.Min != 6000000 || a.Salary.Max != 8000000 ||
		a.Salary.Currency != "EUR" || a.URL != "https://acme.example/1" || !reflect.DeepEqual(a.Tags, []string{"go", "backend"}) ||
		len(ds.Applications[0].Notes) != 1 {
		t.Fatalf("row 1 %+v notes %+v", a.Application, ds.Applications[0].Notes)
	}
	g := ds.Applications[1]
	if g.Outcome != model.OutcomeRejected || g.DateApplied != "2026-02-03" || g.Salary.Min != 12000000 || g.Salary.Currency != "USD" {
		t.Fatalf("row 2 %+v", g.Application)
	}
	if ds.Applications[2].Stage != "Screening" {
		t.Fatalf("row 3 stage %q", ds.Applications[2].Stage)
	}
	db := openDB(t)
	c, err := db.Import(ctx, ds)
	if err != nil || c.Applications != 3 || c.Notes != 1 || c.Stages != 0 {
		t.Fatalf("import %+v %v", c, err)
	}
}

func TestCSVBadRowsAreReportedWithLineNumbers(t *testing.T) {
	in := "Company,Position,Date Applied,URL\n" +
		"Acme,Engineer,2026-01-05,\n" +
		",Engineer,2026-01-05,\n" +
		"\"Multi\nline Inc\",Dev,not a date,\n" +
		"Globex,Dev,2026-01-05,ftp://x\n"
	_, err := ReadCSV(strings.NewReader(in))
	var e *model.Error
	if err == nil || model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("got %v", err)
	}
	msg := err.Error()
	for _, want := range []string{"3 rows with 3 problems", "line 3: company is empty", "line 4:", "not a date", "line 6:", "url"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q lacks %q", msg, want)
		}
	}
	_ = e
	if _, err := ReadCSV(strings.NewReader("Name,Age\nBob,3\n")); err == nil || !strings.Contains(err.Error(), "no company column") {
		t.Fatalf("missing column: %v", err)
	}
	if _, err := ReadCSV(strings.NewReader("")); err == nil || !strings.Contains(err.Error(), "empty") {
		t.Fatalf("empty: %v", err)
	}
}

func TestExportCSVRoundTripsThroughReadCSV(t *testing.T) {
	db := openDB(t)
	fill(t, db)
	ds, _ := db.Export(ctx)
	var buf bytes.Buffer
	if err := WriteCSV(&buf, ds); err != nil {
		t.Fatal(err)
	}
	back, err := ReadCSV(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Applications) != len(ds.Applications) {
		t.Fatalf("got %d apps", len(back.Applications))
	}
	for i, a := range back.Applications {
		o := ds.Applications[i]
		if a.Company != o.Company || a.Title != o.Title || a.Stage != o.Stage || a.Outcome != o.Outcome || a.Salary != o.Salary ||
			a.DateApplied != o.DateApplied || a.Description != o.Description || !reflect.DeepEqual(a.Tags, o.Tags) || a.Priority != o.Priority {
			t.Errorf("app %d: got %+v\nwant %+v", i, a.Application, o.Application)
		}
	}
}

func TestParseDateAndAmount(t *testing.T) {
	for in, want := range map[string]string{"2026-03-04": "2026-03-04", "Mar 4, 2026": "2026-03-04", "4 March 2026": "2026-03-04",
		"2026-03-04T10:00:00Z": "2026-03-04", "03/04/2026": "2026-03-04", "13/04/2026": "2026-04-13"} {
		if got, err := parseDate(in, false); got != want || err != nil {
			t.Errorf("parseDate(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := parseDate("31/02/2026", true); err == nil {
		t.Error("31 February accepted")
	}
	for in, want := range map[string]int64{"60,000": 6000000, "60.000": 6000000, "1234.50": 123450, "85k": 8500000} {
		m := amountRe.FindStringSubmatch(in)
		if got, _ := parseAmount(m[1], m[2]); got != want {
			t.Errorf("amount %q = %d, want %d", in, got, want)
		}
	}
}
