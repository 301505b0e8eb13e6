//go:build !e2e

package nativehost

// DefaultStarter starts the window for real, detached from the host.
func DefaultStarter() Starter { return StartDetached }
