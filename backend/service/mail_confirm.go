package service

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/calendar"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/store"
)

// MailSettings are the user's choices about job e-mail.
type MailSettings struct {
	// KeepFullText keeps a job e-mail's whole text, not only its snippet
	// (off by default).
	KeepFullText bool `json:"keepFullText"`
	// AutoApply applies proposals matched to an application when both the
	// reading and the match are at least AutoApplyAbove sure (off by default).
	AutoApply      bool    `json:"autoApply"`
	AutoApplyAbove float64 `json:"autoApplyAbove"`
}

// DefaultAutoApplyAbove is the confidence proposals are applied above when
// the user turns automatic applying on without choosing one.
const DefaultAutoApplyAbove = 0.9

const (
	keyMailKeepFullText = "mail.keepFullText"
	keyMailAutoApply    = "mail.autoApply"
	keyMailAutoAbove    = "mail.autoApplyAbove"
)

// Settings returns the e-mail settings, with defaults for unset ones.
func (m *Mail) Settings() (MailSettings, error) { return m.settings(m.ctx()) }

func (m *Mail) settings(ctx context.Context) (MailSettings, error) {
	s := MailSettings{AutoApplyAbove: DefaultAutoApplyAbove}
	v := map[string]string{}
	for _, k := range []string{keyMailKeepFullText, keyMailAutoApply, keyMailAutoAbove} {
		x, err := m.db.Setting(ctx, k)
		if err != nil {
			return s, err
		}
		v[k] = x
	}
	s.KeepFullText = v[keyMailKeepFullText] == "true"
	s.AutoApply = v[keyMailAutoApply] == "true"
	if f, err := strconv.ParseFloat(v[keyMailAutoAbove], 64); err == nil && f >= 0.5 && f <= 1 {
		s.AutoApplyAbove = f
	}
	return s, nil
}

// SaveSettings stores the e-mail settings; the confidence must be between
// 0.5 and 1 (0 keeps the default).
func (m *Mail) SaveSettings(s MailSettings) (MailSettings, error) {
	if s.AutoApplyAbove == 0 {
		s.AutoApplyAbove = DefaultAutoApplyAbove
	}
	if s.AutoApplyAbove < 0.5 || s.AutoApplyAbove > 1 {
		return MailSettings{}, model.Invalid("autoApplyAbove", "choose a confidence between 50%% and 100%%")
	}
	for k, v := range map[string]string{keyMailKeepFullText: strconv.FormatBool(s.KeepFullText),
		keyMailAutoApply: strconv.FormatBool(s.AutoApply), keyMailAutoAbove: strconv.FormatFloat(s.AutoApplyAbove, 'f', 2, 64)} {
		if err := m.db.SetSetting(m.ctx(), k, v); err != nil {
			return MailSettings{}, err
		}
	}
	return m.Settings()
}

// Proposals lists the messages waiting for the user's word, newest first.
func (m *Mail) Proposals() ([]model.MailMessage, error) {
	return m.db.MailMessages(m.ctx(), store.MailQuery{Status: []model.MailStatus{model.MailProposed}})
}

// History lists the messages already decided (confirmed, applied
// automatically or dismissed), newest first, at most limit (0: 200).
func (m *Mail) History(limit int) ([]model.MailMessage, error) {
	if limit <= 0 || limit > 1000 {
		limit = 200
	}
	return m.db.MailMessages(m.ctx(), store.MailQuery{Limit: limit,
		Status: []model.MailStatus{model.MailConfirmed, model.MailAutoApplied, model.MailDismissed}})
}

// Dismiss sets a proposal aside: it is not proposed again, even when the
// same message is read again.
func (m *Mail) Dismiss(id int64) (model.MailMessage, error) {
	out, err := m.db.DismissMail(m.ctx(), id)
	if err != nil {
		return out, err
	}
	m.mailChanged()
	return out, nil
}

