//go:build !linux

package doctext

import (
	"io"
	"runtime/debug"
)

// limitMemory caps the child's memory where no usable rlimit exists: a soft
// limit for the GC and a watchdog that ends the child past the cap.
func limitMemory(limit int64, stderr io.Writer) {
	debug.SetMemoryLimit(limit * 6 / 10)
	startMemoryWatchdog(limit * 85 / 100)
}
