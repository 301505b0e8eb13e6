package service

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/assist"
	"github.com/huntbook/huntbook/backend/corpus"
	"github.com/huntbook/huntbook/backend/cvparse"
	"github.com/huntbook/huntbook/backend/llm"
	"github.com/huntbook/huntbook/backend/llm/llmtest"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/secrets"
	"github.com/huntbook/huntbook/backend/shellport"
	"github.com/huntbook/huntbook/backend/store"
)

const aiJobText = `Senior Go Engineer at Initech (Berlin, hybrid).

Requirements:
- 5+ years of Go and PostgreSQL
- Kubernetes in production
- Fluent English

Nice to have: Rust, Kafka.

Contact our recruiter Milton at milton@initech.example or +49 30 1234567.`

// aiSetup opens a database with the assistant over it, a session-only key
// store and one application with a job description.
func aiSetup(t testing.TB) (*Services, *shellport.Fake, *store.DB, model.Application) {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), store.FileName), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	fake := &shellport.Fake{}
	s := New(db, Deps{Emitter: fake, Dialogs: fake, DataDir: t.TempDir(), Version: "test"})
	s.Assistant.Secrets = secrets.Memory()
	app, err := s.Applications.Create(model.Application{Company: "Initech", Title: "Senior Go Engineer", Location: "Berlin", Description: aiJobText})
	if err != nil {
		t.Fatal(err)
	}
	return s, fake, db, app
}

func aiLocalProvider(t testing.TB, s *Services, url string) llm.Provider {
	t.Helper()
	info, err := s.Assistant.SaveProvider(llm.Provider{Name: "Fake local", BaseURL: url, Model: "test-model", Kind: llm.KindLocal})
	if err != nil {
		t.Fatal(err)
	}
	return info.Provider
}

