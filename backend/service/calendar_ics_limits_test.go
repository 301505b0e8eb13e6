package service

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/store"
)

// recurrenceBomb is a ~1.5 MB calendar: a stand-up repeating every minute
// and 10,000 "interviews" each repeating every minute, all inside the
// import window. Expanded naively it is millions of occurrences.
func recurrenceBomb(start time.Time) string {
	var sb strings.Builder
	sb.WriteString("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bomb//EN\r\n")
	ev := func(uid string, st time.Time, summary string) {
		fmt.Fprintf(&sb, "BEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:%s\r\nDTEND:%s\r\nSUMMARY:%s\r\nRRULE:FREQ=MINUTELY\r\nEND:VEVENT\r\n",
			uid, icsAt(st), icsAt(st.Add(30*time.Minute)), summary)
	}
	ev("standup@bomb.example", start, "Team stand-up")
	for i := range 10_000 {
		ev(fmt.Sprintf("bomb-%d@bomb.example", i), start.Add(time.Duration(i)*time.Minute), fmt.Sprintf("Technical interview %d", i))
	}
	sb.WriteString("END:VCALENDAR\r\n")
	return sb.String()
}

// TestCalendarImportRecurrenceBomb: repeats are expanded only for events
// that look like interviews, at most icsMaxOccurrences per file, and the
// report says how many were left out and why.
func TestCalendarImportRecurrenceBomb(t *testing.T) {
	s, _ := newServices(t)
	c := s.Calendar
	c.Location = time.UTC
	body := recurrenceBomb(time.Now().UTC().Add(24 * time.Hour).Truncate(time.Hour))
	if len(body) < 1_400_000 {
		t.Fatalf("the bomb is %d bytes, want about 1.5 MB", len(body))
	}
	rep, err := c.ImportICS(writeTemp(t, "bomb.ics", body))
	if err != nil {
		t.Fatal(err)
	}
	// The stand-up once (its first date), the interviews' repeats up to the cap.
	if rep.Read != 10_001 || rep.Events != icsMaxOccurrences+1 || rep.Added != icsMaxOccurrences+1 || rep.Interviews != icsMaxOccurrences {
		t.Fatalf("import %+v, want %d interviews and the stand-up once", rep, icsMaxOccurrences)
	}
	if rep.NotRepeated != 1 {
		t.Errorf("notRepeated = %d, want 1 (the stand-up)", rep.NotRepeated)
	}
	// Each interview repeats thousands of times in the window; the count
	// of what was left out stops at some point and says so.
	if rep.LeftOut < 10_000 || !rep.LeftOutMore || rep.OccurrenceCap != icsMaxOccurrences {
		t.Errorf("leftOut = %d (more: %v), cap %d", rep.LeftOut, rep.LeftOutMore, rep.OccurrenceCap)
	}
	t.Logf("import report: %d events, %d interviews, %d left out (more: %v), %d not repeated",
		rep.Events, rep.Interviews, rep.LeftOut, rep.LeftOutMore, rep.NotRepeated)
	stored, err := c.db.CalendarEvents(c.ctx(), store.CalendarQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(stored) != icsMaxOccurrences+1 {
		t.Errorf("%d events stored, want %d", len(stored), icsMaxOccurrences+1)
	}
}
