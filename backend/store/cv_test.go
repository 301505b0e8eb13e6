package store

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/model"
)

func mustAddCV(tb testing.TB, db *DB, v model.CVVersion, data []byte) (model.CVVersion, bool) {
	tb.Helper()
	out, created, err := db.AddCVVersion(ctx, v, data)
	if err != nil {
		tb.Fatal(err)
	}
	return out, created
}

func TestCVVersionsAreDeduplicatedBySHA256(t *testing.T) {
	db := MustOpenDB(t)
	data := []byte("%PDF-1.7 pretend CV bytes\x00\x01\x02")
	prof := model.Profile{Basics: model.Basics{Name: "Ada Lovelace", Email: "ada@example.org"},
		Work: []model.Work{{Name: "Analytical Engines", Position: "Programmer", StartDate: "1842-09"}}}
	v, created := mustAddCV(t, db, model.CVVersion{FileName: "/home/ada/Ada CV.pdf", MediaType: "application/pdf", Profile: prof,
		Fields: json.RawMessage(`[{"path":"basics.email","page":1,"x":10,"y":20,"confidence":0.9}]`), Warnings: []string{"no education found"}}, data)
	if !created || v.ID == 0 || v.Label != "Ada CV" || v.FileName != "Ada CV.pdf" || v.Size != int64(len(data)) ||
		v.SHA256 != CVDigest(data) || len(v.SHA256) != 64 || v.Profile.Basics.Email != "ada@example.org" ||
		v.Profile.Work[0].StartDate != "1842-09" || len(v.Warnings) != 1 || v.CreatedAt.IsZero() {
		t.Fatalf("created %+v (created=%v)", v, created)
	}
	again, created := mustAddCV(t, db, model.CVVersion{FileName: "copy.pdf", Label: "Other label", Profile: model.Profile{}}, append([]byte(nil), data...))
	if created || again.ID != v.ID || again.Label != "Ada CV" {
		t.Fatalf("same bytes made %+v (created=%v), want version %d", again, created, v.ID)
	}
	other, created := mustAddCV(t, db, model.CVVersion{FileName: "cv.txt", Label: "  Plain   text ", MediaType: "text/plain"}, []byte("Ada Lovelace\n"))
	if !created || other.ID == v.ID || other.Label != "Plain text" {
		t.Fatalf("other bytes %+v", other)
	}
	list, err := db.CVVersions(ctx)
	if err != nil || len(list) != 2 || list[0].ID != other.ID || list[1].ID != v.ID {
		t.Fatalf("list %+v %v", list, err)
	}
	var fields []struct {
		Path string
		Page int
	}
	if err := json.Unmarshal(list[1].Fields, &fields); err != nil || fields[0].Path != "basics.email" || fields[0].Page != 1 {
		t.Fatalf("fields %s %v", list[1].Fields, err)
	}
	f, err := db.GetCVFile(ctx, v.ID)
	if err != nil || !bytes.Equal(f.Data, data) || f.MediaType != "application/pdf" || f.FileName != "Ada CV.pdf" {
		t.Fatalf("file %q %v", f.Data, err)
	}
	found, ok, err := db.CVVersionByDigest(ctx, strings.ToUpper(CVDigest(data)))
	if err != nil || !ok || found.ID != v.ID {
		t.Fatalf("by digest %+v %v %v", found, ok, err)
	}
	if _, ok, err := db.CVVersionByDigest(ctx, CVDigest([]byte("nope"))); ok || err != nil {
		t.Fatalf("unknown digest found: %v %v", ok, err)
	}
	r, err := db.RenameCVVersion(ctx, v.ID, "Tailored for Acme")
	if err != nil || r.Label != "Tailored for Acme" {
		t.Fatalf("rename %+v %v", r, err)
	}
	if _, err := db.GetCVVersion(ctx, 999); codeOf(err) != model.CodeNotFound {
		t.Fatalf("missing version: %v", err)
	}
	if _, err := db.GetCVFile(ctx, 999); codeOf(err) != model.CodeNotFound {
		t.Fatalf("missing file: %v", err)
	}
}

