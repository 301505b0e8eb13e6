package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

func TestAIProvidersCRUDAndDefault(t *testing.T) {
	db := MustOpenDB(t)
	if _, err := db.SaveAIProvider(ctx, model.AIProvider{Name: "x", BaseURL: "http://h/v1", Model: "m", Kind: "remote"}); fieldOf(err) != "kind" {
		t.Fatalf("bad kind: %v", err)
	}
	if _, err := db.SaveAIProvider(ctx, model.AIProvider{Name: " ", BaseURL: "http://h/v1", Model: "m", Kind: "local"}); fieldOf(err) != "name" {
		t.Fatalf("blank name: %v", err)
	}
	p, err := db.SaveAIProvider(ctx, model.AIProvider{Name: "Ollama", BaseURL: "http://localhost:11434/v1", Model: "llama3.2", Kind: "local"})
	if err != nil || p.ID == 0 || p.CreatedAt.IsZero() {
		t.Fatalf("save %+v %v", p, err)
	}
	// Same name in another case replaces it, keeping the id.
	q, err := db.SaveAIProvider(ctx, model.AIProvider{Name: "OLLAMA", BaseURL: "http://localhost:11434/v1", Model: "qwen2.5", Kind: "local"})
	if err != nil || q.ID != p.ID || q.Model != "qwen2.5" || q.Name != "OLLAMA" || !q.CreatedAt.Equal(p.CreatedAt) {
		t.Fatalf("upsert %+v %v", q, err)
	}
	if _, err := db.SaveAIProvider(ctx, model.AIProvider{Name: "Cloud", BaseURL: "https://api.example/v1", Model: "m", Kind: "cloud",
		APIKeyEnv: "EXAMPLE_KEY"}); err != nil {
		t.Fatal(err)
	}
	list, err := db.AIProviders(ctx)
	if err != nil || len(list) != 2 || list[0].Name != "Cloud" || list[1].Name != "OLLAMA" {
		t.Fatalf("list %+v %v", list, err)
	}
	if d, _ := db.DefaultAIProvider(ctx); d != "" {
		t.Fatalf("default before any: %q", d)
	}
	if err := db.SetDefaultAIProvider(ctx, "nope"); codeOf(err) != model.CodeNotFound {
		t.Fatalf("default to missing: %v", err)
	}
	if err := db.SetDefaultAIProvider(ctx, "ollama"); err != nil {
		t.Fatal(err)
	}
	if d, _ := db.DefaultAIProvider(ctx); d != "OLLAMA" {
		t.Fatalf("default %q", d)
	}
	if err := db.RememberAICapabilities(ctx, "ollama", "json_object", 8192); err != nil {
		t.Fatal(err)
	}
	if err := db.RememberAICapabilities(ctx, "ollama", "prompt", 0); err != nil {
		t.Fatal(err)
	}
	got, _ := db.AIProvider(ctx, "Ollama")
	if got.Structured != "prompt" || got.ContextTokens != 8192 {
		t.Fatalf("capabilities %+v", got)
	}
	if err := db.DeleteAIProvider(ctx, "ollama"); err != nil {
		t.Fatal(err)
	}
	if d, _ := db.DefaultAIProvider(ctx); d != "" {
		t.Fatalf("default survives deletion: %q", d)
	}
	if _, err := db.AIProvider(ctx, "ollama"); codeOf(err) != model.CodeNotFound {
		t.Fatalf("deleted provider: %v", err)
	}
}

