package store

import (
	"context"
	"fmt"
	"time"

	"github.com/huntbook/huntbook/backend/calendar"
	"github.com/huntbook/huntbook/backend/model"
)

// MailAction is what confirming a message does to its application, as the
// service decided it from the message's kind and the user's edits. Every
// change is dated by the message's date, so the timeline and the insights
// see when the employer answered, not when the user confirmed.
type MailAction struct {
	ID   int64
	Kind model.MailKind
	// ApplicationID is the application it is for; 0 with New creates one.
	ApplicationID int64
	New           *model.Application
	// Stage names a stage to move to when the application is in an
	// earlier one (never backwards); "" for none.
	Stage string
	// DateApplied sets an empty date applied to the message's day.
	DateApplied bool
	// Outcome is the outcome to set; "" for none.
	Outcome   model.Outcome
	Interview *calendar.Event // an interview to add
	Note      string          // a note to add, or ""
	Task      string          // a follow-up to add, or ""
	TaskDue   string          // its due date, YYYY-MM-DD or ""
	Status    model.MailStatus
	// Summary is the timeline entry's text ("Rejection from Rapid7: ...").
	Summary string
}

// ApplyMail confirms a proposed message in one transaction: it does what
// act says to the application, puts the message on the application's
// timeline at the message's date and records the decision.
func (db *DB) ApplyMail(ctx context.Context, act MailAction) (model.MailMessage, error) {
	return write(ctx, db, func(tx *Tx) (model.MailMessage, error) { return applyMail(tx, act) })
}

func applyMail(tx *Tx, act MailAction) (model.MailMessage, error) {
	m, err := getMail(tx, act.ID)
	if err != nil {
		return m, err
	}
	if m.Status != model.MailProposed {
		return m, model.Errorf(model.CodeConflict, "this message was already %s", m.Status)
	}
	if _, err := model.ParseMailKind("kind", string(act.Kind)); err != nil {
		return m, err
	}
	at := mailTime(tx, m)
	appID := act.ApplicationID
	if act.New != nil {
		a := *act.New
		a.CreatedAt = at
		if appID, err = createApplication(tx, &a, true); err != nil {
			return m, err
		}
	}
	if appID <= 0 {
		return m, model.Invalid("applicationId", "choose the application this message is about, or a new one")
	}
	app, err := getApplication(tx, appID)
	if err != nil {
		return m, err
	}
	if act.Stage != "" {
		if err := moveForward(tx, app, act.Stage, at); err != nil {
			return m, err
		}
	}
	if act.DateApplied {
		if a, err := getApplication(tx, appID); err != nil {
			return m, err
		} else if a.DateApplied == "" {
			if _, err := tx.Exec(`UPDATE applications SET date_applied = ? WHERE id = ?`, at.Local().Format(model.DateLayout), appID); err != nil {
				return m, fmt.Errorf("set date applied: %w", err)
			}
		}
	}
	if act.Outcome != "" {
		if err := setOutcomeAt(tx, appID, act.Outcome, at); err != nil {
			return m, err
		}
	}
	if act.Interview != nil {
		if _, err := addManualInterview(tx, appID, *act.Interview, model.InterviewUnknown); err != nil {
			return m, err
		}
	}
	if act.Note != "" {
		n := model.Note{ApplicationID: appID, Body: act.Note, CreatedAt: tx.now, UpdatedAt: tx.now}
		if err := n.Validate(); err != nil {
			return m, err
		}
		if _, err := insertNote(tx, n); err != nil {
			return m, err
		}
	}
	if act.Task != "" {
		t := model.Task{ApplicationID: appID, Title: act.Task, Due: act.TaskDue, CreatedAt: tx.now, UpdatedAt: tx.now}
		if err := t.Validate(); err != nil {
			return m, err
		}
		if _, err := insertTask(tx, t); err != nil {
			return m, err
		}
	}
	summary := act.Summary
	if len(summary) > model.MaxShortText {
		summary = summary[:model.MaxShortText]
	}
	if err := addEvent(tx, appID, model.EventMail, string(act.Kind), summary, at); err != nil {
		return m, err
	}
	status := act.Status
	if status != model.MailAutoApplied {
		status = model.MailConfirmed
	}
	if _, err := tx.Exec(`UPDATE mail_messages SET status = ?, kind = ?, application_id = ?, decided_at = ? WHERE id = ?`,
		string(status), string(act.Kind), appID, formatTime(tx.now), act.ID); err != nil {
		return m, fmt.Errorf("confirm message %d: %w", act.ID, err)
	}
	if err := touchAndReindex(tx, appID); err != nil {
		return m, err
	}
	return getMail(tx, act.ID)
}

// moveForward moves the application to the stage named name when it is in
// an earlier one; a missing stage (renamed or removed) moves nothing.
func moveForward(tx *Tx, app model.Application, name string, at time.Time) error {
	st, err := stageByName(tx, name)
	if model.ErrorCode(err) == model.CodeInvalid {
		return nil
	}
	if err != nil {
		return err
	}
	all, err := stages(tx)
	if err != nil {
		return err
	}
	for _, s := range all {
		if s.ID == app.StageID && s.Position >= st.Position {
			return nil
		}
	}
	return moveApplicationAt(tx, app.ID, st.ID, at)
}

// setOutcomeAt changes an application's outcome as of at.
func setOutcomeAt(tx *Tx, id int64, o model.Outcome, at time.Time) error {
	o, err := model.ParseOutcome(string(o))
	if err != nil {
		return err
	}
	old, err := getApplication(tx, id)
	if err != nil {
		return err
	}
	if old.Outcome == o {
		return nil
	}
	if _, err := tx.Exec(`UPDATE applications SET outcome = ?, updated_at = ? WHERE id = ?`, string(o), formatTime(tx.now), id); err != nil {
		return fmt.Errorf("set outcome of %d: %w", id, err)
	}
	return addEvent(tx, id, model.EventOutcome, string(old.Outcome), string(o), at)
}
