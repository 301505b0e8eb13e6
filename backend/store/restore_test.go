package store

import (
	"path/filepath"
	"testing"

	"github.com/huntbook/huntbook/backend/model"
)

func TestRestoreBackupReplacesEverything(t *testing.T) {
	db := MustOpenDB(t)
	a, _ := db.CreateApplication(ctx, model.Application{Company: "Before", Title: "Backup", Tags: []string{"kept"}})
	if _, err := db.AddNote(ctx, a.ID, "searchable walrus"); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	p, err := db.Backup(ctx, dir, "manual")
	if err != nil {
		t.Fatal(err)
	}
	// Changes after the backup.
	if _, err := db.CreateApplication(ctx, model.Application{Company: "After", Title: "Backup"}); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteApplications(ctx, []int64{a.ID}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddStage(ctx, "Later stage"); err != nil {
		t.Fatal(err)
	}

	if err := db.RestoreBackup(ctx, p); err != nil {
		t.Fatal(err)
	}
	res, _ := db.ListApplications(ctx, model.ListQuery{})
	if res.Total != 1 || res.Items[0].Company != "Before" || res.Items[0].Tags[0] != "kept" {
		t.Fatalf("after restore %+v", res)
	}
	if r, _ := db.ListApplications(ctx, model.ListQuery{Search: "walrus"}); r.Total != 1 {
		t.Fatal("search index not restored")
	}
	st, _ := db.Stages(ctx)
	if len(st) != 5 {
		t.Fatalf("stages %+v", st)
	}
	// Still writable and consistent.
	if _, err := db.CreateApplication(ctx, model.Application{Company: "New", Title: "One"}); err != nil {
		t.Fatal(err)
	}
	var check string
	if err := db.write.QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil {
		t.Fatal(err)
	}
	if check != "ok" {
		t.Fatal(check)
	}
	if err := db.RestoreBackup(ctx, filepath.Join(dir, "missing.db")); err == nil {
		t.Fatal("restoring a missing file succeeded")
	}
}

func TestBulkOperations(t *testing.T) {
	db := MustOpenDB(t)
	st, _ := db.Stages(ctx)
	var ids []int64
	for _, c := range []string{"A", "B", "C"} {
		a, _ := db.CreateApplication(ctx, model.Application{Company: c, Title: "T", Tags: []string{"old"}})
		ids = append(ids, a.ID)
	}
	if err := db.BulkMove(ctx, ids[:2], st[2].ID); err != nil {
		t.Fatal(err)
	}
	if err := db.BulkSetOutcome(ctx, ids[1:], model.OutcomeWithdrawn); err != nil {
		t.Fatal(err)
	}
	if err := db.BulkTag(ctx, ids, []string{"New"}, []string{"old"}); err != nil {
		t.Fatal(err)
	}
	for i, id := range ids {
		d, _ := db.GetDetail(ctx, id)
		a := d.Application
		wantStage := "Screening"
		if i == 2 {
			wantStage = "Wishlist"
		}
		wantOutcome := model.OutcomeWithdrawn
		if i == 0 {
			wantOutcome = model.OutcomeOpen
		}
		if a.Stage != wantStage || a.Outcome != wantOutcome || len(a.Tags) != 1 || a.Tags[0] != "new" {
			t.Errorf("%d: %+v", i, a)
		}
	}
	// A bad id fails the whole batch.
	if err := db.BulkMove(ctx, []int64{ids[2], 999}, st[4].ID); model.ErrorCode(err) != model.CodeNotFound {
		t.Fatalf("got %v", err)
	}
	if a, _ := db.GetApplication(ctx, ids[2]); a.Stage != "Wishlist" {
		t.Fatal("partial bulk move was kept")
	}
	if r, _ := db.ListApplications(ctx, model.ListQuery{Tag: "new"}); r.Total != 3 {
		t.Fatalf("tag filter after bulk tag: %d", r.Total)
	}
}
