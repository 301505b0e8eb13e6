package nativehost

import (
	"fmt"

	"github.com/huntbook/huntbook/backend/model"
)

// findSaved returns the application that already holds j: one with the same
// link (j's or the page's, compared by joburl.Key through the store's
// index), else one with the same company and title. It returns nil when
// there is none.
func (h *Host) findSaved(j *Job, pageURL string) (*Saved, error) {
	links := []string{j.URL}
	if pageURL != "" && pageURL != j.URL {
		links = append(links, pageURL)
	}
	var byTitle *Saved
	for i, link := range links {
		q := model.DuplicateQuery{URL: link}
		if i == 0 {
			q.Company, q.Title = j.Company, j.Title
		}
		dups, err := h.Services.Applications.Duplicates(q)
		if err != nil {
			return nil, fmt.Errorf("look for the job in Huntbook: %w", err)
		}
		for _, d := range dups {
			if d.Reason == model.DuplicateSameURL {
				return savedOf(d.Application, "url"), nil
			}
			if byTitle == nil {
				byTitle = savedOf(d.Application, "company+title")
			}
		}
	}
	return byTitle, nil
}

func savedOf(a model.Application, match string) *Saved {
	return &Saved{ID: a.ID, Title: a.Title, Company: a.Company, Stage: a.Stage, Match: match}
}
