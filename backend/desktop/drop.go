package desktop

import wruntime "github.com/wailsapp/wails/v2/pkg/runtime"

// OnDrop calls fn, on a goroutine of Wails', with the paths of the files
// dropped on the window (the services grant reading them: a bound method
// that takes a path accepts only files the user handed over). Call it
// after Startup; before, it does nothing.
//
// Wails hands the page the same paths through its own listener. A native
// drop reaches Go straight from GTK, but Wails v2 also accepts a drop
// message from the page, so a dropped path is granted for reading only, and
// only for the kinds of document the app reads (see service/paths.go).
func (r *Runtime) OnDrop(fn func(paths []string)) {
	ctx := r.context()
	if ctx == nil || fn == nil {
		return
	}
	wruntime.OnFileDrop(ctx, func(_, _ int, paths []string) { fn(paths) })
}
