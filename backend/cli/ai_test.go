package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/assist"
	"github.com/huntbook/huntbook/backend/corpus"
	"github.com/huntbook/huntbook/backend/llm"
	"github.com/huntbook/huntbook/backend/llm/llmtest"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/service"
	"github.com/huntbook/huntbook/backend/store"
)

const aiJob = `Platform Engineer at Umbrella (remote).

Requirements:
- Go and Kubernetes in production
- Terraform

Nice to have: Rust.`

// aiReply answers like a model: JSON for the JSON tasks, text otherwise.
func aiReply(c llmtest.Call) string {
	text := c.Request.Text()
	switch {
	case strings.Contains(text, "2 + 3"):
		return `{"answer":5}`
	case strings.Contains(text, "requiredSkills"):
		return `{"requiredSkills":["Go","Kubernetes","Terraform"],"niceToHaveSkills":["Rust"],"seniority":"mid","responsibilities":["Run the platform"],` +
			`"salary":"","redFlags":[],"questions":["How big is the team?"]}`
	case strings.Contains(text, `"bullets"`):
		return `{"summary":"Platform engineer who runs Go services on Kubernetes.","bullets":[]}`
	}
	return "Dear Umbrella team, I run Go services on Kubernetes."
}

func withApp(t *testing.T, dir string) {
	t.Helper()
	desc := filepath.Join(t.TempDir(), "jd.txt")
	if err := os.WriteFile(desc, []byte(aiJob), 0o600); err != nil {
		t.Fatal(err)
	}
	must(t, run(t, dir, "app", "add", "--company", "Umbrella", "--title", "Platform Engineer", "--description-file", desc))
}

func TestAIProviderCommands(t *testing.T) {
	dir := t.TempDir()
	srv := llmtest.New(t, llmtest.Config{Reply: aiReply})
	if r := must(t, run(t, dir, "ai", "provider", "list")); !strings.Contains(r.stdout, "no AI provider yet") {
		t.Fatalf("empty list: %q", r.stdout)
	}
	r := must(t, run(t, dir, "ai", "provider", "set", "Local", "--base-url", srv.URL, "--model", "test-model"))
	if !strings.Contains(r.stdout, "saved provider Local (default): local test-model at "+srv.URL) {
		t.Fatalf("set: %q", r.stdout)
	}
	// Changing one field keeps the others.
	must(t, run(t, dir, "ai", "provider", "set", "local", "--context", "8192"))
	t.Setenv("HB_CLI_TEST_KEY", "")
	r = must(t, run(t, dir, "ai", "provider", "set", "Cloud", "--base-url", "https://api.example.com/v1", "--model", "m", "--kind", "cloud",
		"--api-key-env", "HB_CLI_TEST_KEY"))
	if !strings.Contains(r.stderr, "needs an API key: set HB_CLI_TEST_KEY") || strings.Contains(r.stdout, "(default)") {
		t.Fatalf("cloud set: %+v", r)
	}
	var list []service.ProviderInfo
	if err := json.Unmarshal([]byte(must(t, run(t, dir, "ai", "provider", "list", "--json")).stdout), &list); err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[1].Provider.Name != "local" || list[1].Provider.ContextTokens != 8192 || list[1].Provider.BaseURL != srv.URL || !list[1].Default {
		t.Fatalf("list %+v", list)
	}
	table := must(t, run(t, dir, "ai", "provider", "list")).stdout
	if !strings.Contains(table, "NAME") || !strings.Contains(table, "https://api.example.com/v1") {
		t.Fatalf("table:\n%s", table)
	}
	test := must(t, run(t, dir, "ai", "provider", "test", "local"))
	if !strings.Contains(test.stdout, "reply: works") || !strings.Contains(test.stdout, "JSON:") {
		t.Fatalf("test: %q", test.stdout)
	}
	must(t, run(t, dir, "ai", "provider", "default", "Cloud"))
	must(t, run(t, dir, "ai", "provider", "delete", "Cloud"))
	cases := []struct {
		args []string
		code int
		says string
	}{
		{[]string{"ai", "provider", "set", "New"}, ExitUsage, "--base-url and --model are required"},
		{[]string{"ai", "provider", "set", "Bad", "--base-url", "ftp://host/v1", "--model", "m"}, ExitError, "not an http(s) address"},
		{[]string{"ai", "provider", "set", "Bad", "--base-url", "http://h/v1", "--model", "m", "--kind", "remote"}, ExitError, "kind must be"},
		{[]string{"ai", "provider", "test", "Nope"}, ExitError, `no AI provider called "Nope"`},
		{[]string{"ai", "provider", "frob"}, ExitUsage, "unknown command"},
		{[]string{"ai", "frob"}, ExitUsage, "unknown command"},
		{[]string{"ai"}, ExitUsage, "which one"},
	}
	for _, c := range cases {
		r := run(t, dir, c.args...)
		if r.code != c.code || !strings.Contains(r.stderr, c.says) {
			t.Errorf("%v: exit %d stderr %q; want %d with %q", c.args, r.code, r.stderr, c.code, c.says)
		}
	}
}

