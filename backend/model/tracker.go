package model

import (
	"strings"
	"time"
)

// Note is a timestamped Markdown note on an application.
type Note struct {
	ID            int64     `json:"id"`
	ApplicationID int64     `json:"applicationId"`
	Body          string    `json:"body"`
	CreatedAt     time.Time `json:"createdAt"`
	UpdatedAt     time.Time `json:"updatedAt"`
}

// Validate checks a note.
func (n *Note) Validate() error {
	n.Body = strings.TrimSpace(n.Body)
	if n.Body == "" {
		return Invalid("body", "note is empty")
	}
	if len(n.Body) > MaxLongText {
		return Invalid("body", "note is too long (%d characters, at most %d)", len(n.Body), MaxLongText)
	}
	return nil
}

// Contact is a person met during the search, linked to any number of applications.
type Contact struct {
	ID             int64     `json:"id"`
	Name           string    `json:"name"`
	Role           string    `json:"role"`
	Company        string    `json:"company"`
	Email          string    `json:"email"`
	Phone          string    `json:"phone"`
	ProfileURL     string    `json:"profileUrl"`
	Notes          string    `json:"notes"`
	ApplicationIDs []int64   `json:"applicationIds"`
	CreatedAt      time.Time `json:"createdAt"`
	UpdatedAt      time.Time `json:"updatedAt"`
}

// Validate trims and checks a contact.
func (c *Contact) Validate() error {
	c.Name = strings.TrimSpace(c.Name)
	c.Role = strings.TrimSpace(c.Role)
	c.Company = strings.TrimSpace(c.Company)
	c.Email = strings.TrimSpace(c.Email)
	c.Phone = strings.TrimSpace(c.Phone)
	c.ProfileURL = strings.TrimSpace(c.ProfileURL)
	if c.Name == "" {
		return Invalid("name", "contact name is required")
	}
	for field, v := range map[string]string{"name": c.Name, "role": c.Role, "company": c.Company, "email": c.Email, "phone": c.Phone} {
		if len(v) > MaxShortText {
			return Invalid(field, "%s is too long (at most %d characters)", field, MaxShortText)
		}
	}
	if c.Email != "" && (!strings.Contains(c.Email, "@") || strings.ContainsAny(c.Email, " <>")) {
		return Invalid("email", "email %q is not an email address", c.Email)
	}
	if c.ProfileURL != "" {
		if err := ValidateURL("profileUrl", c.ProfileURL); err != nil {
			return err
		}
	}
	if len(c.Notes) > MaxLongText {
		return Invalid("notes", "contact notes are too long")
	}
	return nil
}

// Task is a follow-up or to-do, optionally tied to an application.
type Task struct {
	ID            int64     `json:"id"`
	ApplicationID int64     `json:"applicationId"` // 0: not tied to one
	Title         string    `json:"title"`
	Due           string    `json:"due"` // YYYY-MM-DD or ""
	Done          bool      `json:"done"`
	CreatedAt     time.Time `json:"createdAt"`
	UpdatedAt     time.Time `json:"updatedAt"`
	// Company and ApplicationTitle name the application it belongs to, as
	// listed ("" when not tied to one); a save ignores them.
	Company          string `json:"company"`
	ApplicationTitle string `json:"applicationTitle"`
}

// Validate trims and checks a task.
func (t *Task) Validate() error {
	t.Title = strings.TrimSpace(t.Title)
	t.Due = strings.TrimSpace(t.Due)
	if t.Title == "" {
		return Invalid("title", "task title is required")
	}
	if len(t.Title) > MaxShortText {
		return Invalid("title", "task title is too long (at most %d characters)", MaxShortText)
	}
	return ValidateDate("due", t.Due)
}

// EventKind is what happened to an application.
type EventKind string

// Event kinds recorded on an application's timeline.
const (
	EventCreated EventKind = "created"
	EventStage   EventKind = "stage"
	EventOutcome EventKind = "outcome"
	// EventMail is a confirmed job e-mail, dated by the message: From is
	// its kind ("rejection"), To its sender and subject.
	EventMail EventKind = "email"
)

// Event is one entry of an application's history: a stage or outcome
// change, or a confirmed e-mail.
// From and To are stage names or outcomes as they were at the time.
// Estimated marks an entry whose time is a guess: an import from a CSV
// file or another tracker knows the stage and outcome, not when.
type Event struct {
	ID            int64     `json:"id"`
	ApplicationID int64     `json:"applicationId"`
	Kind          EventKind `json:"kind"`
	From          string    `json:"from"`
	To            string    `json:"to"`
	At            time.Time `json:"at"`
	Estimated     bool      `json:"estimated"`
}

