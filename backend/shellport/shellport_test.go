package shellport

import (
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"testing"
)

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
		{MailChanged{Proposed: 3}, `{"proposed":3}`},
		{
			ReminderDue{ApplicationID: 4, Title: "Call", Due: "2026-01-02T09:00:00Z", Company: "Acme", ApplicationTitle: "Dev"},
			`{"applicationId":4,"title":"Call","due":"2026-01-02T09:00:00Z","company":"Acme","applicationTitle":"Dev"}`,
		},
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
	if p, err := d.OpenFile("Open CV", []FileFilter{{Name: "PDF", Pattern: "*.pdf"}}); p != "/tmp/cv.pdf" || err != nil {
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
