package e2e

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// foreignSite is a local stand-in for any web page the app must not show:
// it records every request it gets.
type foreignSite struct {
	srv  *httptest.Server
	mu   sync.Mutex
	hits []string
}

var foreign *foreignSite

// navigationPrelude starts the foreign site and gives scenarios/navigation.js
// its address (127.0.0.1, no outside network).
func navigationPrelude(t *testing.T) string {
	f := &foreignSite{}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		f.hits = append(f.hits, r.Method+" "+r.URL.Path)
		f.mu.Unlock()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, "<!doctype html><title>Foreign</title><h1>Not Huntbook</h1>")
	}))
	t.Cleanup(f.srv.Close)
	foreign = f
	return fmt.Sprintf("var FOREIGN = %q;\n", f.srv.URL)
}

// checkNavigation: no navigation reached the foreign site (the page checked
// itself that it stayed on the app).
func checkNavigation(t *testing.T, _, _ string) {
	foreign.mu.Lock()
	defer foreign.mu.Unlock()
	if len(foreign.hits) != 0 {
		t.Errorf("the webview fetched the foreign page: %s", strings.Join(foreign.hits, ", "))
	}
}
