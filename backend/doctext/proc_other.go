//go:build !unix

package doctext

import "os/exec"

// isolate does nothing here (no process groups).
func isolate(cmd *exec.Cmd) {}

// kill ends the child.
func kill(cmd *exec.Cmd) error {
	if cmd.Process == nil {
		return nil
	}
	return cmd.Process.Kill()
}

func peakRSS(cmd *exec.Cmd) int64 { return 0 }

func signaled(cmd *exec.Cmd) bool { return false }
