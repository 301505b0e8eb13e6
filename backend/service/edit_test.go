package service

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/shellport"
	"github.com/huntbook/huntbook/backend/store"
)

// cli opens a second connection to the services' database file, as the
// command line does from another process.
func cli(t *testing.T, s *Services) *store.DB {
	t.Helper()
	db, err := store.Open(s.Applications.db.Path(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// The drawer's save after `huntbook app move 1 Offer`: the stage stays, a
// field both changed comes back as a conflict the page can read (the JSON
// app.go's ErrorFormatter sends), and a refused save tells no view to reload.
func TestUpdateKeepsOutsideChangesAndReportsConflicts(t *testing.T) {
	s, fake := newServices(t)
	a, err := s.Applications.Create(model.Application{Company: "Acme", Title: "Dev", Location: "Berlin", StageID: 2})
	if err != nil {
		t.Fatal(err)
	}
	outside := cli(t, s)
	if _, err := outside.MoveApplication(context.Background(), a.ID, 5); err != nil {
		t.Fatal(err)
	}
	out, err := s.Applications.Update(model.ApplicationEdit{ID: a.ID, Fields: []string{"location"}, Base: a, Set: model.Application{Location: "Munich"}})
	if err != nil || out.Stage != "Offer" || out.Location != "Munich" {
		t.Fatalf("update %+v %v", out, err)
	}
	before := len(fake.Named(shellport.EventAppChanged))
	if _, err := outside.EditApplication(context.Background(), model.ApplicationEdit{ID: a.ID, Fields: []string{"salary"},
		Set: model.Application{Salary: model.Salary{Min: 6_000_000, Currency: "EUR", Period: model.PeriodYear}}}); err != nil {
		t.Fatal(err)
	}
	mine := model.Salary{Min: 5_500_000, Currency: "EUR", Period: model.PeriodYear}
	_, err = s.Applications.Update(model.ApplicationEdit{ID: a.ID, Fields: []string{"salary"}, Base: a, Set: model.Application{Salary: mine}})
	if model.ErrorCode(err) != model.CodeConflict {
		t.Fatalf("want a conflict, got %v", err)
	}
	b, _ := json.Marshal(model.AsError(fmt.Errorf("bound call: %w", err)))
	var wire struct {
		Code      string `json:"code"`
		Conflicts []struct {
			Field  string       `json:"field"`
			Theirs model.Salary `json:"theirs"`
			Yours  model.Salary `json:"yours"`
		} `json:"conflicts"`
	}
	if err := json.Unmarshal(b, &wire); err != nil {
		t.Fatal(err)
	}
	if wire.Code != "conflict" || len(wire.Conflicts) != 1 || wire.Conflicts[0].Field != "salary" ||
		wire.Conflicts[0].Theirs.Min != 6_000_000 || wire.Conflicts[0].Yours != mine {
		t.Fatalf("the page gets %s", b)
	}
	if n := len(fake.Named(shellport.EventAppChanged)); n != before {
		t.Fatalf("a refused save emitted %d app:changed", n-before)
	}
}