// Validate checks an event that arrives from outside (an import): a known
// kind and names no longer than a stage's or an outcome's.
func (e *Event) Validate() error {
	switch e.Kind {
	case EventCreated, EventStage, EventOutcome, EventMail:
	default:
		return Invalid("kind", "unknown history entry %q (created, stage, outcome or email)", e.Kind)
	}
	if len(e.From) > MaxShortText || len(e.To) > MaxShortText {
		return Invalid("to", "a history entry names a stage or outcome longer than %d characters", MaxShortText)
	}
	if e.Kind == EventOutcome {
		if _, err := ParseOutcome(e.To); err != nil {
			return err
		}
	}
	return nil
}

// SortField names a column the application list can be sorted by.
type SortField string

// Sort fields.
const (
	SortUpdated  SortField = "updated"
	SortCreated  SortField = "created"
	SortApplied  SortField = "applied"
	SortCompany  SortField = "company"
	SortTitle    SortField = "title"
	SortStage    SortField = "stage"
	SortPriority SortField = "priority"
	SortDeadline SortField = "deadline"
	SortFollowUp SortField = "followUp"
)

// ListQuery selects, sorts and pages applications. Zero values mean "any".
type ListQuery struct {
	Search      string    `json:"search"` // full-text: company, title, description, notes, contacts
	StageIDs    []int64   `json:"stageIds"`
	Stage       string    `json:"stage"` // a stage by name (CLI)
	Outcomes    []Outcome `json:"outcomes"`
	Tag         string    `json:"tag"`
	AppliedFrom string    `json:"appliedFrom"` // YYYY-MM-DD inclusive
	AppliedTo   string    `json:"appliedTo"`   // YYYY-MM-DD inclusive
	Sort        SortField `json:"sort"`
	Desc        bool      `json:"desc"`
	Limit       int       `json:"limit"` // 0: no limit
	Offset      int       `json:"offset"`
}

// Validate checks the query's dates and sort field.
func (q *ListQuery) Validate() error {
	if err := ValidateDate("appliedFrom", q.AppliedFrom); err != nil {
		return err
	}
	if err := ValidateDate("appliedTo", q.AppliedTo); err != nil {
		return err
	}
	switch q.Sort {
	case "", SortUpdated, SortCreated, SortApplied, SortCompany, SortTitle, SortStage, SortPriority, SortDeadline, SortFollowUp:
	default:
		return Invalid("sort", "cannot sort by %q", q.Sort)
	}
	for _, o := range q.Outcomes {
		if _, err := ParseOutcome(string(o)); err != nil {
			return err
		}
	}
	if q.Limit < 0 || q.Offset < 0 {
		return Invalid("limit", "limit and offset cannot be negative")
	}
	return nil
}

// ListResult is one page of applications (without their descriptions) and
// the total that matched.
type ListResult struct {
	Items []Application `json:"items"`
	Total int           `json:"total"`
}

// Card is the part of an application the board shows.
type Card struct {
	ID       int64    `json:"id"`
	Company  string   `json:"company"`
	Title    string   `json:"title"`
	StageID  int64    `json:"stageId"`
	Outcome  Outcome  `json:"outcome"`
	Priority int      `json:"priority"`
	Tags     []string `json:"tags"` // never null in JSON: [] when none
	// Location, Remote, Salary and DateApplied are the application's, for
	// the card's second line.
	Location    string `json:"location"`
	Remote      Remote `json:"remote"`
	Salary      Salary `json:"salary"`
	DateApplied string `json:"dateApplied"`
}

// CardList is one page of cards and how many match in all.
type CardList struct {
	Items []Card `json:"items"`
	Total int    `json:"total"`
}

// ApplicationDetail is an application with everything attached to it.
type ApplicationDetail struct {
	Application Application   `json:"application"`
	Notes       []Note        `json:"notes"`
	Contacts    []Contact     `json:"contacts"`
	Tasks       []Task        `json:"tasks"`
	Events      []Event       `json:"events"`
	Interviews  []Interview   `json:"interviews"` // calendar events confirmed for it
	Duplicates  []Application `json:"duplicates"` // others with the same link or the same company and title
}

// Interview is a calendar event the user confirmed as an interview for an
// application, as its timeline shows it.
type Interview struct {
	Key        string    `json:"key"` // the calendar event's key
	Title      string    `json:"title"`
	Start      time.Time `json:"start"`
	End        time.Time `json:"end"`
	AllDay     bool      `json:"allDay"`
	Location   string    `json:"location"`
	MeetingURL string    `json:"meetingUrl"`
	// Source is where it came from: "ics", "google", or "manual" (added by
	// hand: only those are edited and deleted in the app).
	Source   string        `json:"source"`
	Kind     InterviewKind `json:"kind"`     // "" for a calendar's event
	TimeZone string        `json:"timeZone"` // IANA name it was set in, "" if not known
	Notes    string        `json:"notes"`    // the event's description
}
