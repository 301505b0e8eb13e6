//go:build !bindings

package desktop

const bindingsBuild = false
