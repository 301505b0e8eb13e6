package llm

import (
	"errors"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

func TestPresetsValidateOnceAModelIsChosen(t *testing.T) {
	names := map[string]bool{}
	for _, p := range Presets {
		names[p.Name] = true
		if p.Name == "Custom" {
			continue
		}
		if p.Model == "" {
			p.Model = "some-model"
		}
		if err := p.Validate(); err != nil {
			t.Errorf("preset %s: %v", p.Name, err)
		}
	}
	for _, want := range []string{"Ollama", "LM Studio", "llama.cpp server", "OpenAI", "Anthropic", "Custom"} {
		if !names[want] {
			t.Errorf("no preset %q", want)
		}
	}
}

func TestValidateNamesTheField(t *testing.T) {
	good := Provider{Name: "Box", BaseURL: "http://192.168.1.5:11434/v1", Model: "llama3", Kind: KindLocal}
	if err := good.Validate(); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		field string
		edit  func(*Provider)
	}{
		{"name", func(p *Provider) { p.Name = " " }},
		{"baseURL", func(p *Provider) { p.BaseURL = "" }},
		{"baseURL", func(p *Provider) { p.BaseURL = "localhost:11434" }},
		{"baseURL", func(p *Provider) { p.BaseURL = "ftp://host/v1" }},
		{"baseURL", func(p *Provider) { p.BaseURL = "https://user:sk-123@api.example.com/v1" }},
		{"baseURL", func(p *Provider) { p.BaseURL = "http://api.example.com/v1"; p.Kind = KindCloud }},
		{"model", func(p *Provider) { p.Model = "" }},
		{"kind", func(p *Provider) { p.Kind = "remote" }},
		{"apiKeyEnv", func(p *Provider) { p.APIKeyEnv = "1BAD NAME" }},
		{"structured", func(p *Provider) { p.Structured = "xml" }},
		{"contextTokens", func(p *Provider) { p.ContextTokens = -1 }},
	}
	for _, tc := range cases {
		p := good
		tc.edit(&p)
		err := p.Validate()
		var me *model.Error
		if !errors.As(err, &me) || me.Code != model.CodeInvalid || me.Field != tc.field {
			t.Errorf("%+v: got %v, want invalid %s", p, err, tc.field)
		}
	}
	local := good
	local.Kind, local.BaseURL = KindCloud, "http://127.0.0.1:4000/v1" // a local proxy to a cloud model
	if err := local.Validate(); err != nil {
		t.Errorf("cloud provider through a loopback proxy: %v", err)
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)
	cases := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"7", 7 * time.Second, true},
		{" 0.5 ", 500 * time.Millisecond, true},
		{"Sun, 22 Nov 2026 12:00:30 GMT", 30 * time.Second, true},
		{"Sun, 22 Nov 2026 11:00:00 GMT", 0, true},
		{"", 0, false},
		{"soon", 0, false},
		{"-3", 0, false},
	}
	for _, tc := range cases {
		got, ok := parseRetryAfter(tc.in, now)
		if got != tc.want || ok != tc.ok {
			t.Errorf("parseRetryAfter(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestEnvKey(t *testing.T) {
	t.Setenv("HUNTBOOK_TEST_KEY", " sk-from-env\n")
	if got := (Provider{APIKeyEnv: "HUNTBOOK_TEST_KEY"}).EnvKey(); got != "sk-from-env" {
		t.Fatalf("EnvKey = %q", got)
	}
	if got := (Provider{}).EnvKey(); got != "" {
		t.Fatalf("EnvKey without a variable = %q", got)
	}
}
