package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/huntbook/huntbook/backend/model"
)

// ListTasks lists tasks, open ones first by due date (undated last).
func (db *DB) ListTasks(ctx context.Context, includeDone bool) ([]model.Task, error) {
	where := `WHERE done = 0 `
	if includeDone {
		where = ``
	}
	return read(ctx, db, func(tx *Tx) ([]model.Task, error) { return listTasks(tx, where+`ORDER BY done, due = '', due, id`) })
}

// DueTasks lists open tasks due on or before day (YYYY-MM-DD), and the open
// applications whose follow-up date is due, as tasks with ID 0.
func (db *DB) DueTasks(ctx context.Context, day string) ([]model.Task, error) {
	if err := model.ValidateDate("day", day); err != nil {
		return nil, err
	}
	var out []model.Task
	err := db.view(ctx, func(tx *Tx) error {
		var err error
		if out, err = listTasks(tx, `WHERE done = 0 AND due <> '' AND due <= ? ORDER BY due, id`, day); err != nil {
			return err
		}
		rows, err := tx.Query(`SELECT id, company, title, follow_up FROM applications WHERE outcome = 'open' AND follow_up <> '' AND follow_up <= ? ORDER BY `+
			`follow_up, id`, day)
		if err != nil {
			return fmt.Errorf("due follow-ups: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var t model.Task
			if err := rows.Scan(&t.ApplicationID, &t.Company, &t.ApplicationTitle, &t.Due); err != nil {
				return fmt.Errorf("due follow-ups: %w", err)
			}
			t.Title = "Follow up: " + t.ApplicationTitle + " at " + t.Company
			out = append(out, t)
		}
		return rows.Err()
	})
	return out, err
}

// taskColumns reads a task with its application's company and title
// (subqueries, so the callers' WHERE and ORDER BY name the task's columns).
const taskColumns = `SELECT id, coalesce(application_id, 0), title, due, done, created_at, updated_at,
	coalesce((SELECT a.company FROM applications a WHERE a.id = tasks.application_id), ''),
	coalesce((SELECT a.title FROM applications a WHERE a.id = tasks.application_id), '') FROM tasks `

func listTasks(tx *Tx, tail string, args ...any) ([]model.Task, error) {
	return collect(tx, "list tasks", scanTask, taskColumns+tail, args...)
}

func scanTask(r scanner) (model.Task, error) {
	var t model.Task
	var c, u string
	err := r.Scan(&t.ID, &t.ApplicationID, &t.Title, &t.Due, &t.Done, &c, &u, &t.Company, &t.ApplicationTitle)
	t.CreatedAt, t.UpdatedAt = parseTime(c), parseTime(u)
	return t, err
}

// CreateTask stores a task.
func (db *DB) CreateTask(ctx context.Context, t model.Task) (model.Task, error) {
	err := db.update(ctx, func(tx *Tx) error {
		if err := t.Validate(); err != nil {
			return err
		}
		t.Company, t.ApplicationTitle = "", ""
		if t.ApplicationID != 0 {
			a, err := getApplication(tx, t.ApplicationID)
			if err != nil {
				return err
			}
			t.Company, t.ApplicationTitle = a.Company, a.Title
		}
		t.CreatedAt, t.UpdatedAt = tx.now, tx.now
		var err error
		t.ID, err = insertTask(tx, t)
		return err
	})
	return t, err
}

func insertTask(tx *Tx, t model.Task) (int64, error) {
	var app any
	if t.ApplicationID != 0 {
		app = t.ApplicationID
	}
	res, err := tx.Exec(`INSERT INTO tasks (application_id, title, due, done, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
		app, t.Title, t.Due, t.Done, formatTime(t.CreatedAt), formatTime(t.UpdatedAt))
	if err != nil {
		return 0, fmt.Errorf("create task: %w", err)
	}
	return res.LastInsertId()
}

// UpdateTask saves a task's title, due date and done flag.
func (db *DB) UpdateTask(ctx context.Context, t model.Task) (model.Task, error) {
	err := db.update(ctx, func(tx *Tx) error {
		if err := t.Validate(); err != nil {
			return err
		}
		old, err := scanTask(tx.QueryRow(taskColumns+`WHERE id = ?`, t.ID))
		if errors.Is(err, sql.ErrNoRows) {
			return model.NotFound("task", t.ID)
		}
		if err != nil {
			return fmt.Errorf("update task %d: %w", t.ID, err)
		}
		t.ApplicationID, t.CreatedAt, t.UpdatedAt = old.ApplicationID, old.CreatedAt, tx.now
		t.Company, t.ApplicationTitle = old.Company, old.ApplicationTitle
		_, err = tx.Exec(`UPDATE tasks SET title = ?, due = ?, done = ?, updated_at = ? WHERE id = ?`, t.Title, t.Due, t.Done, formatTime(t.UpdatedAt), t.ID)
		if err != nil {
			return fmt.Errorf("update task %d: %w", t.ID, err)
		}
		return nil
	})
	return t, err
}

// DeleteTask deletes a task.
func (db *DB) DeleteTask(ctx context.Context, id int64) error {
	return db.update(ctx, func(tx *Tx) error {
		res, err := tx.Exec(`DELETE FROM tasks WHERE id = ?`, id)
		if err != nil {
			return fmt.Errorf("delete task %d: %w", id, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return model.NotFound("task", id)
		}
		return nil
	})
}
