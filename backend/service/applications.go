package service

import (
	"github.com/huntbook/huntbook/backend/model"
)

// Applications is the tracker's API: applications, their notes and tags.
type Applications struct{ base }

// List returns one page of applications matching q.
func (s *Applications) List(q model.ListQuery) (model.ListResult, error) {
	return s.db.ListApplications(s.ctx(), q)
}

// Cards returns one page of board cards matching q (the same filters, order
// and paging as List, with only what a card shows).
func (s *Applications) Cards(q model.ListQuery) (model.CardList, error) {
	return s.db.ListCards(s.ctx(), q)
}

// IDs returns the id of every application matching q in q's order, ignoring
// Limit and Offset: "select all" in a paged list.
func (s *Applications) IDs(q model.ListQuery) ([]int64, error) {
	return s.db.ListIDs(s.ctx(), q)
}

// Get returns an application with its notes, contacts, tasks, timeline and duplicates.
func (s *Applications) Get(id int64) (model.ApplicationDetail, error) {
	return s.db.GetDetail(s.ctx(), id)
}

// Create stores a new application (StageID 0 means the first stage).
func (s *Applications) Create(a model.Application) (model.Application, error) {
	out, err := s.db.CreateApplication(s.ctx(), a)
	if err == nil {
		s.changed(out.ID)
	}
	return out, err
}

// Update saves the fields the user changed on a copy read earlier. A field
// someone else changed meanwhile is not overwritten: the call fails with a
// CodeConflict error carrying both values (model.ApplicationEdit).
func (s *Applications) Update(e model.ApplicationEdit) (model.Application, error) {
	out, err := s.db.EditApplication(s.ctx(), e)
	if err == nil {
		s.changed(out.ID)
	}
	return out, err
}

// Delete deletes applications with everything attached to them.
func (s *Applications) Delete(ids []int64) error {
	err := s.db.DeleteApplications(s.ctx(), ids)
	if err == nil {
		s.changed(ids...)
	}
	return err
}

// Move puts an application in another stage, recording it on its timeline.
func (s *Applications) Move(id, stageID int64) (model.Application, error) {
	out, err := s.db.MoveApplication(s.ctx(), id, stageID)
	if err == nil {
		s.changed(id)
	}
	return out, err
}

// SetOutcome sets how an application ended (or "open" again).
func (s *Applications) SetOutcome(id int64, outcome string) (model.Application, error) {
	out, err := s.db.SetOutcome(s.ctx(), id, model.Outcome(outcome))
	if err == nil {
		s.changed(id)
	}
	return out, err
}

// Duplicates lists the saved applications that may be the job q describes:
// those with the same link (tracking parameters, fragment, "www." and scheme
// ignored) first, then those with the same company and title, each with
// the reason.
func (s *Applications) Duplicates(q model.DuplicateQuery) ([]model.Duplicate, error) {
	return s.db.Duplicates(s.ctx(), q)
}

// Tags lists every tag in use.
func (s *Applications) Tags() ([]string, error) { return s.db.Tags(s.ctx()) }

// AddNote adds a Markdown note to an application.
func (s *Applications) AddNote(applicationID int64, body string) (model.Note, error) {
	n, err := s.db.AddNote(s.ctx(), applicationID, body)
	if err == nil {
		s.changed(applicationID)
	}
	return n, err
}

// UpdateNote replaces a note's text.
func (s *Applications) UpdateNote(id int64, body string) (model.Note, error) {
	return s.db.UpdateNote(s.ctx(), id, body)
}

// DeleteNote deletes a note.
func (s *Applications) DeleteNote(id int64) error { return s.db.DeleteNote(s.ctx(), id) }

// BulkMove moves several applications to a stage at once.
func (s *Applications) BulkMove(ids []int64, stageID int64) error {
	err := s.db.BulkMove(s.ctx(), ids, stageID)
	if err == nil {
		s.changed(ids...)
	}
	return err
}

// BulkSetOutcome sets the outcome of several applications at once.
func (s *Applications) BulkSetOutcome(ids []int64, outcome string) error {
	err := s.db.BulkSetOutcome(s.ctx(), ids, model.Outcome(outcome))
	if err == nil {
		s.changed(ids...)
	}
	return err
}

// BulkTag adds and removes tags on several applications at once.
func (s *Applications) BulkTag(ids []int64, add, remove []string) error {
	err := s.db.BulkTag(s.ctx(), ids, add, remove)
	if err == nil {
		s.changed(ids...)
	}
	return err
}
