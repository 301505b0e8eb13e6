//go:build !e2e

package desktop

import "context"

// DomReady is called from Wails' OnDomReady. In normal builds it does
// nothing; builds with the e2e tag run an end-to-end script here.
func (r *Runtime) DomReady(context.Context) {}

// Mark notes a start-up milestone (for example "database open"). In normal
// builds it does nothing; builds with the e2e tag print it with its time
// for `make measure`.
func Mark(string) {}
