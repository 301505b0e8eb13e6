package service

import (
	"path/filepath"
	"testing"

	"github.com/huntbook/huntbook/backend/desktop"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/store"
)

func newServices(t *testing.T) (*Services, *desktop.Fake) {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), store.FileName), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	fake := &desktop.Fake{}
	return New(db, Deps{Emitter: fake, Dialogs: fake, DataDir: t.TempDir(), Version: "test"}), fake
}

func TestMutationsTellTheUI(t *testing.T) {
	s, fake := newServices(t)
	a, err := s.Applications.Create(model.Application{Company: "Acme", Title: "Dev"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Applications.SetOutcome(a.ID, "ghosted"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Applications.Create(model.Application{Company: "", Title: "Dev"}); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("got %v", err)
	}
	fake.Emit("marker", nil)
	var changed int
	for _, e := range fake.Events {
		if e.Name == desktop.EventAppChanged {
			changed++
			if ids := e.Payload.(desktop.AppChanged).IDs; len(ids) != 1 || ids[0] != a.ID {
				t.Fatalf("payload %+v", e.Payload)
			}
		}
	}
	if changed != 2 {
		t.Fatalf("%d app:changed events, want 2 (none for the failed create)", changed)
	}
}

func TestExportAndImportThroughDialogs(t *testing.T) {
	s, fake := newServices(t)
	if _, err := s.Applications.Create(model.Application{Company: "Acme", Title: "Dev"}); err != nil {
		t.Fatal(err)
	}
	// Cancelled dialog: nothing written, no error.
	if p, err := s.Data.Export(); p != "" || err != nil {
		t.Fatalf("cancel: %q %v", p, err)
	}
	fake.SavePath = filepath.Join(t.TempDir(), "mine") // no extension: .zip is added
	p, err := s.Data.Export()
	if err != nil || p != fake.SavePath+".zip" {
		t.Fatalf("export %q %v", p, err)
	}
	other, _ := newServices(t)
	otherFake := other.Data.deps.Dialogs.(*desktop.Fake)
	otherFake.OpenPath = p
	rep, err := other.Data.Import()
	if err != nil || rep.Applications != 1 || rep.Kind != "zip" {
		t.Fatalf("import %+v %v", rep, err)
	}
	info, err := other.Data.Info()
	if err != nil || info.Applications != 1 || info.Version != "test" {
		t.Fatalf("info %+v %v", info, err)
	}
	fake.DialogErr = desktop.ErrFakeDialog
	if _, err := s.Data.Import(); err == nil {
		t.Fatal("dialog error swallowed")
	}
}

func TestDialogsWithoutWindow(t *testing.T) {
	db, err := store.Open(filepath.Join(t.TempDir(), store.FileName), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s := New(db, Deps{})
	if _, err := s.Data.Export(); model.ErrorCode(err) != model.CodeUnavailable {
		t.Fatalf("got %v", err)
	}
}

func TestInsightsFromRealTimelines(t *testing.T) {
	s, _ := newServices(t)
	stages, _ := s.Pipeline.Stages()
	a, _ := s.Applications.Create(model.Application{Company: "A", Title: "T", StageID: stages[1].ID})
	b, _ := s.Applications.Create(model.Application{Company: "B", Title: "T", StageID: stages[1].ID})
	if _, err := s.Applications.Create(model.Application{Company: "C", Title: "T"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Applications.Move(a.ID, stages[3].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Applications.SetOutcome(b.ID, "rejected"); err != nil {
		t.Fatal(err)
	}
	r, err := s.Insights.Report(0)
	if err != nil {
		t.Fatal(err)
	}
	if r.Total != 3 || r.Applied != 2 || r.Responded != 2 || r.Funnel[1].Reached != 2 || r.Funnel[3].Reached != 1 || len(r.PerWeek) != 12 {
		t.Fatalf("report %+v", r)
	}
}