func TestAITaskCommands(t *testing.T) {
	dir := t.TempDir()
	srv := llmtest.New(t, llmtest.Config{Reply: aiReply, ChunkRunes: 5})
	withApp(t, dir)
	if r := run(t, dir, "ai", "cover-letter", "--app", "1"); r.code != ExitError || !strings.Contains(r.stderr, "no AI provider is set up") {
		t.Fatalf("no provider: %+v", r)
	}
	must(t, run(t, dir, "ai", "provider", "set", "Local", "--base-url", srv.URL, "--model", "test-model"))

	pv := must(t, run(t, dir, "ai", "preview", "cover-letter", "--app", "1", "--tone", "concise"))
	var body struct {
		Model    string `json:"model"`
		Stream   bool   `json:"stream"`
		Messages []struct{ Role, Content string }
	}
	if err := json.Unmarshal([]byte(pv.stdout), &body); err != nil {
		t.Fatalf("preview is not JSON: %v\n%s", err, pv.stdout)
	}
	if body.Model != "test-model" || !body.Stream || len(body.Messages) != 2 || !strings.Contains(body.Messages[1].Content, "Terraform") ||
		!strings.Contains(pv.stderr, "POST "+srv.URL+"/chat/completions (local: sent as is") {
		t.Fatalf("preview %+v\nstderr %q", body, pv.stderr)
	}
	if n := len(srv.Requests()); n != 0 {
		t.Fatalf("preview sent %d requests", n)
	}

	// Every run says first where it goes and with which key.
	dest := "huntbook: Local sends to " + srv.URL + " (server " + llm.Origin(srv.URL) + ", local: text sent as it is) with no API key\n"
	if !strings.Contains(pv.stderr, dest) {
		t.Fatalf("preview does not show the destination %q:\n%s", dest, pv.stderr)
	}
	for _, task := range []string{"cover-letter", "interview-prep", "follow-up", "thank-you"} {
		r := must(t, run(t, dir, "ai", task, "--app", "1"))
		if r.stdout != "Dear Umbrella team, I run Go services on Kubernetes.\n" || !strings.Contains(r.stderr, "saved as generation") ||
			!strings.HasPrefix(r.stderr, dest) {
			t.Fatalf("%s: %+v", task, r)
		}
	}
	var in assist.Insights
	if err := json.Unmarshal([]byte(must(t, run(t, dir, "ai", "insights", "--app", "1")).stdout), &in); err != nil || in.Seniority != "mid" ||
		len(in.RequiredSkills) != 3 {
		t.Fatalf("insights %+v %v", in, err)
	}
	if r := must(t, run(t, dir, "ai", "tailor", "--app", "1")); !strings.HasPrefix(r.stdout, "## Summary\n\nPlatform engineer") {
		t.Fatalf("tailor: %q", r.stdout)
	}
	var led []model.LedgerEntry
	if err := json.Unmarshal([]byte(must(t, run(t, dir, "ai", "ledger", "--json")).stdout), &led); err != nil {
		t.Fatal(err)
	}
	if len(led) != len(srv.Chats()) || len(led) != 6 || led[0].Task != "cv-tailoring" || led[5].Task != "cover-letter" || led[0].Status != "200 OK" {
		t.Fatalf("ledger %d rows for %d requests: %+v", len(led), len(srv.Chats()), led)
	}
	table := must(t, run(t, dir, "ai", "ledger")).stdout
	if !strings.Contains(table, "PLACEHOLDERS") || strings.Count(table, "\n") != 7 {
		t.Fatalf("ledger table:\n%s", table)
	}
	if csv := must(t, run(t, dir, "ai", "ledger", "--csv")).stdout; strings.Count(csv, "\n") != 7 {
		t.Fatalf("ledger csv:\n%s", csv)
	}

	cases := []struct {
		args []string
		code int
		says string
	}{
		{[]string{"ai", "cover-letter"}, ExitUsage, "--app ID is required"},
		{[]string{"ai", "cover-letter", "--app", "x"}, ExitUsage, "not an application id"},
		{[]string{"ai", "cover-letter", "--app", "99"}, ExitError, "application 99 not found"},
		{[]string{"ai", "cover-letter", "--app", "1", "--provider", "Nope"}, ExitError, `no AI provider called "Nope"`},
		{[]string{"ai", "preview", "poem", "--app", "1"}, ExitUsage, "unknown task"},
		{[]string{"ai", "preview", "--app", "1"}, ExitUsage, "name one task"},
		{[]string{"analyze"}, ExitUsage, "--app ID is required"},
	}
	for _, c := range cases {
		r := run(t, dir, c.args...)
		if r.code != c.code || !strings.Contains(r.stderr, c.says) {
			t.Errorf("%v: exit %d stderr %q; want %d with %q", c.args, r.code, r.stderr, c.code, c.says)
		}
	}
}

