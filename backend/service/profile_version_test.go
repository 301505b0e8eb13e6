package service

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/cvparse"
	"github.com/huntbook/huntbook/backend/model"
)

func fieldPaths(fs []cvparse.Field) map[string]bool {
	out := map[string]bool{}
	for _, f := range fs {
		out[f.Path] = true
	}
	return out
}

// TestSaveVersionProfile corrects the profile read from a CV: the saved
// values come back (and stay after a reload), values left as read keep
// where they came from, changed ones lose it, bad values are refused with
// their field named, and the master profile is not touched.
func TestSaveVersionProfile(t *testing.T) {
	s, _ := newServices(t)
	res, err := s.Profile.ImportCVNow(cvWrite(t, "ada.txt", []byte(cvText)), "", "")
	if err != nil {
		t.Fatal(err)
	}
	v := res.Version
	before := fieldPaths(v.Fields)
	for _, p := range []string{"basics.name", "basics.email", "work[0].name"} {
		if !before[p] {
			t.Fatalf("import gave no provenance for %s: %v", p, before)
		}
	}
	prof := v.Profile
	prof.Basics.Email = "  ada@analytical.example  " // trimmed on save
	prof.Work[0].Name = "Analytical Engines Limited"
	prof.Work = append(prof.Work, model.Work{Name: "Babbage & Co", Position: "Assistant", StartDate: "2017-01", EndDate: "2019-02"})
	saved, err := s.Profile.SaveVersionProfile(v.ID, prof)
	if err != nil {
		t.Fatal(err)
	}
	if saved.Profile.Basics.Email != "ada@analytical.example" || len(saved.Profile.Work) != 2 ||
		saved.Profile.Work[0].Name != "Analytical Engines Limited" || saved.Label != v.Label || saved.SHA256 != v.SHA256 {
		t.Fatalf("saved %+v", saved.Profile)
	}
	after := fieldPaths(saved.Fields)
	if !after["basics.name"] || !after["work[0].position"] || after["basics.email"] || after["work[0].name"] {
		t.Errorf("provenance after the edit: %v (name and position kept, email and employer dropped)", after)
	}
	again, err := s.Profile.Version(v.ID)
	if err != nil || again.Profile.Work[1].Name != "Babbage & Co" || len(again.Fields) != len(saved.Fields) {
		t.Fatalf("reloaded %+v, %v", again, err)
	}

	bad := saved.Profile
	bad.Work[1].StartDate = "last spring"
	_, err = s.Profile.SaveVersionProfile(v.ID, bad)
	if me := model.AsError(err); me.Code != model.CodeInvalid || me.Field != "work[1].startDate" || !strings.Contains(me.Message, "not a date") {
		t.Errorf("bad date: %v, want invalid work[1].startDate", err)
	}
	if cur, _ := s.Profile.Version(v.ID); cur.Profile.Work[1].StartDate != "2017-01" {
		t.Errorf("a refused save changed the version: %+v", cur.Profile.Work[1])
	}
	if _, err := s.Profile.SaveVersionProfile(v.ID+99, prof); model.ErrorCode(err) != model.CodeNotFound {
		t.Errorf("missing version: %v", err)
	}
	if m, _ := s.Profile.Master(); m.Basics.Name != "" || len(m.Work) != 0 {
		t.Errorf("the master changed: %+v", m)
	}
}

func TestTreeValue(t *testing.T) {
	var tree map[string]any
	if err := json.Unmarshal([]byte(`{"basics":{"email":"a@b.c","profiles":[{"network":"GitHub"}]},"work":[{"name":"X"},{"name":"Y"}]}`), &tree); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]any{"basics.email": "a@b.c", "work[1].name": "Y", "basics.profiles[0].network": "GitHub"} {
		if got, ok := treeValue(tree, path); !ok || got != want {
			t.Errorf("%s = %v, %v; want %v", path, got, ok, want)
		}
	}
	for _, path := range []string{"work[2].name", "work[x]", "basics.email.x", "nothing", "work[-1]", "work[0"} {
		if got, ok := treeValue(tree, path); ok {
			t.Errorf("%s = %v, want none", path, got)
		}
	}
}
