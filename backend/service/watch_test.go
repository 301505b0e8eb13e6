package service

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/shellport"
)

func TestOutsideWritesAreNoticed(t *testing.T) {
	s, _ := newServices(t)
	ctx := context.Background()
	w := outsideWrites{db: s.Applications.db}
	if changed, err := w.check(ctx); err != nil || changed {
		t.Fatalf("first check %v %v", changed, err)
	}
	a, err := s.Applications.Create(model.Application{Company: "Acme", Title: "Dev"})
	if err != nil {
		t.Fatal(err)
	}
	if changed, err := w.check(ctx); err != nil || changed {
		t.Fatalf("the window's own write counted as outside: %v %v", changed, err)
	}
	outside := cli(t, s)
	if changed, _ := w.check(ctx); changed {
		t.Fatal("opening the file elsewhere counted as a write")
	}
	if _, err := outside.MoveApplication(ctx, a.ID, 3); err != nil {
		t.Fatal(err)
	}
	if changed, err := w.check(ctx); err != nil || !changed {
		t.Fatalf("an outside move went unnoticed: %v %v", changed, err)
	}
	if changed, _ := w.check(ctx); changed {
		t.Fatal("one write reported twice")
	}
	if err := outside.Wipe(ctx); err != nil {
		t.Fatal(err)
	}
	if changed, err := w.check(ctx); err != nil || !changed {
		t.Fatalf("an outside wipe went unnoticed: %v %v", changed, err)
	}
}

// The watcher's loop emits app:changed with no ids ("everything") after a
// write from another connection.
func TestWatchOutsideWritesEmitsAppChanged(t *testing.T) {
	s, fake := newServices(t)
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { s.WatchOutsideWrites(ctx, 5*time.Millisecond); close(done) }()
	defer func() { stop(); <-done }()
	outside := cli(t, s)
	for deadline := time.Now().Add(20 * time.Second); ; {
		// Keep writing until the watcher (which may not have taken its
		// starting point yet) has seen one.
		if _, err := outside.CreateApplication(ctx, model.Application{Company: "Acme", Title: "Dev"}); err != nil {
			t.Fatal(err)
		}
		if ev := fake.Named(shellport.EventAppChanged); len(ev) > 0 {
			if p, ok := ev[0].(OutsideChange); !ok || p.IDs == nil || len(p.IDs) != 0 || len(p.SavedFromBrowser) != 0 {
				t.Fatalf("payload %#v", ev[0])
			}
			b, _ := json.Marshal(ev[0])
			if !strings.Contains(string(b), `"ids":[]`) || !strings.Contains(string(b), `"savedFromBrowser":[]`) {
				t.Fatalf("payload JSON %s", b)
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("no app:changed after outside writes")
		}
		time.Sleep(20 * time.Millisecond)
	}
}
