package service

import (
	"testing"

	"github.com/huntbook/huntbook/backend/model"
)

func TestDuplicatesByLinkAndByCompanyTitle(t *testing.T) {
	s, _ := newServices(t)
	saved, err := s.Applications.Create(model.Application{Company: "Acme Robotics", Title: "Backend Engineer",
		URL: "https://www.linkedin.com/jobs/view/3791234567/?refId=abc&trackingId=xyz"})
	if err != nil {
		t.Fatal(err)
	}
	other, err := s.Applications.Create(model.Application{Company: "ACME Robotics, Inc.", Title: "backend engineer"})
	if err != nil {
		t.Fatal(err)
	}
	// The same posting reached from a search page, under the name the page gives.
	dups, err := s.Applications.Duplicates(model.DuplicateQuery{Company: "Acme Robotics", Title: "Backend Engineer",
		URL: "https://uk.linkedin.com/jobs/search/?currentJobId=3791234567&keywords=go"})
	if err != nil {
		t.Fatal(err)
	}
	if len(dups) != 2 || dups[0].Application.ID != saved.ID || dups[0].Reason != model.DuplicateSameURL ||
		dups[1].Application.ID != other.ID || dups[1].Reason != model.DuplicateSameCompanyTitle {
		t.Fatalf("duplicates %+v", dups)
	}
	// Only the link matches: still caught.
	dups, err = s.Applications.Duplicates(model.DuplicateQuery{Company: "Someone", Title: "Else", URL: "http://linkedin.com/jobs/view/3791234567"})
	if err != nil || len(dups) != 1 || dups[0].Application.ID != saved.ID || dups[0].Reason != model.DuplicateSameURL {
		t.Fatalf("link only: %+v %v", dups, err)
	}
	// Editing the link through Update moves the match with it.
	if _, err := s.Applications.Update(model.ApplicationEdit{ID: saved.ID, Fields: []string{"url"}, Base: saved,
		Set: model.Application{URL: "https://boards.greenhouse.io/acme/jobs/4012345?gh_src=abc"}}); err != nil {
		t.Fatal(err)
	}
	dups, err = s.Applications.Duplicates(model.DuplicateQuery{URL: "https://job-boards.greenhouse.io/acme/jobs/4012345"})
	if err != nil || len(dups) != 1 || dups[0].Application.ID != saved.ID {
		t.Fatalf("after editing the link: %+v %v", dups, err)
	}
	if dups, _ := s.Applications.Duplicates(model.DuplicateQuery{URL: "https://www.linkedin.com/jobs/view/3791234567"}); len(dups) != 0 {
		t.Fatalf("the old link still matches: %+v", dups)
	}
}
