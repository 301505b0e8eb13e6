//go:build !linux

package doctext

import (
	"io"
	"runtime/debug"
)

// limitMemory caps the child's memory where no usable rlimit exists: a soft
// limit for the GC and a watchdog that ends the child past the cap.
func limitMemory(limit int64, stderr io.Writer) {
	debug.SetMemoryLimit(limit * 3 / 4)
	startMemoryWatchdog(limit)
}
