package e2e

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/store"
)

// insightsQuiet is the one application the nudge must find: sent ten days
// ago, nothing since.
const insightsQuiet = "Quiet Corp"

// setupInsights writes, before the window starts, a search of three months
// through the store with a clock set back: applications sent over eleven
// weeks (four of them more than eight weeks ago), moved along and some
// rejected, each touched a day ago but one, which has been silent for ten
// days; nudges on (7 days) and a weekly goal of 3.
func setupInsights(t *testing.T, dataDir string) {
	ctx := context.Background()
	db, err := store.Open(filepath.Join(dataDir, store.FileName), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := time.Now().UTC()
	at := now
	db.Now = func() time.Time { return at }
	stages, err := db.Stages(ctx)
	if err != nil {
		t.Fatal(err)
	}
	day := func(t time.Time) string { return t.Local().Format(model.DateLayout) }
	type spec struct {
		company, title string
		daysAgo        int
		moves          int // stages past Applied, one every 5 days
		outcome        model.Outcome
	}
	specs := []spec{
		{"Acme Robotics", "Firmware Engineer", 75, 2, model.OutcomeRejected},
		{"Northwind", "Backend Developer", 70, 1, model.OutcomeRejected},
		{"Globex", "Platform Engineer", 64, 3, ""},
		{"Initech", "Site Reliability Engineer", 60, 0, model.OutcomeGhosted},
		{"Umbrella Health", "Staff Engineer", 45, 2, ""},
		{"Hooli", "Data Platform Lead", 40, 1, model.OutcomeRejected},
		{"Stark Industries", "Embedded Developer", 33, 2, ""},
		{"Wayne Enterprises", "Security Engineer", 26, 1, ""},
		{"Cyberdyne", "ML Engineer", 19, 0, ""},
		{"Soylent", "Go Developer", 12, 1, ""},
		{insightsQuiet, "Data Engineer", 10, 0, ""},
		{"Tyrell", "Frontend Engineer", 3, 0, ""},
		{"Vandelay", "Import Specialist", 1, 0, ""},
		{"Pied Piper", "Compression Engineer", 0, 0, ""},
	}
	for _, s := range specs {
		at = now.AddDate(0, 0, -s.daysAgo)
		a, err := db.CreateApplication(ctx, model.Application{Company: s.company, Title: s.title, StageID: stages[1].ID, DateApplied: day(at)})
		if err != nil {
			t.Fatal(err)
		}
		for i := 1; i <= s.moves; i++ {
			at = now.AddDate(0, 0, -s.daysAgo+5*i)
			if _, err := db.MoveApplication(ctx, a.ID, stages[1+i].ID); err != nil {
				t.Fatal(err)
			}
		}
		if s.outcome != "" {
			at = at.AddDate(0, 0, 3)
			if _, err := db.SetOutcome(ctx, a.ID, s.outcome); err != nil {
				t.Fatal(err)
			}
		}
		if s.company != insightsQuiet && s.daysAgo > 1 {
			at = now.AddDate(0, 0, -1)
			if _, err := db.AddNote(ctx, a.ID, "Checked the posting again"); err != nil {
				t.Fatal(err)
			}
		}
	}
	at = now
	for k, v := range map[string]string{"nudges.enabled": "true", "nudges.days": "7", "goals.weekly": "3"} {
		if err := db.SetSetting(ctx, k, v); err != nil {
			t.Fatal(err)
		}
	}
}

// checkInsights: the window's start-up made exactly one nudge, for the
// silent application, and the theme chosen in the palette was saved.
func checkInsights(t *testing.T, _, dataDir string) {
	db, err := store.Open(filepath.Join(dataDir, store.FileName), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	tasks, err := db.ListTasks(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	var nudges []string
	for _, task := range tasks {
		if strings.HasSuffix(task.Title, "(no news for 7 days)") {
			nudges = append(nudges, task.Title)
		}
	}
	if len(nudges) != 1 || nudges[0] != "Follow up: Data Engineer at "+insightsQuiet+" (no news for 7 days)" {
		t.Errorf("nudges = %q, want one for %s", nudges, insightsQuiet)
	}
	theme, err := db.Setting(ctx, "ui.theme")
	if err != nil || theme != "light" {
		t.Errorf("ui.theme = %q (%v), want light (chosen last in the palette)", theme, err)
	}
}
