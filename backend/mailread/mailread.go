// Package mailread reads job e-mail offline and says what it means. It owns
// the reading of messages (.eml files, pasted text, mbox files and folders
// of them, and the RFC 822 messages the IMAP client synthesizes) into
// Message values with the employer's own words separated from quoted
// replies and the candidate's text, and the classification of a message
// (Classify) into a Reading: its kind (confirmation, rejection, interview,
// offer, outreach, assessment, other) with a confidence and reasons a user
// can read, the company, job title and requisition number, a booked
// interview time or proposed slots, and the language (en, de, fr, es, nl).
//
// Everything here is local and deterministic: nothing is fetched (remote
// images and links in HTML are dropped), nothing is stored. Limits bound
// untrusted input: the size of one message, the size of an mbox (which is
// streamed, never loaded whole), and a deadline per message. Matching a
// message to an application, storing it and proposing changes belong to the
// callers (backend/store, backend/service).
package mailread

import (
	"time"
)

// Default limits (see Limits).
const (
	DefaultMaxMessageBytes = 50 << 20
	DefaultMaxMboxBytes    = 2 << 30
	DefaultPerMessage      = 5 * time.Second
)

// Limits bound what one read accepts. A zero field takes its default.
type Limits struct {
	// MaxMessageBytes is the largest single message read (default 50 MB).
	MaxMessageBytes int64
	// MaxMboxBytes is the largest mbox file read (default 2 GB); an mbox
	// beyond it is read up to the limit and then fails.
	MaxMboxBytes int64
	// PerMessage is the time one message may take to read (default 5 s).
	PerMessage time.Duration
}

func (l Limits) withDefaults() Limits {
	if l.MaxMessageBytes <= 0 {
		l.MaxMessageBytes = DefaultMaxMessageBytes
	}
	if l.MaxMboxBytes <= 0 {
		l.MaxMboxBytes = DefaultMaxMboxBytes
	}
	if l.PerMessage <= 0 {
		l.PerMessage = DefaultPerMessage
	}
	return l
}

// Address is one mailbox of a header: display name and address.
type Address struct {
	Name  string `json:"name"`
	Email string `json:"email"`
}

// Domain returns the lower-cased part of Email after the @, or "".
func (a Address) Domain() string {
	for i := len(a.Email) - 1; i >= 0; i-- {
		if a.Email[i] == '@' {
			return toLowerASCII(a.Email[i+1:])
		}
	}
	return ""
}

// Message is one e-mail as read: its envelope, its text, and the raw
// calendar parts.
type Message struct {
	// ID is the Message-ID without the angle brackets.
	ID         string
	InReplyTo  string
	References []string
	From       Address
	ReplyTo    Address
	To         []Address
	// Date is the Date header; zero when it is missing or unreadable.
	Date    time.Time
	Subject string
	// Text is what the employer wrote: the text/plain part (or the HTML part
	// turned into text), without quoted replies, the candidate's own text
	// above a forwarded message, or the forwarded-header blocks. A forwarded
	// employer message is kept.
	Text string
	// FullText is the whole text body, quotes included.
	FullText string
	// Forwarded is the sender of the message this one forwards (the
	// employer, when a candidate forwards an employer's mail to themselves),
	// with its subject and date; empty when nothing is forwarded.
	Forwarded        Address
	ForwardedSubject string
	ForwardedDate    time.Time
	// Calendar holds the raw text/calendar parts (invitations).
	Calendar [][]byte
	// Header keeps the few headers the classifier uses (List-Unsubscribe,
	// List-Id, Auto-Submitted, Precedence, X-Mailer, ...), by canonical name.
	Header map[string]string
}

// Item is one message of a file or folder read by ReadMbox or ReadPath.
type Item struct {
	// Source is the file the message came from.
	Source string
	// Position is the 1-based number of the message in its mbox (1 for an
	// .eml file).
	Position int
	// Message is what was read; nil when Err is set.
	Message *Message
	// Err says why this message could not be read; the others still are.
	Err error
}

// Kind is what a message means for an application.
type Kind string

// The kinds of job e-mail.
const (
	KindConfirmation Kind = "confirmation" // the application was received
	KindRejection    Kind = "rejection"    // the application (or the position) ended
	KindInterview    Kind = "interview"    // an invitation, a request to talk, or proposed slots
	KindOffer        Kind = "offer"        // a job offer
	KindOutreach     Kind = "outreach"     // a recruiter or contact reaching out about a role
	KindAssessment   Kind = "assessment"   // an invitation to a test or assessment
	KindOther        Kind = "other"        // job alerts, newsletters, anything else
)

// Slot is a time: a booked interview or one proposed option.
type Slot struct {
	Start time.Time `json:"start"`
	// End is zero when unknown.
	End time.Time `json:"end"`
	// Text is the words the time was read from.
	Text string `json:"text"`
}

// Reading is what Classify made of a message.
type Reading struct {
	Kind Kind `json:"kind"`
	// Confidence is 0..1.
	Confidence float64 `json:"confidence"`
	// Reasons are short, user-readable English ("subject says
	// 'Unfortunately'", "sent by Workday for Rapid7").
	Reasons     []string `json:"reasons"`
	Company     string   `json:"company"`
	Title       string   `json:"title"`
	Requisition string   `json:"requisition"`
	// Platform is the applicant tracking system that sent the message
	// ("Workday", "Greenhouse", ...) or "".
	Platform string `json:"platform"`
	// Interview is a booked time (a calendar part, or one fixed time in the
	// text); nil when none.
	Interview *Slot `json:"interview"`
	// Slots are proposed options, not booked.
	Slots []Slot `json:"slots"`
	// Language is "en", "de", "fr", "es" or "nl" ("" when unknown).
	Language string `json:"language"`
}

func toLowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
