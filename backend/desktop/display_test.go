package desktop

import (
	"errors"
	"runtime"
	"testing"
)

// skipOffFreedesktop skips a test of what only X11 and Wayland systems do.
func skipOffFreedesktop(t *testing.T) {
	t.Helper()
	if runtime.GOOS == "darwin" || runtime.GOOS == "windows" {
		t.Skip("not an X11 or Wayland system:", runtime.GOOS)
	}
}

func TestCheckDisplay(t *testing.T) {
	skipOffFreedesktop(t) // macOS and Windows always have a display
	cases := []struct {
		display, wayland string
		want             error
	}{
		{"", "", ErrNoDisplay},
		{":99", "", nil},
		{"", "wayland-0", nil},
	}
	for _, c := range cases {
		t.Setenv("DISPLAY", c.display)
		t.Setenv("WAYLAND_DISPLAY", c.wayland)
		if err := CheckDisplay(); !errors.Is(err, c.want) {
			t.Errorf("DISPLAY=%q WAYLAND_DISPLAY=%q: CheckDisplay() = %v, want %v", c.display, c.wayland, err, c.want)
		}
	}
}