// aiWaitDone waits for the job:done event of id.
func aiWaitDone(t testing.TB, fake *shellport.Fake, id string) shellport.JobDone {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		for _, p := range fake.Named(shellport.EventJobDone) {
			if d := p.(shellport.JobDone); d.ID == id {
				return d
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("no job:done for %s", id)
	return shellport.JobDone{}
}

func aiDeltas(fake *shellport.Fake, id string) (string, int) {
	var b strings.Builder
	n := 0
	for _, p := range fake.Named(shellport.EventAIDelta) {
		if d := p.(shellport.AIDelta); d.ID == id {
			b.WriteString(d.Text)
			n++
		}
	}
	return b.String(), n
}

const aiLetter = "Dear Initech team,\n\n" +
	"I have built Go services on PostgreSQL and Kubernetes for six years, and I would like to bring that to your platform team.\n\nKind regards"

func TestStartStreamsDeltasAndSaves(t *testing.T) {
	s, fake, _, app := aiSetup(t)
	srv := llmtest.New(t, llmtest.Config{Reply: func(llmtest.Call) string { return aiLetter }, ChunkRunes: 3, ChunkDelay: 2 * time.Millisecond})
	aiLocalProvider(t, s, srv.URL)
	if _, err := s.Applications.AddNote(app.ID, "Recruiter said the team uses sqlc."); err != nil {
		t.Fatal(err)
	}
	id, err := s.Assistant.Start("cover-letter", app.ID, RunOptions{Options: assist.Options{Tone: "warm"}})
	if err != nil {
		t.Fatal(err)
	}
	done := aiWaitDone(t, fake, id)
	if !done.OK || done.Cancelled {
		t.Fatalf("done %+v", done)
	}
	streamed, n := aiDeltas(fake, id)
	if strings.TrimSpace(streamed) != aiLetter || n < 2 {
		t.Fatalf("%d deltas gave %q", n, streamed)
	}
	// every delta came before job:done
	ev := fake.Emitted()
	if last := ev[len(ev)-1]; last.Name != shellport.EventJobDone {
		t.Fatalf("last event %s", last.Name)
	}
	res := done.Result.(GenerationResult)
	gens, err := s.Assistant.Generations(app.ID)
	if err != nil || len(gens) != 1 || gens[0].ID != res.GenerationID {
		t.Fatalf("generations %+v %v (result %+v)", gens, err, res)
	}
	g := gens[0]
	if g.Text != aiLetter || g.Partial || g.Task != "cover-letter" || g.Provider != "Fake local" || g.Model != "test-model" ||
		len(g.InputDigest) != 64 || !strings.HasPrefix(g.PromptVersion, "cover-letter") || g.Redacted {
		t.Fatalf("generation %+v", g)
	}
	// The prompt carried the job, the note and the tone.
	chats := srv.Chats()
	if len(chats) != 1 || !chats[0].Stream || !strings.Contains(chats[0].Text(), "Kubernetes in production") ||
		!strings.Contains(chats[0].Text(), "sqlc") || !strings.Contains(chats[0].Text(), "warm") {
		t.Fatalf("request %+v", chats)
	}
	led, _ := s.Assistant.Ledger(0)
	if len(led) != 1 || led[0].Task != "cover-letter" || led[0].Status != "200 OK" || led[0].Provider != "Fake local" ||
		led[0].BytesSent < int64(len(aiJobText)) || led[0].BytesReceived < int64(len(aiLetter)) || led[0].Redacted ||
		!strings.HasPrefix(led[0].Host, "127.0.0.1:") {
		t.Fatalf("ledger %+v", led)
	}
	if err := s.Assistant.Cancel(id); model.ErrorCode(err) != model.CodeNotFound {
		t.Fatalf("cancel a finished job: %v", err)
	}
}

func TestCancelMidStreamKeepsPartial(t *testing.T) {
	s, fake, _, app := aiSetup(t)
	long := strings.Repeat("Go and Kubernetes are what I do best. ", 60)
	srv := llmtest.New(t, llmtest.Config{Reply: func(llmtest.Call) string { return long }, ChunkRunes: 4, ChunkDelay: 5 * time.Millisecond})
	aiLocalProvider(t, s, srv.URL)
	id, err := s.Assistant.Start("interview-prep", app.ID, RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		if got, _ := aiDeltas(fake, id); len(got) > 20 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no delta arrived")
		}
		time.Sleep(2 * time.Millisecond)
	}
	if err := s.Assistant.Cancel(id); err != nil {
		t.Fatal(err)
	}
	done := aiWaitDone(t, fake, id)
	if done.OK || !done.Cancelled || done.ErrorCode != string(model.CodeCanceled) {
		t.Fatalf("done %+v", done)
	}
	streamed, _ := aiDeltas(fake, id)
	res := done.Result.(GenerationResult)
	g, err := s.Assistant.GenerationVersions(res.GenerationID)
	if err != nil || len(g) != 1 {
		t.Fatalf("versions %+v %v", g, err)
	}
	gens, _ := s.Assistant.Generations(app.ID)
	if !gens[0].Partial || gens[0].Error == "" || gens[0].Text != strings.TrimSpace(streamed) || len(gens[0].Text) >= len(strings.TrimSpace(long)) ||
		!strings.HasPrefix(long, gens[0].Text) {
		t.Fatalf("partial %+v (streamed %d bytes)", gens[0], len(streamed))
	}
}

func TestRetryAfter429ThenSuccess(t *testing.T) {
	s, _, _, app := aiSetup(t)
	srv := llmtest.New(t, llmtest.Config{Reply: func(llmtest.Call) string { return "Thank you for the call." }})
	aiLocalProvider(t, s, srv.URL)
	srv.Fail(llmtest.RateLimited("1"))
	var got strings.Builder
	res, err := Generate(context.Background(), s.Assistant, "follow-up", app.ID, RunOptions{}, func(d string) { got.WriteString(d) })
	if err != nil || res.Text != "Thank you for the call." || got.String() != res.Text || res.Partial || res.GenerationID == 0 {
		t.Fatalf("result %+v %v (streamed %q)", res, err, got.String())
	}
	if n := len(srv.Chats()); n != 2 {
		t.Fatalf("%d chat requests, want 2", n)
	}
	led, _ := s.Assistant.Ledger(0)
	if len(led) != 2 || led[1].Status != "429 Too Many Requests" || led[0].Status != "200 OK" || led[0].Task != "follow-up" {
		t.Fatalf("ledger %+v", led)
	}
}

var (
	aiPlaceholderRe = regexp.MustCompile(`\[[A-Z_]+(?:_\d+)?\]`)
	aiCodeWord      = regexp.MustCompile(`secret code word is ([\w-]+)`)
)

// aiEcho answers with every placeholder the request carried, as a
// model writing a letter with them would.
func aiEcho(c llmtest.Call) string {
	phs := aiPlaceholderRe.FindAllString(c.Request.Text(), -1)
	return "Dear Initech team,\n\nSigned: " + strings.Join(phs, " ") + "\n"
}

func aiCheckRedacted(t *testing.T, s *Services, db *store.DB, srv *llmtest.Server, app model.Application, prof model.Profile, key string) {
	t.Helper()
	s.Assistant.ProfileSource = func(context.Context) (model.Profile, error) { return prof, nil }
	// The user's own details also reach the prompt through a note.
	if _, err := s.Applications.AddNote(app.ID, "Told Milton to call me on "+prof.Basics.Phone+" or write to "+prof.Basics.Email+"."); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Assistant.SaveProvider(llm.Provider{Name: "Cloud", BaseURL: srv.URL, Model: "gpt-test", Kind: llm.KindCloud}); err != nil {
		t.Fatal(err)
	}
	_, err := Generate(context.Background(), s.Assistant, "cover-letter", app.ID, RunOptions{Provider: "Cloud"}, nil)
	if model.ErrorCode(err) != model.CodeInvalid ||
		!strings.Contains(err.Error(), "API key") {
		t.Fatalf("cloud without key: %v", err)
	}
	st, err := s.Assistant.SetAPIKey("cloud", key)
	if err != nil || !st.Stored || st.Persistent || !strings.Contains(st.Message, "this session only") {
		t.Fatalf("key status %+v %v", st, err)
	}
	pv, err := s.Assistant.Preview("cover-letter", app.ID, RunOptions{Provider: "Cloud"})
	if err != nil || !pv.Redacted || len(pv.Placeholders) == 0 || pv.Omitted == nil {
		t.Fatalf("preview %+v %v", pv, err)
	}
	res, err := Generate(context.Background(), s.Assistant, "cover-letter", app.ID, RunOptions{Provider: "Cloud"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	reqs := srv.Requests()
	var chat []byte
	for _, r := range reqs {
		if r.Path == "/v1/chat/completions" {
			chat = r.Body
		}
	}
	if string(chat) != pv.Body {
		t.Fatalf("sent body differs from the preview:\nsent    %s\npreview %s", chat, pv.Body)
	}
	b := prof.Basics
	details := []string{b.Name, b.Email, b.Phone, "milton@initech.example", "+49 30 1234567"}
	sent := srv.Chats()[0].Text()
	for _, d := range details {
		if d != "" && (strings.Contains(sent, d) || strings.Contains(string(chat), d)) {
			t.Errorf("%q left the machine", d)
		}
	}
	for _, d := range []string{b.Name, b.Email, b.Phone, "milton@initech.example"} {
		if d != "" && !strings.Contains(res.Text, d) {
			t.Errorf("%q not restored in %q", d, res.Text)
		}
	}
	if aiPlaceholderRe.MatchString(res.Text) {
		t.Errorf("a placeholder was left in %q", res.Text)
	}
	gens, _ := s.Assistant.Generations(app.ID)
	if gens[0].Text != res.Text || !gens[0].Redacted {
		t.Fatalf("saved %+v", gens[0])
	}
	led, _ := s.Assistant.Ledger(0)
	if len(led) != 1 || !led[0].Redacted || !aiContains(led[0].Placeholders, "[NAME]") || !aiContains(led[0].Placeholders, "[EMAIL_1]") {
		t.Fatalf("ledger %+v", led)
	}
	// The key is nowhere in the database file, the ledger or an error.
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	for _, suffix := range []string{"", "-wal"} {
		raw, _ := os.ReadFile(db.Path() + suffix)
		if strings.Contains(string(raw), key) {
			t.Fatalf("API key in %s", filepath.Base(db.Path()+suffix))
		}
	}
	lj, _ := json.Marshal(led)
	if strings.Contains(string(lj), key) {
		t.Fatal("API key in the ledger")
	}
	for _, d := range details {
		if d != "" && strings.Contains(string(lj), d) {
			t.Fatalf("detail %q in the ledger", d)
		}
	}
}

func aiContains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestCloudProviderGetsRedactedTextAndReplyIsRestored(t *testing.T) {
	s, _, db, app := aiSetup(t)
	const key = "sk-test-9f8e7d6c5b4a"
	srv := llmtest.New(t, llmtest.Config{Reply: aiEcho, APIKey: key})
	prof := model.Profile{Basics: model.Basics{Name: "Joanna Quill", Email: "joanna.quill@example.org", Phone: "+44 7700 900123",
		Summary: "Backend engineer. Reach me at joanna.quill@example.org."}}
	prof.Work = []model.Work{{Name: "Globex", Position: "Go Engineer", StartDate: "2019", Highlights: []string{"Ran Kubernetes for 40 services"}}}
	aiCheckRedacted(t, s, db, srv, app, prof, key)
}

func TestRedactionWithACorpusCV(t *testing.T) {
	pdf := filepath.Join(corpus.Path(t, "cv"), "awesomecv_resume.pdf")
	bin := corpus.Tool(t, "pdftotext", "poppler-utils")
	out, err := exec.Command(bin, "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	prof := cvparse.Parse(cvparse.FromText(string(out))).Profile
	if prof.Basics.Name == "" || prof.Basics.Email == "" || prof.Basics.Phone == "" {
		t.Fatalf("the CV gave no contact details: %+v", prof.Basics)
	}
	s, _, db, app := aiSetup(t)
	const key = "sk-corpus-1a2b3c4d"
	srv := llmtest.New(t, llmtest.Config{Reply: aiEcho, APIKey: key})
	aiCheckRedacted(t, s, db, srv, app, prof, key)
}

func TestMasterProfileIsUsedByDefault(t *testing.T) {
	s, _, db, app := aiSetup(t)
	if _, err := db.SaveMasterProfile(context.Background(), model.Profile{Basics: model.Basics{Name: "Ada Quartz", Email: "ada@example.org"},
		Skills: []model.Skill{{Name: "Kubernetes"}}}); err != nil {
		t.Fatal(err)
	}
	an, err := s.Assistant.Analyze(app.ID)
	if err != nil || !aiContains(an.Matched, "Kubernetes") {
		t.Fatalf("analysis without the master profile: %+v %v", an.Matched, err)
	}
	srv := llmtest.New(t, llmtest.Config{})
	if _, err := s.Assistant.SaveProvider(llm.Provider{Name: "Cloud", BaseURL: srv.URL, Model: "m", Kind: llm.KindCloud}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Applications.AddNote(app.ID, "Sign it Ada Quartz, ada@example.org"); err != nil {
		t.Fatal(err)
	}
	pv, err := s.Assistant.Preview("cover-letter", app.ID, RunOptions{})
	if err != nil || !strings.Contains(pv.Body, "Kubernetes") || strings.Contains(pv.Body, "Ada Quartz") || !aiContains(pv.Placeholders, "[NAME]") {
		t.Fatalf("preview %+v %v", pv, err)
	}
}

func TestProviderValidationNamesTheField(t *testing.T) {
	s, _, _, _ := aiSetup(t)
	cases := []struct {
		p     llm.Provider
		field string
	}{
		{llm.Provider{BaseURL: "http://localhost:11434/v1", Model: "m"}, "name"},
		{llm.Provider{Name: "x", Model: "m"}, "baseURL"},
		{llm.Provider{Name: "x", BaseURL: "ftp://host/v1", Model: "m"}, "baseURL"},
		{llm.Provider{Name: "x", BaseURL: "https://user:sk-secret@host/v1", Model: "m"}, "baseURL"},
		{llm.Provider{Name: "x", BaseURL: "http://localhost:11434/v1"}, "model"},
		{llm.Provider{Name: "x", BaseURL: "http://localhost:11434/v1", Model: "m", Kind: "remote"}, "kind"},
		{llm.Provider{Name: "x", BaseURL: "http://api.example.com/v1", Model: "m", Kind: llm.KindCloud}, "baseURL"},
		{llm.Provider{Name: "x", BaseURL: "http://localhost:11434/v1", Model: "m", APIKeyEnv: "not a var"}, "apiKeyEnv"},
		{llm.Provider{Name: "x", BaseURL: "http://localhost:11434/v1", Model: "m", ContextTokens: -1}, "contextTokens"},
	}
	for _, c := range cases {
		_, err := s.Assistant.SaveProvider(c.p)
		var e *model.Error
		if model.ErrorCode(err) != model.CodeInvalid || !aiAsErr(err, &e) || e.Field != c.field {
			t.Errorf("%+v: got %v, want invalid %s", c.p, err, c.field)
		}
		if err != nil && strings.Contains(err.Error(), "sk-secret") {
			t.Errorf("error repeats the key: %v", err)
		}
	}
	if ps, _ := s.Assistant.Providers(); len(ps) != 0 {
		t.Fatalf("invalid providers stored: %+v", ps)
	}
	a, err := s.Assistant.SaveProvider(llm.Provider{Name: "A", BaseURL: "http://localhost:11434/v1", Model: "m"})
	if err != nil || !a.Default || a.Provider.Kind != llm.KindLocal {
		t.Fatalf("first provider %+v %v", a, err)
	}
	t.Setenv("HB_TEST_KEY", "sk-from-env")
	b, err := s.Assistant.SaveProvider(llm.Provider{Name: "B", BaseURL: "https://api.example.com/v1", Model: "m", Kind: llm.KindCloud,
		APIKeyEnv: "HB_TEST_KEY"})
	if err != nil || b.Default || b.KeySource != "env" {
		t.Fatalf("second provider %+v %v", b, err)
	}
	if err := s.Assistant.SetDefaultProvider("b"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Assistant.SetAPIKey("A", "line1\nline2"); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("two-line key: %v", err)
	}
	if st, err := s.Assistant.SetAPIKey("A", "sk-a"); err != nil || !st.Stored {
		t.Fatalf("set key %+v %v", st, err)
	}
	ps, _ := s.Assistant.Providers()
	if len(ps) != 2 || ps[0].KeySource != "session" || ps[0].Default || !ps[1].Default {
		t.Fatalf("providers %+v", ps)
	}
	if _, err := s.Assistant.ClearAPIKey("A"); err != nil {
		t.Fatal(err)
	}
	if ps, _ := s.Assistant.Providers(); ps[0].KeySource != "" {
		t.Fatalf("key not cleared: %+v", ps[0])
	}
	if err := s.Assistant.DeleteProvider("B"); err != nil {
		t.Fatal(err)
	}
	if err := s.Assistant.DeleteProvider("B"); model.ErrorCode(err) != model.CodeNotFound {
		t.Fatalf("delete twice: %v", err)
	}
	if _, err := s.Assistant.Start("cover-letter", 1, RunOptions{}); model.ErrorCode(err) != model.CodeInvalid ||
		!strings.Contains(err.Error(), "no AI provider") {
		t.Fatalf("start without a default: %v", err)
	}
	if _, err := s.Assistant.Start("poem", 1, RunOptions{Provider: "A"}); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("unknown task: %v", err)
	}
	if _, err := s.Assistant.Start("cover-letter", 999, RunOptions{Provider: "A"}); model.ErrorCode(err) != model.CodeNotFound {
		t.Fatalf("missing application: %v", err)
	}
	if presets, _ := s.Assistant.Presets(); len(presets) < 5 {
		t.Fatalf("presets %+v", presets)
	}
}

func aiAsErr(err error, e **model.Error) bool {
	var x *model.Error
	if !errors.As(err, &x) {
		x = model.AsError(err)
	}
	*e = x
	return x != nil
}

func TestProbeRemembersModeAndJSONTasks(t *testing.T) {
	s, fake, _, app := aiSetup(t)
	insights := `{"requiredSkills":["Go","PostgreSQL","Kubernetes"],"niceToHaveSkills":["Rust"],"seniority":"senior",` +
		`"responsibilities":["Build services"],"salary":"","redFlags":[],"questions":["Who is on call?"]}`
	srv := llmtest.New(t, llmtest.Config{Quirk: llmtest.LMStudio, ContextTokens: 4000, Reply: func(c llmtest.Call) string {
		if m := aiCodeWord.FindStringSubmatch(c.Visible); m != nil {
			return m[1]
		}
		if strings.Contains(c.Request.Text(), "2 + 3") {
			return `{"answer":5}`
		}
		if c.Request.Format() != "" || strings.Contains(c.Request.Text(), "JSON Schema") {
			if strings.Contains(c.Request.Text(), "requiredSkills") {
				return insights
			}
			return `{"summary":"Go engineer with six years on Kubernetes.","bullets":[{"original":"Ran Kubernetes for 40 services",` +
				`"suggested":"Ran Kubernetes for 400 services at Initrode","reason":"scale"}]}`
		}
		return "ok"
	}})
	p := aiLocalProvider(t, s, srv.URL)
	if p.Structured != "" {
		t.Fatalf("mode known before any test: %q", p.Structured)
	}
	s.Assistant.ProfileSource = func(context.Context) (model.Profile, error) {
		work := model.Work{Name: "Globex", Position: "Go Engineer", StartDate: "2019", Highlights: []string{"Ran Kubernetes for 40 services"}}
		return model.Profile{Work: []model.Work{work}}, nil
	}
	id, err := s.Assistant.Start("job-insights", app.ID, RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	done := aiWaitDone(t, fake, id)
	res := done.Result.(GenerationResult)
	if !done.OK || res.Insights == nil || res.Insights.Seniority != "senior" || res.Format != "json" {
		t.Fatalf("insights %+v", done)
	}
	if streamed, n := aiDeltas(fake, id); n != 1 || streamed != res.Text {
		t.Fatalf("insights deltas %d %q", n, streamed)
	}
	ps, _ := s.Assistant.Providers()
	if ps[0].Provider.Structured != llm.ModeJSONSchema {
		t.Fatalf("mode after insights: %+v", ps[0])
	}
	gens, _ := s.Assistant.Generations(app.ID)
	if gens[0].Format != "json" || !json.Valid([]byte(gens[0].Text)) {
		t.Fatalf("insights generation %+v", gens[0])
	}
	tl, err := Generate(context.Background(), s.Assistant, "cv-tailoring", app.ID, RunOptions{}, nil)
	if err != nil || tl.Tailoring == nil || len(tl.Tailoring.Flags) == 0 || !strings.Contains(tl.Text, "Check before using") ||
		!strings.Contains(tl.Text, "Initrode") {
		t.Fatalf("tailoring %+v %v", tl, err)
	}
	before := len(srv.Requests())
	rep, err := s.Assistant.TestProvider("Fake local")
	if err != nil || !rep.Reply.OK || !rep.JSON.OK || !rep.Stream.OK || rep.JSONMode != llm.ModeJSONSchema || rep.ContextTokens <= 0 {
		t.Fatalf("probe %+v %v", rep, err)
	}
	if ps, _ := s.Assistant.Providers(); ps[0].Provider.ContextTokens != rep.ContextTokens {
		t.Fatalf("context not remembered: %+v", ps[0])
	}
	// The test's requests are one ledger entry that counts them (LM Studio
	// refuses json_object: "4 × 200 OK, 1 × 400 Bad Request"); every
	// model request has its method, address and duration.
	led, _ := s.Assistant.Ledger(0)
	var probes []model.LedgerEntry
	for _, e := range led {
		if e.Task == "probe" {
			probes = append(probes, e)
		}
		if e.Method != "POST" || !strings.HasSuffix(e.URL, "/chat/completions") || e.DurationMs < 0 {
			t.Errorf("ledger row without method, address or duration: %+v", e)
		}
	}
	sent := len(srv.Requests()) - before
	if len(probes) != 1 || sent < 4 || !strings.HasPrefix(probes[0].Status, fmt.Sprintf("%d requests: ", sent)) || probes[0].BytesSent == 0 {
		t.Fatalf("%d probe requests as %d ledger entries: %+v", sent, len(probes), probes)
	}
}

func TestGenerationsEditExportAndLedgerExport(t *testing.T) {
	s, _, _, app := aiSetup(t)
	srv := llmtest.New(t, llmtest.Config{Reply: func(llmtest.Call) string {
		return "# Questions\n\n**Why Go?** See [our blog](https://initech.example/blog).\n\n* Kubernetes\n* `sqlc`"
	}})
	aiLocalProvider(t, s, srv.URL)
	res, err := Generate(context.Background(), s.Assistant, "interview-prep", app.ID, RunOptions{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	g, err := s.Assistant.UpdateGeneration(res.GenerationID, res.Text+"\n\nMy own note.")
	if err != nil || g.Version != 2 {
		t.Fatalf("edit %+v %v", g, err)
	}
	vs, _ := s.Assistant.GenerationVersions(g.ID)
	if len(vs) != 2 || vs[0].Text != res.Text || vs[1].Author != "user" {
		t.Fatalf("versions %+v", vs)
	}
	md, err := s.Assistant.ExportGeneration(g.ID, "markdown")
	if err != nil || !strings.HasPrefix(md, "# Questions") || !strings.HasSuffix(md, "My own note.\n") {
		t.Fatalf("markdown %q %v", md, err)
	}
	txt, err := s.Assistant.ExportGeneration(g.ID, "text")
	want := "Questions\n\nWhy Go? See our blog (https://initech.example/blog).\n\n- Kubernetes\n- sqlc\n\nMy own note.\n"
	if err != nil || txt != want {
		t.Fatalf("text %q %v", txt, err)
	}
	if _, err := s.Assistant.ExportGeneration(g.ID, "pdf"); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("bad format: %v", err)
	}
	csvText, err := s.Assistant.ExportLedger("csv")
	if err != nil || !strings.HasPrefix(csvText, "at,provider,host") || strings.Count(csvText, "\n") != 2 || !strings.Contains(csvText, "interview-prep") {
		t.Fatalf("ledger csv %q %v", csvText, err)
	}
	js, err := s.Assistant.ExportLedger("json")
	var rows []model.LedgerEntry
	if err != nil || json.Unmarshal([]byte(js), &rows) != nil || len(rows) != 1 {
		t.Fatalf("ledger json %q %v", js, err)
	}
	if err := s.Assistant.DeleteGeneration(g.ID); err != nil {
		t.Fatal(err)
	}
	if gens, _ := s.Assistant.Generations(app.ID); len(gens) != 0 {
		t.Fatalf("deleted generation listed: %+v", gens)
	}
}

func TestAnalyzeTemplatesAndTerms(t *testing.T) {
	s, _, _, app := aiSetup(t)
	s.Assistant.ProfileSource = func(context.Context) (model.Profile, error) {
		return model.Profile{Skills: []model.Skill{{Name: "Go"}, {Name: "PostgreSQL"}}}, nil
	}
	an, err := s.Assistant.Analyze(app.ID)
	if err != nil || !aiContains(an.Matched, "Go") || !aiContains(an.Missing, "Kubernetes") || an.Score <= 0 || an.Score >= 100 {
		t.Fatalf("analysis %+v %v", an, err)
	}
	bare, _ := s.Applications.Create(model.Application{Company: "Hooli", Title: "PM"})
	if _, err := s.Assistant.Analyze(bare.ID); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("no description: %v", err)
	}
	if err := s.Assistant.SetPromptOverride("cover-letter", "no version line"); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("bad override: %v", err)
	}
	bad := `{{/* version: mine/1 */}}{{define "system"}}S{{end}}{{define "user"}}{{.Nope}}{{end}}`
	if err := s.Assistant.SetPromptOverride("cover-letter", bad); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("override that fails to render: %v", err)
	}
	own := `{{/* version: mine/1 */}}{{define "system"}}You write ZEBRA letters.{{end}}{{define "user"}}Job: {{.JobText}}{{end}}`
	if err := s.Assistant.SetPromptOverride("cover-letter", own); err != nil {
		t.Fatal(err)
	}
	srv := llmtest.New(t, llmtest.Config{})
	aiLocalProvider(t, s, srv.URL)
	pv, err := s.Assistant.Preview("cover-letter", app.ID, RunOptions{})
	if err != nil || pv.PromptVersion != "mine/1" || !strings.Contains(pv.Body, "ZEBRA") || pv.Redacted || len(srv.Requests()) != 0 {
		t.Fatalf("preview %+v %v (requests %d)", pv, err, len(srv.Requests()))
	}
	tpls, _ := s.Assistant.Templates()
	if len(tpls) != len(assist.Tasks) || tpls[0].Override != own || tpls[0].Default == "" {
		t.Fatalf("templates %+v", tpls[0])
	}
	terms, err := s.Assistant.SetRedactionTerms([]string{"Initech", " Milton "})
	if err != nil || len(terms) != 2 {
		t.Fatalf("terms %q %v", terms, err)
	}
	if got, _ := s.Assistant.RedactionTerms(); len(got) != 2 || got[0] != "Initech" {
		t.Fatalf("terms %q", got)
	}
	if led, _ := s.Assistant.Ledger(0); len(led) != 0 {
		t.Fatalf("a preview reached the ledger: %+v", led)
	}
}
