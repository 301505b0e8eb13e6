package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/huntbook/huntbook/backend/model"
)

// storedURLKey reads applications.url_key as stored.
func storedURLKey(t *testing.T, db *DB, id int64) string {
	t.Helper()
	var k string
	if err := db.read.QueryRow(`SELECT url_key FROM applications WHERE id = ?`, id).Scan(&k); err != nil {
		t.Fatal(err)
	}
	return k
}

func TestURLKeyKeptOnCreateEditImport(t *testing.T) {
	db := MustOpenDB(t)
	a := mustCreate(t, db, model.Application{Company: "Acme", Title: "Go Engineer",
		URL: "https://www.acme.example/jobs/1/?utm_source=linkedin#apply"})
	if k := storedURLKey(t, db, a.ID); k != "acme.example/jobs/1" {
		t.Fatalf("key on create %q", k)
	}
	// A link that differs only in how the visitor came finds it, under
	// another company name and title.
	dups, err := db.Duplicates(ctx, model.DuplicateQuery{Company: "ACME Robotics", Title: "Backend", URL: "http://acme.example/jobs/1?gclid=x&trk=feed"})
	if err != nil || len(dups) != 1 || dups[0].Application.ID != a.ID || dups[0].Reason != model.DuplicateSameURL {
		t.Fatalf("lookup by link: %+v %v", dups, err)
	}

	edited, err := db.EditApplication(ctx, model.ApplicationEdit{ID: a.ID, Fields: []string{"url"}, Base: a,
		Set: model.Application{URL: "https://www.linkedin.com/jobs/view/3791234567/?refId=abc&trackingId=xyz"}})
	if err != nil {
		t.Fatal(err)
	}
	if k := storedURLKey(t, db, a.ID); k != "linkedin.com/jobs/view/3791234567" {
		t.Fatalf("key after edit %q", k)
	}
	if dups, _ := db.Duplicates(ctx, model.DuplicateQuery{URL: "https://www.acme.example/jobs/1"}); len(dups) != 0 {
		t.Fatalf("the old link still matches: %+v", dups)
	}
	// Editing another field leaves the key as it is.
	if _, err := db.EditApplication(ctx, model.ApplicationEdit{ID: a.ID, Fields: []string{"location"}, Base: edited,
		Set: model.Application{Location: "Berlin"}}); err != nil {
		t.Fatal(err)
	}
	if k := storedURLKey(t, db, a.ID); k != "linkedin.com/jobs/view/3791234567" {
		t.Fatalf("key after editing the location %q", k)
	}
	// Clearing the link clears the key.
	cur, _ := db.GetApplication(ctx, a.ID)
	if _, err := db.EditApplication(ctx, model.ApplicationEdit{ID: a.ID, Fields: []string{"url"}, Base: cur, Set: model.Application{}}); err != nil {
		t.Fatal(err)
	}
	if k := storedURLKey(t, db, a.ID); k != "" {
		t.Fatalf("key after clearing the link %q", k)
	}

	// An import computes the key from the link (a dataset has no key to trust).
	ds := &Dataset{Applications: []DatasetApp{{Application: model.Application{ID: 7, Company: "Globex", Title: "SRE",
		Stage: model.DefaultStages[0], URL: "https://www.indeed.com/viewjob?jk=5f2a9c1b7d&from=serp&vjs=3"}}}}
	if _, err := db.Import(ctx, ds); err != nil {
		t.Fatal(err)
	}
	dups, err = db.Duplicates(ctx, model.DuplicateQuery{URL: "https://indeed.com/rc/clk?jk=5f2a9c1b7d&fccid=abc"})
	if err != nil || len(dups) != 1 || dups[0].Application.Company != "Globex" {
		t.Fatalf("imported application by link: %+v %v", dups, err)
	}
	if k := storedURLKey(t, db, dups[0].Application.ID); k != "indeed.com/viewjob?jk=5f2a9c1b7d" {
		t.Fatalf("key on import %q", k)
	}
}

