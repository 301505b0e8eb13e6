package ics

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/calendar"
)

// vevent writes a VEVENT with a 30-minute length and extra lines.
func veventAt(uid string, start time.Time, summary string, extra ...string) string {
	at := func(t time.Time) string { return t.UTC().Format("20060102T150405Z") }
	return "BEGIN:VEVENT\nUID:" + uid + "\nDTSTART:" + at(start) + "\nDTEND:" + at(start.Add(30*time.Minute)) +
		"\nSUMMARY:" + summary + "\n" + strings.Join(append(extra, ""), "\n") + "END:VEVENT\n"
}

// TestOccurrenceCap: the recurring events of one file add at most
// MaxOccurrences occurrences together, in file order; the rest are counted.
func TestOccurrenceCap(t *testing.T) {
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	in := veventAt("a", t0, "A", "RRULE:FREQ=MINUTELY;COUNT=400") +
		veventAt("single", t0, "Single") +
		veventAt("b", t0.Add(24*time.Hour), "B", "RRULE:FREQ=MINUTELY;COUNT=400") +
		veventAt("c", t0.Add(48*time.Hour), "C", "RRULE:FREQ=MINUTELY;COUNT=400")
	res := parseString(t, in, Options{})
	byUID := map[string]int{}
	for _, e := range res.Events {
		byUID[e.UID]++
	}
	if byUID["a"] != 400 || byUID["b"] != 100 || byUID["c"] != 0 || byUID["single"] != 1 {
		t.Errorf("events by uid %v, want a 400, b 100, c 0 and the single event", byUID)
	}
	if res.LeftOut != 700 || res.LeftOutMore {
		t.Errorf("left out %d (more %v), want exactly 700", res.LeftOut, res.LeftOutMore)
	}
	if len(res.Warnings) != 0 {
		t.Errorf("warnings %q", res.Warnings)
	}

	// An unbounded rule without a window: the count stops at MaxInstances
	// and says it is a lower bound.
	res = parseString(t, veventAt("m", t0, "M", "RRULE:FREQ=MINUTELY"), Options{MaxOccurrences: 10, MaxInstances: 50})
	if len(res.Events) != 10 || res.LeftOut != 40 || !res.LeftOutMore {
		t.Errorf("%d events, left out %d (more %v), want 10, 40 and more", len(res.Events), res.LeftOut, res.LeftOutMore)
	}
}

// TestOccurrenceCapWindow: only occurrences inside the window count, so a
// rule that began long before it neither fills the cap nor is left out.
func TestOccurrenceCapWindow(t *testing.T) {
	from := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	in := veventAt("d", from.AddDate(-2, 0, 0).Add(9*time.Hour), "Daily", "RRULE:FREQ=DAILY")
	res := parseString(t, in, Options{From: from, To: from.AddDate(0, 0, 10), MaxOccurrences: 10})
	if len(res.Events) != 10 || res.LeftOut != 0 || res.LeftOutMore {
		t.Fatalf("%d events, left out %d (more %v), want the 10 days of the window", len(res.Events), res.LeftOut, res.LeftOutMore)
	}
	if !res.Events[0].Start.Equal(from.Add(9 * time.Hour)) {
		t.Errorf("first occurrence %v", res.Events[0].Start)
	}
}

// TestExpandIf: a recurring event the caller does not want repeated keeps
// its first occurrence (and its overrides); the others repeat.
func TestExpandIf(t *testing.T) {
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	in := "BEGIN:VCALENDAR\n" +
		veventAt("standup", t0, "Stand-up", "RRULE:FREQ=DAILY;COUNT=5") +
		veventAt("standup", t0.Add(48*time.Hour+time.Hour), "Stand-up (moved)", "RECURRENCE-ID:"+t0.Add(48*time.Hour).Format("20060102T150405Z")) +
		veventAt("iv", t0, "Interview", "RRULE:FREQ=DAILY;COUNT=3") +
		veventAt("once", t0, "Lunch") +
		"END:VCALENDAR\n"
	var asked []calendar.Event
	res := parseString(t, in, Options{ExpandIf: func(first calendar.Event) bool {
		asked = append(asked, first)
		return first.Title == "Interview"
	}})
	var got []string
	for _, e := range res.Events {
		got = append(got, fmt.Sprintf("%s %s", e.Title, e.Start.Format("01-02T15")))
	}
	want := "Stand-up 03-02T09|Interview 03-02T09|Lunch 03-02T09|Interview 03-03T09|Interview 03-04T09|Stand-up (moved) 03-04T10"
	if g := strings.Join(got, "|"); !sameSet(g, want) {
		t.Errorf("events\n%s\nwant\n%s", g, want)
	}
	if res.NotExpanded != 1 || res.LeftOut != 0 {
		t.Errorf("not expanded %d, left out %d", res.NotExpanded, res.LeftOut)
	}
	if len(asked) != 2 || asked[0].RecurrenceID != "2026-03-02T09:00:00Z" || !asked[0].Start.Equal(t0) || !asked[0].End.Equal(t0.Add(30*time.Minute)) {
		t.Errorf("ExpandIf asked %+v, want each recurring event once with its first occurrence", asked)
	}
	for _, e := range res.Events {
		if e.UID == "standup" && e.RecurrenceID == "" {
			t.Errorf("the stand-up's occurrence lost its recurrence id: %+v", e)
		}
	}
}

func sameSet(a, b string) bool {
	x, y := strings.Split(a, "|"), strings.Split(b, "|")
	if len(x) != len(y) {
		return false
	}
	n := map[string]int{}
	for _, s := range x {
		n[s]++
	}
	for _, s := range y {
		n[s]--
	}
	for _, v := range n {
		if v != 0 {
			return false
		}
	}
	return true
}
