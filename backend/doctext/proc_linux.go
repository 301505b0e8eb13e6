package doctext

import (
	"os/exec"
	"syscall"
)

// isolate puts the child in its own process group and has the kernel kill it
// if the parent dies.
func isolate(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

// kill ends the child and anything it started.
func kill(cmd *exec.Cmd) error { return killGroup(cmd) }