// Confirm does what a proposal says, with the user's edits (kind,
// application or a new one, interview time or slot): a rejection sets the
// outcome Rejected, an interview adds the interview and moves the
// application to Interviewing, an offer moves it to Offer, a confirmation
// makes sure it is Applied with its date, outreach creates an application,
// an assessment adds a note and a follow-up. Every change is dated by the
// message, which goes on the application's timeline.
func (m *Mail) Confirm(in model.MailConfirm) (model.MailMessage, error) {
	p, err := m.db.Mail(m.ctx(), in.ID)
	if err != nil {
		return p, err
	}
	out, err := m.apply(m.ctx(), p, in, model.MailConfirmed)
	if err != nil {
		return out, err
	}
	if out.Match != nil {
		m.changed(out.Match.ApplicationID)
	}
	m.mailChanged()
	return out, nil
}

// MailBulkResult is what confirming several proposals did.
type MailBulkResult struct {
	Confirmed []model.MailMessage `json:"confirmed"`
	// Failed names the proposals left as they were, with why.
	Failed []MailFailure `json:"failed"`
}

// MailFailure is one proposal a bulk confirm could not apply.
type MailFailure struct {
	ID      int64  `json:"id"`
	Subject string `json:"subject"`
	Message string `json:"message"`
}

// ConfirmMany confirms proposals as proposed; one that cannot be applied
// as it is (no application matched and nothing to create one from) is
// left for the user and reported.
func (m *Mail) ConfirmMany(ids []int64) (MailBulkResult, error) {
	res := MailBulkResult{Confirmed: []model.MailMessage{}, Failed: []MailFailure{}}
	var apps []int64
	for _, id := range ids {
		p, err := m.db.Mail(m.ctx(), id)
		if err != nil {
			res.Failed = append(res.Failed, MailFailure{ID: id, Message: model.AsError(err).Message})
			continue
		}
		out, err := m.apply(m.ctx(), p, model.MailConfirm{ID: id}, model.MailConfirmed)
		if err != nil {
			res.Failed = append(res.Failed, MailFailure{ID: id, Subject: p.Subject, Message: model.AsError(err).Message})
			continue
		}
		res.Confirmed = append(res.Confirmed, out)
		if out.Match != nil {
			apps = append(apps, out.Match.ApplicationID)
		}
	}
	if len(apps) > 0 {
		m.changed(apps...)
	}
	m.mailChanged()
	return res, nil
}

// apply turns a proposal and the user's edits into changes and stores them.
func (m *Mail) apply(ctx context.Context, p model.MailMessage, in model.MailConfirm, status model.MailStatus) (model.MailMessage, error) {
	act, err := m.plan(p, in)
	if err != nil {
		return p, err
	}
	act.Status = status
	out, err := m.db.ApplyMail(ctx, act)
	if err != nil {
		return out, err
	}
	m.forgetIndex()
	return out, nil
}

// Stage names a confirmed message moves an application to (when earlier).
const (
	appliedStage = "Applied"
	offerStage   = "Offer"
)

