package ics

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"text/tabwriter"
	"time"

	"github.com/huntbook/huntbook/backend/calendar"
	"github.com/huntbook/huntbook/backend/corpus"
)

// occ is an expected event: title, start and end (RFC 3339, or a date
// "2006-01-02" for an all-day event).
type occ struct{ title, start, end string }

// corpusCase is what a corpus file must give, determined by reading the
// file (its dates, zones, rules and exceptions), not by running the reader.
type corpusCase struct {
	file          string
	from, to      string // optional window
	n             int    // events
	read, skipped int    // -1: not checked
	want          []occ
	check         func(t *testing.T, r *Result)
}

var corpusCases = []corpusCase{
	{file: "golang-ical_issue52_google_meet_notworking.ics", n: 1, read: 1,
		want: []occ{{"xxxxxxxxxxxxxxxx xxxxxxxx", "2022-03-01T17:00:00Z", "2022-03-01T18:30:00Z"}},
		check: func(t *testing.T, r *Result) {
			e := r.Events[0]
			if e.MeetingURL != "https://meet.google.com/xxx-xxxx-xxx" || e.Status != "confirmed" || !strings.HasPrefix(e.Description,
				"Dieser Termin enthält einen Videoanruf.\nTeilnehmen:") {
				t.Errorf("meet=%q status=%q desc=%q", e.MeetingURL, e.Status, e.Description)
			}
			if e.Organizer == nil || e.Organizer.Email != "xxxx.xxxxxxxxxxxxxxx@xxxxxxxxxxxx.de" || len(e.Attendees) < 2 {
				t.Errorf("organizer %+v attendees %+v", e.Organizer, e.Attendees)
			}
		}},
	{file: "golang-ical_timeparsing_davx5.ics", n: 5, read: 5, want: []occ{
		{"Form 3", "2021-12-07T13:00:00Z", "2021-12-07T14:00:00Z"}, // Europe/Copenhagen, CET
		{"Form #2", "2022-01-22T17:00:00Z", "2022-01-22T20:00:00Z"},
		{"Form #1", "1998-01-18T23:00:00Z", "1998-01-19T23:00:00Z"}, // floating, read as UTC here
		{"Unknown local date, with 'VALUE'", "2021-06-27", "2021-06-28"},
		{"Unknown UTC date", "2021-05-27", "2021-05-28"},
	}},
	{file: "icalendar-py_alarm_etar_future.ics", n: 1, want: []occ{{"event with alarms android", "2024-10-05T12:00:00Z", "2024-10-05T13:00:00Z"}}},
	{file: "icalendar-py_alarm_google_future.ics", n: 1, want: []occ{{"event with alarms", "2024-10-04T18:15:00Z", "2024-10-04T19:00:00Z"}}},
	{file: "icalendar-py_alarm_thunderbird_future.ics", n: 1, want: []occ{{"event with alarms", "2024-10-23T14:00:00Z", "2024-10-23T15:00:00Z"}}},
	{file: "icalendar-py_big_bad_calendar.ics", n: 0, read: 20, skipped: 20},
	{file: "icalendar-py_broken_ical.ics", n: 1, want: []occ{{"An Event with too many semicolons", "2014-04-09T09:30:00Z", "2014-04-09T09:30:00Z"}}},
	{file: "icalendar-py_calendar_with_unicode.ics", n: 0, read: 0},
	// Weekly on Tuesdays 27 Mar - 3 Jul 2012 (15), less 5 EXDATEs; Vienna CEST.
	{file: "icalendar-py_event_with_recurrence_exdates_on_different_lines.ics", n: 10, read: 1, want: []occ{
		{"A Recurring event with multiple exdates, one per line.", "2012-03-27T08:00:00Z", "2012-03-27T16:00:00Z"},
		{"A Recurring event with multiple exdates, one per line.", "2012-04-24T08:00:00Z", "2012-04-24T16:00:00Z"},
		{"A Recurring event with multiple exdates, one per line.", "2012-07-03T08:00:00Z", "2012-07-03T16:00:00Z"},
	}, check: absent("2012-04-03T08:00:00Z", "2012-04-10T08:00:00Z", "2012-04-17T08:00:00Z", "2012-05-01T08:00:00Z", "2012-05-29T08:00:00Z")},
	{file: "icalendar-py_fuzz_testcase_vtimezone_lone_cr.ics", n: 0, read: 0},
	// Fridays and Saturdays 7 Sep - 19 Oct 2013 (13), less 11 and 12 Oct; New York EDT.
	{file: "icalendar-py_issue_112_missing_tzinfo_on_exdate.ics", n: 11, want: []occ{
		{"Market East Live!", "2013-09-07T16:00:00Z", "2013-09-07T21:00:00Z"},
		{"Market East Live!", "2013-10-19T16:00:00Z", "2013-10-19T21:00:00Z"},
	}, check: absent("2013-10-11T16:00:00Z", "2013-10-12T16:00:00Z", "2013-10-25T16:00:00Z")},
	// An override (RECURRENCE-ID) without its master; custom VTIMEZONE, CET after DST.
	{file: "icalendar-py_issue_156_RDATE_with_PERIOD_TZID_khal_2.ics", n: 1, want: []occ{{"(omitted)", "2021-11-01T15:00:00Z", "2021-11-01T15:30:00Z"}}},
	// Exchange zone "GMT +0100 (Standard) / GMT +0200 (Daylight)" from its VTIMEZONE; weekdays 3-22 Jul 2015.
	{file: "icalendar-py_issue_165_missing_event.ics", n: 14, want: []occ{
		{"Sprint 25 Daily Standup", "2015-07-03T08:00:00Z", "2015-07-03T08:30:00Z"},
		{"Sprint 25 Daily Standup", "2015-07-22T08:00:00Z", "2015-07-22T08:30:00Z"},
	}, check: absent("2015-07-04T08:00:00Z", "2015-07-05T08:00:00Z", "2015-07-23T08:00:00Z")},
	{file: "icalendar-py_issue_218_bad_tzid.ics", n: 1, want: []occ{{"TESTIN", "2017-02-28T12:00:00Z", "2017-02-28T12:30:00Z"}}},
	{file: "icalendar-py_issue_237_fail_to_parse_timezone_with_non_ascii_tzid.ics", n: 1, want: []occ{{"", "2017-05-11T16:30:00Z", "2017-05-11T17:00:00Z"}}},
	{file: "icalendar-py_issue_27_multiple_periods_in_freebusy_multiple_freebusies.ics", n: 0, read: 0},
	{file: "icalendar-py_issue_348_exception_parsing_value.ics", n: 1, want: []occ{{"Sixt : détails de votre réservation", "2019-06-24T06:30:00Z",
		"2019-06-24T16:30:00Z"}}},
	{file: "icalendar-py_issue_350.ics", n: 1, want: []occ{{`Termin 4353 und"so"`, "2022-02-22T18:30:00Z", "2022-02-22T19:30:00Z"}},
		check: func(t *testing.T, r *Result) {
			if d := r.Events[0].Description; d != `Toller Termin fürmal zu"gucken"und so` {
				t.Errorf("description %q", d)
			}
		}},
	{file: "icalendar-py_issue_53_description_parsed_properly.ics", n: 1, want: []occ{{"DevOps DC Meetup", "2012-07-12T22:30:00Z", "2012-07-13T01:30:00Z"}},
		check: func(t *testing.T, r *Result) {
			e := r.Events[0]
			if !strings.HasPrefix(e.Description, "DevOpsDC\nThursday, July 12 at 6:30 PM\n\nThis will be a joint meetup") || e.MeetingURL != "" {
				t.Errorf("description %q meeting %q", e.Description, e.MeetingURL)
			}
			if !strings.HasPrefix(e.Location, "Fathom Creative, Inc. (1333 14th Street Northwest,") {
				t.Errorf("location %q", e.Location)
			}
		}},
	// DTSTART New York, DTEND Los Angeles (3 h), plus an RDATE period in Berlin; two VEVENTs without DTSTART.
	{file: "icalendar-py_issue_722_missing_timezones.ics", n: 2, read: 3, skipped: 2, want: []occ{
		{"an event with a custom tz name", "2014-08-29T12:00:00Z", "2014-08-29T15:00:00Z"},
		{"an event with a custom tz name", "2024-09-13T10:00:00Z", "2024-09-13T12:00:00Z"},
	}},
	{file: "icalendar-py_issue_836_do_not_quote_tzid.ics", n: 1, want: []occ{{"Anonymous Test Event for TZID", "2024-10-28T21:00:00Z", "2024-10-28T22:00:00Z"}},
		check: func(t *testing.T, r *Result) {
			if tz := r.Events[0].TimeZone; tz != "America/New_York" {
				t.Errorf("zone %q", tz)
			}
		}},
	{file: "icalendar-py_multiple_calendar_components.ics", n: 3, read: 3, want: []occ{
		{"Christmas Day", "2003-12-25", "2003-12-26"}, {"Boxing Day", "2003-05-01", "2003-05-02"}, {"Christmas again!", "2003-12-25", "2003-12-26"},
	}},
	// Two daily all-day series 3-23 Mar 2008 less 11 Mar; the second's empty EXDATE is ignored.
	{file: "icalendar-py_parsing_error.ics", n: 40, read: 2, want: []occ{{"", "2008-03-03", "2008-03-04"}, {"", "2008-03-23", "2008-03-24"}},
		check: absent("2008-03-11T00:00:00Z")},
	// Third Wednesday of Jan-May and Sep-Dec, COUNT=9, less 20 Dec, plus an RDATE period on 13 Dec.
	{file: "icalendar-py_period_with_timezone.ics", n: 9, want: []occ{
		{"Test RDATE", "2023-09-20T19:00:00Z", "2023-09-20T21:00:00Z"},
		{"Test RDATE", "2023-11-15T20:00:00Z", "2023-11-15T22:00:00Z"},
		{"Test RDATE", "2023-12-13T20:00:00Z", "2023-12-13T23:00:00Z"},
		{"Test RDATE", "2024-05-15T19:00:00Z", "2024-05-15T21:00:00Z"},
	}, check: absent("2023-12-20T20:00:00Z")},
	{file: "icalendar-py_property_params.ics", n: 1, want: []occ{{"Test meeting from BB", "2012-08-14", "2012-08-15"}},
		check: func(t *testing.T, r *Result) {
			e := r.Events[0]
			if e.Organizer == nil || e.Organizer.Email != "rembrand@daxlab.com" || len(e.Attendees) != 3 ||
				e.Attendees[0] != (calendar.Person{Name: "RembrandXS", Email: "rembrand@xs4all.nl"}) {
				t.Errorf("organizer %+v attendees %+v", e.Organizer, e.Attendees)
			}
		}},
	{file: "icalendar-py_rfc_7986_conferences.ics", n: 0, read: 1, skipped: 1},
	{file: "icalendar-py_timezone_same_start.ics", n: 1, want: []occ{{"Test 4", "2017-02-24T20:00:00Z", "2017-02-24T20:30:00Z"}}},
	// Weekdays from Fri 28 Oct 2016, Zurich; DST ends on 30 Oct.
	{file: "icalendar-py_x_location.ics", from: "2016-10-24T00:00:00Z", to: "2016-11-07T00:00:00Z", n: 6, want: []occ{
		{"Daily Sync", "2016-10-28T12:00:00Z", "2016-10-28T12:30:00Z"},
		{"Daily Sync", "2016-10-31T13:00:00Z", "2016-10-31T13:30:00Z"},
		{"Daily Sync", "2016-11-04T13:00:00Z", "2016-11-04T13:30:00Z"},
	}, check: func(t *testing.T, r *Result) {
		if l := r.Events[0].Location; l != "Roadstar 16\n12764 Happyville\nDenmark" {
			t.Errorf("location %q", l)
		}
	}},
	{file: "icaljs_blank_line_mid.ics", n: 0, read: 0},
	{file: "icaljs_day_long_recur_yearly.ics", from: "2012-08-01T00:00:00Z", to: "2012-08-15T00:00:00Z", n: 8, want: []occ{
		{"Day Long Event", "2012-08-03", "2012-08-04"}, {"Day Long Event", "2012-08-14", "2012-08-15"},
	}, check: absent("2012-08-11T00:00:00Z", "2012-08-12T00:00:00Z")},
	{file: "icaljs_duration_instead_of_dtend.ics", n: 1, want: []occ{{"Really long event name thing", "2012-06-30T13:00:00Z", "2012-07-01T13:00:00Z"}}},
	// 2014_BIRTHDAY: 10 Dec 2014 plus RDATEs 2012 and 2013; BIRTHDAY: three overrides without a master.
	{file: "icaljs_google_birthday.ics", n: 6, read: 4, want: []occ{
		{"PErson #2's birthday", "2012-12-10", "2012-12-11"}, {"PErson #2's birthday", "2014-12-10", "2014-12-11"},
	}},
	// Mondays (weekly) and Sundays (monthly BYDAY=SU) from 26 Mar until 30 Jul 2012 06:59:59 UTC.
	{file: "icaljs_multiple_rrules.ics", n: 36, want: []occ{
		{"sahaja <> frashed", "2012-03-26T18:00:00Z", "2012-03-26T18:30:00Z"},
		{"sahaja <> frashed", "2012-04-01T18:00:00Z", "2012-04-01T18:30:00Z"},
		{"sahaja <> frashed", "2012-07-29T18:00:00Z", "2012-07-29T18:30:00Z"},
	}, check: absent("2012-07-30T18:00:00Z")},
	{file: "icaljs_newline_junk.ics", n: 0, read: 0},
	// First Tuesday monthly + RDATEs, less EXDATE 4 Dec, two moved instances.
	{file: "icaljs_recur_instances.ics", from: "2012-10-01T00:00:00Z", to: "2013-01-01T00:00:00Z", n: 5, want: []occ{
		{"Crazy Event Thingy!", "2012-10-02T22:00:00Z", "2012-10-02T22:30:00Z"},
		{"Crazy Event Thingy!", "2012-11-06T18:00:00Z", "2012-11-06T18:30:00Z"},
		{"Crazy Event Thingy!", "2012-11-07T04:00:00Z", "2012-11-07T04:30:00Z"},
		{"Crazy Event Thingy!", "2012-11-10T18:00:00Z", "2012-11-10T18:30:00Z"},
		{"Crazy Event Thingy!", "2012-11-30T18:00:00Z", "2012-11-30T18:30:00Z"},
	}, check: func(t *testing.T, r *Result) {
		moved := r.Events[0]
		if moved.RecurrenceID != "2012-10-02T17:00:00Z" || moved.Description != "I HAZ CHANGED!" || moved.Location != "PLACE" {
			t.Errorf("override %+v", moved)
		}
	}},
	{file: "icaljs_tzid_with_gmt.ics", n: 0, read: 0},
	{file: "icaljs_utc_negative_zero.ics", n: 1, want: []occ{{"And another", "2012-08-21T21:00:00Z", "2012-08-21T21:30:00Z"}}},
	{file: "libical_crash.ics", from: "1997-01-01T00:00:00Z", to: "1999-01-01T00:00:00Z", n: 5, want: []occ{
		{"Calendaring Interoperability Planning Meeting", "1997-03-24T12:30:00Z", "1997-03-24T21:00:00Z"},
		{"L~urel is in sensitvity awareness class.", "1997-04-01T16:30:00Z", "1997-04-01T16:30:00Z"},
		{"", "1997-11-02", "1997-11-03"}, {"", "1998-11-02", "1998-11-03"},
		{"XYZ Project Review", "1998-03-12T13:30:00Z", "1998-03-12T14:30:00Z"},
	}},
	{file: "libical_issue252.ics", n: 1, read: 1, want: []occ{{"", "1864-04-09", "1864-04-10"}},
		check: func(t *testing.T, r *Result) {
			if e := r.Events[0]; e.UID != "a" || e.Location != "b" || e.Description != "c" {
				t.Errorf("event %+v", e)
			}
		}},
	// RFC 5545 examples: every other week on TU,SU (WKST=MO); 3rd TU/WE/TH; 2nd-to-last weekday.
	{file: "libical_recur-errors.ics", n: 24, read: 4, want: []occ{
		{"", "1997-08-05T13:00:00Z", "1997-08-05T13:00:00Z"}, {"", "1997-08-10T13:00:00Z", "1997-08-10T13:00:00Z"},
		{"", "1997-08-19T13:00:00Z", "1997-08-19T13:00:00Z"}, {"", "1997-08-24T13:00:00Z", "1997-08-24T13:00:00Z"},
		{"", "1997-09-04T13:00:00Z", "1997-09-04T13:00:00Z"}, {"", "1997-10-07T13:00:00Z", "1997-10-07T13:00:00Z"},
		{"", "1997-11-06T14:00:00Z", "1997-11-06T14:00:00Z"}, {"", "1997-12-04T14:00:00Z", "1997-12-04T14:00:00Z"},
		{"", "1998-01-07T14:00:00Z", "1998-01-07T14:00:00Z"}, {"", "1998-02-05T14:00:00Z", "1998-02-05T14:00:00Z"},
		{"", "1997-09-29T13:00:00Z", "1997-09-29T13:00:00Z"}, {"", "1997-10-30T14:00:00Z", "1997-10-30T14:00:00Z"},
		{"", "1997-11-27T14:00:00Z", "1997-11-27T14:00:00Z"}, {"", "1997-12-30T14:00:00Z", "1997-12-30T14:00:00Z"},
		{"", "1998-01-29T14:00:00Z", "1998-01-29T14:00:00Z"}, {"", "1998-02-26T14:00:00Z", "1998-02-26T14:00:00Z"},
		{"", "1998-03-30T14:00:00Z", "1998-03-30T14:00:00Z"}, {"", "1998-04-29T13:00:00Z", "1998-04-29T13:00:00Z"},
		{"", "1998-05-28T13:00:00Z", "1998-05-28T13:00:00Z"}, {"", "1998-06-29T13:00:00Z", "1998-06-29T13:00:00Z"},
	}},
}

