package ics

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/calendar"
	"github.com/huntbook/huntbook/backend/model"
)

func parseString(t *testing.T, s string, opt Options) *Result {
	t.Helper()
	if opt.Floating == nil {
		opt.Floating = time.UTC
	}
	res, err := Parse(strings.NewReader(s), opt)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return res
}

func TestNotACalendar(t *testing.T) {
	for _, in := range []string{"", "hello world", "%PDF-1.7\n...", "BEGIN:VCARD\nFN:Jane\nEND:VCARD\n", "\x00\x01\x02BEGIN:\n"} {
		_, err := Parse(strings.NewReader(in), Options{})
		var me *model.Error
		if !errors.As(err, &me) || me.Code != model.CodeUnsupported {
			t.Errorf("%q: got %v, want CodeUnsupported", in, err)
		}
	}
}

func TestTooLarge(t *testing.T) {
	big := repeat('x', MaxSize+10)
	_, err := Parse(bytes.NewReader(big), Options{})
	if model.ErrorCode(err) != model.CodeTooLarge {
		t.Fatalf("got %v, want CodeTooLarge", err)
	}
}

func repeat(c byte, n int) []byte { return bytes.Repeat([]byte{c}, n) }

// A byte-order mark, CRLF, a lone CR, a tab continuation, quoted TZID with
// a Mozilla prefix, a Windows zone name and text escapes.
func TestLineEndingsZonesEscapes(t *testing.T) {
	in := "\xef\xbb\xbfBEGIN:VCALENDAR\r\nBEGIN:VEVENT\rUID:1\r\nSUMMARY:Technical\r\n\tinterview\\, round 2\\; Acme\\nbring ID\\\\\r\n" +
		"DTSTART;TZID=\"/mozilla.org/20050126_1/Europe/Berlin\":20240115T100000\r\nDTEND;TZID=W. Europe Standard Time:20240115T110000\r\n" +
		"LOCATION:https://acme.zoom.us/j/123456789?pwd=abc\r\nSTATUS:TENTATIVE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	res := parseString(t, in, Options{})
	if len(res.Events) != 1 {
		t.Fatalf("%d events", len(res.Events))
	}
	e := res.Events[0]
	if e.Title != "Technicalinterview, round 2; Acme\nbring ID\\" {
		t.Errorf("title %q", e.Title)
	}
	if want := time.Date(2024, 1, 15, 9, 0, 0, 0, time.UTC); !e.Start.Equal(want) || !e.End.Equal(want.Add(time.Hour)) {
		t.Errorf("span %v-%v", e.Start, e.End)
	}
	if e.TimeZone != "Europe/Berlin" || e.Status != "tentative" || e.MeetingURL != "https://acme.zoom.us/j/123456789?pwd=abc" {
		t.Errorf("zone %q status %q meeting %q", e.TimeZone, e.Status, e.MeetingURL)
	}
}

func TestWindowsZones(t *testing.T) {
	for name, want := range map[string]string{
		"Pacific Standard Time": "2024-07-01T17:00:00Z", "W. Europe Standard Time": "2024-07-01T08:00:00Z",
		"Tokyo Standard Time": "2024-07-01T01:00:00Z", "India Standard Time": "2024-07-01T04:30:00Z",
		"US-Eastern": "2024-07-01T14:00:00Z", "(UTC+05:30) Chennai": "2024-07-01T04:30:00Z",
	} {
		in := fmt.Sprintf("BEGIN:VEVENT\nUID:x\nDTSTART;TZID=%q:20240701T100000\nEND:VEVENT\n", name)
		res := parseString(t, in, Options{})
		if len(res.Events) != 1 || res.Events[0].Start.Format(time.RFC3339) != want {
			t.Errorf("%s: %+v, want start %s", name, res.Events, want)
		}
	}
	if len(windowsZones) < 130 {
		t.Errorf("windows zone table has %d entries", len(windowsZones))
	}
}

// An unknown zone defined only by its VTIMEZONE, across a DST change.
func TestVTimezoneRules(t *testing.T) {
	in := `BEGIN:VCALENDAR
BEGIN:VTIMEZONE
TZID:Custom Central
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:w
DTSTART;TZID=Custom Central:20240325T090000
DURATION:PT45M
RRULE:FREQ=WEEKLY;COUNT=2
EXDATE;TZID=Custom Central:20240401T090000
RDATE;TZID=Custom Central:20241028T090000
END:VEVENT
END:VCALENDAR
`
	res := parseString(t, in, Options{})
	var got []string
	for _, e := range res.Events {
		got = append(got, e.Start.Format(time.RFC3339)+"/"+e.End.Sub(e.Start).String())
	}
	// 25 Mar is after the last Sunday of March (31 Mar)? No: 31 Mar 2024 is the change, so 25 Mar is +01:00.
	want := []string{"2024-03-25T08:00:00Z/45m0s", "2024-10-28T08:00:00Z/45m0s"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got %v, want %v", got, want)
	}
}

