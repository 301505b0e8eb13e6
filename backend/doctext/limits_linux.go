package doctext

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"syscall"
)

// limitMemory caps the child's memory in three layers. The GC's soft limit
// makes it work harder first; a watchdog ends the child cleanly when the
// runtime's memory passes 85% of the cap (the usual way a hog ends);
// RLIMIT_DATA is the hard cap for a sudden huge allocation. RLIMIT_DATA
// counts committed, writable mappings but not PROT_NONE address-space
// reservations, so unlike RLIMIT_AS it leaves the Go runtime working; it is
// set to the data the process already has at start (measured: ~114 MB for
// the test binary, more for a binary linking GTK) plus the cap plus slack:
// thread stacks count too, and a runtime that cannot start a thread aborts
// or wedges (measured), so the watchdog must win in the gradual case. An
// allocation the rlimit refuses (measured: a 137 GB one) ends in "fatal
// error: out of memory" at once.
func limitMemory(limit int64, stderr io.Writer) {
	debug.SetMemoryLimit(limit * 6 / 10)
	startMemoryWatchdog(limit * 85 / 100)
	const slack = 256 << 20
	hard := uint64(max(limit, 0)) + uint64(max(vmData(), 0)) + slack
	rl := syscall.Rlimit{Cur: hard, Max: hard}
	if err := syscall.Setrlimit(syscall.RLIMIT_DATA, &rl); err != nil {
		fmt.Fprintf(stderr, "doctext child: set memory limit: %v\n", err)
	}
}

// vmData returns the process's data segment size (VmData) in bytes, or 0.
func vmData() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range bytes.Split(b, []byte("\n")) {
		if v, ok := bytes.CutPrefix(line, []byte("VmData:")); ok {
			kb, err := strconv.ParseInt(string(bytes.TrimSpace(bytes.TrimSuffix(bytes.TrimSpace(v), []byte("kB")))), 10, 64)
			if err == nil {
				return kb << 10
			}
		}
	}
	return 0
}
