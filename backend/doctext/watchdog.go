package doctext

import (
	"fmt"
	"os"
	"runtime/metrics"
	"time"
)

// startMemoryWatchdog ends the process when the memory the Go runtime holds
// passes limit (checked every 10 ms, a cheap read of runtime metrics).
func startMemoryWatchdog(limit int64) {
	go func() {
		s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}}
		for {
			time.Sleep(10 * time.Millisecond)
			metrics.Read(s)
			if s[0].Value.Kind() == metrics.KindUint64 && s[0].Value.Uint64() > uint64(max(limit, 0)) {
				fmt.Fprintln(os.Stderr, "doctext child: out of memory (watchdog)")
				os.Exit(childOverLimit)
			}
		}
	}()
}
