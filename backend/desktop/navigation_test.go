package desktop

import (
	"context"
	"net/url"
	"testing"
	"time"
)

func TestDecideNavigation(t *testing.T) {
	app, _ := url.Parse(wailsOrigin)
	dev, _ := url.Parse("http://localhost:34115")
	for _, c := range []struct {
		target           string
		origin           *url.URL
		click, newWindow bool
		want             navVerdict
	}{
		{"wails://wails/", app, false, false, navAllow},
		{"wails://wails/index.html#/board", app, false, false, navAllow},
		{"WAILS://Wails/", app, false, false, navAllow},
		{"http://127.0.0.1:8080/page", app, false, false, navRefuse},
		{"https://evil.example/login", app, false, false, navRefuse},
		{"https://jobs.example/posting/1", app, true, false, navOpenBrowser},
		{"http://jobs.example/posting/1", app, true, true, navOpenBrowser},
		{"https://jobs.example/", app, false, true, navRefuse}, // window.open from a script
		{"wails://wails/", app, false, true, navRefuse},        // the app opens no second window
		{"wails://other/", app, false, false, navRefuse},
		{"wails://wails.localhost:34115/", app, false, false, navRefuse},
		{"file:///etc/passwd", app, true, false, navRefuse},
		{"javascript:alert(1)", app, true, false, navRefuse},
		{"data:text/html,<h1>hi</h1>", app, false, false, navRefuse},
		{"about:blank", app, false, false, navRefuse},
		{"https://user:pw@jobs.example/", app, true, false, navRefuse},
		{"http://localhost:34115/#/list", dev, false, false, navAllow},
		{"http://localhost:34116/", dev, false, false, navRefuse},
		{"http://localhost/", dev, false, false, navRefuse},
		{"%zz", app, true, false, navRefuse},
	} {
		if got := decideNavigation(c.target, c.origin, c.click, c.newWindow); got != c.want {
			t.Errorf("decideNavigation(%q, %s, click=%v, newWindow=%v) = %v, want %v", c.target, c.origin, c.click, c.newWindow, got, c.want)
		}
	}
}

func TestAppOrigin(t *testing.T) {
	if got := appOrigin(context.Background()).String(); got != "wails://wails" {
		t.Errorf("production origin %q", got)
	}
	start, _ := url.Parse("http://localhost:34115")
	// Wails looks these values up under plain string keys.
	dev := context.WithValue(context.Background(), "starturl", start) //nolint:staticcheck,revive // Wails' own key type
	if got := appOrigin(dev).String(); got != "http://localhost:34115" {
		t.Errorf("dev origin %q", got)
	}
	served := context.WithValue(context.Background(), "assetserverport", "4321") //nolint:staticcheck,revive // Wails' own key type
	if got := appOrigin(served).String(); got != "wails://wails.localhost:4321" {
		t.Errorf("asset server origin %q", got)
	}
}

// TestGuardOpensClickedLinks: a clicked http(s) link leaves the window
// alone and reaches the system browser; a script's navigation reaches
// nothing.
func TestGuardOpensClickedLinks(t *testing.T) {
	opened := make(chan string, 4)
	g := &navigationGuard{origin: appOrigin(context.Background()), open: func(u string) error { opened <- u; return nil }}
	if !g.allow("wails://wails/", false, false) {
		t.Error("the app's own page was refused")
	}
	if g.allow("https://jobs.example/p?id=1", true, false) {
		t.Error("a clicked foreign link was shown in the window")
	}
	select {
	case u := <-opened:
		if u != "https://jobs.example/p?id=1" {
			t.Errorf("opened %q", u)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the clicked link never reached the system browser")
	}
	if g.allow("http://127.0.0.1:9/", false, false) {
		t.Error("a script's navigation was allowed")
	}
	var none *navigationGuard
	if !none.allow("wails://wails/", false, false) || none.allow("https://x.example/", true, false) {
		t.Error("without a guard only wails://wails may be shown")
	}
	select {
	case u := <-opened:
		t.Errorf("a script's navigation opened %q in the browser", u)
	case <-time.After(100 * time.Millisecond):
	}
}

func TestRedactURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://evil.example/steal?token=abc": "https://evil.example/…",
		"javascript:alert(1)":                  "javascript: address",
		"%zz":                                  "an unreadable address",
	} {
		if got := redactURL(in); got != want {
			t.Errorf("redactURL(%q) = %q, want %q", in, got, want)
		}
	}
}
