// Package calendar brings interviews in from calendars: Google Calendar
// (package google) and iCalendar files (package ics). This file holds the
// event type both produce; package match recognises interviews among them
// and ties them to applications.
package calendar

import "time"

// Source says where an event came from.
type Source string

// Event sources.
const (
	SourceGoogle Source = "google"
	SourceICS    Source = "ics"
	// SourceManual is an interview the user added by hand in the app.
	SourceManual Source = "manual"
)

// Person is an attendee or organiser.
type Person struct {
	Name  string `json:"name,omitempty"`
	Email string `json:"email,omitempty"`
}

// Event is one calendar event occurrence (recurring events are expanded into
// one Event per instance, each with its own UID+RecurrenceID key).
type Event struct {
	Source       Source    `json:"source"`
	CalendarID   string    `json:"calendarId,omitempty"`   // Google calendar id, or the file name for ICS
	UID          string    `json:"uid"`                    // iCalUID / UID
	ExternalID   string    `json:"externalId,omitempty"`   // Google event id (instance id for expanded recurrences)
	RecurrenceID string    `json:"recurrenceId,omitempty"` // original start of this instance, RFC 3339 UTC, "" if not recurring
	Title        string    `json:"title"`
	Description  string    `json:"description,omitempty"`
	Location     string    `json:"location,omitempty"`
	Start        time.Time `json:"start"` // UTC
	End          time.Time `json:"end"`   // UTC
	AllDay       bool      `json:"allDay"`
	TimeZone     string    `json:"timeZone,omitempty"` // IANA name the event was written in, if known
	MeetingURL   string    `json:"meetingUrl,omitempty"`
	Organizer    *Person   `json:"organizer,omitempty"`
	Attendees    []Person  `json:"attendees,omitempty"`
	Status       string    `json:"status,omitempty"` // confirmed, tentative, cancelled
	Updated      time.Time `json:"updated,omitempty"`
	// Categories are the event's CATEGORIES ("Interview", "Phone"): written
	// to an .ics export and read from an .ics file, not stored.
	Categories []string `json:"categories,omitempty"`
}

// Key identifies an event occurrence across imports: source, UID and recurrence id.
func (e Event) Key() string { return string(e.Source) + "|" + e.UID + "|" + e.RecurrenceID }