func TestCVVersionLimits(t *testing.T) {
	db := MustOpenDB(t)
	if _, _, err := db.AddCVVersion(ctx, model.CVVersion{FileName: "empty.pdf"}, nil); codeOf(err) != model.CodeInvalid || fieldOf(err) != "file" {
		t.Fatalf("empty: %v", err)
	}
	if _, _, err := db.AddCVVersion(ctx, model.CVVersion{FileName: "big.pdf"}, make([]byte, MaxCVBytes+1)); codeOf(err) != model.CodeTooLarge {
		t.Fatalf("too large: %v", err)
	}
	if _, _, err := db.AddCVVersion(ctx, model.CVVersion{FileName: "x.pdf", Label: strings.Repeat("é", 201)}, []byte("x")); fieldOf(err) != "label" {
		t.Fatalf("long label: %v", err)
	}
	if _, _, err := db.AddCVVersion(ctx, model.CVVersion{FileName: "x.pdf", Fields: json.RawMessage(`{oops`)}, []byte("x")); fieldOf(err) != "fields" {
		t.Fatalf("bad fields: %v", err)
	}
	huge := model.Profile{Basics: model.Basics{Summary: strings.Repeat("a", MaxProfileBytes)}}
	if _, _, err := db.AddCVVersion(ctx, model.CVVersion{FileName: "x.pdf", Profile: huge}, []byte("x")); codeOf(err) != model.CodeTooLarge {
		t.Fatalf("huge profile: %v", err)
	}
	if _, err := db.SaveMasterProfile(ctx, huge); codeOf(err) != model.CodeTooLarge {
		t.Fatalf("huge master: %v", err)
	}
	if list, _ := db.CVVersions(ctx); len(list) != 0 {
		t.Fatalf("refused input stored %d versions", len(list))
	}
	// A file exactly at the limit is accepted.
	if _, created, err := db.AddCVVersion(ctx, model.CVVersion{FileName: "max.pdf"}, make([]byte, MaxCVBytes)); err != nil || !created {
		t.Fatalf("at the limit: %v", err)
	}
}

func TestMasterProfileStartsEmptyAndIsReplaced(t *testing.T) {
	db := MustOpenDB(t)
	p, at, err := db.MasterProfile(ctx)
	if err != nil || !at.IsZero() || p.Basics.Name != "" || p.Work != nil {
		t.Fatalf("fresh master %+v %v %v", p, at, err)
	}
	want := model.Profile{Basics: model.Basics{Name: "Grace Hopper", Location: model.Location{City: "Arlington"}},
		Skills: []model.Skill{{Name: "COBOL", Keywords: []string{"compilers"}}}}
	at1, err := db.SaveMasterProfile(ctx, want)
	if err != nil {
		t.Fatal(err)
	}
	got, at2, err := db.MasterProfile(ctx)
	if err != nil || !at2.Equal(at1) || got.Basics.Name != "Grace Hopper" || got.Basics.Location.City != "Arlington" ||
		got.Skills[0].Keywords[0] != "compilers" {
		t.Fatalf("saved master %+v at %v (%v) %v", got, at2, at1, err)
	}
	if _, err := db.SaveMasterProfile(ctx, model.Profile{Basics: model.Basics{Name: "G. Hopper"}}); err != nil {
		t.Fatal(err)
	}
	got, at3, _ := db.MasterProfile(ctx)
	if got.Basics.Name != "G. Hopper" || got.Skills != nil || !at3.After(at2) {
		t.Fatalf("replaced master %+v at %v", got, at3)
	}
	var rows int
	if err := db.read.QueryRow(`SELECT count(*) FROM profile_master`).Scan(&rows); err != nil {
		t.Fatal(err)
	}
	if rows != 1 {
		t.Fatalf("%d master rows", rows)
	}
}