// Overrides, cancelled instances and the window.
func TestOverridesAndCancelled(t *testing.T) {
	in := `BEGIN:VCALENDAR
BEGIN:VEVENT
UID:s
SUMMARY:Weekly sync
DTSTART:20240101T100000Z
DTEND:20240101T103000Z
RRULE:FREQ=WEEKLY
END:VEVENT
BEGIN:VEVENT
UID:s
RECURRENCE-ID:20240108T100000Z
STATUS:CANCELLED
DTSTART:20240108T100000Z
END:VEVENT
BEGIN:VEVENT
UID:s
RECURRENCE-ID:20240115T100000Z
SUMMARY:Weekly sync (moved)
DTSTART:20240116T140000Z
DTEND:20240116T150000Z
END:VEVENT
END:VCALENDAR
`
	res := parseString(t, in, Options{From: time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC), To: time.Date(2024, 1, 23, 0, 0, 0, 0, time.UTC)})
	var got []string
	for _, e := range res.Events {
		got = append(got, fmt.Sprintf("%s|%s|%s|%s", e.Start.Format(time.RFC3339), e.Title, e.Status, e.RecurrenceID))
	}
	want := []string{
		"2024-01-08T10:00:00Z|Weekly sync|cancelled|2024-01-08T10:00:00Z",
		"2024-01-16T14:00:00Z|Weekly sync (moved)||2024-01-15T10:00:00Z",
		"2024-01-22T10:00:00Z|Weekly sync||2024-01-22T10:00:00Z",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestLimits(t *testing.T) {
	in := "BEGIN:VEVENT\nUID:d\nDTSTART:20240101T090000Z\nRRULE:FREQ=DAILY\nEND:VEVENT\n" +
		"BEGIN:VEVENT\nUID:s\nDTSTART:18640101T090000Z\nRRULE:FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30\nEND:VEVENT\n"
	res := parseString(t, in, Options{MaxInstances: 50})
	if len(res.Events) != 51 { // 50 daily + the impossible rule's DTSTART
		t.Errorf("%d events, want 51", len(res.Events))
	}
	if len(res.Warnings) < 2 {
		t.Errorf("warnings %q", res.Warnings)
	}
	res = parseString(t, in, Options{MaxEvents: 10})
	if len(res.Events) != 10 {
		t.Errorf("%d events, want 10", len(res.Events))
	}
}

func TestConference(t *testing.T) {
	in := "BEGIN:VEVENT\nUID:c\nDTSTART:20240101T090000Z\nCONFERENCE;VALUE=URI;FEATURE=PHONE:tel:+1-412-555-0123\n" +
		"CONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO:https://chat.example.com/audio?id=1\nEND:VEVENT\n" +
		"BEGIN:VEVENT\nUID:t\nDTSTART:20240101T090000Z\nDESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc. Map " +
		"https://maps.example.com\nEND:VEVENT\n"
	res := parseString(t, in, Options{})
	got := map[string]string{}
	for _, e := range res.Events {
		got[e.UID] = e.MeetingURL
	}
	if got["c"] != "https://chat.example.com/audio?id=1" || got["t"] != "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc" {
		t.Errorf("meeting links %q", got)
	}
}

// Write then Parse gives the same events; lines are folded at 75 octets.
func TestWriteRoundTrip(t *testing.T) {
	events := []calendar.Event{{
		Source: calendar.SourceICS, UID: "iv-1@huntbook", Title: "Technical interview, Acme; round 2 — Ünïcødé " + strings.Repeat("é", 60),
		Description: "Line 1\nLine 2, with comma; semicolon \\ backslash", Location: "Room 4",
		Start: time.Date(2024, 5, 6, 13, 0, 0, 0, time.UTC), End: time.Date(2024, 5, 6, 14, 0, 0, 0, time.UTC),
		MeetingURL: "https://meet.google.com/abc-defg-hij", Status: "confirmed",
		Organizer: &calendar.Person{Name: "Jane \"JD\" Doe", Email: "jane@acme.com"},
		Attendees: []calendar.Person{{Name: "Me", Email: "me@example.org"}},
		Updated:   time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC),
	}, {
		Source: calendar.SourceICS, UID: "day", Title: "Onsite", AllDay: true,
		Start: time.Date(2024, 5, 7, 0, 0, 0, 0, time.UTC), End: time.Date(2024, 5, 8, 0, 0, 0, 0, time.UTC),
		Updated: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC),
	}}
	var buf bytes.Buffer
	if err := Write(&buf, events, ""); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSuffix(buf.String(), "\r\n"), "\r\n") {
		if len(line) > 75 || strings.ContainsAny(line, "\r\n") {
			t.Errorf("line of %d octets: %q", len(line), line)
		}
	}
	res := parseString(t, buf.String(), Options{})
	if len(res.Events) != 2 {
		t.Fatalf("%d events back", len(res.Events))
	}
	got := res.Events[0]
	got.CalendarID = ""
	events[0].Organizer.Name = "Jane JD Doe" // quotes cannot live in a parameter
	want := events[0]
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip\n got %+v\nwant %+v", got, want)
	}
	if d := res.Events[1]; !d.AllDay || !d.Start.Equal(events[1].Start) || !d.End.Equal(events[1].End) || d.Title != "Onsite" {
		t.Errorf("all-day back as %+v", d)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\nDTSTART;TZID=Europe/Paris:20240101T100000\nRRULE:FREQ=MONTHLY;BYDAY=-1FR;BYSETPOS=1\n" +
		"EXDATE:20240301T090000Z\nEND:VEVENT\nEND:VCALENDAR\n"))
	f.Add([]byte("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20240101\r\nRRULE:FREQ=YEARLY;BYWEEKNO=1;BYYEARDAY=-1\r\nRDATE;VALUE=PERIOD:20240101T000000Z/PT1H\r\n" +
		"END:VEVENT"))
	f.Add([]byte("BEGIN:VTIMEZONE\rTZID:x\rBEGIN:STANDARD\rDTSTART:16010101T000000\rTZOFFSETTO:+1400\rRRULE:FREQ=YEARLY;BYDAY=5SU\rEND:STANDARD\r" +
		"END:VTIMEZONE\rBEGIN:VEVENT\rDTSTART;TZID=x:20240101T000000\rDURATION:-P1W\rEND:VEVENT"))
	f.Add([]byte("BEGIN:VEVENT\nDTSTART:20240101T000000Z\nRRULE:FREQ=MINUTELY;INTERVAL=0;COUNT=99999\nATTENDEE;CN=\"a:b\";X=\"\n :mailto:a@b\nEND:VEVENT"))
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := Parse(bytes.NewReader(data), Options{Floating: time.UTC, MaxInstances: 200, To: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			if model.ErrorCode(err) != model.CodeUnsupported {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		for _, e := range res.Events {
			if e.End.Before(e.Start) || e.UID == "" {
				t.Fatalf("bad event %+v", e)
			}
		}
		var buf bytes.Buffer
		if err := Write(&buf, res.Events, ""); err != nil {
			t.Fatal(err)
		}
	})
}

