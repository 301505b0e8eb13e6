//go:build !e2e

package desktop

import "context"

// DomReady is called from Wails' OnDomReady. In normal builds it does
// nothing; builds with the e2e tag run an end-to-end script here.
func (r *Runtime) DomReady(ctx context.Context) {}
