package google

import (
	"net/url"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/calendar"
	"github.com/huntbook/huntbook/backend/lazyre"
	gcal "google.golang.org/api/calendar/v3"
)

// Size limits on text copied from an event (descriptions can be long HTML).
const (
	maxTitle       = 1000
	maxLocation    = 2000
	maxDescription = 64 << 10
	maxAttendees   = 500
)

// toEvent maps one Google event occurrence; ok is false for a recurring
// series master (singleEvents lists its instances instead) or an event
// without a usable start.
func toEvent(calID, calTZ string, e *gcal.Event) (calendar.Event, bool) {
	if len(e.Recurrence) > 0 && e.RecurringEventId == "" {
		return calendar.Event{}, false
	}
	start, allDay, ok := parseWhen(e.Start)
	if !ok {
		return calendar.Event{}, false
	}
	end, _, ok := parseWhen(e.End)
	if !ok || end.Before(start) {
		end = start
		if allDay {
			end = start.AddDate(0, 0, 1)
		}
	}
	ev := calendar.Event{
		Source:      calendar.SourceGoogle,
		CalendarID:  calID,
		UID:         e.ICalUID,
		ExternalID:  e.Id,
		Title:       clipText(strings.TrimSpace(e.Summary), maxTitle),
		Description: clipText(e.Description, maxDescription),
		Location:    clipText(strings.TrimSpace(e.Location), maxLocation),
		Start:       start,
		End:         end,
		AllDay:      allDay,
		Status:      e.Status,
	}
	if ev.UID == "" {
		ev.UID = e.Id + "@google.com"
	}
	if ev.Title == "" {
		ev.Title = "(no title)"
	}
	if e.RecurringEventId != "" && e.OriginalStartTime != nil {
		if t, _, ok := parseWhen(e.OriginalStartTime); ok {
			ev.RecurrenceID = t.Format(time.RFC3339)
		}
	}
	if e.Start != nil && e.Start.TimeZone != "" {
		ev.TimeZone = e.Start.TimeZone
	} else {
		ev.TimeZone = calTZ
	}
	if t, err := time.Parse(time.RFC3339, e.Updated); err == nil {
		ev.Updated = t.UTC()
	}
	if e.Organizer != nil && (e.Organizer.Email != "" || e.Organizer.DisplayName != "") {
		ev.Organizer = &calendar.Person{Name: e.Organizer.DisplayName, Email: e.Organizer.Email}
	}
	for _, a := range e.Attendees {
		if a == nil || a.Resource || len(ev.Attendees) >= maxAttendees {
			continue
		}
		ev.Attendees = append(ev.Attendees, calendar.Person{Name: a.DisplayName, Email: a.Email})
	}
	ev.MeetingURL = meetingURL(e)
	return ev, true
}

// parseWhen reads a start/end: dateTime (an instant, kept in UTC) or date (an
// all-day event, kept as midnight UTC of that date; the end date is exclusive).
func parseWhen(d *gcal.EventDateTime) (t time.Time, allDay bool, ok bool) {
	if d == nil {
		return time.Time{}, false, false
	}
	if d.DateTime != "" {
		t, err := time.Parse(time.RFC3339, d.DateTime)
		if err != nil {
			return time.Time{}, false, false
		}
		return t.UTC(), false, true
	}
	if d.Date != "" {
		t, err := time.Parse(time.DateOnly, d.Date)
		if err != nil {
			return time.Time{}, false, false
		}
		return t, true, true
	}
	return time.Time{}, false, false
}

// meetingURL finds the video link: Google Meet (hangoutLink), a conference
// entry point of type video (Meet, Zoom or Teams add-ons), else the first
// known meeting URL in the location or the description.
func meetingURL(e *gcal.Event) string {
	if u := safeURL(e.HangoutLink); u != "" {
		return u
	}
	if e.ConferenceData != nil {
		for _, ep := range e.ConferenceData.EntryPoints {
			if ep != nil && ep.EntryPointType == "video" {
				if u := safeURL(ep.Uri); u != "" {
					return u
				}
			}
		}
	}
	for _, text := range []string{e.Location, e.Description} {
		if u := findMeetingURL(text); u != "" {
			return u
		}
	}
	return ""
}

var urlRe = lazyre.New(`https://[^\s<>"'\\]+`)

// meetingHosts are the video services recognised in free text (a suffix match on the host).
var meetingHosts = []string{
	"zoom.us", "zoomgov.com", "teams.microsoft.com", "teams.live.com", "meet.google.com",
	"webex.com", "whereby.com", "meet.jit.si", "chime.aws", "gotomeeting.com", "meet.goto.com",
	"bluejeans.com", "skype.com",
}

// findMeetingURL returns the first https URL in text whose host is a known meeting service.
func findMeetingURL(text string) string {
	if len(text) > maxDescription {
		text = text[:maxDescription]
	}
	for _, raw := range urlRe.FindAllString(text, 50) {
		raw = strings.ReplaceAll(raw, "&amp;", "&")
		raw = strings.TrimRight(raw, ".,;:!?)]}>")
		u, err := url.Parse(raw)
		if err != nil {
			continue
		}
		host := strings.ToLower(u.Hostname())
		for _, h := range meetingHosts {
			if host == h || strings.HasSuffix(host, "."+h) {
				return safeURL(raw)
			}
		}
	}
	return ""
}

// safeURL keeps only http(s) URLs of sane length: the UI turns it into a link.
func safeURL(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 2000 {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return ""
	}
	return u.String()
}

// clipText cuts s to at most n bytes on a rune boundary.
func clipText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }
