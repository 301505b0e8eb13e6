package service

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/calendar/ics"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/shellport"
)

func TestInterviewAddedByHand(t *testing.T) {
	s, fake := newServices(t)
	c := s.Calendar
	acme, err := s.Applications.Create(model.Application{Company: "Acme Robotics", Title: "Firmware Engineer"})
	if err != nil {
		t.Fatal(err)
	}
	changes := len(fake.Named(shellport.EventAppChanged))
	day := time.Now().AddDate(0, 0, 3).Format("2006-01-02")
	in := model.InterviewInput{ApplicationID: acme.ID, Date: day, Time: "14:30", TimeZone: "Asia/Tokyo", Minutes: 45,
		Kind: model.InterviewVideo, Link: " https://meet.example/abc-def ", Notes: "Bring the **portfolio**"}
	iv, err := c.AddInterview(in)
	if err != nil {
		t.Fatal(err)
	}
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	want, _ := time.ParseInLocation("2006-01-02 15:04", day+" 14:30", tokyo)
	if iv.Title != "Video interview with Acme Robotics" || !iv.Start.Equal(want) || !iv.End.Equal(want.Add(45*time.Minute)) ||
		iv.Source != "manual" || iv.Kind != model.InterviewVideo || iv.TimeZone != "Asia/Tokyo" ||
		iv.MeetingURL != "https://meet.example/abc-def" || iv.Notes != "Bring the **portfolio**" {
		t.Fatalf("added %+v", iv)
	}
	if got := fake.Named(shellport.EventAppChanged); len(got) != changes+1 {
		t.Fatalf("app:changed %v", got)
	}

	// The detail and the agenda (which the interview reminders read) list it, confirmed for the application.
	d, err := s.Applications.Get(acme.ID)
	if err != nil || len(d.Interviews) != 1 || d.Interviews[0].Key != iv.Key {
		t.Fatalf("detail %+v %v", d.Interviews, err)
	}
	agenda, err := c.Interviews("", "")
	if err != nil || len(agenda) != 1 {
		t.Fatalf("agenda %+v %v", agenda, err)
	}
	if a := agenda[0]; a.Key != iv.Key || !a.Confirmed || a.Application == nil || a.Application.ID != acme.ID ||
		a.Company != "Acme Robotics" || a.Kind != model.InterviewVideo || a.Source != "manual" || !a.Start.Equal(want) {
		t.Fatalf("agenda entry %+v", a)
	}

	// The .ics export carries it; read back, it is the same interview.
	out := filepath.Join(t.TempDir(), "interviews.ics")
	if n, err := c.ExportICS(out, nil); err != nil || n != 1 {
		t.Fatalf("export %d %v", n, err)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	back, err := ics.Parse(f, ics.Options{Floating: time.UTC})
	if err != nil || len(back.Events) != 1 {
		t.Fatalf("read back %+v %v", back, err)
	}
	e := back.Events[0]
	if e.UID != strings.Split(iv.Key, "|")[1] || e.Title != iv.Title || !e.Start.Equal(iv.Start) || !e.End.Equal(iv.End) ||
		e.Description != iv.Notes || e.MeetingURL != iv.MeetingURL || strings.Join(e.Categories, ",") != "Interview,Video" {
		t.Fatalf("read back %+v, want %+v", e, iv)
	}

	// Edited: another time and kind, a title of its own.
	in.Time, in.Kind, in.Title, in.Link = "09:00", model.InterviewOnsite, "Team day", ""
	in.Location = "Acme HQ, 1 Main St"
	up, err := c.UpdateInterview(iv.Key, in)
	want9, _ := time.ParseInLocation("2006-01-02 15:04", day+" 09:00", tokyo)
	if err != nil || up.Key != iv.Key || up.Title != "Team day" || !up.Start.Equal(want9) || up.Kind != model.InterviewOnsite ||
		up.MeetingURL != "" || up.Location != "Acme HQ, 1 Main St" {
		t.Fatalf("updated %+v %v", up, err)
	}

	// Bad input is refused with the field named, and changes nothing.
	bad := []struct {
		field string
		edit  func(*model.InterviewInput)
	}{
		{"date", func(x *model.InterviewInput) { x.Date = "12/10/2026" }},
		{"time", func(x *model.InterviewInput) { x.Time = "25:00" }},
		{"timeZone", func(x *model.InterviewInput) { x.TimeZone = "Mars/Olympus" }},
		{"kind", func(x *model.InterviewInput) { x.Kind = "lunch" }},
		{"link", func(x *model.InterviewInput) { x.Link = "javascript:alert(1)" }},
		{"minutes", func(x *model.InterviewInput) { x.Minutes = 25 * 60 }},
		{"applicationId", func(x *model.InterviewInput) { x.ApplicationID = 0 }},
	}
	for _, b := range bad {
		x := in
		b.edit(&x)
		if _, err := c.UpdateInterview(iv.Key, x); model.AsError(err).Field != b.field {
			t.Errorf("%s: %v", b.field, err)
		}
	}
	if d, _ := s.Applications.Get(acme.ID); d.Interviews[0].Title != "Team day" {
		t.Fatalf("a refused edit changed it: %+v", d.Interviews[0])
	}

	if err := c.DeleteInterview(iv.Key); err != nil {
		t.Fatal(err)
	}
	if agenda, _ := c.Interviews("", ""); len(agenda) != 0 {
		t.Fatalf("deleted interview on the agenda: %+v", agenda)
	}
	if err := c.DeleteInterview(iv.Key); model.ErrorCode(err) != model.CodeNotFound {
		t.Fatalf("delete twice: %v", err)
	}
}
