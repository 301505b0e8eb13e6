package service

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/shellport"
	"github.com/huntbook/huntbook/backend/store"
)

func newServices(t *testing.T) (*Services, *shellport.Fake) {
	t.Helper()
	return newServicesWith(t, func(*Deps) {})
}

// newServicesWith is newServices with deps changed by change first.
func newServicesWith(t *testing.T, change func(*Deps)) (*Services, *shellport.Fake) {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), store.FileName), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	fake := &shellport.Fake{}
	d := Deps{Emitter: fake, Dialogs: fake, DataDir: t.TempDir(), Version: "test"}
	change(&d)
	return New(db, d), fake
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
		if e.Name == shellport.EventAppChanged {
			changed++
			if ids := e.Payload.(shellport.AppChanged).IDs; len(ids) != 1 || ids[0] != a.ID {
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
	if r, err := s.Data.Export(); r.Path != "" || err != nil {
		t.Fatalf("cancel: %+v %v", r, err)
	}
	fake.SavePath = filepath.Join(t.TempDir(), "mine") // no extension: .zip is added
	r, err := s.Data.Export()
	if err != nil || r.Path != fake.SavePath+".zip" || r.Applications != 1 || len(r.Unreadable) != 0 {
		t.Fatalf("export %+v %v", r, err)
	}
	p := r.Path
	other, _ := newServices(t)
	otherFake := other.Data.deps.Dialogs.(*shellport.Fake)
	otherFake.OpenPath = p
	rep, err := other.Data.Import()
	if err != nil || rep.Applications != 1 || rep.Kind != "zip" {
		t.Fatalf("import %+v %v", rep, err)
	}
	info, err := other.Data.Info()
	if err != nil || info.Applications != 1 || info.Version != "test" {
		t.Fatalf("info %+v %v", info, err)
	}
	fake.DialogErr = shellport.ErrFakeDialog
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

func TestRemindersRaiseEachDueItemOnce(t *testing.T) {
	notes := &shellport.Fake{}
	s, fake := newServicesWith(t, func(d *Deps) { d.Notifier = notes })
	a, _ := s.Applications.Create(model.Application{Company: "Acme", Title: "Dev", FollowUp: "2026-03-02"})
	if _, err := s.Tasks.Create(model.Task{Title: "Send portfolio", Due: "2026-03-03"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Tasks.Create(model.Task{Title: "Later", Due: "2026-04-01"}); err != nil {
		t.Fatal(err)
	}
	r := s.Reminders()
	day := func(d string) time.Time {
		t, _ := time.ParseInLocation("2006-01-02 15:04", d+" 12:00", time.Local)
		return t
	}
	if n, err := r.Check(context.Background(), day("2026-03-01")); err != nil || n != 0 {
		t.Fatalf("nothing due yet: %d %v", n, err)
	}
	if n, _ := r.Check(context.Background(), day("2026-03-02")); n != 1 {
		t.Fatalf("follow-up due: %d", n)
	}
	if n, _ := r.Check(context.Background(), day("2026-03-02")); n != 0 {
		t.Fatalf("raised twice: %d", n)
	}
	if len(notes.Notifications) != 0 {
		t.Fatal("OS notification without permission")
	}
	if _, err := s.Settings.Save(Preferences{Theme: "dark", ClosedCards: "lane", Notifications: true}); err != nil {
		t.Fatal(err)
	}
	if n, _ := r.Check(context.Background(), day("2026-03-05")); n != 1 || len(notes.Notifications) != 1 {
		t.Fatalf("task due: %d, notifications %v", n, notes.Notifications)
	}
	var got []shellport.ReminderDue
	for _, e := range fake.Events {
		if e.Name == shellport.EventReminderDue {
			got = append(got, e.Payload.(shellport.ReminderDue))
		}
	}
	if len(got) != 2 || got[0].ApplicationID != a.ID || got[1].Title != "Send portfolio" {
		t.Fatalf("events %+v", got)
	}
}

func TestPreferences(t *testing.T) {
	s, _ := newServices(t)
	p, err := s.Settings.Get()
	if err != nil || p.Theme != "system" || p.ClosedCards != "fade" || p.Notifications {
		t.Fatalf("defaults %+v %v", p, err)
	}
	if _, err := s.Settings.Save(Preferences{Theme: "neon", ClosedCards: "fade"}); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("bad theme: %v", err)
	}
	if _, err := s.Settings.Save(Preferences{Theme: "dark", ClosedCards: "lane", Notifications: true}); err != nil {
		t.Fatal(err)
	}
	if p, _ := s.Settings.Get(); p.Theme != "dark" || p.ClosedCards != "lane" || !p.Notifications {
		t.Fatalf("saved %+v", p)
	}
	// A value Save would refuse (an older build, a hand edit, a restored
	// file) reads as its default, so the page never gets one it cannot show.
	for key, bad := range map[string]string{keyTheme: "neon", keyClosedCards: "stack", keyNudgeDays: "0", keyWeeklyGoal: "-3"} {
		if err := s.Settings.db.SetSetting(s.Settings.ctx(), key, bad); err != nil {
			t.Fatal(err)
		}
	}
	want := DefaultPreferences()
	want.Notifications = true
	if p, err := s.Settings.Get(); err != nil || p != want {
		t.Fatalf("bad stored values read as %+v (%v), want %+v", p, err, want)
	}
}

func TestBackupAndRestoreThroughService(t *testing.T) {
	s, _ := newServices(t)
	if _, err := s.Applications.Create(model.Application{Company: "Keep", Title: "Me"}); err != nil {
		t.Fatal(err)
	}
	b, err := s.Data.BackupNow()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Data.Wipe(); err != nil {
		t.Fatal(err)
	}
	// Wipe deletes backups too, so take one after changes and restore the first from a copy.
	if list, _ := s.Data.Backups(); len(list) != 0 {
		t.Fatalf("wipe left backups: %+v", list)
	}
	_ = b
	if _, err := s.Applications.Create(model.Application{Company: "Other", Title: "One"}); err != nil {
		t.Fatal(err)
	}
	b2, _ := s.Data.BackupNow()
	if _, err := s.Applications.Create(model.Application{Company: "Third", Title: "One"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Data.RestoreBackup(b2.Name); err != nil {
		t.Fatal(err)
	}
	if info, _ := s.Data.Info(); info.Applications != 1 {
		t.Fatalf("after restore %+v", info)
	}
	list, _ := s.Data.Backups()
	if len(list) != 2 {
		t.Fatalf("a safety backup should be taken before restoring: %+v", list)
	}
	if err := s.Data.RestoreBackup("nope.db"); model.ErrorCode(err) != model.CodeNotFound {
		t.Fatalf("unknown backup: %v", err)
	}
}

type recordingBrowser struct{ opened []string }

func (b *recordingBrowser) OpenURL(link string) error { b.opened = append(b.opened, link); return nil }

func TestLinksOpenOnlyWebAddresses(t *testing.T) {
	s, _ := newServices(t)
	b := &recordingBrowser{}
	s.Links.deps.Browser = b
	if err := s.Links.Open("https://meet.example/abc-def"); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"file:///etc/passwd", "javascript:alert(1)", "huntbook.example", ""} {
		if err := s.Links.Open(bad); model.ErrorCode(err) != model.CodeInvalid {
			t.Errorf("%q: %v", bad, err)
		}
	}
	if len(b.opened) != 1 || b.opened[0] != "https://meet.example/abc-def" {
		t.Fatalf("opened %v", b.opened)
	}
	s.Links.deps.Browser = nil
	if err := s.Links.Open("https://x.example"); model.ErrorCode(err) != model.CodeUnavailable {
		t.Fatalf("no browser: %v", err)
	}
}

func TestSaveTextThroughTheDialog(t *testing.T) {
	s, fake := newServices(t)
	if p, err := s.Data.SaveText("letter.md", "# Dear Acme"); p != "" || err != nil {
		t.Fatalf("cancelled dialog: %q %v", p, err)
	}
	fake.SavePath = filepath.Join(t.TempDir(), "letter.md")
	p, err := s.Data.SaveText("../../letter.md", "# Dear Acme")
	if err != nil || p != fake.SavePath {
		t.Fatalf("%q %v", p, err)
	}
	b, _ := os.ReadFile(p)
	st, _ := os.Stat(p)
	if string(b) != "# Dear Acme" || st.Mode().Perm() != 0o600 {
		t.Fatalf("wrote %q mode %v", b, st.Mode())
	}
	last := fake.Dialogs[len(fake.Dialogs)-1]
	if last.DefaultName != "letter.md" || last.Filters[0].Pattern != "*.md" {
		t.Fatalf("dialog %+v", last)
	}
}
