package e2e

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/llm/llmtest"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/store"
)

// aiLetter is the fake model's cover letter: long enough, in slow chunks,
// for the scenario to see it grow and cancel it mid-way.
var aiLetter = "Dear Hiring Team,\n\n" +
	strings.Repeat("I have built backend services in Go and PostgreSQL for years, and I would enjoy doing so at Acme Robotics. ", 5) +
	"\n\nKind regards,\nJane"

// aiReply answers the provider test's probes like a capable model and
// every task with the letter.
func aiReply(c llmtest.Call) string {
	switch p := c.Request.Text(); {
	case strings.Contains(p, "single word: pong"):
		return "pong"
	case strings.Contains(p, "What is 2 + 3"):
		return `{"answer": 5}`
	case strings.Contains(p, "Count from 1 to 20"):
		return "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20"
	case strings.HasPrefix(p, "Remember this: the secret code word is "):
		word, _, _ := strings.Cut(strings.TrimPrefix(p, "Remember this: the secret code word is "), ".")
		return "The code word is " + word + "."
	}
	return aiLetter
}

// aiFake is the model server of the running ai scenario (one at a time).
var aiFake *llmtest.Server

// setupAI starts an OpenAI-compatible fake with slow SSE chunks and
// registers it as the default provider through the CLI, before the app opens.
func setupAI(t *testing.T, dataDir string) {
	bin := binary(t)
	aiFake = llmtest.New(t, llmtest.Config{
		Reply:      aiReply,
		ChunkRunes: 6,
		ChunkDelay: 40 * time.Millisecond,
	})
	runCLI(t, bin, dataDir, "ai", "provider", "set", "Fake", "--base-url", aiFake.URL, "--model", "fake-model", "--kind", "local")
}

// checkAI reads the drafts back from the database: the cancelled run kept
// as a partial first draft, the complete one with the user's edit as
// version 2 beside the model's version 1.
func checkAI(t *testing.T, _, dataDir string) {
	db, err := store.Open(filepath.Join(dataDir, store.FileName), store.Options{})
	if err != nil {
		t.Fatalf("open the scenario's database: %v", err)
	}
	defer db.Close()
	ctx := context.Background()
	gens, err := db.Generations(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(gens) != 2 {
		t.Fatalf("%d drafts on application 1, want 2 (the cancelled one and the complete one): %+v", len(gens), gens)
	}
	byID := map[int64]model.Generation{}
	for _, g := range gens {
		byID[g.ID] = g
	}
	partial, full := byID[1], byID[2]
	if !partial.Partial || partial.Text == "" || !strings.HasPrefix(aiLetter, partial.Text) || len(partial.Text) >= len(strings.TrimSpace(aiLetter)) {
		t.Errorf("draft 1 partial=%v with %d of %d characters, want a partial prefix of the letter", partial.Partial, len(partial.Text), len(aiLetter))
	}
	if partial.Provider != "Fake" || partial.Model != "fake-model" || partial.Task != "cover-letter" {
		t.Errorf("draft 1 is %s/%s/%s, want Fake/fake-model/cover-letter", partial.Provider, partial.Model, partial.Task)
	}
	if full.Partial || full.Version != 2 || !strings.Contains(full.Text, "Dear Ms Example") || !strings.Contains(full.Text, "P.S. Portfolio attached.") {
		t.Errorf("draft 2 partial=%v version %d text %q, want the complete letter edited as version 2", full.Partial, full.Version, full.Text)
	}
	vs, err := db.GenerationVersions(ctx, full.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 2 || strings.TrimSpace(vs[0].Text) != strings.TrimSpace(aiLetter) || vs[1].Text != full.Text {
		t.Errorf("versions of draft 2: %d, want the model's letter then the edit", len(vs))
	}
	// Two task requests (none before the preview was confirmed); the rest are the probe's.
	var tasks int
	for _, c := range aiFake.Chats() {
		if c.Stream && strings.Contains(c.Text(), "Acme Robotics") {
			tasks++
		}
	}
	if tasks != 2 {
		t.Errorf("the fake received %d cover-letter requests, want 2", tasks)
	}
}
