package nativehost

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/desktop"
	"github.com/huntbook/huntbook/backend/model"
)

// "open" starts this program as the window on the host's data folder with
// the application's id, and nothing else.
func TestOpenStartsTheWindowOnTheApplication(t *testing.T) {
	h, svc := newHost(t)
	a, err := svc.Applications.Create(model.Application{Title: "Backend Engineer", Company: "Acme Robotics"})
	if err != nil {
		t.Fatal(err)
	}
	var started [][]string
	h.DataDir = "/home/ann/Huntbook data"
	h.Start = func(argv []string) error { started = append(started, argv); return nil }
	r := start(t, h).call(map[string]any{"type": "open", "id": a.ID})
	if r.Type != "opened" || r.ID != a.ID {
		t.Fatalf("reply %+v", r)
	}
	exe, _ := os.Executable()
	if resolved, err := filepath.EvalSymlinks(exe); err == nil {
		exe = resolved
	}
	want := [][]string{{exe, "--data-dir", "/home/ann/Huntbook data", "--open-application", jsonNumber(a.ID)}}
	if !reflect.DeepEqual(started, want) {
		t.Fatalf("started %q, want %q", started, want)
	}
}

func jsonNumber(id int64) string { b, _ := json.Marshal(id); return string(b) }

// An id that is not a positive whole number, or names no application, gets
// an error reply and starts nothing.
func TestOpenRefusesBadIDs(t *testing.T) {
	h, _ := newHost(t)
	h.DataDir = t.TempDir()
	started := 0
	h.Start = func([]string) error { started++; return nil }
	s := start(t, h)
	for _, raw := range []string{
		`{"type":"open"}`,
		`{"type":"open","id":0}`,
		`{"type":"open","id":-3}`,
		`{"type":"open","id":1.5}`,
		`{"type":"open","id":"7"}`,
		`{"type":"open","id":"7; rm -rf ~"}`,
		`{"type":"open","id":99999999999999999999}`,
		`{"type":"open","id":42}`, // no such application
		`{"type":"open","id":1,"args":["--evil"]}`,
	} {
		r := s.send([]byte(raw))
		if r.Type != "error" || r.Error == "" {
			t.Errorf("%s: reply %+v, want an error", raw, r)
		}
	}
	if started != 0 {
		t.Fatalf("%d launches for bad requests", started)
	}
}

// A launch that fails is reported to the extension.
func TestOpenReportsALaunchThatFails(t *testing.T) {
	h, svc := newHost(t)
	a, _ := svc.Applications.Create(model.Application{Title: "T", Company: "C"})
	h.DataDir = t.TempDir()
	h.Start = func([]string) error { return os.ErrPermission }
	r := start(t, h).call(map[string]any{"type": "open", "id": a.ID})
	if r.Type != "error" || !strings.Contains(r.Error, "permission") {
		t.Fatalf("reply %+v", r)
	}
}

// RecordTo writes each launch as a JSON line and starts nothing.
func TestRecordTo(t *testing.T) {
	p := filepath.Join(t.TempDir(), "opens.jsonl")
	rec := RecordTo(p)
	for _, argv := range [][]string{{"/opt/huntbook", "--open-application", "3"}, {"/opt/huntbook", "x y"}} {
		if err := rec(argv); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	want := `["/opt/huntbook","--open-application","3"]` + "\n" + `["/opt/huntbook","x y"]` + "\n"
	if string(data) != want {
		t.Fatalf("recorded %q, want %q", data, want)
	}
}

// The host starts the window with the flag the window reads.
func TestOpenFlagIsTheWindows(t *testing.T) {
	id, rest, err := desktop.OpenApplicationArg(OpenArgs("/x/huntbook", "/d", 31)[1:])
	if OpenFlag != desktop.OpenApplicationFlag || err != nil || id != 31 || !reflect.DeepEqual(rest, []string{"--data-dir", "/d"}) {
		t.Fatalf("window reads %d %q %v from the host's arguments", id, rest, err)
	}
}
