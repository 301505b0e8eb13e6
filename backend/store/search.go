package store

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"github.com/huntbook/huntbook/backend/model"
)

// listColumns are appColumns without the job description, which lists and
// boards never show (GetApplication returns it).
var listColumns = strings.Replace(appColumns, "a.description", "''", 1)

// ListApplications returns one page of applications matching q, sorted, and
// how many matched in all. Items carry no Description (see GetDetail).
func (db *DB) ListApplications(ctx context.Context, q model.ListQuery) (model.ListResult, error) {
	res := model.ListResult{Items: []model.Application{}}
	var err error
	res.Total, err = db.matching(ctx, q, func(tx *Tx, sel selection, total int) error {
		var err error
		if q.Limit == 0 {
			// Everything (a board): read in index order and sort here.
			res.Items, err = queryAll(tx, q, sel, "list applications", listColumns, appFrom, newAppRow().scan,
				func(a *model.Application) int64 { return a.ID }, total)
			return err
		}
		// A page: sort only ids (a small sorter), then read the page's rows.
		ids, err := sel.ids(tx)
		if err != nil || len(ids) == 0 {
			return err
		}
		items, err := queryApps(tx, `SELECT `+listColumns+appFrom+` WHERE a.id IN (`+placeholders(len(ids))+`)`, int64Args(ids)...)
		if err != nil {
			return err
		}
		pos := make(map[int64]int, len(ids))
		for i, id := range ids {
			pos[id] = i
		}
		res.Items = make([]model.Application, len(items))
		for _, a := range items {
			res.Items[pos[a.ID]] = a
		}
		return nil
	})
	return res, err
}

// selection is the SQL shared by every list of applications (full rows,
// cards, ids): what a ListQuery picks, in which order, which page.
type selection struct {
	from  string // " FROM applications a", joined to stages when the order needs them
	where string // " WHERE ..." or ""
	args  []any
	order string // " ORDER BY ..."
	page  string // " LIMIT n OFFSET m", or "" for everything
}

// selectionFor validates q and builds its selection.
func selectionFor(tx *Tx, q model.ListQuery) (selection, error) {
	if err := q.Validate(); err != nil {
		return selection{}, err
	}
	where, args, err := listWhere(tx, q)
	if err != nil {
		return selection{}, err
	}
	sel := selection{from: ` FROM applications a`, where: where, args: args, order: orderBy(q)}
	if q.Sort == model.SortStage {
		sel.from = appFrom
	}
	if q.Limit > 0 {
		sel.page = fmt.Sprintf(" LIMIT %d OFFSET %d", q.Limit, q.Offset)
	}
	return sel, nil
}

// matching counts what q selects and runs fn on its selection, in one read
// transaction so the count and the rows agree.
func (db *DB) matching(ctx context.Context, q model.ListQuery, fn func(tx *Tx, sel selection, total int) error) (total int, err error) {
	err = db.view(ctx, func(tx *Tx) error {
		sel, err := selectionFor(tx, q)
		if err != nil {
			return err
		}
		if total, err = sel.count(tx); err != nil {
			return err
		}
		return fn(tx, sel, total)
	})
	return total, err
}

// count returns how many applications match, whatever the page.
func (sel selection) count(tx *Tx) (int, error) {
	var n int
	if err := tx.QueryRow(`SELECT count(*) FROM applications a`+sel.where, sel.args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count applications: %w", err)
	}
	return n, nil
}

// ids returns the ids of the selected page in order.
func (sel selection) ids(tx *Tx) ([]int64, error) {
	return queryIDs(tx, `SELECT a.id`+sel.from+sel.where+sel.order+sel.page, sel.args...)
}

