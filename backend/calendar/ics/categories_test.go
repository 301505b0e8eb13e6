package ics

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/calendar"
)

func TestCategoriesRoundTrip(t *testing.T) {
	start := time.Date(2026, 5, 4, 13, 0, 0, 0, time.UTC)
	ev := calendar.Event{Source: calendar.SourceManual, UID: "manual-1@huntbook", Title: "Phone interview with Acme",
		Start: start, End: start.Add(time.Hour), Categories: []string{"Interview", "On-site, 2nd floor", " "}}
	var buf bytes.Buffer
	if err := Write(&buf, []calendar.Event{ev}, ""); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "CATEGORIES:Interview,On-site\\, 2nd floor\r\n") {
		t.Fatalf("written:\n%s", buf.String())
	}
	back := parseString(t, buf.String(), Options{})
	if len(back.Events) != 1 || !reflect.DeepEqual(back.Events[0].Categories, []string{"Interview", "On-site, 2nd floor"}) {
		t.Fatalf("read back %+v", back.Events)
	}
	// Several CATEGORIES lines add up; a huge list is cut.
	many := "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260504T130000Z\r\nCATEGORIES:A,B\r\nCATEGORIES:C\r\n" +
		"CATEGORIES:" + strings.Repeat("x,", 100) + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	got := parseString(t, many, Options{}).Events[0].Categories
	if len(got) != maxCategories || got[0] != "A" || got[2] != "C" {
		t.Fatalf("categories %v", got)
	}
}
