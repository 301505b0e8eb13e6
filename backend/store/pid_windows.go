//go:build windows

package store

import "os"

// processAlive says whether a process with this id exists: on Windows
// FindProcess opens a handle, which fails for a process that is gone.
func processAlive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	p.Release()
	return true
}
