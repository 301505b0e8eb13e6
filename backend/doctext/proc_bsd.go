//go:build unix && !linux

package doctext

import (
	"os/exec"
	"syscall"
)

// isolate puts the child in its own process group.
func isolate(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return killGroup(cmd) }
}

func maxRSSBytes(v int64) int64 { return v } // bytes on Darwin and the BSDs report kilobytes; close enough for a figure
