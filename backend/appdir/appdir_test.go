package appdir

import (
	"path/filepath"
	"runtime"
	"testing"
)

func TestResolveOrder(t *testing.T) {
	env := t.TempDir()
	t.Setenv(EnvVar, env)
	if got, _ := Resolve("rel/dir"); !filepath.IsAbs(got) || filepath.Base(got) != "dir" {
		t.Fatalf("flag first, made absolute: %q", got)
	}
	if got, _ := Resolve(""); got != env {
		t.Fatalf("env second: %q", got)
	}
	t.Setenv(EnvVar, "")
	if runtime.GOOS == "linux" {
		xdg := t.TempDir()
		t.Setenv("XDG_DATA_HOME", xdg)
		if got, _ := Resolve(""); got != filepath.Join(xdg, "huntbook") {
			t.Fatalf("XDG: %q", got)
		}
	}
}
