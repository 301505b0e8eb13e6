package imapread_test

import (
	"context"
	"io"
	"syscall"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/imapread"
	"github.com/huntbook/huntbook/backend/imapread/imaptest"
)

// BenchmarkIncrementalSync10k: a folder of 11,000 messages (text,
// HTML and an attachment each) of which the state has read 1,000; one
// op is the incremental sync of the 10,000 new ones from the local server
// over TLS (aim: at most 5 s).
func BenchmarkIncrementalSync10k(b *testing.B) {
	s := imaptest.Start(b, imaptest.Config{Security: "tls", User: "me@example.org", Password: "app-pass"})
	for i := range 11000 {
		s.Append("INBOX", rejection(i), time.Now())
	}
	acct := imapread.Account{Host: s.Host, Port: s.Port, Security: imapread.SecurityTLS, User: "me@example.org", Password: "app-pass"}
	o := imapread.Options{TLSConfig: tlsConfig(s)}
	state := map[string]imapread.FolderState{"INBOX": {UIDValidity: 1, LastUID: 1000}}
	var stats imapread.Stats
	cpu0 := cpuTime()
	b.ResetTimer()
	for b.Loop() {
		n := 0
		var err error
		_, stats, err = imapread.Sync(context.Background(), acct, state, o, func(string, uint32, io.Reader) error {
			n++
			return nil
		})
		if err != nil || n != 10000 {
			b.Fatalf("sync: %v, %d delivered", err, n)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/sync")
	b.ReportMetric(10000*float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
	// The machine is shared: CPU time (client and server together) says
	// more than the wall clock when it is busy.
	b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/sync")
	b.ReportMetric(float64(stats.BytesRead)/(1<<20), "MB-read/sync")
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
