package service

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/huntbook/huntbook/backend/mailmatch"
	"github.com/huntbook/huntbook/backend/mailread"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/shellport"
	"github.com/huntbook/huntbook/backend/store"
)

// Mail reads job e-mail on this machine (files, pasted text, and the
// read-only IMAP client in mail_imap.go), keeps the job-related messages as
// proposals matched to applications, and changes an application only when
// the user confirms (or, when they turned it on, for proposals above the
// confidence they chose). Nothing is sent anywhere; remote images and links
// in messages are never loaded.
type Mail struct {
	base
	calendar *Calendar // the user's time zone
	// classify reads a message's kind and facts: mailread.Classify, or
	// what a test gives.
	classify func(*mailread.Message, *time.Location) mailread.Reading
	// limits bound one message read (mailread's defaults: 50 MB a
	// message, 2 GB an mbox, 5 s a message).
	limits mailread.Limits

	mu    sync.Mutex
	ix    *mailmatch.Index // applications prepared for matching, reused briefly
	ixAt  time.Time
	ixSig string

	imap mailIMAP // the read-only IMAP account (mail_imap.go)
}

// MailOrigin says where a message came from.
type MailOrigin struct {
	Kind     string `json:"kind"`     // "file", "paste" or "imap"
	Source   string `json:"source"`   // the file, or the IMAP account
	Folder   string `json:"folder"`   // the IMAP folder
	Position int    `json:"position"` // the message's number in its mbox (1 for an .eml)
	UID      uint32 `json:"uid"`      // the IMAP UID
}

// label is how the origin shows in a proposal ("inbox.mbox", "INBOX").
func (o MailOrigin) label() string {
	switch {
	case o.Kind == "imap" && o.Folder != "":
		return o.Folder
	case o.Source != "":
		return o.Source
	}
	return o.Kind
}

// ingestResult says what became of one message read.
type ingestResult int

const (
	ingestKept  ingestResult = iota // stored as a proposal (or applied)
	ingestKnown                     // read before: nothing new
	ingestOther                     // not job-related: not kept
)

// ingestOutcome is what ingest did with one message.
type ingestOutcome struct {
	result      ingestResult
	autoApplied bool
	appID       int64 // the application changed by an automatic apply
}

// ingestRaw reads one RFC 822 message from r, and keeps it as a proposal
// when it is job-related: classified, matched to an application and stored
// (the IMAP client calls it for each message it fetches). A message read
// before, or not job-related, is passed over without error.
func (m *Mail) ingestRaw(ctx context.Context, origin MailOrigin, r io.Reader) error {
	msg, err := mailread.ReadMessage(r, m.limits)
	if err != nil {
		return err
	}
	out, err := m.ingest(ctx, origin, msg)
	if err != nil {
		return err
	}
	if out.result == ingestKept {
		if out.autoApplied {
			m.changed(out.appID)
		}
		m.mailChanged()
	}
	return nil
}

// ingest classifies, matches and stores one message read.
func (m *Mail) ingest(ctx context.Context, origin MailOrigin, msg *mailread.Message) (ingestOutcome, error) {
	key := messageKey(msg)
	known, err := m.db.MailKnown(ctx, key)
	if err != nil {
		return ingestOutcome{}, err
	}
	if known {
		return ingestOutcome{result: ingestKnown}, nil
	}
	rd := m.classify(msg, m.calendar.location())
	if rd.Kind == mailread.KindOther || rd.Kind == "" {
		return ingestOutcome{result: ingestOther}, nil
	}
	settings, err := m.settings(ctx)
	if err != nil {
		return ingestOutcome{}, err
	}
	in := store.MailInput{Key: key, InReplyTo: msg.InReplyTo, References: msg.References,
		Message: model.MailMessage{MessageID: msg.ID, FromName: msg.From.Name, FromEmail: msg.From.Email, Date: msg.Date.UTC(),
			Subject: clip(msg.Subject, model.MaxShortText), Snippet: snippet(msg.Text), Kind: model.MailKind(rd.Kind),
			Confidence: rd.Confidence, Reasons: nonNil(rd.Reasons), Facts: facts(rd), Origin: origin.Kind, Source: origin.label()}}
	if in.Message.Date.IsZero() {
		in.Message.Date = m.db.Now().UTC()
	}
	if settings.KeepFullText {
		in.Message.FullText = clip(msg.FullText, model.MaxLongText)
	}
	if best, ok, err := m.match(ctx, msg, rd); err != nil {
		return ingestOutcome{}, err
	} else if ok {
		in.ApplicationID, in.MatchConfidence, in.MatchReasons = best.ApplicationID, best.Confidence, best.Reasons
	}
	stored, added, err := m.db.AddMail(ctx, in)
	if err != nil {
		return ingestOutcome{}, err
	}
	if !added {
		return ingestOutcome{result: ingestKnown}, nil
	}
	out := ingestOutcome{result: ingestKept}
	if settings.AutoApply && autoApplies(stored, settings.AutoApplyAbove) {
		done, err := m.apply(ctx, stored, model.MailConfirm{ID: stored.ID}, model.MailAutoApplied)
		if err != nil {
			return out, err
		}
		out.autoApplied = true
		if done.Match != nil {
			out.appID = done.Match.ApplicationID
		}
	}
	return out, nil
}

