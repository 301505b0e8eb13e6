//go:build !linux || !(production || dev) || bindings

package desktop

import "context"

// guardNavigation has no hook outside WebKitGTK: Wails v2 offers none for
// WebView2 (Windows) or WKWebView (macOS), and builds without a window
// have no webview. The page's own guard and Content-Security-Policy remain.
func guardNavigation(ctx context.Context, open func(string) error) {
	activeGuard.Store(newGuard(ctx, open))
}
