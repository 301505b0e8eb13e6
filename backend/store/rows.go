package store

import (
	"strings"

	"github.com/huntbook/huntbook/backend/model"
)

// Row readers for lists and boards, which read thousands of rows. Each
// reader is made once per query and scans every row into the same
// destinations, so a row costs only the driver's own allocations; the
// destinations escape to the heap once, not once a row.

// appRow reads appColumns (or listColumns) into an Application.
type appRow struct {
	a                                               model.Application
	remote, period, outcome, created, updated, tags string
	ptrs                                            []any
	split                                           tagSplitter
}

func newAppRow() *appRow {
	r := &appRow{}
	a := &r.a
	r.ptrs = []any{&a.ID, &a.Company, &a.Title, &a.URL, &a.Location, &r.remote, &a.Salary.Min, &a.Salary.Max,
		&a.Salary.Currency, &r.period, &a.Source, &a.Description, &a.DateApplied, &a.Deadline, &a.FollowUp,
		&a.Priority, &a.StageID, &a.Stage, &r.outcome, &r.created, &r.updated, &r.tags}
	return r
}

// scan reads the next row; it fits collect and queryAll.
func (r *appRow) scan(s scanner) (model.Application, error) {
	err := s.Scan(r.ptrs...)
	a := r.a
	a.Remote, a.Salary.Period, a.Outcome = model.Remote(r.remote), model.Period(r.period), model.Outcome(r.outcome)
	a.CreatedAt, a.UpdatedAt = parseTime(r.created), parseTime(r.updated)
	a.Tags = r.split.split(r.tags)
	return a, err
}

// cardColumns are what a board card shows, in cardRow's order.
const cardColumns = `a.id, a.company, a.title, a.stage_id, a.outcome, a.priority, a.tags, a.location, a.remote, ` +
	`a.salary_min, a.salary_max, a.salary_currency, a.salary_period, a.date_applied`

// cardRow reads cardColumns into a Card.
type cardRow struct {
	c             model.Card
	outcome, tags string
	remote        string
	period        string
	ptrs          []any
	split         tagSplitter
}

func newCardRow() *cardRow {
	r := &cardRow{}
	c := &r.c
	r.ptrs = []any{&c.ID, &c.Company, &c.Title, &c.StageID, &r.outcome, &c.Priority, &r.tags, &c.Location, &r.remote,
		&c.Salary.Min, &c.Salary.Max, &c.Salary.Currency, &r.period, &c.DateApplied}
	return r
}

// scan reads the next row; it fits collect and queryAll.
func (r *cardRow) scan(s scanner) (model.Card, error) {
	err := s.Scan(r.ptrs...)
	c := r.c
	c.Outcome = model.Outcome(r.outcome)
	c.Tags = r.split.split(r.tags)
	c.Remote, c.Salary.Period = model.Remote(r.remote), model.Period(r.period)
	return c, err
}

// tagSplitter decodes applications.tags (the tags joined by tagSep) into
// slices of one shared backing array: a few allocations for a whole list
// instead of one a row. Each slice is capped, so appending to one copies it
// rather than overwriting the next row's tags.
type tagSplitter struct{ buf []string }

// split returns the tags in s; never nil, so JSON shows [].
func (t *tagSplitter) split(s string) []string {
	if s == "" {
		return []string{}
	}
	n := strings.Count(s, tagSep) + 1
	if cap(t.buf)-len(t.buf) < n {
		// Start small (one row costs little), double up to a page's worth.
		t.buf = make([]string, 0, max(min(2*cap(t.buf), 1024), 16, n))
	}
	start := len(t.buf)
	for {
		i := strings.Index(s, tagSep)
		if i < 0 {
			break
		}
		t.buf = append(t.buf, s[:i])
		s = s[i+len(tagSep):]
	}
	t.buf = append(t.buf, s)
	return t.buf[start:len(t.buf):len(t.buf)]
}
