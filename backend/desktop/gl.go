package desktop

import (
	"os"
	"runtime"

	"github.com/wailsapp/wails/v2/pkg/options/linux"
)

// LinuxOptions are the window's Linux options: the webview never uses GPU
// compositing (Wails' default on Linux since wails#2977, stated here because
// SkipUnusedGL relies on it).
func LinuxOptions() *linux.Options {
	return &linux.Options{WebviewGpuPolicy: linux.WebviewGpuPolicyNever}
}

// unusedGL are the variables SkipUnusedGL sets, with their values: GTK's own
// GL support off, and WebKit's DMABuf renderer (which hands GPU buffers from
// the web process to the window) off.
var unusedGL = [][2]string{
	{"GDK_GL", "disable"},
	{"WEBKIT_DISABLE_DMABUF_RENDERER", "1"},
}

// SkipUnusedGL spares the window loading OpenGL it never draws with. The
// webview runs without GPU compositing (LinuxOptions), yet on Linux GTK
// initialises GLX for its visuals and WebKit's window side sets up EGL for
// DMABuf buffers: each loads Mesa and with it LLVM, about 0.1 s and 5 MB
// before the page can start loading here. The web process still needs EGL
// and loads Mesa itself. A variable the user has set is left alone. Call it
// before the window opens; it returns the names it set.
func SkipUnusedGL() []string {
	if runtime.GOOS != "linux" || GeneratingBindings() {
		return nil
	}
	var set []string
	for _, kv := range unusedGL {
		if _, ok := os.LookupEnv(kv[0]); ok {
			continue
		}
		if os.Setenv(kv[0], kv[1]) == nil {
			set = append(set, kv[0])
		}
	}
	return set
}
