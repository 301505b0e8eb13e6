//go:build !windows

package launch

import "syscall"

// detached puts the child in a new session: no controlling terminal, and
// the signals sent to the starter's process group do not reach it.
func detached() *syscall.SysProcAttr { return &syscall.SysProcAttr{Setsid: true} }
