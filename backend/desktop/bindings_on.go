//go:build bindings

package desktop

// bindingsBuild is true in the build `wails generate module` makes and runs
// to read the bound methods; it needs no display.
const bindingsBuild = true
