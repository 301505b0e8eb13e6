package desktop

import (
	"errors"
	"os"
	"runtime"
)

// ErrNoDisplay says the window cannot open because there is no graphical
// session; its text tells the user what to do instead.
var ErrNoDisplay = errors.New("no display found: Huntbook's window needs a desktop session. " +
	"Use the command line instead: huntbook app list (see README)")

// CheckDisplay returns ErrNoDisplay on Linux and the BSDs when neither
// DISPLAY nor WAYLAND_DISPLAY is set. Call it before wails.Run: GTK would
// otherwise panic with "failed to init GTK". macOS and Windows always have
// a display.
func CheckDisplay() error {
	if GeneratingBindings() {
		return nil
	}
	switch runtime.GOOS {
	case "darwin", "windows", "ios", "android":
		return nil
	}
	if os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
		return ErrNoDisplay
	}
	return nil
}

// GeneratingBindings reports whether this is the build `wails generate
// module` makes and runs headless to read the bound methods: it must open
// no window, no display and no database.
func GeneratingBindings() bool { return bindingsBuild }