func TestAICloudKeyFromEnvironment(t *testing.T) {
	dir := t.TempDir()
	const key = "sk-cli-5e6f7a8b9c"
	srv := llmtest.New(t, llmtest.Config{Reply: aiReply, APIKey: key})
	withApp(t, dir)
	must(t, run(t, dir, "ai", "provider", "set", "Cloud", "--base-url", srv.URL, "--model", "m", "--kind", "cloud", "--api-key-env", "HB_CLI_CLOUD_KEY"))
	t.Setenv("HB_CLI_CLOUD_KEY", "")
	if r := run(t, dir, "ai", "cover-letter", "--app", "1"); r.code != ExitError || !strings.Contains(r.stderr, "needs an API key") ||
		strings.Contains(r.stderr, key) {
		t.Fatalf("without key: %+v", r)
	}
	t.Setenv("HB_CLI_CLOUD_KEY", key)
	pv := must(t, run(t, dir, "ai", "preview", "cover-letter", "--app", "1"))
	if !strings.Contains(pv.stderr, "cloud:") || strings.Contains(pv.stdout, key) {
		t.Fatalf("cloud preview %+v", pv)
	}
	r := must(t, run(t, dir, "ai", "cover-letter", "--app", "1"))
	if !strings.Contains(r.stdout, "Dear Umbrella team") {
		t.Fatalf("cloud run %+v", r)
	}
	ledger := must(t, run(t, dir, "ai", "ledger", "--json")).stdout
	if strings.Contains(ledger, key) || !strings.Contains(ledger, `"redacted": true`) {
		t.Fatalf("ledger %s", ledger)
	}
	for _, f := range []string{store.FileName, store.FileName + "-wal"} {
		raw, _ := os.ReadFile(filepath.Join(dir, f))
		if strings.Contains(string(raw), key) {
			t.Fatalf("API key in %s", f)
		}
	}
}

