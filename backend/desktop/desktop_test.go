package desktop

import (
	"context"
	"errors"
	"testing"

	"github.com/huntbook/huntbook/backend/shellport"
)

// fakeFrontend stands in for a value under one of the keys Wails uses.
type fakeFrontend struct{}

func TestRuntimeBeforeStartupIsInert(t *testing.T) {
	r := New()
	// Calling the Wails runtime here would log.Fatal and kill the test binary.
	r.Emit(shellport.EventJobProgress, shellport.JobProgress{ID: "j1", Done: 1, Total: 2})
	if r.Started() {
		t.Fatal("Started() = true before Startup")
	}
	checkNotReady(t, r)
}

func TestRuntimeIgnoresNonWailsContext(t *testing.T) {
	r := New()
	ctxs := map[string]context.Context{
		"background":    context.Background(),
		"nil":           nil,
		"frontend only": context.WithValue(context.Background(), "frontend", fakeFrontend{}), //nolint:staticcheck,revive // Wails' key type
		"events only":   context.WithValue(context.Background(), "events", fakeFrontend{}),   //nolint:staticcheck,revive // Wails' key type
	}
	for name, ctx := range ctxs {
		t.Run(name, func(t *testing.T) {
			r.Startup(ctx)
			r.DomReady(ctx)
			if r.Started() {
				t.Fatalf("Startup accepted a %s context", name)
			}
			r.Emit(shellport.EventAppChanged, shellport.AppChanged{IDs: []int64{1}})
			checkNotReady(t, r)
		})
	}
}

func TestRuntimeShutdownBeforeStartup(t *testing.T) {
	r := New()
	r.Shutdown()
	checkNotReady(t, r)
}

func checkNotReady(t *testing.T, r *Runtime) {
	t.Helper()
	if _, err := r.OpenFile("Open CV", []shellport.FileFilter{{Name: "CV", Pattern: "*.pdf"}}); !errors.Is(err, ErrNotReady) {
		t.Errorf("OpenFile error = %v, want ErrNotReady", err)
	}
	if _, err := r.SaveFile("Export", "huntbook.zip", nil); !errors.Is(err, ErrNotReady) {
		t.Errorf("SaveFile error = %v, want ErrNotReady", err)
	}
	if ok, err := r.Confirm("Delete", "Delete it?"); ok || !errors.Is(err, ErrNotReady) {
		t.Errorf("Confirm = %v, %v; want false, ErrNotReady", ok, err)
	}
	if err := r.Notify("Follow up", "Acme"); !errors.Is(err, ErrNotReady) {
		t.Errorf("Notify error = %v, want ErrNotReady", err)
	}
}

func TestConfirmed(t *testing.T) {
	for answer, want := range map[string]bool{
		"Yes": true, "yes": true, "OK": true, " Ok ": true,
		"No": false, "Cancel": false, "": false, "Yesterday": false,
	} {
		if got := confirmed(answer); got != want {
			t.Errorf("confirmed(%q) = %v, want %v", answer, got, want)
		}
	}
}

func TestWailsFilters(t *testing.T) {
	in := []shellport.FileFilter{{Name: "Huntbook export", Pattern: "*.zip"}, {Name: "Documents", Pattern: "*.pdf;*.docx"}}
	out := wailsFilters(in)
	if len(out) != len(in) {
		t.Fatalf("got %d filters, want %d", len(out), len(in))
	}
	for i := range in {
		if out[i].DisplayName != in[i].Name || out[i].Pattern != in[i].Pattern {
			t.Errorf("filter %d = %+v, want %+v", i, out[i], in[i])
		}
	}
}

func TestNotificationID(t *testing.T) {
	a := notificationID("Follow up", "Acme")
	if a != notificationID("Follow up", "Acme") {
		t.Error("notificationID is not stable")
	}
	if a == notificationID("Follow up", "Acme Robotics") || a == notificationID("Follow upAcme", "") {
		t.Error("notificationID collides for different messages")
	}
}