// plan decides what confirming p with the user's edits in does.
func (m *Mail) plan(p model.MailMessage, in model.MailConfirm) (store.MailAction, error) {
	act := store.MailAction{ID: p.ID, Kind: p.Kind}
	if in.Kind != "" {
		k, err := model.ParseMailKind("kind", string(in.Kind))
		if err != nil {
			return act, err
		}
		act.Kind = k
	}
	switch {
	case in.NewApplication:
		act.New = newApplicationFrom(p, in)
	case in.ApplicationID > 0:
		act.ApplicationID = in.ApplicationID
	case p.Match != nil:
		act.ApplicationID = p.Match.ApplicationID
	case act.Kind == model.MailOutreach || act.Kind == model.MailConfirmation:
		act.New = newApplicationFrom(p, in)
	default:
		return act, model.Invalid("applicationId", "no application matches this message: choose one, or a new application")
	}
	if act.New != nil && (act.New.Company == "" || act.New.Title == "") {
		return act, model.Invalid("company", "name the company and the role of the new application")
	}
	var company string
	switch {
	case act.New != nil:
		company = act.New.Company
	case p.Match != nil && p.Match.ApplicationID == act.ApplicationID:
		company = p.Match.Company
	default:
		a, err := m.db.GetApplication(m.ctx(), act.ApplicationID)
		if err != nil {
			return act, err
		}
		company = a.Company
	}
	switch act.Kind {
	case model.MailRejection:
		act.Outcome = model.OutcomeRejected
	case model.MailInterview:
		act.Stage = interviewStage
		slot, err := interviewSlot(p, in)
		if err != nil {
			return act, err
		}
		if slot != nil {
			act.Interview = interviewEvent(p, company, *slot)
		}
	case model.MailOffer:
		act.Stage = offerStage
	case model.MailConfirmation:
		act.Stage, act.DateApplied = appliedStage, true
	case model.MailAssessment:
		act.Note = fmt.Sprintf("**Assessment** from %s: %s\n\n%s", sender(p), p.Subject, p.Snippet)
		act.Task = "Complete the assessment"
		if company != "" {
			act.Task += " for " + company
		}
		due := p.Date.AddDate(0, 0, 3)
		if now := m.db.Now(); due.Before(now) {
			due = now
		}
		act.TaskDue = due.In(m.calendar.location()).Format(model.DateLayout)
	case model.MailOutreach:
		if act.New != nil {
			act.Note = fmt.Sprintf("**Recruiter outreach** from %s: %s\n\n%s", sender(p), p.Subject, p.Snippet)
		}
	}
	act.Summary = fmt.Sprintf("%s from %s: %s", act.Kind.Label(), sender(p), p.Subject)
	return act, nil
}

// interviewSlot is the interview's time: the one the user typed, the
// proposed slot they picked, or the one the message booked; nil when none
// is known (the application still moves to Interviewing).
func interviewSlot(p model.MailMessage, in model.MailConfirm) (*model.MailSlot, error) {
	if s := strings.TrimSpace(in.InterviewStart); s != "" {
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			return nil, model.Invalid("interviewStart", "%q is not a date and time", s)
		}
		return &model.MailSlot{Start: t.UTC(), Text: "chosen when confirming"}, nil
	}
	if in.Slot > 0 {
		if in.Slot > len(p.Facts.Slots) {
			return nil, model.Invalid("slot", "the message proposes %d times, not %d", len(p.Facts.Slots), in.Slot)
		}
		s := p.Facts.Slots[in.Slot-1]
		return &s, nil
	}
	return p.Facts.Interview, nil
}

// interviewEvent is the interview a confirmed message adds.
func interviewEvent(p model.MailMessage, company string, s model.MailSlot) *calendar.Event {
	end := s.End
	if !end.After(s.Start) {
		end = s.Start.Add(model.DefaultInterviewMinutes * time.Minute)
	}
	title := "Interview"
	if company != "" {
		title += " with " + company
	}
	desc := fmt.Sprintf("From the e-mail %q of %s.", p.Subject, sender(p))
	if s.Text != "" {
		desc += " Time read from: " + s.Text
	}
	return &calendar.Event{Title: title, Description: desc, Start: s.Start, End: end, Status: "confirmed"}
}

// newApplicationFrom is the application a message creates: the company and
// role the user gave, else those read from the message.
func newApplicationFrom(p model.MailMessage, in model.MailConfirm) *model.Application {
	company, title := strings.TrimSpace(in.Company), strings.TrimSpace(in.Title)
	if company == "" {
		company = p.Facts.Company
	}
	if company == "" {
		company = p.FromName
	}
	if title == "" {
		title = p.Facts.Title
	}
	if title == "" {
		title = clip(p.Subject, 120)
	}
	return &model.Application{Company: clip(company, model.MaxShortText), Title: clip(title, model.MaxShortText), Source: "E-mail"}
}

// sender names who sent a message: the company read, the display name or the address.
func sender(p model.MailMessage) string {
	switch {
	case p.Facts.Company != "":
		return p.Facts.Company
	case p.FromName != "":
		return p.FromName
	case p.FromEmail != "":
		return p.FromEmail
	}
	return "unknown sender"
}
