package store

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/calendar"
	"github.com/huntbook/huntbook/backend/model"
)

// BenchmarkSignals reads the list's and the board's badges (next interview,
// due follow-ups) at 10,000 applications, 1,000 of them with a follow-up
// date, 3,000 tasks and 600 confirmed interviews, half of them to come.
func BenchmarkSignals(b *testing.B) {
	db, err := Open(filepath.Join(b.TempDir(), FileName), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	now := time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	ds := genDataset(10_000, 0, 0, 11)
	for i := range ds.Applications {
		if i%10 == 0 {
			ds.Applications[i].FollowUp = now.AddDate(0, 0, i%60-30).Format(model.DateLayout)
		}
	}
	for i := 0; i < 3_000; i++ {
		ds.Tasks = append(ds.Tasks, model.Task{ApplicationID: int64(i*3 + 1), Title: fmt.Sprintf("Task %d", i),
			Due: now.AddDate(0, 0, i%40-20).Format(model.DateLayout), Done: i%4 == 0, CreatedAt: now, UpdatedAt: now})
	}
	if _, err := db.Import(ctx, ds); err != nil {
		b.Fatal(err)
	}
	var evs []CalendarEvent
	for i := 0; i < 600; i++ {
		start := now.Add(time.Duration(i-300) * 7 * time.Hour)
		evs = append(evs, CalendarEvent{Event: calendar.Event{Source: calendar.SourceICS, UID: fmt.Sprintf("iv-%d", i),
			Title: "Interview", Start: start, End: start.Add(time.Hour)}, IsInterview: true})
	}
	if _, err := db.SaveCalendarEvents(ctx, CalendarBatch{Upserts: evs}); err != nil {
		b.Fatal(err)
	}
	for i, e := range evs {
		if _, err := db.ConfirmCalendarEvent(ctx, e.Event.Key(), int64(i*13%10_000+1)); err != nil {
			b.Fatal(err)
		}
	}
	day := now.Format(model.DateLayout)
	var n int
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s, err := db.Signals(ctx, day)
		if err != nil {
			b.Fatal(err)
		}
		n = len(s)
	}
	b.ReportMetric(float64(n), "flagged")
}
