package service

import (
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/calendar"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/store"
)

// Interview is one entry of the agenda: an event recognised as an interview
// or confirmed for an application.
type Interview struct {
	Key        string            `json:"key"`
	Source     string            `json:"source"`
	Title      string            `json:"title"`
	Start      time.Time         `json:"start"`
	End        time.Time         `json:"end"`
	AllDay     bool              `json:"allDay"`
	Location   string            `json:"location,omitempty"`
	MeetingURL string            `json:"meetingUrl,omitempty"`
	Organizer  *calendar.Person  `json:"organizer,omitempty"`
	Attendees  []calendar.Person `json:"attendees"`
	Confidence float64           `json:"confidence"`
	Reasons    []string          `json:"reasons"`
	// Kind is how an interview added by hand takes place; "" for a calendar's.
	Kind model.InterviewKind `json:"kind"`
	// Confirmed is true when the user confirmed Application; otherwise
	// Application, if set, is the best proposal.
	Confirmed   bool               `json:"confirmed"`
	Application *model.Application `json:"application,omitempty"`
	Company     string             `json:"company,omitempty"`
	// Contacts are the application's contacts and the tracked contacts
	// among the event's people.
	Contacts []model.Contact `json:"contacts"`
}

// Candidate is an application proposed for an event.
type Candidate struct {
	ApplicationID int64    `json:"applicationId"`
	Company       string   `json:"company"`
	Title         string   `json:"title"`
	Stage         string   `json:"stage"`
	Confidence    float64  `json:"confidence"`
	Reasons       []string `json:"reasons"`
}

// Proposal is an event with the applications it may belong to, awaiting
// the user's confirmation or rejection.
type Proposal struct {
	Key         string      `json:"key"`
	Title       string      `json:"title"`
	Start       time.Time   `json:"start"`
	End         time.Time   `json:"end"`
	MeetingURL  string      `json:"meetingUrl,omitempty"`
	IsInterview bool        `json:"isInterview"`
	Confidence  float64     `json:"confidence"`
	Reasons     []string    `json:"reasons"`
	Candidates  []Candidate `json:"candidates"`
}

// Confirmation is what Confirm did, and what it suggests next.
type Confirmation struct {
	Interview Interview `json:"interview"`
	// SuggestStage names the stage the application could move to
	// ("Interviewing") when it is still in an earlier one; "" otherwise.
	// Nothing is moved without the user's word.
	SuggestStage   string `json:"suggestStage,omitempty"`
	SuggestStageID int64  `json:"suggestStageId,omitempty"`
}

// interviewStage is the stage a confirmed interview suggests.
const interviewStage = "Interviewing"

// agendaDays is how far ahead the agenda looks when no end is given.
const agendaDays = 90

// Interviews lists the agenda between from and to (dates YYYY-MM-DD or RFC
// 3339 times; "" means now and 90 days after from): interviews with their
// join link, company, contacts and matched application.
func (c *Calendar) Interviews(from, to string) ([]Interview, error) {
	f, err := parseWhen("from", from, c.db.Now())
	if err != nil {
		return nil, err
	}
	t, err := parseWhen("to", to, f.AddDate(0, 0, agendaDays))
	if err != nil {
		return nil, err
	}
	if !t.After(f) {
		return nil, model.Invalid("to", "the end of the agenda must come after its start")
	}
	evs, err := c.db.CalendarEvents(c.ctx(), store.CalendarQuery{From: f, To: t, Interviews: true})
	if err != nil {
		return nil, err
	}
	r, err := c.resolver()
	if err != nil {
		return nil, err
	}
	kinds, err := c.db.InterviewKinds(c.ctx())
	if err != nil {
		return nil, err
	}
	out := make([]Interview, 0, len(evs))
	for _, e := range evs {
		iv, err := r.interview(c, e)
		if err != nil {
			return nil, err
		}
		iv.Kind = kinds[iv.Key]
		out = append(out, iv)
	}
	return out, nil
}

func parseWhen(field, s string, def time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return def, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC(), nil
	}
	if t, err := time.ParseInLocation("2006-01-02", s, time.Local); err == nil {
		return t.UTC(), nil
	}
	return time.Time{}, model.Invalid(field, "%q is not a date (YYYY-MM-DD) or a time (RFC 3339)", s)
}

// resolver looks up applications and contacts for a list of events.
type resolver struct {
	apps     map[int64]*model.Application
	contacts []model.Contact
}

func (c *Calendar) resolver() (*resolver, error) {
	cs, err := c.db.ListContacts(c.ctx(), "")
	if err != nil {
		return nil, err
	}
	return &resolver{apps: map[int64]*model.Application{}, contacts: cs}, nil
}

