//go:build linux && (production || dev) && !bindings

package desktop

/*
#cgo linux pkg-config: gtk+-3.0
#cgo !webkit2_41 pkg-config: webkit2gtk-4.0
#cgo webkit2_41 pkg-config: webkit2gtk-4.1
#include "navigation_linux.h"
*/
import "C"

import (
	"context"
	"log"
)

// guardNavigation connects the window's navigation policy to WebKitGTK's
// decide-policy signal on the webview Wails created. Wails v2 offers no
// navigation hook, so the webview is found among GTK's top-level windows
// once the main loop runs (navigation_linux.c). open is the system browser.
func guardNavigation(ctx context.Context, open func(string) error) {
	activeGuard.Store(newGuard(ctx, open))
	C.huntbook_guard_navigation()
}

//export huntbookAllowNavigation
func huntbookAllowNavigation(uri *C.char, userClick, newWindow C.int) C.int {
	if activeGuard.Load().allow(C.GoString(uri), userClick != 0, newWindow != 0) {
		return 1
	}
	return 0
}

//export huntbookNavigationGuarded
func huntbookNavigationGuarded(views C.int) {
	if views == 0 {
		log.Printf("huntbook: no webview found to guard: the window may follow links away from the app")
		return
	}
	Mark("navigation guarded")
}
