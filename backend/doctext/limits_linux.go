package doctext

import (
	"fmt"
	"io"
	"runtime/debug"
	"syscall"
)

// limitMemory caps the child's memory. RLIMIT_DATA counts the Go heap's
// committed (writable) mappings but not its PROT_NONE address-space
// reservations, so unlike RLIMIT_AS it does not break the runtime; an
// allocation past it makes the runtime die with "out of memory", which the
// parent reports. The soft limit makes the GC work harder before that.
func limitMemory(limit int64, stderr io.Writer) {
	debug.SetMemoryLimit(limit * 3 / 4)
	rl := syscall.Rlimit{Cur: uint64(limit), Max: uint64(limit)}
	if err := syscall.Setrlimit(syscall.RLIMIT_DATA, &rl); err != nil {
		fmt.Fprintf(stderr, "doctext child: set memory limit: %v\n", err)
		startMemoryWatchdog(limit)
	}
}
