//go:build unix && !linux

package doctext

import (
	"os/exec"
	"runtime"
	"syscall"
)

// isolate puts the child in its own process group.
func isolate(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
}

// kill ends the child and anything it started.
func kill(cmd *exec.Cmd) error { return killGroup(cmd) }

// maxRSSBytes converts ru_maxrss: bytes on Darwin, kilobytes on the BSDs.
func maxRSSBytes(v int64) int64 {
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		return v
	}
	return v * 1024
}
