package shellport

// Event names sent from Go to the UI, each with its payload type. Names are
// "area:verb"; every payload of long-running work carries the job id. The
// frontend listens with EventsOn(name, handler) and receives the payload as
// JSON (field names below).
const (
	// EventJobProgress reports progress of a long job; payload JobProgress.
	// backend/jobrun throttles it to at most one event per 100 ms.
	EventJobProgress = "job:progress"
	// EventJobDone reports that a long job finished, failed or was
	// cancelled; payload JobDone.
	EventJobDone = "job:done"
	// EventAIDelta streams a piece of model output; payload AIDelta.
	EventAIDelta = "ai:delta"
	// EventAppChanged says applications changed outside the UI's own call
	// (import, calendar sync, CLI); payload AppChanged.
	EventAppChanged = "app:changed"
	// EventReminderDue says a follow-up reminder is due; payload ReminderDue.
	EventReminderDue = "reminder:due"
	// EventOpenApplication asks the page to show one application (the
	// window was started, or started again, with --open-application ID);
	// payload OpenApplicationRequest.
	EventOpenApplication = "app:open"
	// EventMailChanged says job e-mail was read, confirmed or dismissed
	// (an import, an IMAP check, the CLI's confirm); payload MailChanged.
	EventMailChanged = "mail:changed"
)

// MailChanged is the payload of EventMailChanged.
type MailChanged struct {
	// Proposed is how many messages now wait for the user's word.
	Proposed int `json:"proposed"`
}

// OpenApplicationRequest is the payload of EventOpenApplication.
type OpenApplicationRequest struct {
	ID int64 `json:"id"`
}

// JobProgress is the payload of EventJobProgress.
type JobProgress struct {
	// ID identifies the job (returned by the call that started it).
	ID string `json:"id"`
	// Done and Total count units of work; Total is 0 when unknown.
	Done  int64 `json:"done"`
	Total int64 `json:"total"`
	// Message is a short human-readable stage ("Reading page 3 of 7").
	Message string `json:"message,omitempty"`
}

// JobDone is the payload of EventJobDone.
type JobDone struct {
	ID string `json:"id"`
	// OK is true when the job succeeded.
	OK bool `json:"ok"`
	// Cancelled is true when the user cancelled the job.
	Cancelled bool `json:"cancelled,omitempty"`
	// Error is the typed error code and message when the job failed.
	ErrorCode    string `json:"errorCode,omitempty"`
	ErrorMessage string `json:"errorMessage,omitempty"`
	// Result is job-specific output (for example the id of a saved draft).
	Result any `json:"result,omitempty"`
}

// AIDelta is the payload of EventAIDelta.
type AIDelta struct {
	// ID is the job id of the generation.
	ID string `json:"id"`
	// Text is the next piece of output, to append.
	Text string `json:"text"`
}

// AppChanged is the payload of EventAppChanged.
type AppChanged struct {
	// IDs lists the applications that were created, changed or deleted.
	IDs []int64 `json:"ids"`
}

// ReminderDue is the payload of EventReminderDue.
type ReminderDue struct {
	// ApplicationID is the application the reminder belongs to.
	ApplicationID int64 `json:"applicationId"`
	// Title is the reminder text.
	Title string `json:"title"`
	// Due is the due time, UTC RFC 3339.
	Due string `json:"due"`
	// Company and ApplicationTitle name the application ("" when none).
	Company          string `json:"company"`
	ApplicationTitle string `json:"applicationTitle"`
}