func (r *resolver) app(c *Calendar, id int64) (*model.Application, error) {
	if a, ok := r.apps[id]; ok {
		return a, nil
	}
	a, err := c.db.GetApplication(c.ctx(), id)
	if model.ErrorCode(err) == model.CodeNotFound {
		r.apps[id] = nil
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	r.apps[id] = &a
	return &a, nil
}

func (r *resolver) interview(c *Calendar, ce store.CalendarEvent) (Interview, error) {
	e := ce.Event
	iv := Interview{Key: e.Key(), Source: string(e.Source), Title: e.Title, Start: e.Start, End: e.End, AllDay: e.AllDay,
		Location: e.Location, MeetingURL: e.MeetingURL, Organizer: e.Organizer, Attendees: e.Attendees,
		Confidence: ce.Confidence, Reasons: ce.Reasons, Contacts: []model.Contact{}}
	if iv.Attendees == nil {
		iv.Attendees = []calendar.Person{}
	}
	appID := ce.ApplicationID
	iv.Confirmed = appID != 0
	if appID == 0 && len(ce.Proposals) > 0 {
		appID = ce.Proposals[0].ApplicationID
	}
	if appID != 0 {
		a, err := r.app(c, appID)
		if err != nil {
			return iv, err
		}
		if a != nil {
			iv.Application, iv.Company = a, a.Company
		}
	}
	emails := map[string]bool{}
	if e.Organizer != nil && e.Organizer.Email != "" {
		emails[strings.ToLower(e.Organizer.Email)] = true
	}
	for _, p := range e.Attendees {
		if p.Email != "" {
			emails[strings.ToLower(p.Email)] = true
		}
	}
	for _, ct := range r.contacts {
		linked := false
		for _, id := range ct.ApplicationIDs {
			if id == appID && appID != 0 {
				linked = true
			}
		}
		if linked || (ct.Email != "" && emails[strings.ToLower(ct.Email)]) {
			iv.Contacts = append(iv.Contacts, ct)
		}
	}
	return iv, nil
}

// Proposals lists the events with proposed applications that the user has
// neither confirmed nor rejected, by start time.
func (c *Calendar) Proposals() ([]Proposal, error) {
	evs, err := c.db.PendingProposals(c.ctx())
	if err != nil {
		return nil, err
	}
	r, err := c.resolver()
	if err != nil {
		return nil, err
	}
	out := []Proposal{}
	for _, ce := range evs {
		e := ce.Event
		p := Proposal{Key: e.Key(), Title: e.Title, Start: e.Start, End: e.End, MeetingURL: e.MeetingURL,
			IsInterview: ce.IsInterview, Confidence: ce.Confidence, Reasons: ce.Reasons, Candidates: []Candidate{}}
		for _, pr := range ce.Proposals {
			a, err := r.app(c, pr.ApplicationID)
			if err != nil {
				return nil, err
			}
			if a == nil {
				continue // deleted since the import
			}
			p.Candidates = append(p.Candidates, Candidate{ApplicationID: a.ID, Company: a.Company, Title: a.Title,
				Stage: a.Stage, Confidence: pr.Confidence, Reasons: pr.Reasons})
		}
		if len(p.Candidates) > 0 {
			out = append(out, p)
		}
	}
	return out, nil
}

// Confirm records that the event is an interview for the application; it
// then shows on the application's timeline. When the application is still
// before the "Interviewing" stage, the result suggests moving it there.
func (c *Calendar) Confirm(eventKey string, appID int64) (Confirmation, error) {
	ce, err := c.db.ConfirmCalendarEvent(c.ctx(), eventKey, appID)
	if err != nil {
		return Confirmation{}, err
	}
	r, err := c.resolver()
	if err != nil {
		return Confirmation{}, err
	}
	iv, err := r.interview(c, ce)
	if err != nil {
		return Confirmation{}, err
	}
	out := Confirmation{Interview: iv}
	if st, err := c.db.StageByName(c.ctx(), interviewStage); err == nil && iv.Application != nil && iv.Application.Outcome == model.OutcomeOpen {
		stages, err := c.db.Stages(c.ctx())
		if err != nil {
			return out, err
		}
		for _, s := range stages {
			if s.ID == iv.Application.StageID && s.Position < st.Position {
				out.SuggestStage, out.SuggestStageID = st.Name, st.ID
			}
		}
	}
	c.changed(appID)
	return out, nil
}

// Reject records that the event's proposals are wrong: it is not proposed
// again, whatever later imports and syncs say.
func (c *Calendar) Reject(eventKey string) error {
	_, err := c.db.RejectCalendarEvent(c.ctx(), eventKey)
	return err
}
