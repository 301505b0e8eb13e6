package llm

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/llm/llmtest"
)

// BenchmarkStreamLatency measures the delay from a token leaving the fake
// server to onDelta receiving it, with the 50 ms batching, for tokens arriving
// faster and slower than the flush interval. It reports the distribution.
func BenchmarkStreamLatency(b *testing.B) {
	for _, gap := range []time.Duration{2 * time.Millisecond, 10 * time.Millisecond, 80 * time.Millisecond} {
		b.Run(fmt.Sprintf("gap=%s", gap), func(b *testing.B) {
			const tokens = 40
			var words []string
			for i := 0; i < tokens; i++ {
				words = append(words, fmt.Sprintf("t%04d ", i))
			}
			var sentMu sync.Mutex
			sent := map[string]time.Time{}
			srv := llmtest.New(b, llmtest.Config{
				Reply:      func(llmtest.Call) string { return strings.Join(words, "") },
				ChunkRunes: 6, ChunkDelay: gap,
				OnChunk: func(s string, at time.Time) {
					sentMu.Lock()
					sent[s] = at
					sentMu.Unlock()
				},
			})
			c := New(Provider{Name: "Fake", BaseURL: srv.URL, Model: "m", Kind: KindLocal}, "", nil)
			marker := regexp.MustCompile(`t\d{4} `)
			var lat []time.Duration
			calls := 0
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				sentMu.Lock()
				clear(sent)
				sentMu.Unlock()
				_, err := c.Stream(context.Background(), userMsg("go"), func(s string) {
					now := time.Now()
					calls++
					sentMu.Lock()
					for _, m := range marker.FindAllString(s, -1) {
						if at, ok := sent[m]; ok {
							lat = append(lat, now.Sub(at))
						}
					}
					sentMu.Unlock()
				})
				if err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			q := func(p float64) float64 {
				return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000
			}
			b.ReportMetric(q(0.5), "p50-ms")
			b.ReportMetric(q(0.95), "p95-ms")
			b.ReportMetric(q(1), "max-ms")
			b.ReportMetric(float64(calls)/float64(b.N), "onDelta/stream")
		})
	}
}

// BenchmarkStreamThroughput streams a 256 KiB reply in small chunks as fast
// as the fake can send them.
func BenchmarkStreamThroughput(b *testing.B) {
	reply := strings.Repeat("Experienced engineer with a taste for data. ", 256<<10/44)
	srv := llmtest.New(b, llmtest.Config{Reply: func(llmtest.Call) string { return reply }, ChunkRunes: 16})
	c := New(Provider{Name: "Fake", BaseURL: srv.URL, Model: "m", Kind: KindLocal}, "", nil)
	b.SetBytes(int64(len(reply)))
	calls := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		got, err := c.Stream(context.Background(), userMsg("go"), func(string) { calls++ })
		if err != nil || len(got) != len(reply) {
			b.Fatalf("%d bytes, %v", len(got), err)
		}
	}
	b.ReportMetric(float64(len(reply)/16)*float64(b.N)/b.Elapsed().Seconds(), "chunks/s")
	b.ReportMetric(float64(calls)/float64(b.N), "onDelta/stream")
}

func BenchmarkEstimateTokens(b *testing.B) {
	s := strings.Repeat("Senior data engineer, 8 years: Spark, Kafka, dbt; led a team of 5. ", 1500)
	b.SetBytes(int64(len(s)))
	for i := 0; i < b.N; i++ {
		EstimateTokens(s)
	}
}
