//go:build !unix

package mailread

import "time"

func cpuTime() (time.Duration, int64) { return 0, 0 }
