package doctext

import (
	"fmt"
	"os"
	"runtime/metrics"
	"time"
)

// startMemoryWatchdog ends the process when the memory the Go runtime holds
// passes limit (checked every 50 ms). It is the fallback where the OS cap
// cannot be set; a single huge allocation still fails in the runtime.
func startMemoryWatchdog(limit int64) {
	go func() {
		s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}}
		for {
			time.Sleep(50 * time.Millisecond)
			metrics.Read(s)
			if s[0].Value.Kind() == metrics.KindUint64 && int64(s[0].Value.Uint64()) > limit {
				fmt.Fprintln(os.Stderr, "doctext child: out of memory (watchdog)")
				os.Exit(childOverLimit)
			}
		}
	}()
}
