package desktop

import (
	"os"
	"runtime"
	"slices"
	"testing"
)

func TestSkipUnusedGL(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("GTK and WebKitGTK's GL variables matter on Linux only")
	}
	t.Run("sets what the user left unset", func(t *testing.T) {
		for _, kv := range unusedGL {
			t.Setenv(kv[0], "") // restored after the test
			os.Unsetenv(kv[0])
		}
		set := SkipUnusedGL()
		if !slices.Equal(set, []string{"GDK_GL", "WEBKIT_DISABLE_DMABUF_RENDERER"}) {
			t.Errorf("SkipUnusedGL() set %v", set)
		}
		if got := os.Getenv("GDK_GL"); got != "disable" {
			t.Errorf("GDK_GL = %q, want disable", got)
		}
		if got := os.Getenv("WEBKIT_DISABLE_DMABUF_RENDERER"); got != "1" {
			t.Errorf("WEBKIT_DISABLE_DMABUF_RENDERER = %q, want 1", got)
		}
	})
	t.Run("keeps the user's own values, even empty ones", func(t *testing.T) {
		t.Setenv("GDK_GL", "always")
		t.Setenv("WEBKIT_DISABLE_DMABUF_RENDERER", "")
		if set := SkipUnusedGL(); len(set) != 0 {
			t.Errorf("SkipUnusedGL() set %v over the user's values", set)
		}
		if got := os.Getenv("GDK_GL"); got != "always" {
			t.Errorf("GDK_GL = %q, want the user's always", got)
		}
		if got, ok := os.LookupEnv("WEBKIT_DISABLE_DMABUF_RENDERER"); !ok || got != "" {
			t.Errorf("WEBKIT_DISABLE_DMABUF_RENDERER = %q (set %v), want the user's empty value", got, ok)
		}
	})
}