func TestAIInterruptKeepsPartial(t *testing.T) {
	dir := t.TempDir()
	long := strings.Repeat("Kubernetes, Go and Terraform every day. ", 80)
	var chunks atomic.Int32
	srv := llmtest.New(t, llmtest.Config{Reply: func(llmtest.Call) string { return long }, ChunkRunes: 4, ChunkDelay: 3 * time.Millisecond,
		OnChunk: func(string, time.Time) {
			if chunks.Add(1) == 10 { // Ctrl-C, mid-stream
				if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
					t.Error(err)
				}
			}
		}})
	withApp(t, dir)
	must(t, run(t, dir, "ai", "provider", "set", "Local", "--base-url", srv.URL, "--model", "m"))
	r := run(t, dir, "ai", "cover-letter", "--app", "1")
	if r.code != ExitError || !strings.Contains(r.stderr, "saved as generation 1 (partial)") || strings.Count(strings.TrimSpace(r.stderr), "\n") != 1 ||
		!strings.HasPrefix(r.stderr, "huntbook: Local sends to "+srv.URL) {
		t.Fatalf("interrupt: exit %d stderr %q", r.code, r.stderr)
	}
	shown := strings.TrimSpace(r.stdout)
	if shown == "" || !strings.HasPrefix(long, shown) || len(shown) >= len(strings.TrimSpace(long)) {
		t.Fatalf("stdout %q", r.stdout)
	}
	db, err := store.Open(filepath.Join(dir, store.FileName), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	g, err := db.GetGeneration(context.Background(), 1)
	if err != nil || !g.Partial || g.Text != shown {
		t.Fatalf("saved %+v %v", g, err)
	}
}

func TestAnalyzeCommand(t *testing.T) {
	dir := t.TempDir()
	withApp(t, dir)
	var an assist.Analysis
	if err := json.Unmarshal([]byte(must(t, run(t, dir, "analyze", "--app", "1", "--json")).stdout), &an); err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, s := range an.Skills {
		names[s.Name] = true
	}
	if !names["Go"] || !names["Kubernetes"] || !names["Terraform"] {
		t.Fatalf("skills %+v", an.Skills)
	}
	human := must(t, run(t, dir, "analyze", "--app", "1")).stdout
	if !strings.HasPrefix(human, "Match: ") || !strings.Contains(human, "Missing: ") {
		t.Fatalf("analyze:\n%s", human)
	}
	must(t, run(t, dir, "app", "add", "--company", "Hooli", "--title", "PM"))
	if r := run(t, dir, "analyze", "--app", "2"); r.code != ExitError || !strings.Contains(r.stderr, "no job description") {
		t.Fatalf("no description: %+v", r)
	}
}

func TestAnalyzeCorpusJobDescription(t *testing.T) {
	jd := filepath.Join(corpus.Path(t, "jd"), "linkedin_4117560283.txt")
	dir := t.TempDir()
	must(t, run(t, dir, "app", "add", "--company", "Corpus", "--title", "Job", "--description-file", jd))
	var an assist.Analysis
	if err := json.Unmarshal([]byte(must(t, run(t, dir, "analyze", "--app", "1", "--json")).stdout), &an); err != nil {
		t.Fatal(err)
	}
	if len(an.Skills) == 0 || an.Language == "" {
		t.Fatalf("analysis of a real posting found nothing: %+v", an)
	}
}

