package service

import (
	"context"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/shellport"
)

func TestFollowUpsNameTheirApplication(t *testing.T) {
	s, fake := newServices(t)
	a, err := s.Applications.Create(model.Application{Company: "Globex", Title: "Data Engineer", FollowUp: "2026-03-02"})
	if err != nil {
		t.Fatal(err)
	}
	tied, err := s.Tasks.Create(model.Task{ApplicationID: a.ID, Title: "Send portfolio", Due: "2026-03-02"})
	if err != nil {
		t.Fatal(err)
	}
	if tied.Company != "Globex" || tied.ApplicationTitle != "Data Engineer" {
		t.Fatalf("created %+v", tied)
	}
	if _, err := s.Tasks.Create(model.Task{Title: "Update CV", Due: "2026-03-02"}); err != nil {
		t.Fatal(err)
	}
	open, err := s.Tasks.List(false)
	if err != nil || len(open) != 2 {
		t.Fatalf("list %+v %v", open, err)
	}
	for _, tk := range open {
		want := map[bool]string{true: "Globex", false: ""}[tk.ApplicationID == a.ID]
		if tk.Company != want {
			t.Fatalf("task %+v: company %q, want %q", tk, tk.Company, want)
		}
	}

	now, _ := time.ParseInLocation("2006-01-02 15:04", "2026-03-02 12:00", time.Local)
	if n, err := s.Reminders().Check(context.Background(), now); err != nil || n != 3 {
		t.Fatalf("raised %d %v", n, err)
	}
	var named int
	for _, p := range fake.Named(shellport.EventReminderDue) {
		r := p.(shellport.ReminderDue)
		if r.ApplicationID == a.ID {
			if r.Company != "Globex" || r.ApplicationTitle != "Data Engineer" {
				t.Fatalf("reminder %+v", r)
			}
			named++
		} else if r.Company != "" || r.ApplicationTitle != "" {
			t.Fatalf("reminder without application names one: %+v", r)
		}
	}
	if named != 2 {
		t.Fatalf("%d reminders name the application, want 2 (the task and the follow-up date)", named)
	}
}
