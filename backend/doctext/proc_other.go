//go:build !unix

package doctext

import "os/exec"

// isolate kills the child itself on cancel (no process groups here).
func isolate(cmd *exec.Cmd) {
	cmd.Cancel = func() error { return cmd.Process.Kill() }
}

func peakRSS(cmd *exec.Cmd) int64 { return 0 }

func signaled(cmd *exec.Cmd) bool { return false }