func TestGenerationsKeepEveryVersion(t *testing.T) {
	db := MustOpenDB(t)
	a := mustCreate(t, db, model.Application{Company: "Acme", Title: "Dev"})
	if _, err := db.SaveGeneration(ctx, model.Generation{ApplicationID: 999, Task: "cover-letter", Text: "x"}); codeOf(err) != model.CodeNotFound {
		t.Fatalf("generation on missing app: %v", err)
	}
	if _, err := db.SaveGeneration(ctx, model.Generation{ApplicationID: a.ID, Task: "cover-letter", Format: "html"}); fieldOf(err) != "format" {
		t.Fatalf("bad format: %v", err)
	}
	if _, err := db.SaveGeneration(ctx, model.Generation{ApplicationID: a.ID, Task: "x", Text: strings.Repeat("a",
		MaxGenerationBytes+1)}); codeOf(err) != model.CodeTooLarge {
		t.Fatalf("huge text: %v", err)
	}
	g, err := db.SaveGeneration(ctx, model.Generation{ApplicationID: a.ID, Task: "cover-letter", Provider: "Ollama", Model: "llama3.2",
		InputDigest: "abc", PromptVersion: "cover-letter/3", Text: "Dear team,", Partial: true, Error: "canceled"})
	if err != nil || g.ID == 0 || g.Version != 1 || g.Format != "markdown" {
		t.Fatalf("save %+v %v", g, err)
	}
	second, err := db.SaveGeneration(ctx, model.Generation{ApplicationID: a.ID, Task: "job-insights", Format: "json", Text: `{"seniority":"senior"}`})
	if err != nil {
		t.Fatal(err)
	}
	u, err := db.UpdateGeneration(ctx, g.ID, "Dear Acme team,")
	if err != nil || u.Version != 2 || u.Text != "Dear Acme team," || !u.UpdatedAt.After(g.UpdatedAt) {
		t.Fatalf("update %+v %v", u, err)
	}
	same, err := db.UpdateGeneration(ctx, g.ID, "Dear Acme team,")
	if err != nil || same.Version != 2 {
		t.Fatalf("unchanged text made a version: %+v %v", same, err)
	}
	if _, err := db.UpdateGeneration(ctx, 4242, "x"); codeOf(err) != model.CodeNotFound {
		t.Fatalf("update missing: %v", err)
	}
	vs, err := db.GenerationVersions(ctx, g.ID)
	if err != nil || len(vs) != 2 || vs[0].Text != "Dear team," || vs[0].Author != "model" || vs[1].Author != "user" {
		t.Fatalf("versions %+v %v", vs, err)
	}
	list, err := db.Generations(ctx, a.ID)
	if err != nil || len(list) != 2 || list[0].ID != second.ID || list[1].Text != "Dear Acme team," || !list[1].Partial ||
		list[1].PromptVersion != "cover-letter/3" || list[1].InputDigest != "abc" {
		t.Fatalf("list %+v %v", list, err)
	}
	if _, err := db.Generations(ctx, 4242); codeOf(err) != model.CodeNotFound {
		t.Fatalf("generations of missing app: %v", err)
	}
	if err := db.DeleteGeneration(ctx, second.ID); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteGeneration(ctx, second.ID); codeOf(err) != model.CodeNotFound {
		t.Fatalf("delete twice: %v", err)
	}
	// Deleting the application takes its generations and their versions.
	if err := db.DeleteApplications(ctx, []int64{a.ID}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.GetGeneration(ctx, g.ID); codeOf(err) != model.CodeNotFound {
		t.Fatalf("generation outlived its application: %v", err)
	}
	var n int
	if err := db.read.QueryRow(`SELECT count(*) FROM ai_generation_versions`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Fatalf("%d orphan versions", n)
	}
}

func TestLedgerNewestFirstAndPruned(t *testing.T) {
	db := MustOpenDB(t)
	if _, err := db.AddLedgerEntry(ctx, model.LedgerEntry{Task: "x"}); fieldOf(err) != "host" {
		t.Fatalf("no host: %v", err)
	}
	at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.FixedZone("CET", 3600))
	e, err := db.AddLedgerEntry(ctx, model.LedgerEntry{At: at, Provider: "OpenAI", Host: "api.openai.com", Model: "gpt-4o-mini", Task: "cover-letter",
		BytesSent: 1200, BytesReceived: 3400, Status: "200 OK", Redacted: true, Placeholders: []string{"[EMAIL_1]", "[NAME]"},
		Method: "POST", URL: "https://api.openai.com/v1/chat/completions", DurationMs: 2345})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddLedgerEntry(ctx, model.LedgerEntry{Host: "localhost:11434", Task: "job-insights",
		Error: strings.Repeat("é", 400)}); err != nil {
		t.Fatal(err)
	}
	rows, err := db.Ledger(ctx, 0)
	if err != nil || len(rows) != 2 {
		t.Fatalf("ledger %+v %v", rows, err)
	}
	if rows[1].ID != e.ID || !rows[1].At.Equal(at) || rows[1].At.Location() != time.UTC || len(rows[1].Placeholders) != 2 ||
		rows[1].Placeholders[1] != "[NAME]" || !rows[1].Redacted || rows[1].BytesSent != 1200 ||
		rows[1].Method != "POST" || rows[1].URL != "https://api.openai.com/v1/chat/completions" || rows[1].DurationMs != 2345 {
		t.Fatalf("first row %+v", rows[1])
	}
	if len(rows[0].Placeholders) != 0 || rows[0].At.IsZero() || len(rows[0].Error) > 500 || !strings.HasPrefix(rows[0].Error, "éé") ||
		rows[0].Method != "" || rows[0].URL != "" || rows[0].DurationMs != 0 {
		t.Fatalf("second row %+v", rows[0])
	}
	if one, _ := db.Ledger(ctx, 1); len(one) != 1 || one[0].Task != "job-insights" {
		t.Fatalf("limit 1: %+v", one)
	}
	// Pruning keeps the newest MaxLedgerRows rows.
	if _, err := db.write.Exec(`INSERT INTO ai_ledger (id, at, host) SELECT value, '2026-01-01T00:00:00Z', 'h' FROM generate_series(3, ?)`,
		MaxLedgerRows+99); err != nil {
		// generate_series is not in every build: fall back to a recursive CTE
		if _, err := db.write.Exec(`WITH RECURSIVE s(v) AS (SELECT 3 UNION ALL SELECT v+1 FROM s WHERE v < ?) INSERT INTO ai_ledger (id, at, host) SELECT v,`+
			` '2026-01-01T00:00:00Z', 'h' FROM s`, MaxLedgerRows+99); err != nil {
			t.Fatal(err)
		}
	}
	last, err := db.AddLedgerEntry(ctx, model.LedgerEntry{Host: "h"})
	if err != nil || last.ID != MaxLedgerRows+100 {
		t.Fatalf("last %+v %v", last, err)
	}
	var n, minID int64
	if err := db.read.QueryRow(`SELECT count(*), min(id) FROM ai_ledger`).Scan(&n, &minID); err != nil {
		t.Fatal(err)
	}
	if n != MaxLedgerRows || minID != 101 {
		t.Fatalf("after pruning %d rows from id %d", n, minID)
	}
	if err := db.ClearLedger(ctx); err != nil {
		t.Fatal(err)
	}
	if rows, _ := db.Ledger(ctx, 0); len(rows) != 0 {
		t.Fatalf("cleared ledger has %d rows", len(rows))
	}
}

