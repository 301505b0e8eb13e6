package llm

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/huntbook/huntbook/backend/corpus"
)

func TestEstimateTokens(t *testing.T) {
	cases := []struct {
		s        string
		min, max int
	}{
		{"", 0, 0},
		{"hello", 1, 1},
		{"Hello, world!", 4, 4},
		{"The quick brown fox jumps over the lazy dog.", 10, 12},
		{"2026-11-22", 5, 7},
		{"你好世界", 4, 4},
		{"Erfahrung mit Kubernetes und Übersetzung", 6, 14},
	}
	for _, tc := range cases {
		if n := EstimateTokens(tc.s); n < tc.min || n > tc.max {
			t.Errorf("EstimateTokens(%q) = %d, want %d..%d", tc.s, n, tc.min, tc.max)
		}
	}
}

// TestEstimateTokensOnJobDescriptions checks the estimate against the usual
// rule of thumb (~4 characters a token for English) on real postings.
func TestEstimateTokensOnJobDescriptions(t *testing.T) {
	dir := corpus.Path(t, "jd")
	files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	txt, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	files = append(files, txt...)
	if len(files) == 0 {
		t.Fatalf("missing test input: no .md or .txt job descriptions in %s", dir)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		n := EstimateTokens(s)
		ratio := float64(len(s)) / float64(n)
		t.Logf("%s: %d bytes, %d tokens, %.2f bytes/token", filepath.Base(f), len(s), n, ratio)
		if ratio < 2 || ratio > 6 {
			t.Errorf("%s: %.2f bytes a token is outside 2..6", filepath.Base(f), ratio)
		}
	}
}

func TestTrim(t *testing.T) {
	para := "We build tools for people looking for work. The team is small and kind.\n\n"
	s := strings.Repeat(para, 20)
	kept, tr := Trim(s, 100)
	if n := EstimateTokens(kept); n > 100 || n < 80 {
		t.Fatalf("kept %d tokens for a budget of 100", n)
	}
	if !strings.HasSuffix(kept, "kind.") || !strings.HasPrefix(s, kept) {
		t.Fatalf("not cut at a paragraph end: ...%q", kept[len(kept)-20:])
	}
	if tr.KeptTokens+tr.DroppedTokens != EstimateTokens(s) || tr.DroppedChars != len(s)-len(kept) {
		t.Fatalf("accounting %+v for %d tokens", tr, EstimateTokens(s))
	}
	if !strings.Contains(tr.Note, "dropped the last") || !strings.Contains(tr.Note, `"We build tools`) {
		t.Fatalf("note = %q", tr.Note)
	}
	if same, tr := Trim(s, 10000); same != s || tr.Note != "" || tr.DroppedTokens != 0 {
		t.Fatalf("text under budget was changed: %+v", tr)
	}
	if none, tr := Trim(s, 0); none != "" || tr.DroppedChars != utf8.RuneCountInString(s) {
		t.Fatalf("budget 0 kept %q", none)
	}
	cjk := strings.Repeat("简历内容", 100)
	k, _ := Trim(cjk, 50)
	if !utf8.ValidString(k) || EstimateTokens(k) > 50 || EstimateTokens(k) < 40 {
		t.Fatalf("CJK trim kept %d tokens, valid %v", EstimateTokens(k), utf8.ValidString(k))
	}
}

func FuzzTrim(f *testing.F) {
	f.Add("Hello world. This is a test.\n\nAnother paragraph 12345.", 5)
	f.Add("简历 résumé ☃ emoji 🎉🎉", 3)
	f.Add("", 0)
	f.Fuzz(func(t *testing.T, s string, budget int) {
		if budget > 1<<20 || budget < -10 {
			return
		}
		kept, tr := Trim(s, budget)
		if !strings.HasPrefix(s, strings.TrimRight(kept, " \t\r\n")) {
			t.Fatalf("kept text is not a prefix")
		}
		if utf8.ValidString(s) && !utf8.ValidString(kept) {
			t.Fatalf("cut inside a rune")
		}
		if tr.DroppedTokens > 0 && EstimateTokens(kept) > max(budget, 0) {
			t.Fatalf("kept %d tokens over budget %d", EstimateTokens(kept), budget)
		}
	})
}

func FuzzExtractJSON(f *testing.F) {
	f.Add(`Here: {"a":1} done`)
	f.Add("```json\n{\"x\":[1,{\"y\":\"}\"}]}\n```")
	f.Add(`<think>{</think>{"a":"\"{"}`)
	f.Fuzz(func(t *testing.T, raw string) {
		obj, _, err := extractJSON(raw)
		if err == nil && (len(obj) == 0 || obj[0] != '{' || !strings.Contains(raw, string(obj))) {
			t.Fatalf("extracted %q from %q", obj, raw)
		}
	})
}
