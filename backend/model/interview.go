package model

import (
	"net/url"
	"strings"
	"time"
)

// InterviewKind says how an interview takes place.
type InterviewKind string

// Interview kinds; "" is an interview from a calendar, whose kind is not known.
const (
	InterviewUnknown InterviewKind = ""
	InterviewPhone   InterviewKind = "phone"
	InterviewVideo   InterviewKind = "video"
	InterviewOnsite  InterviewKind = "onsite"
	InterviewOther   InterviewKind = "other"
)

// InterviewKinds lists the kinds an interview added by hand may have.
var InterviewKinds = []InterviewKind{InterviewPhone, InterviewVideo, InterviewOnsite, InterviewOther}

// Label is the kind in words ("Phone", "On-site"), "" for none.
func (k InterviewKind) Label() string {
	switch k {
	case InterviewPhone:
		return "Phone"
	case InterviewVideo:
		return "Video"
	case InterviewOnsite:
		return "On-site"
	case InterviewOther:
		return "Other"
	}
	return ""
}

// Interview lengths accepted for an interview added by hand, in minutes.
const (
	DefaultInterviewMinutes = 60
	MaxInterviewMinutes     = 24 * 60
)

// InterviewInput is an interview the user adds or edits by hand: a local
// date and time in a time zone, how long it lasts, its kind, a link to join
// and notes.
type InterviewInput struct {
	ApplicationID int64  `json:"applicationId"`
	Date          string `json:"date"`     // YYYY-MM-DD
	Time          string `json:"time"`     // HH:MM, 24-hour clock
	TimeZone      string `json:"timeZone"` // IANA name ("Europe/Berlin"); "" means the computer's zone
	// Minutes is how long it lasts; 0 means DefaultInterviewMinutes.
	Minutes  int           `json:"minutes"`
	Kind     InterviewKind `json:"kind"`
	Title    string        `json:"title"`    // "" makes one from the kind and the company
	Link     string        `json:"link"`     // a web address to join, or ""
	Location string        `json:"location"` // an address or a phone number, or ""
	Notes    string        `json:"notes"`
}

// Schedule checks the input and returns its start and end (UTC) and the
// time zone it was given in ("" for local, the computer's zone or the
// one given).
func (in *InterviewInput) Schedule(local *time.Location) (start, end time.Time, zone string, err error) {
	in.Title, in.Link = strings.TrimSpace(in.Title), strings.TrimSpace(in.Link)
	in.Location, in.Notes = strings.TrimSpace(in.Location), strings.TrimSpace(in.Notes)
	in.TimeZone = strings.TrimSpace(in.TimeZone)
	if in.ApplicationID <= 0 {
		return start, end, "", Invalid("applicationId", "choose the application the interview is for")
	}
	if !oneOfKinds(in.Kind) {
		return start, end, "", Invalid("kind", "the kind must be phone, video, onsite or other (not %q)", in.Kind)
	}
	for field, v := range map[string]string{"title": in.Title, "link": in.Link, "location": in.Location} {
		if len(v) > MaxShortText {
			return start, end, "", Invalid(field, "%s is too long (at most %d characters)", field, MaxShortText)
		}
	}
	if len(in.Notes) > MaxLongText {
		return start, end, "", Invalid("notes", "the notes are too long (%d characters, at most %d)", len(in.Notes), MaxLongText)
	}
	if in.Link != "" {
		u, perr := url.Parse(in.Link)
		if perr != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return start, end, "", Invalid("link", "the link must be a web address starting with https:// (not %q)", in.Link)
		}
	}
	loc := local
	if loc == nil {
		loc = time.Local
	}
	if in.TimeZone != "" {
		l, lerr := time.LoadLocation(in.TimeZone)
		if lerr != nil || in.TimeZone == "Local" {
			return start, end, "", Invalid("timeZone", "%q is not a time zone (use a name like Europe/Berlin)", in.TimeZone)
		}
		loc = l
	}
	day, derr := time.ParseInLocation("2006-01-02", strings.TrimSpace(in.Date), loc)
	if derr != nil {
		return start, end, "", Invalid("date", "%q is not a date (YYYY-MM-DD)", in.Date)
	}
	clock, terr := time.Parse("15:04", strings.TrimSpace(in.Time))
	if terr != nil {
		return start, end, "", Invalid("time", "%q is not a time of day (HH:MM)", in.Time)
	}
	minutes := in.Minutes
	if minutes == 0 {
		minutes = DefaultInterviewMinutes
	}
	if minutes < 0 || minutes > MaxInterviewMinutes {
		return start, end, "", Invalid("minutes", "the length must be between 1 minute and 24 hours (not %d minutes)", minutes)
	}
	in.Minutes = minutes
	s := time.Date(day.Year(), day.Month(), day.Day(), clock.Hour(), clock.Minute(), 0, 0, loc)
	return s.UTC(), s.Add(time.Duration(minutes) * time.Minute).UTC(), in.TimeZone, nil
}

func oneOfKinds(k InterviewKind) bool {
	for _, v := range InterviewKinds {
		if k == v {
			return true
		}
	}
	return false
}