// absent checks that no event starts at any of the given instants.
func absent(starts ...string) func(t *testing.T, r *Result) {
	return func(t *testing.T, r *Result) {
		for _, e := range r.Events {
			for _, s := range starts {
				if e.Start.Format(time.RFC3339) == s {
					t.Errorf("event at %s should not be there (excluded or past the rule's end)", s)
				}
			}
		}
	}
}

func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	if s == "" {
		return time.Time{}
	}
	if len(s) == 10 {
		s += "T00:00:00Z"
	}
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatalf("bad time %q in test table: %v", s, err)
	}
	return v
}

// TestCorpus imports every corpus calendar and checks each against what a
// reader of the file expects. Run with -v for a table.
func TestCorpus(t *testing.T) {
	dir := corpus.Path(t, "ics")
	files, err := filepath.Glob(filepath.Join(dir, "*.ics"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus calendars in %s", dir)
	}
	cases := map[string]corpusCase{}
	for _, c := range corpusCases {
		cases[c.file] = c
	}
	var table strings.Builder
	tw := tabwriter.NewWriter(&table, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "file\tevents\tread\tskipped\tbad lines\twarnings\tfirst event")
	for _, f := range files {
		name := filepath.Base(f)
		c, ok := cases[name]
		if !ok {
			t.Errorf("%s: no expectation in the test table: read the file and add one", name)
			continue
		}
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			opt := Options{From: mustTime(t, c.from), To: mustTime(t, c.to), Floating: time.UTC, CalendarID: name}
			res, err := Parse(strings.NewReader(string(data)), opt)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			first := ""
			if len(res.Events) > 0 {
				e := res.Events[0]
				first = fmt.Sprintf("%s %q", e.Start.Format(time.RFC3339), e.Title)
			}
			fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%s\n", name, len(res.Events), res.Read, res.Skipped, res.SkippedLines, len(res.Warnings), first)
			if len(res.Events) != c.n {
				t.Errorf("%d events, want %d", len(res.Events), c.n)
			}
			if c.read > 0 && res.Read != c.read {
				t.Errorf("read %d VEVENTs, want %d", res.Read, c.read)
			}
			if res.Skipped != c.skipped {
				t.Errorf("skipped %d VEVENTs, want %d", res.Skipped, c.skipped)
			}
			for _, w := range c.want {
				if !hasEvent(t, res.Events, w) {
					t.Errorf("missing %+v", w)
				}
			}
			for _, e := range res.Events {
				if e.Source != calendar.SourceICS || e.UID == "" || e.CalendarID != name || e.End.Before(e.Start) || e.Start.Location() != time.UTC {
					t.Errorf("malformed event %+v", e)
				}
			}
			if c.check != nil && len(res.Events) > 0 {
				c.check(t, res)
			}
		})
	}
	tw.Flush()
	t.Log("\n" + table.String())
}

func hasEvent(t *testing.T, events []calendar.Event, w occ) bool {
	start, end := mustTime(t, w.start), mustTime(t, w.end)
	allDay := len(w.start) == 10
	for _, e := range events {
		if e.Title == w.title && e.Start.Equal(start) && e.End.Equal(end) && e.AllDay == allDay {
			return true
		}
	}
	return false
}
