//go:build unix

package mailread

import (
	"syscall"
	"time"
)

// cpuTime is the user+system CPU time this process has used, and its peak
// resident set size in bytes (0 when unknown).
func cpuTime() (time.Duration, int64) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, 0
	}
	cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	// Maxrss is in kB on Linux, and int32 on some platforms
	return cpu, int64(ru.Maxrss) * 1024 //nolint:unconvert // see above
}
