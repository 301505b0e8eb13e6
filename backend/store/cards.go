package store

import (
	"context"

	"github.com/huntbook/huntbook/backend/model"
)

// ListCards returns the cards of the applications matching q: the same
// filters, order, Limit and Offset as ListApplications, and the same Total,
// with only what a board or a compact list shows.
func (db *DB) ListCards(ctx context.Context, q model.ListQuery) (model.CardList, error) {
	res := model.CardList{Items: []model.Card{}}
	var err error
	res.Total, err = db.matching(ctx, q, func(tx *Tx, sel selection, total int) (err error) {
		if q.Limit == 0 {
			res.Items, err = queryAll(tx, q, sel, "list cards", cardColumns, ` FROM applications a`, newCardRow().scan,
				func(c *model.Card) int64 { return c.ID }, total)
		} else {
			res.Items, err = collect(tx, "list cards", newCardRow().scan, `SELECT `+cardColumns+sel.from+sel.where+sel.order+sel.page, sel.args...)
		}
		return err
	})
	if err != nil {
		// Errors come wrapped ("list cards: ...") or as a *model.Error the
		// user reads as is, like ListApplications'.
		return model.CardList{Items: []model.Card{}}, err
	}
	return res, nil
}

// ListIDs returns the id of every application matching q, in q's order;
// Limit and Offset are ignored (it serves "select all" in a paged list).
func (db *DB) ListIDs(ctx context.Context, q model.ListQuery) ([]int64, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	q.Limit, q.Offset = 0, 0
	return read(ctx, db, func(tx *Tx) ([]int64, error) {
		sel, err := selectionFor(tx, q)
		if err != nil {
			return nil, err
		}
		return sel.ids(tx)
	})
}