// listWhere builds the WHERE clause (with a leading space) for q.
func listWhere(tx *Tx, q model.ListQuery) (string, []any, error) {
	var conds []string
	var args []any
	if m := ftsQuery(q.Search); m != "" {
		conds = append(conds, `a.id IN (SELECT rowid FROM application_fts WHERE application_fts MATCH ?)`)
		args = append(args, m)
	} else if strings.TrimSpace(q.Search) != "" {
		// Only punctuation: nothing can match.
		conds = append(conds, `0`)
	}
	stageIDs := q.StageIDs
	if q.Stage != "" {
		var id int64
		if err := tx.QueryRow(`SELECT id FROM stages WHERE name = ? COLLATE NOCASE`, strings.TrimSpace(q.Stage)).Scan(&id); err != nil {
			return "", nil, model.Invalid("stage", "unknown stage %q", q.Stage)
		}
		stageIDs = append(stageIDs, id)
	}
	if len(stageIDs) > 0 {
		conds = append(conds, `a.stage_id IN (`+placeholders(len(stageIDs))+`)`)
		args = append(args, int64Args(stageIDs)...)
	}
	if len(q.Outcomes) > 0 {
		conds = append(conds, `a.outcome IN (`+placeholders(len(q.Outcomes))+`)`)
		for _, o := range q.Outcomes {
			args = append(args, string(o))
		}
	}
	if t := strings.ToLower(strings.TrimSpace(q.Tag)); t != "" {
		conds = append(conds, `a.id IN (SELECT application_id FROM application_tags WHERE tag = ?)`)
		args = append(args, t)
	}
	if q.AppliedFrom != "" {
		conds = append(conds, `a.date_applied >= ?`)
		args = append(args, q.AppliedFrom)
	}
	if q.AppliedTo != "" {
		conds = append(conds, `a.date_applied <> '' AND a.date_applied <= ?`)
		args = append(args, q.AppliedTo)
	}
	if len(conds) == 0 {
		return "", args, nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args, nil
}

// ftsQuery turns what the user typed into an FTS5 query: every word must
// match as a prefix. Quotes and FTS operators in the input are neutralised.
func ftsQuery(s string) string {
	var terms []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(terms) == 32 {
			break
		}
		terms = append(terms, `"`+w+`"*`)
	}
	return strings.Join(terms, " ")
}

// ftsSelect builds the search rows of the applications a WHERE clause picks.
const ftsSelect = `INSERT INTO application_fts (rowid, company, title, description, notes, contacts)
	SELECT a.id, a.company, a.title, a.description,
		coalesce((SELECT group_concat(body, ' ') FROM notes WHERE application_id = a.id), ''),
		coalesce((SELECT group_concat(c.name || ' ' || c.role || ' ' || c.company || ' ' || c.email || ' ' || c.notes, ' ')
			FROM contacts c JOIN application_contacts ac ON ac.contact_id = c.id WHERE ac.application_id = a.id), '')
	FROM applications a `

// reindex refreshes the search row of application id from the application,
// its notes and its contacts.
func reindex(tx *Tx, id int64) error {
	if _, err := tx.Exec(`DELETE FROM application_fts WHERE rowid = ?`, id); err != nil {
		return fmt.Errorf("index application %d: %w", id, err)
	}
	_, err := tx.Exec(ftsSelect+`WHERE a.id = ?`, id)
	if err != nil {
		return fmt.Errorf("index application %d: %w", id, err)
	}
	return nil
}

// reindexContact refreshes the search rows of every application linked to contact id.
func reindexContact(tx *Tx, contactID int64) error {
	ids, err := linkedAppsOf(tx, contactID)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if err := reindex(tx, id); err != nil {
			return err
		}
	}
	return nil
}

func queryIDs(tx *Tx, query string, args ...any) ([]int64, error) {
	return collect(tx, "query applications", scanID, query, args...)
}

func stagePositions(tx *Tx) (map[int64]int, error) {
	all, err := stages(tx)
	if err != nil {
		return nil, err
	}
	pos := make(map[int64]int, len(all))
	for _, st := range all {
		pos[st.ID] = st.Position
	}
	return pos, nil
}
