package model

import (
	"net/url"
	"strings"
	"time"
	"unicode"

	"github.com/huntbook/huntbook/backend/lazyre"
)

// Remote is where the work happens.
type Remote string

// Remote policies; RemoteUnknown (the empty value) means unknown.
const (
	RemoteUnknown Remote = ""
	RemoteOnsite  Remote = "onsite"
	RemoteHybrid  Remote = "hybrid"
	RemoteRemote  Remote = "remote"
)

// Outcome is how an application ended, separate from its stage. OutcomeOpen
// means it is still going.
type Outcome string

// Outcomes.
const (
	OutcomeOpen      Outcome = "open"
	OutcomeAccepted  Outcome = "accepted"
	OutcomeRejected  Outcome = "rejected"
	OutcomeWithdrawn Outcome = "withdrawn"
	OutcomeGhosted   Outcome = "ghosted"
	OutcomeExpired   Outcome = "expired"
)

// Outcomes lists every outcome in display order.
var Outcomes = []Outcome{OutcomeOpen, OutcomeAccepted, OutcomeRejected, OutcomeWithdrawn, OutcomeGhosted, OutcomeExpired}

// ParseOutcome returns the outcome named s (case-insensitive).
func ParseOutcome(s string) (Outcome, error) {
	v := Outcome(strings.ToLower(strings.TrimSpace(s)))
	for _, o := range Outcomes {
		if v == o {
			return o, nil
		}
	}
	return "", Invalid("outcome", "unknown outcome %q (use one of: open, accepted, rejected, withdrawn, ghosted, expired)", s)
}

// ParseRemote returns the remote policy named s; "" stays unknown.
func ParseRemote(s string) (Remote, error) {
	switch v := strings.ToLower(strings.TrimSpace(s)); v {
	case "":
		return "", nil
	case "onsite", "on-site", "on site", "office", "in office", "in-office":
		return RemoteOnsite, nil
	case "hybrid":
		return RemoteHybrid, nil
	case "remote", "fully remote", "wfh":
		return RemoteRemote, nil
	}
	return "", Invalid("remote", "unknown remote policy %q (use onsite, hybrid or remote)", s)
}

// Period is what a salary figure is paid per.
type Period string

// Salary periods; PeriodUnknown (the empty value) means not given.
const (
	PeriodUnknown Period = ""
	PeriodYear    Period = "year"
	PeriodMonth   Period = "month"
	PeriodHour    Period = "hour"
)

// Salary is a pay range in integer minor units (cents) of Currency.
type Salary struct {
	Min      int64  `json:"min"`
	Max      int64  `json:"max"`
	Currency string `json:"currency"` // ISO 4217, e.g. "EUR"
	Period   Period `json:"period"`
}

// IsZero reports whether no salary is set.
func (s Salary) IsZero() bool { return s.Min == 0 && s.Max == 0 }

// Stage is one column of the user's pipeline.
type Stage struct {
	ID       int64  `json:"id"`
	Name     string `json:"name"`
	Position int    `json:"position"`
}

// DefaultStages is the pipeline a new database starts with.
var DefaultStages = []string{"Wishlist", "Applied", "Screening", "Interviewing", "Offer"}

// Application is one job the user is interested in or has applied to.
// Dates without a time (DateApplied, Deadline, FollowUp) are "YYYY-MM-DD" or "".
type Application struct {
	ID          int64     `json:"id"`
	Company     string    `json:"company"`
	Title       string    `json:"title"`
	URL         string    `json:"url"`
	Location    string    `json:"location"`
	Remote      Remote    `json:"remote"`
	Salary      Salary    `json:"salary"`
	Source      string    `json:"source"`
	Description string    `json:"description"`
	DateApplied string    `json:"dateApplied"`
	Deadline    string    `json:"deadline"`
	FollowUp    string    `json:"followUp"`
	Priority    int       `json:"priority"` // 0 none, 1 low, 2 medium, 3 high
	Tags        []string  `json:"tags"`
	StageID     int64     `json:"stageId"`
	Stage       string    `json:"stage"` // the stage's name, filled in on read
	Outcome     Outcome   `json:"outcome"`
	CreatedAt   time.Time `json:"createdAt"`
	UpdatedAt   time.Time `json:"updatedAt"`
}

// ApplicationEdit changes some fields of an application, as the user made
// them on a copy read earlier. Fields names what changed, by JSON name (see
// EditableFields); Set holds the new values and Base the values the copy
// had, for those fields only: the rest of both is ignored, so a field the
// user did not touch (the stage above all) is never written back. A field
// that someone else changed since the copy was read is not overwritten: the
// edit fails with a CodeConflict *Error whose Conflicts hold both values.
type ApplicationEdit struct {
	ID     int64       `json:"id"`
	Fields []string    `json:"fields"`
	Base   Application `json:"base"`
	Set    Application `json:"set"`
}

// EditableFields are the fields an ApplicationEdit may change. The stage
// and the outcome change through their own calls, which record history.
var EditableFields = []string{"company", "title", "url", "location", "remote", "salary", "source", "description",
	"dateApplied", "deadline", "followUp", "priority", "tags"}

// Limits on text fields, so one bad paste cannot bloat the database.
const (
	MaxShortText   = 500
	MaxLongText    = 200_000
	MaxTags        = 50
	DateLayout     = "2006-01-02"
	MaxPriority    = 3
	maxTagLength   = 60
	maxURLLength   = 2048
	maxCurrencyLen = 3
)

