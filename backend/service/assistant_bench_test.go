package service

import (
	"context"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/llm"
	"github.com/huntbook/huntbook/backend/llm/llmtest"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/secrets"
	"github.com/huntbook/huntbook/backend/shellport"
	"github.com/huntbook/huntbook/backend/store"
)

func benchProfile() model.Profile {
	p := model.Profile{Basics: model.Basics{Name: "Joanna Quill", Email: "joanna.quill@example.org", Phone: "+44 7700 900123",
		Label: "Backend engineer", Summary: "Eight years of Go services, PostgreSQL and Kubernetes."}}
	for i := 0; i < 6; i++ {
		p.Work = append(p.Work, model.Work{Name: "Globex", Position: "Go Engineer", StartDate: "2019", EndDate: "2021",
			Highlights: []string{"Ran Kubernetes for 40 services", "Cut p99 latency by 35% with a new cache", "Led the move to PostgreSQL 15"}})
	}
	for _, s := range []string{"Go", "PostgreSQL", "Kubernetes", "Terraform", "Kafka", "gRPC"} {
		p.Skills = append(p.Skills, model.Skill{Name: s})
	}
	return p
}

// BenchmarkPreparePrompt measures prompt assembly through the service:
// reading the application, notes, override and terms, building and (for a
// cloud provider) redacting the prompt. Aim: at most 10 ms.
func BenchmarkPreparePrompt(b *testing.B) {
	for _, kind := range []llm.Kind{llm.KindLocal, llm.KindCloud} {
		b.Run(string(kind), func(b *testing.B) {
			s, _, _, app := aiSetup(b)
			prof := benchProfile()
			s.Assistant.ProfileSource = func(context.Context) (model.Profile, error) { return prof, nil }
			desc := strings.Repeat(aiJobText+"\n\n", 12) // a long posting, ~4 KB
			edit := model.ApplicationEdit{ID: app.ID, Fields: []string{"description"}, Base: app, Set: model.Application{Description: desc}}
			if _, err := s.Applications.Update(edit); err != nil {
				b.Fatal(err)
			}
			for i := 0; i < 5; i++ {
				if _, err := s.Applications.AddNote(app.ID, "Call with the recruiter went well; they use sqlc and Temporal."); err != nil {
					b.Fatal(err)
				}
			}
			if _, err := s.Assistant.SaveProvider(llm.Provider{Name: "P", BaseURL: "https://127.0.0.1:1/v1", Model: "m", Kind: kind}); err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := s.Assistant.prepare(ctx, "cover-letter", app.ID, RunOptions{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/prompt")
		})
	}
}

// timedEmitter records when each ai:delta was emitted and signals job:done.
type timedEmitter struct {
	mu    sync.Mutex
	at    []time.Time
	sizes []int
	done  chan struct{}
}

func (e *timedEmitter) Emit(name string, payload any) {
	now := time.Now()
	switch name {
	case shellport.EventAIDelta:
		e.mu.Lock()
		e.at = append(e.at, now)
		e.sizes = append(e.sizes, len(payload.(shellport.AIDelta).Text))
		e.mu.Unlock()
	case shellport.EventJobDone:
		e.done <- struct{}{}
	}
}

// BenchmarkDeltaLatency measures, through Start, the time from a token
// leaving the model server to the ai:delta event that carries it (the
// stream is batched every 50 ms). Aim: at most 50 ms.
func BenchmarkDeltaLatency(b *testing.B) {
	db, err := store.Open(filepath.Join(b.TempDir(), store.FileName), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	em := &timedEmitter{done: make(chan struct{}, 1)}
	s := New(db, Deps{Emitter: em})
	s.Assistant.Secrets = secrets.Memory()
	app, err := s.Applications.Create(model.Application{Company: "Initech", Title: "Go Engineer", Description: aiJobText})
	if err != nil {
		b.Fatal(err)
	}
	var mu sync.Mutex
	var chunkAt []time.Time
	var chunkSize []int
	reply := strings.Repeat("I have run Go services on Kubernetes for years. ", 8)
	srv := llmtest.New(b, llmtest.Config{Reply: func(llmtest.Call) string { return reply }, ChunkRunes: 4, ChunkDelay: 5 * time.Millisecond,
		OnChunk: func(content string, at time.Time) {
			mu.Lock()
			chunkAt, chunkSize = append(chunkAt, at), append(chunkSize, len(content))
			mu.Unlock()
		}})
	aiLocalProvider(b, s, srv.URL)
	var lat []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		mu.Lock()
		chunkAt, chunkSize = nil, nil
		mu.Unlock()
		em.mu.Lock()
		em.at, em.sizes = nil, nil
		em.mu.Unlock()
		if _, err := s.Assistant.Start("cover-letter", app.ID, RunOptions{}); err != nil {
			b.Fatal(err)
		}
		<-em.done
		mu.Lock()
		em.mu.Lock()
		// match each chunk to the first event whose running total covers it
		sent, got, k := 0, 0, 0
		for j, at := range chunkAt {
			sent += chunkSize[j]
			for k < len(em.at) && got+em.sizes[k] < sent {
				got += em.sizes[k]
				k++
			}
			if k < len(em.at) {
				lat = append(lat, em.at[k].Sub(at))
			}
		}
		em.mu.Unlock()
		mu.Unlock()
	}
	b.StopTimer()
	if len(lat) == 0 {
		b.Fatal("no latency measured")
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	b.ReportMetric(ms(lat[len(lat)/2]), "p50-ms")
	b.ReportMetric(ms(lat[len(lat)*95/100]), "p95-ms")
	b.ReportMetric(ms(lat[len(lat)-1]), "max-ms")
}
