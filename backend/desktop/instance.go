package desktop

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"

	"github.com/wailsapp/wails/v2/pkg/options"
	wruntime "github.com/wailsapp/wails/v2/pkg/runtime"
)

// InstanceID names the window of one data folder: a second start with the
// same folder finds the first by it, while windows of different folders
// (--data-dir) still open side by side. It is made of letters, digits and
// underscores only, as a D-Bus name element must be (Wails builds the Linux
// bus name "org.wails_app_<id>.SingleInstance" from it; Windows and macOS
// make a mutex name of it).
func InstanceID(dataDir string) string {
	if abs, err := filepath.Abs(dataDir); err == nil {
		dataDir = abs
	}
	sum := sha256.Sum256([]byte(filepath.Clean(dataDir)))
	return "huntbook_" + hex.EncodeToString(sum[:12])
}

// SingleInstance is the window's lock for dataDir: a second start with the
// same folder exits and the first window is shown, unminimised and raised
// instead. On Linux Wails claims a name on the D-Bus session bus; with no
// session bus (see SkipMissingSessionBus) it gives up silently and every
// start opens its own window, as before.
func (r *Runtime) SingleInstance(dataDir string) *options.SingleInstanceLock {
	return &options.SingleInstanceLock{
		UniqueId:               InstanceID(dataDir),
		OnSecondInstanceLaunch: func(options.SecondInstanceData) { r.Focus() },
	}
}

// Focus brings the window to the front: shown, unminimised (on Linux
// gtk_window_present, which also raises and focuses it). Before Startup it
// does nothing.
func (r *Runtime) Focus() {
	ctx := r.context()
	if ctx == nil {
		return
	}
	wruntime.WindowShow(ctx)
	wruntime.WindowUnminimise(ctx)
}
