package desktop

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"testing"
)

// fakeFrontend stands in for a value under one of the keys Wails uses.
type fakeFrontend struct{}

func TestRuntimeBeforeStartupIsInert(t *testing.T) {
	r := New()
	// Calling the Wails runtime here would log.Fatal and kill the test binary.
	r.Emit(EventJobProgress, JobProgress{ID: "j1", Done: 1, Total: 2})
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
		"frontend only": context.WithValue(context.Background(), "frontend", fakeFrontend{}), //nolint:staticcheck // Wails' own key type
		"events only":   context.WithValue(context.Background(), "events", fakeFrontend{}),   //nolint:staticcheck // Wails' own key type
	}
	for name, ctx := range ctxs {
		t.Run(name, func(t *testing.T) {
			r.Startup(ctx)
			r.DomReady(ctx)
			if r.Started() {
				t.Fatalf("Startup accepted a %s context", name)
			}
			r.Emit(EventAppChanged, AppChanged{IDs: []int64{1}})
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
	if _, err := r.OpenFile("Open CV", []FileFilter{{"CV", "*.pdf"}}); !errors.Is(err, ErrNotReady) {
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
	in := []FileFilter{{"Huntbook export", "*.zip"}, {"Documents", "*.pdf;*.docx"}}
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

// The UI reads these payloads as JSON: their field names are a contract.
func TestEventPayloadJSON(t *testing.T) {
	cases := []struct {
		payload any
		want    string
	}{
		{AppChanged{IDs: []int64{3, 7}}, `{"ids":[3,7]}`},
		{JobProgress{ID: "j", Done: 2, Total: 5, Message: "page 2"}, `{"id":"j","done":2,"total":5,"message":"page 2"}`},
		{JobDone{ID: "j", OK: true}, `{"id":"j","ok":true}`},
		{JobDone{ID: "j", ErrorCode: "invalid", ErrorMessage: "bad"}, `{"id":"j","ok":false,"errorCode":"invalid","errorMessage":"bad"}`},
		{AIDelta{ID: "j", Text: "Dear"}, `{"id":"j","text":"Dear"}`},
		{ReminderDue{ApplicationID: 4, Title: "Call", Due: "2026-01-02T09:00:00Z"}, `{"applicationId":4,"title":"Call","due":"2026-01-02T09:00:00Z"}`},
	}
	for _, c := range cases {
		b, err := json.Marshal(c.payload)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != c.want {
			t.Errorf("%T = %s, want %s", c.payload, b, c.want)
		}
	}
}

func TestFakeRecordsAndAnswers(t *testing.T) {
	f := &Fake{OpenPath: "/tmp/cv.pdf", SavePath: "/tmp/out.zip", ConfirmAnswer: true}
	var e Emitter = f
	var d Dialogs = f
	e.Emit(EventJobProgress, JobProgress{ID: "a", Done: 1})
	e.Emit(EventJobDone, JobDone{ID: "a", OK: true})
	e.Emit(EventJobProgress, JobProgress{ID: "a", Done: 2})

	if got := f.Named(EventJobProgress); len(got) != 2 || got[1].(JobProgress).Done != 2 {
		t.Errorf("Named(progress) = %v", got)
	}
	if ev := f.Emitted(); len(ev) != 3 || ev[1].Name != EventJobDone {
		t.Errorf("Emitted() = %v", ev)
	}
	if p, err := d.OpenFile("Open CV", []FileFilter{{"PDF", "*.pdf"}}); p != "/tmp/cv.pdf" || err != nil {
		t.Errorf("OpenFile = %q, %v", p, err)
	}
	if p, err := d.SaveFile("Export", "h.zip", nil); p != "/tmp/out.zip" || err != nil {
		t.Errorf("SaveFile = %q, %v", p, err)
	}
	if ok, err := d.Confirm("Delete", "Sure?"); !ok || err != nil {
		t.Errorf("Confirm = %v, %v", ok, err)
	}
	asked := f.Asked()
	if len(asked) != 3 || asked[0].Kind != "open" || asked[0].Filters[0].Pattern != "*.pdf" ||
		asked[1].DefaultName != "h.zip" || asked[2].Message != "Sure?" {
		t.Errorf("Asked() = %+v", asked)
	}

	f.DialogErr = ErrFakeDialog
	if _, err := d.OpenFile("x", nil); !errors.Is(err, ErrFakeDialog) {
		t.Errorf("OpenFile with DialogErr = %v", err)
	}
	if ok, err := d.Confirm("x", "y"); ok || !errors.Is(err, ErrFakeDialog) {
		t.Errorf("Confirm with DialogErr = %v, %v", ok, err)
	}
}

func TestFakeConcurrentEmit(t *testing.T) {
	f := &Fake{}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				f.Emit(EventAIDelta, AIDelta{ID: fmt.Sprint(g), Text: "x"})
			}
		}(g)
	}
	wg.Wait()
	if n := len(f.Emitted()); n != 800 {
		t.Errorf("recorded %d events, want 800", n)
	}
}
