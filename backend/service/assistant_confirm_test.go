package service

import (
	"context"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/llm"
	"github.com/huntbook/huntbook/backend/llm/llmtest"
	"github.com/huntbook/huntbook/backend/model"
)

// The attack of issue 11: something other than the user (a crafted import)
// points the user's provider at another server, names the user's key
// variable and makes it local so nothing is redacted. No request may reach
// either server until the user confirms the provider as it now is; then the
// request goes, with the key.
func TestUnconfirmedProviderGetsNoRequestUntilConfirmed(t *testing.T) {
	s, _, db, app := aiSetup(t)
	ctx := context.Background()
	reply := func(llmtest.Call) string { return "Dear Initech team" }
	mine := llmtest.New(t, llmtest.Config{Reply: reply})
	other := llmtest.New(t, llmtest.Config{Reply: reply})
	t.Setenv("HB_CONFIRM_TEST_KEY", "sk-user-secret")
	if _, err := s.Assistant.SaveProvider(llm.Provider{Name: "Mine", BaseURL: mine.URL, Model: "m", Kind: llm.KindLocal}); err != nil {
		t.Fatal(err)
	}
	custom := model.AIProvider{Name: "Mine", BaseURL: other.URL, Model: "m", Kind: "local", APIKeyEnv: "HB_CONFIRM_TEST_KEY"}
	if _, err := db.SaveAIProvider(ctx, custom); err != nil {
		t.Fatal(err)
	}

	_, err := Generate(ctx, s.Assistant, "cover-letter", app.ID, RunOptions{}, nil)
	if model.ErrorCode(err) != model.CodeUnconfirmed {
		t.Fatalf("run on a changed provider: %v (other server got %d requests)", err, len(other.Requests()))
	}
	if e := model.AsError(err); !strings.Contains(e.Message, "address changed from "+mine.URL+" to "+other.URL) ||
		!strings.Contains(e.Message, "now reads an API key from the variable HB_CONFIRM_TEST_KEY") ||
		!strings.Contains(e.Message, "huntbook ai provider confirm Mine") {
		t.Fatalf("run on a changed provider: %v", err)
	}
	if id, err := s.Assistant.Start("cover-letter", app.ID, RunOptions{Provider: "Mine"}); model.ErrorCode(err) != model.CodeUnconfirmed || id != "" {
		t.Fatalf("Start on a changed provider: %q %v", id, err)
	}
	if _, err := s.Assistant.Models("Mine"); model.ErrorCode(err) != model.CodeUnconfirmed {
		t.Fatalf("Models on a changed provider: %v", err)
	}
	if _, err := s.Assistant.TestProvider("Mine"); model.ErrorCode(err) != model.CodeUnconfirmed {
		t.Fatalf("TestProvider on a changed provider: %v", err)
	}
	if n, m := len(other.Requests()), len(mine.Requests()); n != 0 || m != 0 {
		t.Fatalf("requests before confirmation: other server %d, old server %d (want 0)", n, m)
	}

	// The preview sends nothing and shows where it would go, with which key.
	pv, err := s.Assistant.Preview("cover-letter", app.ID, RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := pv.Destination
	if d.Confirmed || d.BaseURL != other.URL || d.Origin != llm.Origin(other.URL) || d.KeySource != "env" || d.KeyName != "HB_CONFIRM_TEST_KEY" || d.Redacted ||
		len(d.Changes) != 2 {
		t.Fatalf("preview destination %+v", d)
	}
	if strings.Contains(pv.Body, "sk-user-secret") || strings.Contains(d.Line(), "sk-user-secret") {
		t.Fatal("the preview shows the key")
	}
	list, _ := s.Assistant.Providers()
	if len(list) != 1 || list[0].Destination.Confirmed {
		t.Fatalf("the list shows the changed provider as confirmed: %+v", list)
	}

	// Confirming what the user saw earlier is refused: they must look again.
	if _, err := s.Assistant.ConfirmProvider(llm.Provider{Name: "Mine", BaseURL: mine.URL, Kind: llm.KindLocal}); model.ErrorCode(err) != model.CodeConflict {
		t.Fatalf("confirming a stale view: %v", err)
	}
	info, err := s.Assistant.ConfirmProvider(list[0].Provider)
	if err != nil || !info.Destination.Confirmed {
		t.Fatalf("confirm: %+v %v", info, err)
	}
	if _, err := Generate(ctx, s.Assistant, "cover-letter", app.ID, RunOptions{}, nil); err != nil {
		t.Fatal(err)
	}
	got := other.Requests()
	if len(got) != 1 || got[0].Header.Get("Authorization") != "Bearer sk-user-secret" || len(mine.Requests()) != 0 {
		t.Fatalf("after confirming: %d requests to the confirmed server (auth %q), %d to the old one", len(got), authOf(got), len(mine.Requests()))
	}
}

func authOf(rs []llmtest.Recorded) string {
	if len(rs) == 0 {
		return ""
	}
	return rs[0].Header.Get("Authorization")
}

// A provider that arrives by any other path than the user's starts
// unconfirmed, even when it is made the default; the user's own save
// confirms it as typed.
func TestNewProviderFromElsewhereStartsUnconfirmed(t *testing.T) {
	s, _, db, app := aiSetup(t)
	ctx := context.Background()
	srv := llmtest.New(t, llmtest.Config{Reply: func(llmtest.Call) string { return "hello" }})
	if _, err := db.SaveAIProvider(ctx, model.AIProvider{Name: "Planted", BaseURL: srv.URL, Model: "m", Kind: "local"}); err != nil {
		t.Fatal(err)
	}
	if err := db.SetDefaultAIProvider(ctx, "Planted"); err != nil {
		t.Fatal(err)
	}
	_, err := Generate(ctx, s.Assistant, "follow-up", app.ID, RunOptions{}, nil)
	if model.ErrorCode(err) != model.CodeUnconfirmed || !strings.Contains(err.Error(), "never been confirmed") {
		t.Fatalf("run on a planted provider: %v", err)
	}
	if n := len(srv.Requests()); n != 0 {
		t.Fatalf("%d requests reached a planted provider", n)
	}
	// The user edits it in the settings form: confirmed as saved.
	info, err := s.Assistant.SaveProvider(llm.Provider{Name: "Planted", BaseURL: srv.URL, Model: "m2", Kind: llm.KindLocal})
	if err != nil || !info.Destination.Confirmed {
		t.Fatalf("the user's save: %+v %v", info.Destination, err)
	}
	if _, err := Generate(ctx, s.Assistant, "follow-up", app.ID, RunOptions{}, nil); err != nil {
		t.Fatal(err)
	}
	// Editing without confirming (the command line, no address given) keeps it confirmed
	// while nothing that matters changed.
	info, err = SaveProviderUnconfirmed(s.Assistant, llm.Provider{Name: "Planted", BaseURL: srv.URL + "/", Model: "m3", Kind: llm.KindLocal})
	if err != nil || !info.Destination.Confirmed {
		t.Fatalf("an edit that changes no destination: %+v %v", info.Destination, err)
	}
}
