package service

import (
	"testing"

	"github.com/huntbook/huntbook/backend/model"
)

func TestCardsAndIDsFollowTheListQuery(t *testing.T) {
	s, _ := newServices(t)
	var made []int64
	for _, c := range []string{"Initech", "Acme", "Hooli"} {
		a, err := s.Applications.Create(model.Application{Company: c, Title: "Dev", Tags: []string{"go"}})
		if err != nil {
			t.Fatal(err)
		}
		made = append(made, a.ID)
	}
	if _, err := s.Applications.SetOutcome(made[2], "rejected"); err != nil {
		t.Fatal(err)
	}
	q := model.ListQuery{Outcomes: []model.Outcome{model.OutcomeOpen}, Sort: model.SortCompany, Limit: 1}
	cards, err := s.Applications.Cards(q)
	if err != nil {
		t.Fatal(err)
	}
	if cards.Total != 2 || len(cards.Items) != 1 || cards.Items[0].Company != "Acme" || len(cards.Items[0].Tags) != 1 {
		t.Fatalf("cards %+v", cards)
	}
	ids, err := s.Applications.IDs(q)
	if err != nil || len(ids) != 2 || ids[0] != made[1] || ids[1] != made[0] {
		t.Fatalf("ids %v %v (made %v)", ids, err, made)
	}
	bad := model.ListQuery{Sort: "salary"}
	if _, err := s.Applications.Cards(bad); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("cards accepted a bad sort: %v", err)
	}
	if _, err := s.Applications.IDs(bad); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("ids accepted a bad sort: %v", err)
	}
}
