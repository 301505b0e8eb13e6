package desktop

import (
	"path/filepath"
	"reflect"
	"regexp"
	"testing"

	"github.com/huntbook/huntbook/backend/shellport"
)

// One data folder gives one id however it is spelt; two folders give two,
// and every id is a valid D-Bus name element.
func TestInstanceID(t *testing.T) {
	dir := t.TempDir()
	a := InstanceID(dir)
	if InstanceID(dir+string(filepath.Separator)) != a || InstanceID(filepath.Join(dir, "x", "..")) != a {
		t.Errorf("the same folder spelt differently gave different ids")
	}
	t.Chdir(filepath.Dir(dir)) // restored when the test ends
	rel := InstanceID(filepath.Base(dir))
	if rel != a {
		t.Errorf("a relative path gave %s, the absolute one %s", rel, a)
	}
	if b := InstanceID(filepath.Join(dir, "other")); b == a {
		t.Errorf("two folders share the id %s", a)
	}
	if !regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,200}$`).MatchString(a) {
		t.Errorf("id %q is not a D-Bus name element", a)
	}
	// Focus before Startup must not reach the Wails runtime (which would
	// kill the process without its context).
	New().Focus()
}

// The window's --open-application ID is read in every spelling, taken out
// of the other arguments, and refused when it is not a positive whole number.
func TestOpenApplicationArg(t *testing.T) {
	for _, c := range []struct {
		args []string
		id   int64
		rest []string
	}{
		{nil, 0, []string{}},
		{[]string{"--data-dir", "/d"}, 0, []string{"--data-dir", "/d"}},
		{[]string{"--data-dir", "/d", "--open-application", "42"}, 42, []string{"--data-dir", "/d"}},
		{[]string{"--open-application=7", "--data-dir=/d"}, 7, []string{"--data-dir=/d"}},
		{[]string{"-open-application", "9"}, 9, []string{}},
	} {
		id, rest, err := OpenApplicationArg(c.args)
		if err != nil || id != c.id || !reflect.DeepEqual(rest, c.rest) {
			t.Errorf("%q: got %d %q %v, want %d %q", c.args, id, rest, err, c.id, c.rest)
		}
	}
	for _, bad := range [][]string{
		{"--open-application"},
		{"--open-application", "0"},
		{"--open-application", "-4"},
		{"--open-application", "4x"},
		{"--open-application", "+4"},
		{"--open-application", "04"},
		{"--open-application=", "4"},
		{"--open-application", "99999999999999999999"},
		{"--open-application", "1; rm -rf ~"},
	} {
		if _, _, err := OpenApplicationArg(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// A second start that names an application tells the page to open it; one
// that names none, or a bad id, sends nothing.
func TestSecondInstanceOpensTheApplication(t *testing.T) {
	f := &shellport.Fake{}
	SecondInstance(f, []string{"--data-dir", "/d", "--open-application", "12"})
	SecondInstance(f, []string{"--data-dir", "/d"})
	SecondInstance(f, []string{"--open-application", "twelve"})
	got := f.Named(shellport.EventOpenApplication)
	if len(got) != 1 || got[0] != (shellport.OpenApplicationRequest{ID: 12}) {
		t.Fatalf("events %+v, want one open of 12", f.Emitted())
	}
	if len(f.Emitted()) != 1 {
		t.Fatalf("other events: %+v", f.Emitted())
	}
}
