//go:build !windows

package nativehost

import "syscall"

// detached puts the child in a new session: the browser's signals to the
// host's process group do not reach it.
func detached() *syscall.SysProcAttr { return &syscall.SysProcAttr{Setsid: true} }
