package model

import (
	"strings"
	"time"
)

// MailKind is what a job e-mail says.
type MailKind string

// Mail kinds. Messages of kind other (job alerts, newsletters) are counted
// in an import's report and never stored.
const (
	MailConfirmation MailKind = "confirmation"
	MailRejection    MailKind = "rejection"
	MailInterview    MailKind = "interview"
	MailOffer        MailKind = "offer"
	MailOutreach     MailKind = "outreach"
	MailAssessment   MailKind = "assessment"
	MailOther        MailKind = "other"
)

// MailKinds lists the kinds a stored message may have.
var MailKinds = []MailKind{MailConfirmation, MailRejection, MailInterview, MailOffer, MailOutreach, MailAssessment}

// ParseMailKind returns the stored kind named s, or an error naming field.
func ParseMailKind(field, s string) (MailKind, error) {
	k := MailKind(strings.ToLower(strings.TrimSpace(s)))
	for _, m := range MailKinds {
		if m == k {
			return k, nil
		}
	}
	return "", Invalid(field, "unknown kind of message %q (confirmation, rejection, interview, offer, outreach or assessment)", s)
}

// Label is the kind in words ("Rejection").
func (k MailKind) Label() string {
	switch k {
	case MailConfirmation:
		return "Application received"
	case MailRejection:
		return "Rejection"
	case MailInterview:
		return "Interview"
	case MailOffer:
		return "Offer"
	case MailOutreach:
		return "Recruiter outreach"
	case MailAssessment:
		return "Assessment"
	}
	return "Other"
}

// MailStatus is what became of a proposal.
type MailStatus string

// Mail statuses.
const (
	MailProposed    MailStatus = "proposed"
	MailConfirmed   MailStatus = "confirmed"
	MailDismissed   MailStatus = "dismissed"
	MailAutoApplied MailStatus = "auto-applied"
)

// MailSlot is a time an interview takes place at or could: the start and
// end (UTC; End may be zero when not said) and the words it was read from.
type MailSlot struct {
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
	Text  string    `json:"text"`
}

// MailFacts are what was read from a message besides its kind.
type MailFacts struct {
	Company     string `json:"company"`
	Title       string `json:"title"`
	Requisition string `json:"requisition"`
	// Platform names the applicant-tracking system that sent it ("Workday").
	Platform string `json:"platform"`
	Language string `json:"language"`
	// Interview is the booked time, when the message gives one.
	Interview *MailSlot `json:"interview"`
	// Slots are times proposed to choose from (not booked).
	Slots []MailSlot `json:"slots"`
}

// MailMatch is the application a message was matched to, with why.
type MailMatch struct {
	ApplicationID int64    `json:"applicationId"`
	Company       string   `json:"company"`
	Title         string   `json:"title"`
	Stage         string   `json:"stage"`
	Outcome       Outcome  `json:"outcome"`
	Confidence    float64  `json:"confidence"`
	Reasons       []string `json:"reasons"`
}

// MailMessage is one stored job e-mail with what it proposes.
type MailMessage struct {
	ID        int64     `json:"id"`
	MessageID string    `json:"messageId"`
	FromName  string    `json:"fromName"`
	FromEmail string    `json:"fromEmail"`
	Date      time.Time `json:"date"`
	Subject   string    `json:"subject"`
	Snippet   string    `json:"snippet"`
	// FullText is kept only when the user chose to keep messages whole.
	FullText   string    `json:"fullText"`
	Kind       MailKind  `json:"kind"`
	Confidence float64   `json:"confidence"`
	Reasons    []string  `json:"reasons"`
	Facts      MailFacts `json:"facts"`
	// Match is the application it belongs to (proposed, or the one the
	// user confirmed); nil offers a new application.
	Match      *MailMatch `json:"match"`
	Status     MailStatus `json:"status"`
	Origin     string     `json:"origin"` // "file", "paste" or "imap"
	Source     string     `json:"source"`
	ImportedAt time.Time  `json:"importedAt"`
	DecidedAt  *time.Time `json:"decidedAt"`
}

// MailConfirm is the user's word on a proposal, with their edits: the kind,
// the application (0 with NewApplication for a new one), and for an
// interview its start (RFC 3339; "" takes the one read, or Slot).
type MailConfirm struct {
	ID             int64    `json:"id"`
	Kind           MailKind `json:"kind"`
	ApplicationID  int64    `json:"applicationId"`
	NewApplication bool     `json:"newApplication"`
	// Company and Title name a new application ("" takes those read).
	Company string `json:"company"`
	Title   string `json:"title"`
	// InterviewStart is the interview's start as RFC 3339, or "".
	InterviewStart string `json:"interviewStart"`
	// Slot picks one of the proposed slots (index + 1); 0 for none.
	Slot int `json:"slot"`
}

// MailSnippetLength bounds the snippet kept of a message, in characters.
const MailSnippetLength = 300
