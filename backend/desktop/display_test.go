package desktop

import (
	"errors"
	"runtime"
	"testing"
)

func TestCheckDisplay(t *testing.T) {
	if runtime.GOOS == "darwin" || runtime.GOOS == "windows" {
		t.Skip("always a display on", runtime.GOOS)
	}
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