func TestDuplicatesSayWhy(t *testing.T) {
	db := MustOpenDB(t)
	byTitle := mustCreate(t, db, model.Application{Company: "Acme, Inc.", Title: "Go Engineer"})
	byLink := mustCreate(t, db, model.Application{Company: "Initech", Title: "Platform", URL: "https://jobs.lever.co/acme/8c1d-42"})
	both := mustCreate(t, db, model.Application{Company: "Acme", Title: "Go engineer", URL: "https://jobs.lever.co/acme/8c1d-42/apply?lever-source=LinkedIn"})
	mustCreate(t, db, model.Application{Company: "Acme", Title: "Designer", URL: "https://jobs.lever.co/acme/other"})

	dups, err := db.Duplicates(ctx, model.DuplicateQuery{Company: "ACME", Title: "go engineer", URL: "https://jobs.lever.co/acme/8c1d-42/"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range dups {
		got = append(got, d.Application.Company+"/"+string(d.Reason))
	}
	want := "Initech/url Acme/url Acme, Inc./company+title" // link matches first, each application once
	if strings.Join(got, " ") != want || dups[0].Application.ID != byLink.ID || dups[1].Application.ID != both.ID || dups[2].Application.ID != byTitle.ID {
		t.Fatalf("duplicates %v, want %s", got, want)
	}
	if dups, _ := db.Duplicates(ctx, model.DuplicateQuery{URL: "https://jobs.lever.co/acme/8c1d-42", ExcludeID: byLink.ID}); len(dups) != 1 ||
		dups[0].Application.ID != both.ID {
		t.Fatalf("excluding one: %+v", dups)
	}
	// Neither a link nor a company and title: nothing, not everything without a link.
	mustCreate(t, db, model.Application{Company: "NoLink", Title: "X"})
	for _, q := range []model.DuplicateQuery{{}, {URL: "mailto:jobs@acme.example"}, {Company: "Acme"}} {
		if dups, err := db.Duplicates(ctx, q); err != nil || len(dups) != 0 {
			t.Fatalf("%+v: %+v %v", q, dups, err)
		}
	}
	// The detail lists the link match too.
	d, err := db.GetDetail(ctx, byLink.ID)
	if err != nil || len(d.Duplicates) != 1 || d.Duplicates[0].ID != both.ID {
		t.Fatalf("detail duplicates %+v %v", d.Duplicates, err)
	}
}

func TestDuplicateLookupByLinkUsesTheIndex(t *testing.T) {
	db := MustOpenDB(t)
	rows, err := db.read.Query(`EXPLAIN QUERY PLAN SELECT `+appColumns+appFrom+` WHERE a.url_key = ? AND a.id <> ? ORDER BY a.id`, "x", 0)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if p := strings.Join(plan, "; "); !strings.Contains(p, "applications_url_key") {
		t.Fatalf("plan %q does not use the url_key index", p)
	}
}

// writeBefore0012 writes a database at p with the schema as it was before
// migration 0012 and three applications (two with links) in it.
func writeBefore0012(t *testing.T, p string) {
	t.Helper()
	saved := migrationFiles
	defer func() { migrationFiles = saved }()
	before := fstest.MapFS{}
	entries, _ := embeddedMigrations.ReadDir("migrations")
	for _, e := range entries {
		if e.Name() >= "0012_" {
			continue
		}
		b, _ := embeddedMigrations.ReadFile("migrations/" + e.Name())
		before["migrations/"+e.Name()] = &fstest.MapFile{Data: b}
	}
	migrationFiles = before
	db, err := Open(p, Options{BackupDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.update(context.Background(), func(tx *Tx) error {
		for _, r := range [][3]string{
			{"Acme", "Go Engineer", "https://www.acme.example/jobs/1?utm_campaign=x#top"},
			{"Globex", "SRE", ""},
			{"Initech", "Platform", "https://www.linkedin.com/jobs/view/go-at-initech-3791234567?trk=public"},
		} {
			if _, err := tx.Exec(`INSERT INTO applications (company, company_key, title, title_key, url, stage_id, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, (SELECT min(id) FROM stages), '2026-01-02T03:04:05Z', '2026-01-02T03:04:05Z')`,
				r[0], model.NormalizeCompany(r[0]), r[1], model.NormalizeTitle(r[1]), r[2]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// checkKeysOfBefore0012 checks the keys of writeBefore0012's applications
// and a lookup by link.
func checkKeysOfBefore0012(t *testing.T, db *DB) {
	t.Helper()
	want := map[int64]string{1: "acme.example/jobs/1", 2: "", 3: "linkedin.com/jobs/view/3791234567"}
	for id, k := range want {
		if got := storedURLKey(t, db, id); got != k {
			t.Errorf("application %d: key %q, want %q", id, got, k)
		}
	}
	dups, err := db.Duplicates(ctx, model.DuplicateQuery{URL: "https://linkedin.com/jobs/view/3791234567/"})
	if err != nil || len(dups) != 1 || dups[0].Application.Company != "Initech" {
		t.Fatalf("lookup by link: %+v %v", dups, err)
	}
}

// Migration 0012 keys the links of applications stored before it.
func TestMigrationKeysExistingLinks(t *testing.T) {
	p := filepath.Join(t.TempDir(), FileName)
	writeBefore0012(t, p)
	db, err := Open(p, Options{BackupDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	checkKeysOfBefore0012(t, db)
}

// A backup made before migration 0012, restored, has its links keyed.
func TestRestoreOfAnOlderBackupKeysLinks(t *testing.T) {
	backup := filepath.Join(t.TempDir(), "old.db")
	writeBefore0012(t, backup)
	db := MustOpenDB(t)
	mustCreate(t, db, model.Application{Company: "Gone", Title: "Replaced", URL: "https://acme.example/jobs/1"})
	if err := db.RestoreBackup(ctx, backup); err != nil {
		t.Fatal(err)
	}
	checkKeysOfBefore0012(t, db)
}