func TestLinkedCVAndGuardedDelete(t *testing.T) {
	db := MustOpenDB(t)
	acme := mustCreate(t, db, model.Application{Company: "Acme", Title: "Engineer"})
	globex := mustCreate(t, db, model.Application{Company: "Globex", Title: "SRE"})
	v1, _ := mustAddCV(t, db, model.CVVersion{FileName: "one.pdf"}, []byte("one"))
	v2, _ := mustAddCV(t, db, model.CVVersion{FileName: "two.pdf"}, []byte("two"))

	if _, ok, err := db.LinkedCV(ctx, acme.ID); ok || err != nil {
		t.Fatalf("linked before linking: %v %v", ok, err)
	}
	for _, app := range []int64{acme.ID, globex.ID} {
		if err := db.LinkCV(ctx, app, v1.ID); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.LinkCV(ctx, 999, v1.ID); codeOf(err) != model.CodeNotFound || !strings.Contains(err.Error(), "application") {
		t.Fatalf("unknown application: %v", err)
	}
	if err := db.LinkCV(ctx, acme.ID, 999); codeOf(err) != model.CodeNotFound || !strings.Contains(err.Error(), "CV version") {
		t.Fatalf("unknown version: %v", err)
	}
	got, ok, err := db.LinkedCV(ctx, globex.ID)
	if err != nil || !ok || got.ID != v1.ID || len(got.Applications) != 2 {
		t.Fatalf("linked %+v %v %v", got, ok, err)
	}

	err = db.DeleteCVVersion(ctx, v1.ID, false)
	if codeOf(err) != model.CodeConflict || !strings.Contains(err.Error(), "Engineer at Acme") || !strings.Contains(err.Error(), "SRE at Globex") {
		t.Fatalf("delete linked: %v", err)
	}
	// Relinking replaces: Acme now points at v2.
	if err := db.LinkCV(ctx, acme.ID, v2.ID); err != nil {
		t.Fatal(err)
	}
	if got, _, _ := db.LinkedCV(ctx, acme.ID); got.ID != v2.ID {
		t.Fatalf("relink gave %d", got.ID)
	}
	if err := db.UnlinkCV(ctx, globex.ID); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteCVVersion(ctx, v1.ID, false); err != nil {
		t.Fatalf("delete unlinked: %v", err)
	}
	if err := db.DeleteCVVersion(ctx, v2.ID, true); err != nil {
		t.Fatalf("forced delete: %v", err)
	}
	if _, ok, err := db.LinkedCV(ctx, acme.ID); ok || err != nil {
		t.Fatalf("link survived forced delete: %v %v", ok, err)
	}
	if err := db.DeleteCVVersion(ctx, v2.ID, true); codeOf(err) != model.CodeNotFound {
		t.Fatalf("delete twice: %v", err)
	}
	if list, _ := db.CVVersions(ctx); len(list) != 0 {
		t.Fatalf("left %+v", list)
	}

	// Deleting an application drops its link, not the version.
	v3, _ := mustAddCV(t, db, model.CVVersion{FileName: "three.pdf"}, []byte("three"))
	if err := db.LinkCV(ctx, acme.ID, v3.ID); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteApplications(ctx, []int64{acme.ID}); err != nil {
		t.Fatal(err)
	}
	if got, err := db.GetCVVersion(ctx, v3.ID); err != nil || len(got.Applications) != 0 {
		t.Fatalf("after deleting the application: %+v %v", got, err)
	}
}

func TestCVTablesSurviveReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	v, _ := mustAddCV(t, db, model.CVVersion{FileName: "cv.md", MediaType: "text/markdown"}, []byte("# Ada"))
	if _, err := db.SaveMasterProfile(ctx, model.Profile{Basics: model.Basics{Name: "Ada"}}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	got, err := db.GetCVVersion(ctx, v.ID)
	p, _, _ := db.MasterProfile(ctx)
	if err != nil || got.MediaType != "text/markdown" || p.Basics.Name != "Ada" {
		t.Fatalf("after reopen %+v %+v %v", got, p, err)
	}
}

func TestSaveCVVersionProfile(t *testing.T) {
	db := MustOpenDB(t)
	data := []byte("%PDF-1.7 a CV to correct")
	v, _ := mustAddCV(t, db, model.CVVersion{FileName: "cv.pdf", Label: "Mine", Profile: model.Profile{Basics: model.Basics{Name: "Ada Lovelase"}},
		Fields: json.RawMessage(`[{"path":"basics.name","page":1,"x":1,"y":2,"confidence":0.5}]`), Warnings: []string{"no work history found"}}, data)
	fixed := model.Profile{Basics: model.Basics{Name: "Ada Lovelace"}, Work: []model.Work{{Name: "Analytical Engines", Position: "Programmer"}}}
	got, err := db.SaveCVVersionProfile(ctx, v.ID, fixed, json.RawMessage(`[]`))
	if err != nil {
		t.Fatal(err)
	}
	if got.Profile.Basics.Name != "Ada Lovelace" || len(got.Profile.Work) != 1 || string(got.Fields) != "[]" ||
		got.Label != "Mine" || got.SHA256 != v.SHA256 || len(got.Warnings) != 1 {
		t.Fatalf("saved %+v", got)
	}
	again, err := db.GetCVVersion(ctx, v.ID)
	if err != nil || again.Profile.Basics.Name != "Ada Lovelace" || string(again.Fields) != "[]" {
		t.Fatalf("read back %+v, %v", again, err)
	}
	f, err := db.GetCVFile(ctx, v.ID)
	if err != nil || !bytes.Equal(f.Data, data) {
		t.Fatalf("the file changed: %v", err)
	}
	if _, err := db.SaveCVVersionProfile(ctx, v.ID+100, fixed, nil); codeOf(err) != model.CodeNotFound {
		t.Errorf("missing version: %v, want not found", err)
	}
	if _, err := db.SaveCVVersionProfile(ctx, v.ID, fixed, json.RawMessage(`[{`)); codeOf(err) != model.CodeInvalid {
		t.Errorf("bad provenance: %v, want invalid", err)
	}
	huge := model.Profile{Basics: model.Basics{Summary: strings.Repeat("x", MaxProfileBytes)}}
	if _, err := db.SaveCVVersionProfile(ctx, v.ID, huge, nil); codeOf(err) != model.CodeTooLarge {
		t.Errorf("huge profile: %v, want too large", err)
	}
}
