package service

import (
	"github.com/huntbook/huntbook/backend/model"
)

// Pipeline manages the stages applications move through.
type Pipeline struct{ base }

// Stages lists the stages in order.
func (s *Pipeline) Stages() ([]model.Stage, error) { return s.db.Stages(s.ctx()) }

// AddStage appends a stage.
func (s *Pipeline) AddStage(name string) (model.Stage, error) { return s.db.AddStage(s.ctx(), name) }

// RenameStage renames a stage.
func (s *Pipeline) RenameStage(id int64, name string) (model.Stage, error) {
	return s.db.RenameStage(s.ctx(), id, name)
}

// ReorderStages sets the order of every stage.
func (s *Pipeline) ReorderStages(ids []int64) ([]model.Stage, error) {
	return s.db.ReorderStages(s.ctx(), ids)
}

// RemoveStage removes a stage, moving its applications to moveTo.
func (s *Pipeline) RemoveStage(id, moveTo int64) error {
	err := s.db.RemoveStage(s.ctx(), id, moveTo)
	if err == nil {
		s.changed()
	}
	return err
}

// Contacts manages the people met during the search.
type Contacts struct{ base }

// List lists contacts, filtered by search when given.
func (s *Contacts) List(search string) ([]model.Contact, error) {
	return s.db.ListContacts(s.ctx(), search)
}

// Create stores a contact, linked to its ApplicationIDs.
func (s *Contacts) Create(c model.Contact) (model.Contact, error) {
	return s.db.CreateContact(s.ctx(), c)
}

// Update saves a contact.
func (s *Contacts) Update(c model.Contact) (model.Contact, error) {
	return s.db.UpdateContact(s.ctx(), c)
}

// Delete deletes a contact.
func (s *Contacts) Delete(id int64) error { return s.db.DeleteContact(s.ctx(), id) }

// Link ties a contact to an application.
func (s *Contacts) Link(contactID, applicationID int64) error {
	return s.db.LinkContact(s.ctx(), contactID, applicationID)
}

// Unlink unties a contact from an application.
func (s *Contacts) Unlink(contactID, applicationID int64) error {
	return s.db.UnlinkContact(s.ctx(), contactID, applicationID)
}

// Tasks manages follow-ups and to-dos.
type Tasks struct{ base }

// List lists tasks, open first by due date.
func (s *Tasks) List(includeDone bool) ([]model.Task, error) {
	return s.db.ListTasks(s.ctx(), includeDone)
}

// Due lists what is due on or before day (YYYY-MM-DD): open tasks and
// follow-up dates of open applications.
func (s *Tasks) Due(day string) ([]model.Task, error) { return s.db.DueTasks(s.ctx(), day) }

// Create stores a task.
func (s *Tasks) Create(t model.Task) (model.Task, error) { return s.db.CreateTask(s.ctx(), t) }

// Update saves a task.
func (s *Tasks) Update(t model.Task) (model.Task, error) { return s.db.UpdateTask(s.ctx(), t) }

// Delete deletes a task.
func (s *Tasks) Delete(id int64) error { return s.db.DeleteTask(s.ctx(), id) }