// autoApplies says whether a stored proposal may be applied without the
// user: read and matched to an existing application at least that sure,
// and for an interview with its time known.
func autoApplies(p model.MailMessage, above float64) bool {
	if p.Match == nil || p.Confidence < above || p.Match.Confidence < above {
		return false
	}
	switch p.Kind {
	case model.MailInterview:
		return p.Facts.Interview != nil
	case model.MailOutreach:
		return false
	}
	return true
}

// messageKey identifies a message across reads: its Message-ID, or a hash
// of its sender, date, subject and text when it has none.
func messageKey(msg *mailread.Message) string {
	if id := strings.TrimSpace(msg.ID); id != "" {
		return strings.ToLower(id)
	}
	h := sha256.New()
	for _, s := range []string{strings.ToLower(msg.From.Email), msg.Date.UTC().Format(time.RFC3339), msg.Subject, clip(msg.Text, 4096)} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}

// match finds the application a message is about.
func (m *Mail) match(ctx context.Context, msg *mailread.Message, rd mailread.Reading) (mailmatch.Match, bool, error) {
	ix, err := m.index(ctx)
	if err != nil {
		return mailmatch.Match{}, false, err
	}
	q := mailmatch.Message{From: msg.From.Email, Company: rd.Company, Title: rd.Title, Subject: msg.Subject, Requisition: rd.Requisition}
	if msg.ReplyTo.Email != "" {
		q.ReplyTo = []string{msg.ReplyTo.Email}
	}
	thread := append([]string{msg.InReplyTo}, msg.References...)
	if q.ThreadApp, q.ThreadSubject, err = m.db.MailThreadApplication(ctx, thread); err != nil {
		return mailmatch.Match{}, false, err
	}
	if rd.Requisition != "" {
		if q.RequisitionApps, err = m.db.ApplicationsMentioning(ctx, rd.Requisition, 20); err != nil {
			return mailmatch.Match{}, false, err
		}
	}
	found := ix.Match(q)
	if len(found) == 0 {
		return mailmatch.Match{}, false, nil
	}
	return found[0], true, nil
}

// indexFor is how long the applications prepared for matching are reused
// while they did not change.
const indexFor = 5 * time.Minute

// index returns the applications prepared for matching, rebuilt when
// stale or when applications or contacts changed (store.MatchSignature).
func (m *Mail) index(ctx context.Context) (*mailmatch.Index, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	sig, err := m.db.MatchSignature(ctx)
	if err != nil {
		return nil, err
	}
	if m.ix != nil && time.Since(m.ixAt) < indexFor && sig == m.ixSig {
		return m.ix, nil
	}
	cands, err := m.db.MatchCandidates(ctx)
	if err != nil {
		return nil, err
	}
	apps := make([]mailmatch.App, len(cands))
	for i, c := range cands {
		apps[i] = mailmatch.App{ID: c.ID, Company: c.Company, Title: c.Title, URL: c.URL, ContactEmails: c.ContactEmails, Open: c.Open}
	}
	m.ix, m.ixAt, m.ixSig = mailmatch.NewIndex(apps), time.Now(), sig
	return m.ix, nil
}

// forgetIndex drops the prepared applications (after this process changed them).
func (m *Mail) forgetIndex() {
	m.mu.Lock()
	m.ix = nil
	m.mu.Unlock()
}

// mailChanged tells the page that proposals changed.
func (m *Mail) mailChanged() {
	n := 0
	if c, err := m.db.MailCounts(m.ctx()); err == nil {
		n = c[model.MailProposed]
	}
	m.deps.Emitter.Emit(shellport.EventMailChanged, shellport.MailChanged{Proposed: n})
}

func facts(rd mailread.Reading) model.MailFacts {
	f := model.MailFacts{Company: clip(rd.Company, model.MaxShortText), Title: clip(rd.Title, model.MaxShortText),
		Requisition: clip(rd.Requisition, 100), Platform: rd.Platform, Language: rd.Language, Slots: []model.MailSlot{}}
	if rd.Interview != nil {
		f.Interview = &model.MailSlot{Start: rd.Interview.Start.UTC(), End: utcOrZero(rd.Interview.End), Text: clip(rd.Interview.Text, 200)}
	}
	for i, s := range rd.Slots {
		if i >= 10 {
			break
		}
		f.Slots = append(f.Slots, model.MailSlot{Start: s.Start.UTC(), End: utcOrZero(s.End), Text: clip(s.Text, 200)})
	}
	return f
}

func utcOrZero(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return t.UTC()
}

// snippet is the start of a message's text on one line, at most
// model.MailSnippetLength characters.
func snippet(text string) string {
	var b strings.Builder
	space := false
	n := 0
	for _, r := range text {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			n++
			space = false
		}
		if n >= model.MailSnippetLength-1 {
			b.WriteString("…")
			break
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// clip cuts s to at most n bytes on a character boundary.
func clip(s string, n int) string {
	s = strings.TrimSpace(s)
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8Start(s[n]) {
		n--
	}
	return s[:n]
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
