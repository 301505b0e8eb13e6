package desktop

import (
	"context"
	"log"
	"net"
	"net/url"
	"strings"
	"sync/atomic"
)

// The window shows only the app's own page. A top-level navigation anywhere
// else (location.href = "http://…", a form, a redirect, a new window) is
// refused; when it was the user's own click on an http(s) link, the link
// opens in the system browser instead. The WebKitGTK hook that asks
// allowNavigation is in navigation_linux.go; on other platforms, and in
// builds without a window, guardNavigation does nothing.

// navVerdict is what happens to one navigation.
type navVerdict int

const (
	navAllow       navVerdict = iota // the app's own page
	navRefuse                        // stays on the current page
	navOpenBrowser                   // refused here, opened in the system browser
)

// wailsOrigin is where Wails serves the page on Linux and macOS (Windows:
// http://wails.localhost).
const wailsOrigin = "wails://wails"

// appOrigin is the origin of the page Wails loads in the window, computed
// as Wails v2.16 does on Linux (internal/frontend/desktop/linux/frontend.go):
// the dev server's URL under `wails dev`, wails://wails.localhost:PORT when
// an asset server port is set, else wails://wails.
func appOrigin(ctx context.Context) *url.URL {
	u, _ := url.Parse(wailsOrigin)
	if ctx == nil {
		return u
	}
	if start, _ := ctx.Value("starturl").(*url.URL); start != nil {
		c := *start
		return &c
	}
	if port, _ := ctx.Value("assetserverport").(string); port != "" {
		u.Host = net.JoinHostPort(u.Host+".localhost", port)
	}
	return u
}

// decideNavigation says what to do with a navigation to target in a window
// whose page comes from origin. userClick is a link the user clicked
// (not a script); newWindow asks for a new window (target=_blank,
// window.open), which the app never opens.
func decideNavigation(target string, origin *url.URL, userClick, newWindow bool) navVerdict {
	u, err := url.Parse(target)
	if err != nil {
		return navRefuse
	}
	if !newWindow && sameOrigin(u, origin) {
		return navAllow
	}
	if userClick && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && u.User == nil {
		return navOpenBrowser
	}
	return navRefuse
}

// sameOrigin compares scheme, host and port, with default ports filled in.
func sameOrigin(a, b *url.URL) bool {
	if b == nil || !strings.EqualFold(a.Scheme, b.Scheme) || a.Opaque != "" || a.User != nil {
		return false
	}
	return strings.EqualFold(a.Hostname(), b.Hostname()) && port(a) == port(b)
}

func port(u *url.URL) string {
	if p := u.Port(); p != "" {
		return p
	}
	switch strings.ToLower(u.Scheme) {
	case "http":
		return "80"
	case "https":
		return "443"
	}
	return ""
}

// navigationGuard holds the policy of the window it was installed on.
type navigationGuard struct {
	origin *url.URL
	open   func(string) error // the system browser
}

// activeGuard is the guard the webview's signal handler asks; nil until
// guardNavigation installed one.
var activeGuard atomic.Pointer[navigationGuard]

// navigationBrowser, when set (e2e builds), stands in for the system
// browser of clicked links.
var navigationBrowser func(ctx context.Context, link string) error

// newGuard is the policy for the window Wails runs with ctx.
func newGuard(ctx context.Context, open func(string) error) *navigationGuard {
	if navigationBrowser != nil {
		open = func(link string) error { return navigationBrowser(ctx, link) }
	}
	return &navigationGuard{origin: appOrigin(ctx), open: open}
}

// allow decides one navigation, opens a clicked link in the system browser
// (never on the caller's thread: that is the GTK main loop) and logs what it
// refused. Without a guard only wails://wails is allowed.
func (g *navigationGuard) allow(target string, userClick, newWindow bool) bool {
	if g == nil {
		g = &navigationGuard{}
	}
	origin := g.origin
	if origin == nil {
		origin, _ = url.Parse(wailsOrigin)
	}
	v := decideNavigation(target, origin, userClick, newWindow)
	switch v {
	case navAllow:
		return true
	case navOpenBrowser:
		if g.open != nil {
			go func() {
				if err := g.open(target); err != nil {
					log.Printf("huntbook: %v", err)
				}
			}()
			return false
		}
	}
	log.Printf("huntbook: the window stays on the app: refused to show %s", redactURL(target))
	return false
}

// redactURL keeps a refused address's scheme and host for the log: its path
// and query may hold what is nobody's business.
func redactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.Scheme == "" {
		return "an unreadable address"
	}
	if u.Host == "" {
		return u.Scheme + ": address"
	}
	return u.Scheme + "://" + u.Host + "/…"
}
