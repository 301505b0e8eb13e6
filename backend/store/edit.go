package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/huntbook/huntbook/backend/model"
)

// editField reads and writes one field of an application for an edit. get
// returns a comparable value (a string, a number or a Salary).
type editField struct {
	get func(a *model.Application) any
	set func(dst, src *model.Application)
}

// editFields are model.EditableFields but tags, which merge as a set.
var editFields = map[string]editField{
	"company":     {func(a *model.Application) any { return a.Company }, func(d, s *model.Application) { d.Company = s.Company }},
	"title":       {func(a *model.Application) any { return a.Title }, func(d, s *model.Application) { d.Title = s.Title }},
	"url":         {func(a *model.Application) any { return a.URL }, func(d, s *model.Application) { d.URL = s.URL }},
	"location":    {func(a *model.Application) any { return a.Location }, func(d, s *model.Application) { d.Location = s.Location }},
	"remote":      {func(a *model.Application) any { return a.Remote }, func(d, s *model.Application) { d.Remote = s.Remote }},
	"salary":      {func(a *model.Application) any { return a.Salary }, func(d, s *model.Application) { d.Salary = s.Salary }},
	"source":      {func(a *model.Application) any { return a.Source }, func(d, s *model.Application) { d.Source = s.Source }},
	"description": {func(a *model.Application) any { return a.Description }, func(d, s *model.Application) { d.Description = s.Description }},
	"dateApplied": {func(a *model.Application) any { return a.DateApplied }, func(d, s *model.Application) { d.DateApplied = s.DateApplied }},
	"deadline":    {func(a *model.Application) any { return a.Deadline }, func(d, s *model.Application) { d.Deadline = s.Deadline }},
	"followUp":    {func(a *model.Application) any { return a.FollowUp }, func(d, s *model.Application) { d.FollowUp = s.FollowUp }},
	"priority":    {func(a *model.Application) any { return a.Priority }, func(d, s *model.Application) { d.Priority = s.Priority }},
}

// EditApplication applies an edit made on an earlier copy of an application:
// each named field is written when the stored value is still the one the
// copy had (Base), kept when someone else already made the same change, and
// refused otherwise: the whole edit then fails with a CodeConflict *Error
// listing both values of every such field, and nothing is written. Tags
// merge: the user's additions and removals apply to the stored set. The
// stage and the outcome are never written here.
func (db *DB) EditApplication(ctx context.Context, e model.ApplicationEdit) (model.Application, error) {
	var out model.Application
	err := db.update(ctx, func(tx *Tx) error {
		cur, err := getApplication(tx, e.ID)
		if err != nil {
			return err
		}
		next, err := applyEdit(cur, e)
		if err != nil {
			return err
		}
		if sameEditable(cur, next) {
			out = cur
			return nil
		}
		_, err = tx.Exec(`UPDATE applications SET company = ?, company_key = ?, title = ?, title_key = ?, url = ?, url_key = ?, location = ?,
			remote = ?, salary_min = ?, salary_max = ?, salary_currency = ?, salary_period = ?, source = ?, description = ?,
			date_applied = ?, deadline = ?, follow_up = ?, priority = ?, updated_at = ? WHERE id = ?`,
			next.Company, model.NormalizeCompany(next.Company), next.Title, model.NormalizeTitle(next.Title), next.URL, urlKey(next.URL), next.Location,
			string(next.Remote), next.Salary.Min, next.Salary.Max, next.Salary.Currency, string(next.Salary.Period), next.Source, next.Description,
			next.DateApplied, next.Deadline, next.FollowUp, next.Priority, formatTime(tx.now), next.ID)
		if err != nil {
			return fmt.Errorf("edit application %d: %w", e.ID, err)
		}
		if joinTags(next.Tags) != joinTags(cur.Tags) {
			if err := setTags(tx, next.ID, next.Tags); err != nil {
				return err
			}
		}
		if err := reindex(tx, next.ID); err != nil {
			return err
		}
		out, err = getApplication(tx, e.ID)
		return err
	})
	return out, err
}

// applyEdit returns cur with e applied and checked, or the conflicts.
func applyEdit(cur model.Application, e model.ApplicationEdit) (model.Application, error) {
	base, set := e.Base, e.Set
	base.Normalize()
	set.Normalize()
	next := cur
	next.Tags = append([]string(nil), cur.Tags...)
	var conflicts []model.FieldConflict
	seen := map[string]bool{}
	for _, name := range e.Fields {
		if seen[name] {
			continue
		}
		seen[name] = true
		if name == "tags" {
			next.Tags = mergeTags(cur.Tags, base.Tags, set.Tags)
			continue
		}
		f, ok := editFields[name]
		if !ok {
			return cur, model.Invalid("fields", "%q cannot be edited this way (editable: %s; the stage and outcome have their own calls)",
				name, strings.Join(model.EditableFields, ", "))
		}
		theirs, was, yours := f.get(&cur), f.get(&base), f.get(&set)
		switch theirs {
		case was:
			f.set(&next, &set)
		case yours: // someone else made the same change
		default:
			conflicts = append(conflicts, model.FieldConflict{Field: name, Theirs: theirs, Yours: yours})
		}
	}
	if len(conflicts) > 0 {
		names := make([]string, len(conflicts))
		for i, c := range conflicts {
			names[i] = c.Field
		}
		return cur, &model.Error{Code: model.CodeConflict, Field: conflicts[0].Field, Conflicts: conflicts,
			Message: fmt.Sprintf("not saved: changed elsewhere since you opened it (%s); choose which value to keep", strings.Join(names, ", "))}
	}
	next.Normalize()
	if err := next.Validate(); err != nil {
		return cur, err
	}
	return next, nil
}

// mergeTags applies the tags added and removed between base and set to cur.
func mergeTags(cur, base, set []string) []string {
	in := func(list []string, t string) bool {
		for _, x := range list {
			if x == t {
				return true
			}
		}
		return false
	}
	var out []string
	for _, t := range cur {
		if !in(base, t) || in(set, t) { // not removed by this edit
			out = append(out, t)
		}
	}
	for _, t := range set {
		if !in(base, t) { // added by this edit
			out = append(out, t)
		}
	}
	return model.NormalizeTags(out)
}

// sameEditable reports whether a and b agree on every editable field.
func sameEditable(a, b model.Application) bool {
	for _, f := range editFields {
		if f.get(&a) != f.get(&b) {
			return false
		}
	}
	return joinTags(a.Tags) == joinTags(b.Tags)
}
