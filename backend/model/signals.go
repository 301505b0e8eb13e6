package model

// Signals are what a list row or a board card flags about an application
// beyond its own fields: the next interview and follow-ups that are due.
// Only applications with at least one signal are listed.
type Signals struct {
	ID int64 `json:"id"`
	// NextInterview is the start (RFC 3339, UTC) of the next confirmed
	// interview that has not started yet, or "".
	NextInterview string `json:"nextInterview"`
	// NextInterviewTitle is that interview's calendar title.
	NextInterviewTitle string `json:"nextInterviewTitle"`
	// FollowUpDue is the earliest day ("YYYY-MM-DD") among the open tasks
	// and the application's own follow-up date that is due on or before the
	// day asked about, or "".
	FollowUpDue string `json:"followUpDue"`
	// FollowUpsDue counts them (each open task, plus one for the follow-up date).
	FollowUpsDue int `json:"followUpsDue"`
}