func TestPromptOverridesAndRedactionTerms(t *testing.T) {
	db := MustOpenDB(t)
	if s, err := db.PromptOverride(ctx, "cover-letter"); s != "" || err != nil {
		t.Fatalf("no override: %q %v", s, err)
	}
	if err := db.SetPromptOverride(ctx, "", "x"); fieldOf(err) != "task" {
		t.Fatalf("no task: %v", err)
	}
	if err := db.SetPromptOverride(ctx, "cover-letter", strings.Repeat("x", 65<<10)); fieldOf(err) != "override" {
		t.Fatalf("huge override: %v", err)
	}
	if err := db.SetPromptOverride(ctx, "cover-letter", "mine"); err != nil {
		t.Fatal(err)
	}
	if err := db.SetPromptOverride(ctx, "cover-letter", "mine v2"); err != nil {
		t.Fatal(err)
	}
	if s, _ := db.PromptOverride(ctx, "cover-letter"); s != "mine v2" {
		t.Fatalf("override %q", s)
	}
	if all, _ := db.PromptOverrides(ctx); len(all) != 1 || all[0].Task != "cover-letter" || all[0].UpdatedAt.IsZero() {
		t.Fatalf("overrides %+v", all)
	}
	if err := db.SetPromptOverride(ctx, "cover-letter", "  "); err != nil {
		t.Fatal(err)
	}
	if s, _ := db.PromptOverride(ctx, "cover-letter"); s != "" {
		t.Fatalf("blank did not remove: %q", s)
	}

	terms, err := db.SetRedactionTerms(ctx, []string{" Initech ", "initech", "", "Bill  Lumbergh"})
	if err != nil || len(terms) != 2 || terms[0] != "Bill Lumbergh" || terms[1] != "Initech" {
		t.Fatalf("terms %q %v", terms, err)
	}
	if _, err := db.SetRedactionTerms(ctx, []string{strings.Repeat("x", 201)}); fieldOf(err) != "terms" {
		t.Fatalf("long term: %v", err)
	}
	if got, _ := db.RedactionTerms(ctx); len(got) != 2 {
		t.Fatalf("failed replace changed terms: %q", got)
	}
	if got, _ := db.SetRedactionTerms(ctx, nil); len(got) != 0 {
		t.Fatalf("cleared terms: %q", got)
	}
}

