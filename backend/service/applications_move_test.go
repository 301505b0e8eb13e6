package service

import (
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// TestMoveOutOfWishlistFillsDateApplied: moving an application past the
// wishlist means it was sent; an empty date applied becomes today's, a
// date the user gave stays, and other moves leave the date alone.
func TestMoveOutOfWishlistFillsDateApplied(t *testing.T) {
	s, _ := newServices(t)
	stages, err := s.Pipeline.Stages()
	if err != nil {
		t.Fatal(err)
	}
	wish, applied, screening := stages[0].ID, stages[1].ID, stages[2].ID
	create := func(a model.Application) model.Application {
		t.Helper()
		out, err := s.Applications.Create(a)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	empty := create(model.Application{Company: "Acme", Title: "Dev", StageID: wish})
	dated := create(model.Application{Company: "Globex", Title: "Dev", StageID: wish, DateApplied: "2026-01-05"})
	later := create(model.Application{Company: "Hooli", Title: "Dev", StageID: applied})

	before := time.Now().Format(model.DateLayout)
	moved, err := s.Applications.Move(empty.ID, applied)
	if err != nil {
		t.Fatal(err)
	}
	after := time.Now().Format(model.DateLayout)
	if moved.DateApplied != before && moved.DateApplied != after {
		t.Errorf("moved out of the wishlist: date applied %q, want today (%s)", moved.DateApplied, after)
	}
	if got, _ := s.Applications.Move(dated.ID, screening); got.DateApplied != "2026-01-05" {
		t.Errorf("a date the user gave became %q", got.DateApplied)
	}
	if got, _ := s.Applications.Move(later.ID, screening); got.DateApplied != "" {
		t.Errorf("a move between later stages set the date applied to %q", got.DateApplied)
	}
	if got, _ := s.Applications.Move(later.ID, wish); got.DateApplied != "" {
		t.Errorf("a move back to the wishlist set the date applied to %q", got.DateApplied)
	}
}
