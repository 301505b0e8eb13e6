package desktop

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// One data folder gives one id however it is spelt; two folders give two,
// and every id is a valid D-Bus name element.
func TestInstanceID(t *testing.T) {
	dir := t.TempDir()
	a := InstanceID(dir)
	if InstanceID(dir+string(filepath.Separator)) != a || InstanceID(filepath.Join(dir, "x", "..")) != a {
		t.Errorf("the same folder spelt differently gave different ids")
	}
	wd, _ := os.Getwd()
	if err := os.Chdir(filepath.Dir(dir)); err != nil {
		t.Fatal(err)
	}
	rel := InstanceID(filepath.Base(dir))
	os.Chdir(wd)
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