// Normalize trims fields and lower-cases tags, dropping duplicates.
func (a *Application) Normalize() {
	a.Company = strings.TrimSpace(a.Company)
	a.Title = strings.TrimSpace(a.Title)
	a.URL = strings.TrimSpace(a.URL)
	a.Location = strings.TrimSpace(a.Location)
	a.Source = strings.TrimSpace(a.Source)
	a.DateApplied = strings.TrimSpace(a.DateApplied)
	a.Deadline = strings.TrimSpace(a.Deadline)
	a.FollowUp = strings.TrimSpace(a.FollowUp)
	a.Salary.Currency = strings.ToUpper(strings.TrimSpace(a.Salary.Currency))
	a.Tags = NormalizeTags(a.Tags)
	if a.Outcome == "" {
		a.Outcome = OutcomeOpen
	}
}

// NormalizeTags trims, lower-cases and de-duplicates tags, keeping order.
func NormalizeTags(tags []string) []string {
	out := make([]string, 0, len(tags))
	seen := map[string]bool{}
	for _, t := range tags {
		t = strings.ToLower(strings.TrimSpace(t))
		if t == "" || seen[t] {
			continue
		}
		seen[t] = true
		out = append(out, t)
	}
	return out
}

// Validate checks an application after Normalize and returns an *Error that
// names the first bad field.
func (a *Application) Validate() error {
	if a.Company == "" {
		return Invalid("company", "company is required")
	}
	if a.Title == "" {
		return Invalid("title", "job title is required")
	}
	for field, v := range map[string]string{"company": a.Company, "title": a.Title, "location": a.Location, "source": a.Source} {
		if len(v) > MaxShortText {
			return Invalid(field, "%s is too long (%d characters, at most %d)", field, len(v), MaxShortText)
		}
	}
	if len(a.Description) > MaxLongText {
		return Invalid("description", "job description is too long (%d characters, at most %d)", len(a.Description), MaxLongText)
	}
	if a.URL != "" {
		if err := ValidateURL("url", a.URL); err != nil {
			return err
		}
	}
	for field, v := range map[string]string{"dateApplied": a.DateApplied, "deadline": a.Deadline, "followUp": a.FollowUp} {
		if err := ValidateDate(field, v); err != nil {
			return err
		}
	}
	switch a.Remote {
	case "", RemoteOnsite, RemoteHybrid, RemoteRemote:
	default:
		return Invalid("remote", "unknown remote policy %q (use onsite, hybrid or remote)", a.Remote)
	}
	if _, err := ParseOutcome(string(a.Outcome)); err != nil {
		return err
	}
	if a.Priority < 0 || a.Priority > MaxPriority {
		return Invalid("priority", "priority must be between 0 and %d", MaxPriority)
	}
	if err := a.Salary.Validate(); err != nil {
		return err
	}
	if len(a.Tags) > MaxTags {
		return Invalid("tags", "too many tags (%d, at most %d)", len(a.Tags), MaxTags)
	}
	for _, t := range a.Tags {
		if len(t) > maxTagLength {
			return Invalid("tags", "tag %q is too long (at most %d characters)", t, maxTagLength)
		}
	}
	return nil
}

// Validate checks a salary range.
func (s Salary) Validate() error {
	if s.IsZero() {
		return nil
	}
	if s.Min < 0 || s.Max < 0 {
		return Invalid("salary", "salary cannot be negative")
	}
	if s.Max != 0 && s.Min > s.Max {
		return Invalid("salary", "salary minimum is above the maximum")
	}
	if len(s.Currency) != maxCurrencyLen || !isUpperASCII(s.Currency) {
		return Invalid("salary", "salary currency must be a three-letter code such as EUR or USD")
	}
	switch s.Period {
	case PeriodYear, PeriodMonth, PeriodHour:
	default:
		return Invalid("salary", "salary period must be year, month or hour")
	}
	return nil
}

func isUpperASCII(s string) bool {
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// ValidateDate checks that v is "" or a real calendar date YYYY-MM-DD.
func ValidateDate(field, v string) error {
	if v == "" {
		return nil
	}
	if _, err := time.Parse(DateLayout, v); err != nil {
		return Invalid(field, "%s %q is not a date (use YYYY-MM-DD)", field, v)
	}
	return nil
}

// ValidateURL checks that v is an absolute http(s) URL.
func ValidateURL(field, v string) error {
	if len(v) > maxURLLength {
		return Invalid(field, "%s is too long", field)
	}
	u, err := url.Parse(v)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return Invalid(field, "%s %q is not a web address (it should start with https://)", field, v)
	}
	return nil
}

var companySuffix = lazyre.New(`\b(incorporated|inc|llc|ltd|limited|gmbh|ag|sa|sas|srl|bv|nv|plc|corp|corporation|co|company|` +
	`oy|ab|as|aps|kg|pty|pvt|s\.a|s\.l)\.?$`)

// NormalizeCompany reduces a company name to a key for duplicate detection:
// lower case, letters and digits only, legal suffixes dropped.
// "ACME, Inc." and "Acme" give the same key.
func NormalizeCompany(name string) string {
	s := strings.ToLower(strings.TrimSpace(name))
	for {
		t := strings.TrimRight(s, " .,")
		t = strings.TrimSpace(companySuffix.ReplaceAllString(t, ""))
		if t == s || t == "" {
			break
		}
		s = t
	}
	return alnum(s)
}

// NormalizeTitle reduces a job title to a key for duplicate detection.
func NormalizeTitle(title string) string { return alnum(strings.ToLower(title)) }

func alnum(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