// A provider changed behind the user's back (as a crafted import would) is
// shown as not confirmed, gets no request, and works again once the user
// runs the confirm command the error names; the key then goes with it.
func TestAIProviderConfirmCommand(t *testing.T) {
	dir := t.TempDir()
	const key = "sk-cli-confirm-1a2b3c"
	t.Setenv("HB_CLI_CONFIRM_KEY", key)
	mine := llmtest.New(t, llmtest.Config{Reply: aiReply})
	other := llmtest.New(t, llmtest.Config{Reply: aiReply})
	withApp(t, dir)
	must(t, run(t, dir, "ai", "provider", "set", "Local", "--base-url", mine.URL, "--model", "m"))
	if table := must(t, run(t, dir, "ai", "provider", "list")).stdout; !strings.Contains(table, "CONFIRMED") ||
		!strings.Contains(strings.Split(table, "\n")[1], "yes") {
		t.Fatalf("list of a confirmed provider:\n%s", table)
	}
	db, err := store.Open(filepath.Join(dir, store.FileName), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.SaveAIProvider(context.Background(), model.AIProvider{Name: "Local", BaseURL: other.URL, Model: "m", Kind: "local",
		APIKeyEnv: "HB_CLI_CONFIRM_KEY"})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}

	list := must(t, run(t, dir, "ai", "provider", "list"))
	if !strings.Contains(list.stdout, "NO") || !strings.Contains(list.stderr, "NOT CONFIRMED: its address changed from "+mine.URL+" to "+other.URL) ||
		!strings.Contains(list.stderr, "huntbook ai provider confirm Local") {
		t.Fatalf("list of a changed provider: %+v", list)
	}
	pv := must(t, run(t, dir, "ai", "preview", "cover-letter", "--app", "1"))
	want := "huntbook: Local sends to " + other.URL + " (server " + llm.Origin(other.URL) +
		", local: text sent as it is) with API key from environment variable HB_CLI_CONFIRM_KEY; NOT CONFIRMED"
	if !strings.Contains(pv.stderr, want) || strings.Contains(pv.stderr+pv.stdout, key) {
		t.Fatalf("preview stderr %q lacks %q (or shows the key)", pv.stderr, want)
	}
	r := run(t, dir, "ai", "cover-letter", "--app", "1")
	if r.code != ExitError || !strings.HasPrefix(r.stderr, want) || !strings.Contains(r.stderr, "nothing was sent") ||
		!strings.Contains(r.stderr, "confirm it: huntbook ai provider confirm Local") {
		t.Fatalf("run on the changed provider: exit %d stderr %q", r.code, r.stderr)
	}
	if r := run(t, dir, "ai", "provider", "test", "Local"); r.code != ExitError || !strings.Contains(r.stderr, "not confirmed") {
		t.Fatalf("test of the changed provider: %+v", r)
	}
	// Editing something else does not confirm what the user has not looked at.
	if r := must(t, run(t, dir, "ai", "provider", "set", "Local", "--context", "4096")); !strings.Contains(r.stderr, "NOT CONFIRMED") {
		t.Fatalf("set on an unconfirmed provider: %+v", r)
	}
	if n, m := len(other.Requests()), len(mine.Requests()); n != 0 || m != 0 {
		t.Fatalf("requests before confirming: %d to the new server, %d to the old one", n, m)
	}

	c := must(t, run(t, dir, "ai", "provider", "confirm", "Local"))
	if !strings.Contains(c.stdout, "its address changed") || !strings.Contains(c.stdout, "confirmed: Local sends to "+other.URL) ||
		strings.Contains(c.stdout, "NOT CONFIRMED") {
		t.Fatalf("confirm: %+v", c)
	}
	if c := must(t, run(t, dir, "ai", "provider", "confirm", "local")); !strings.Contains(c.stdout, "already confirmed") {
		t.Fatalf("confirm again: %+v", c)
	}
	r = must(t, run(t, dir, "ai", "cover-letter", "--app", "1"))
	if strings.Contains(r.stderr, "NOT CONFIRMED") || !strings.Contains(r.stdout, "Dear Umbrella team") {
		t.Fatalf("run after confirming: %+v", r)
	}
	got := other.Requests()
	if len(got) != 1 || got[0].Header.Get("Authorization") != "Bearer "+key || len(mine.Requests()) != 0 {
		t.Fatalf("after confirming: %d requests to the confirmed server, %d to the old one", len(got), len(mine.Requests()))
	}
	if r := run(t, dir, "ai", "provider", "confirm", "Nope"); r.code != ExitError || !strings.Contains(r.stderr, `no AI provider called "Nope"`) {
		t.Fatalf("confirm a missing provider: %+v", r)
	}
}
