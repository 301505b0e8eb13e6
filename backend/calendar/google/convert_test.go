package google

import (
	"encoding/json"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/huntbook/huntbook/backend/model"
	gcal "google.golang.org/api/calendar/v3"
)

func TestLimitedBody(t *testing.T) {
	for _, tc := range []struct {
		size  int
		limit int64
		over  bool
	}{{10, 10, false}, {9, 10, false}, {11, 10, true}, {5000, 100, true}} {
		b := &limitedBody{rc: io.NopCloser(strings.NewReader(strings.Repeat("x", tc.size))), left: tc.limit}
		got, err := io.ReadAll(b)
		if tc.over {
			if model.ErrorCode(err) != model.CodeTooLarge {
				t.Errorf("%d bytes over a %d limit: err %v", tc.size, tc.limit, err)
			}
			continue
		}
		if err != nil || len(got) != tc.size {
			t.Errorf("%d bytes under a %d limit: %d read, %v", tc.size, tc.limit, len(got), err)
		}
	}
}

func TestClipText(t *testing.T) {
	s := strings.Repeat("é", 10) // 2 bytes each
	if got := clipText(s, 5); got != "éé" || !utf8.ValidString(got) {
		t.Errorf("clipText = %q", got)
	}
}

// FuzzToEvent feeds arbitrary event JSON through the mapping: it must never
// panic, and whatever it keeps must have an end not before its start, a key
// and only http(s) meeting links.
func FuzzToEvent(f *testing.F) {
	f.Add(`{"id":"a","start":{"date":"2022-02-22"},"end":{"date":"2022-02-21"}}`)
	f.Add(`{"id":"b","iCalUID":"u","start":{"dateTime":"2024-12-29T16:00:00Z"},"end":{"dateTime":"2024-12-29T17:00:00Z"},"recurringEventId":"x",` +
		`"originalStartTime":{"date":"2024-12-29"}}`)
	f.Add(`{"id":"c","start":{"dateTime":"bad"},"recurrence":["RRULE:FREQ=DAILY"]}`)
	f.Add(`{"id":"d","start":{"dateTime":"2025-01-01T00:00:00+14:00"},"location":"https://x.zoom.us/j/1))","hangoutLink":"javascript:alert(1)",` +
		`"description":"` + strings.Repeat("https://teams.microsoft.com/", 3) + `"}`)
	f.Fuzz(func(t *testing.T, js string) {
		var e gcal.Event
		if json.Unmarshal([]byte(js), &e) != nil {
			return
		}
		ev, ok := toEvent("primary", "UTC", &e)
		if !ok {
			return
		}
		if ev.End.Before(ev.Start) || ev.UID == "" || ev.Title == "" {
			t.Fatalf("bad event %+v", ev)
		}
		if ev.MeetingURL != "" && !strings.HasPrefix(ev.MeetingURL, "http") {
			t.Fatalf("meeting URL %q", ev.MeetingURL)
		}
		if !utf8.ValidString(ev.Title) && utf8.ValidString(e.Summary) {
			t.Fatalf("title broken by clipping")
		}
	})
}
