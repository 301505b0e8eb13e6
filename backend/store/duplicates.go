package store

import (
	"context"

	"github.com/huntbook/huntbook/backend/joburl"
	"github.com/huntbook/huntbook/backend/model"
)

// urlKey is what applications.url_key holds for a link: joburl.Key, the
// same function migration 0012 used for the rows stored before it.
func urlKey(link string) string { return joburl.Key(link) }

// Duplicates returns the applications, other than q.ExcludeID, that may be
// the job q describes: first those with the same link (by joburl.Key, an
// indexed lookup), then those with the same normalised company and title,
// each once and by id, with the reason.
func (db *DB) Duplicates(ctx context.Context, q model.DuplicateQuery) ([]model.Duplicate, error) {
	return read(ctx, db, func(tx *Tx) ([]model.Duplicate, error) { return duplicates(tx, q) })
}

func duplicates(tx *Tx, q model.DuplicateQuery) ([]model.Duplicate, error) {
	out := []model.Duplicate{}
	seen := map[int64]bool{}
	if k := urlKey(q.URL); k != "" {
		same, err := queryApps(tx, `SELECT `+appColumns+appFrom+` WHERE a.url_key = ? AND a.id <> ? ORDER BY a.id`, k, q.ExcludeID)
		if err != nil {
			return nil, err
		}
		for _, a := range same {
			seen[a.ID] = true
			out = append(out, model.Duplicate{Application: a, Reason: model.DuplicateSameURL})
		}
	}
	ck, tk := model.NormalizeCompany(q.Company), model.NormalizeTitle(q.Title)
	if ck == "" || tk == "" {
		return out, nil
	}
	same, err := queryApps(tx, `SELECT `+appColumns+appFrom+` WHERE a.company_key = ? AND a.title_key = ? AND a.id <> ? ORDER BY a.id`, ck, tk, q.ExcludeID)
	if err != nil {
		return nil, err
	}
	for _, a := range same {
		if !seen[a.ID] {
			out = append(out, model.Duplicate{Application: a, Reason: model.DuplicateSameCompanyTitle})
		}
	}
	return out, nil
}

// duplicateApps is duplicates without the reasons, for an application's detail.
func duplicateApps(tx *Tx, a model.Application) ([]model.Application, error) {
	dups, err := duplicates(tx, model.DuplicateQuery{Company: a.Company, Title: a.Title, URL: a.URL, ExcludeID: a.ID})
	if err != nil {
		return nil, err
	}
	out := make([]model.Application, len(dups))
	for i, d := range dups {
		out[i] = d.Application
	}
	return out, nil
}