// BenchmarkParse10k imports a generated calendar of 10,000 events.
func BenchmarkParse10k(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n")
	start := time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC)
	for i := range 10000 {
		s := start.Add(time.Duration(i) * 3 * time.Hour)
		fmt.Fprintf(&sb, "BEGIN:VEVENT\r\nUID:ev-%d@bench\r\nDTSTAMP:20240101T000000Z\r\nDTSTART;TZID=Europe/Berlin:%s\r\nDTEND;TZID=Europe/Berlin:%s\r\n"+
			"SUMMARY:Interview number %d with Acme\\, Inc.\r\nDESCRIPTION:Join https://meet.google.com/abc-defg-hij\\nA longer description that will be "+
			"fo\r\n lded because it is long.\r\n"+
			"ORGANIZER;CN=Recruiter:mailto:r%d@acme.com\r\nATTENDEE;CN=Me:mailto:me@example.org\r\nEND:VEVENT\r\n",
			i, s.Format("20060102T150405"), s.Add(time.Hour).Format("20060102T150405"), i, i%50)
	}
	sb.WriteString("END:VCALENDAR\r\n")
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		res, err := Parse(bytes.NewReader(data), Options{})
		if err != nil || len(res.Events) != 10000 {
			b.Fatalf("%v, %d events", err, len(res.Events))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/import")
}