// A provider that arrives any way but the user's own edit starts
// unconfirmed, and one whose address changed keeps the confirmation of the
// old address, so the change is visible; only the user's paths confirm.
func TestAIProviderConfirmation(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	planted, err := db.SaveAIProvider(ctx, model.AIProvider{Name: "Planted", BaseURL: "https://collect.example/v1", Model: "m", Kind: "local",
		APIKeyEnv: "OPENAI_API_KEY"})
	if err != nil || planted.Confirmed != nil {
		t.Fatalf("a provider saved by SaveAIProvider is confirmed: %+v %v", planted.Confirmed, err)
	}
	mine, err := db.SaveConfirmedAIProvider(ctx, model.AIProvider{Name: "OpenAI", BaseURL: "https://api.openai.com/v1", Model: "m", Kind: "cloud",
		APIKeyEnv: "OPENAI_API_KEY"})
	if err != nil || mine.Confirmed == nil || mine.Confirmed.BaseURL != "https://api.openai.com/v1" || mine.Confirmed.APIKeyEnv != "OPENAI_API_KEY" ||
		mine.Confirmed.Kind != "cloud" {
		t.Fatalf("the user's provider is not confirmed as saved: %+v %v", mine.Confirmed, err)
	}
	// Something else replaces it: the confirmation still names what the user saw.
	replaced, err := db.SaveAIProvider(ctx, model.AIProvider{Name: "openai", BaseURL: "https://collect.example/v1", Model: "m", Kind: "local",
		APIKeyEnv: "OPENAI_API_KEY"})
	if err != nil || replaced.BaseURL != "https://collect.example/v1" || replaced.Confirmed == nil ||
		replaced.Confirmed.BaseURL != "https://api.openai.com/v1" || replaced.Confirmed.Kind != "cloud" {
		t.Fatalf("replaced: %+v (confirmed %+v) %v", replaced, replaced.Confirmed, err)
	}
	// Confirming what the user did not see is refused and records nothing.
	if _, err := db.ConfirmAIProvider(ctx, "openai", model.AIConfirmation{BaseURL: "https://api.openai.com/v1", APIKeyEnv: "OPENAI_API_KEY",
		Kind: "cloud"}); codeOf(err) != model.CodeConflict {
		t.Fatalf("a stale confirmation: %v", err)
	}
	if got, _ := db.AIProvider(ctx, "openai"); got.Confirmed.BaseURL != "https://api.openai.com/v1" {
		t.Fatalf("a refused confirmation changed the record: %+v", got.Confirmed)
	}
	got, err := db.ConfirmAIProvider(ctx, "OPENAI", model.AIConfirmation{BaseURL: "https://collect.example/v1", APIKeyEnv: "OPENAI_API_KEY", Kind: "local"})
	if err != nil || got.Confirmed.BaseURL != "https://collect.example/v1" || got.Confirmed.Kind != "local" || got.Confirmed.At.IsZero() {
		t.Fatalf("confirm: %+v %v", got.Confirmed, err)
	}
	if _, err := db.ConfirmAIProvider(ctx, "nope", model.AIConfirmation{}); codeOf(err) != model.CodeNotFound {
		t.Fatalf("confirming a missing provider: %v", err)
	}
}

// Providers set up before the confirmation existed were the user's own:
// migration 0008 counts them confirmed as they are.
func TestMigrationConfirmsExistingProviders(t *testing.T) {
	saved := migrationFiles
	t.Cleanup(func() { migrationFiles = saved })
	before := fstest.MapFS{}
	entries, _ := embeddedMigrations.ReadDir("migrations")
	for _, e := range entries {
		if e.Name() >= "0008_" { // the schema as it was before 0008
			continue
		}
		b, _ := embeddedMigrations.ReadFile("migrations/" + e.Name())
		before["migrations/"+e.Name()] = &fstest.MapFile{Data: b}
	}
	migrationFiles = before
	p := filepath.Join(t.TempDir(), FileName)
	db, err := Open(p, Options{BackupDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	err = db.update(context.Background(), func(tx *Tx) error {
		_, err := tx.Exec(`INSERT INTO ai_providers (name, base_url, model, kind, api_key_env, created_at, updated_at)
			VALUES ('OpenAI', 'https://api.openai.com/v1', 'gpt', 'cloud', 'OPENAI_API_KEY', '2026-01-02T03:04:05Z', '2026-01-02T03:04:05Z')`)
		return err
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	migrationFiles = saved
	db, err = Open(p, Options{BackupDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	got, err := db.AIProvider(context.Background(), "openai")
	if err != nil || got.Confirmed == nil {
		t.Fatalf("existing provider not confirmed by the migration: %+v %v", got, err)
	}
	want := model.AIConfirmation{BaseURL: "https://api.openai.com/v1", APIKeyEnv: "OPENAI_API_KEY", Kind: "cloud",
		At: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	if *got.Confirmed != want {
		t.Fatalf("confirmation %+v, want %+v", *got.Confirmed, want)
	}
}
