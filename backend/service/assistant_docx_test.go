package service

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/doctext"
	"github.com/huntbook/huntbook/backend/llm/llmtest"
)

func TestSaveDraftAsDocx(t *testing.T) {
	s, fake, _, app := aiSetup(t)
	srv := llmtest.New(t, llmtest.Config{Reply: func(llmtest.Call) string {
		return "# Cover letter\n\nDear **Initech** team,\n\n- Ran Kubernetes for 40 services\n\nKind regards"
	}})
	aiLocalProvider(t, s, srv.URL)
	res, err := Generate(context.Background(), s.Assistant, "cover-letter", app.ID, RunOptions{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if p, err := s.Assistant.SaveGenerationDocx(res.GenerationID); p != "" || err != nil {
		t.Fatalf("cancelled dialog: %q %v", p, err)
	}
	d := fake.Dialogs[len(fake.Dialogs)-1]
	if d.DefaultName != "cover-letter-Initech.docx" || d.Filters[0].Pattern != "*.docx" {
		t.Fatalf("dialog %+v", d)
	}
	fake.SavePath = filepath.Join(t.TempDir(), "letter") // no extension typed
	p, err := s.Assistant.SaveGenerationDocx(res.GenerationID)
	if err != nil || p != fake.SavePath+".docx" {
		t.Fatalf("save: %q %v", p, err)
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := doctext.Extract(data, "letter.docx", "")
	if err != nil || doc.Kind != "docx" {
		t.Fatalf("the saved file does not read as a DOCX: %v", err)
	}
	var text []string
	for _, l := range doc.Pages[0].Lines {
		text = append(text, l.Text)
	}
	if got := strings.Join(text, "|"); !strings.Contains(got, "Cover letter|Dear Initech team,") || !strings.Contains(got, "Kubernetes") ||
		strings.Contains(got, "**") {
		t.Fatalf("docx text %q", got)
	}
	if _, err := s.Assistant.SaveGenerationDocx(9999); err == nil {
		t.Fatal("no error for an unknown draft")
	}
}
