//go:build e2e

package desktop

import (
	"context"

	wruntime "github.com/wailsapp/wails/v2/pkg/runtime"
)

// In e2e builds a link the navigation guard would open in the system
// browser is only reported (printed, and sent to the page as e2e:browser
// {url}): a test run never starts a browser.
func init() {
	navigationBrowser = func(ctx context.Context, link string) error {
		e2eLogf("system browser asked to open %s (not opened in e2e builds)", redactURL(link))
		if wailsContext(ctx) {
			wruntime.EventsEmit(ctx, "e2e:browser", map[string]any{"url": link})
		}
		return nil
	}
}
