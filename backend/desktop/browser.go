package desktop

import (
	"fmt"
	"net/url"

	wruntime "github.com/wailsapp/wails/v2/pkg/runtime"
)

// OpenURL opens an http(s) link in the system browser (for example Google's
// consent page). Other schemes are refused.
func (r *Runtime) OpenURL(link string) error {
	u, err := url.Parse(link)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return fmt.Errorf("open link: %q is not a web address", link)
	}
	ctx := r.context()
	if ctx == nil {
		return fmt.Errorf("open link: %w", ErrNotReady)
	}
	wruntime.BrowserOpenURL(ctx, link)
	return nil
}
