package doctext

import (
	"os/exec"
	"syscall"
)

// isolate puts the child in its own process group and has the kernel kill it
// if the parent dies.
func isolate(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	cmd.Cancel = func() error { return killGroup(cmd) }
}
