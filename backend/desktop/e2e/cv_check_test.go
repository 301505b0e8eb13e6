package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/huntbook/huntbook/backend/corpus"
	"github.com/huntbook/huntbook/backend/doctext"
	"github.com/huntbook/huntbook/backend/model"
)

// cvCorpusFiles are the corpus files scenarios/cv.js drops on the window:
// Jake's one-page LaTeX resume, a password-protected PDF and a Word CV.
var cvCorpusFiles = map[string]string{
	"cv-e2e.pdf":          filepath.Join("cv", "jakegut_resume_compiled_pdftex.pdf"),
	"cv-e2e-locked.pdf":   filepath.Join("bad-pdf", "pdfium_encrypted.pdf"),
	"accountant-e2e.docx": filepath.Join("cv", "src", "soupboss_word_01-Accountant.docx"),
}

// fontsPDF is a one-page CV that embeds no font: Helvetica (a standard
// font pdf.js draws from its bundled Liberation Sans) and a Chinese name in
// STSong-Light through the predefined UniGB-UCS2-H CMap (one of the
// bundled CMaps). The scenario checks that the page fetched both from the
// app's own assets.
func fontsPDF() []byte {
	content := "BT /F1 22 Tf 72 760 Td (Grace Hopper) Tj ET\n" +
		"BT /F2 18 Tf 72 730 Td <674E5C0F9F99> Tj ET\n" +
		"BT /F1 12 Tf 72 700 Td (grace@example.org  +1 202 555 0100) Tj ET\n" +
		"BT /F1 14 Tf 72 660 Td (Experience) Tj ET\n" +
		"BT /F1 11 Tf 72 640 Td (Rear Admiral, US Navy    1943 - 1986) Tj ET\n"
	return doctext.SimplePDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 7 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
		"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >>"+
			" /FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900]"+
			" /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", len(content), content),
	)
}

// setupCV copies the corpus files scenarios/cv.js imports into the data
// folder (the scenario fails when the shared corpus is absent) and writes
// fontsPDF there.
func setupCV(t *testing.T, dataDir string) {
	if err := os.WriteFile(filepath.Join(dataDir, "fonts-e2e.pdf"), fontsPDF(), 0o600); err != nil {
		t.Fatal(err)
	}
	dir := corpus.Path(t, ".")
	for name, src := range cvCorpusFiles {
		b, err := os.ReadFile(filepath.Join(dir, src))
		if err != nil {
			t.Fatalf("missing test input: corpus file %s: %v", src, err)
		}
		if err := os.WriteFile(filepath.Join(dataDir, name), b, 0o600); err != nil {
			t.Fatalf("copy %s: %v", src, err)
		}
	}
}

// checkCV reads back the master profile the scenario merged from the CV
// and edited: Jake's name and email from the PDF, his jobs, and the
// headline typed in the editor.
func checkCV(t *testing.T, bin, dataDir string) {
	out := runCLI(t, bin, dataDir, "profile", "show", "--json")
	var p model.Profile
	if err := json.Unmarshal(out, &p); err != nil {
		t.Fatalf("huntbook profile show --json is not a profile: %v\n%s", err, out)
	}
	if p.Basics.Name != "Jake Ryan" || p.Basics.Email != "jake@su.edu" {
		t.Errorf("master basics %q <%s>, want Jake Ryan <jake@su.edu> merged from the CV", p.Basics.Name, p.Basics.Email)
	}
	if p.Basics.Label != "Software Engineer" {
		t.Errorf("headline %q, want the one typed in the editor", p.Basics.Label)
	}
	if len(p.Work) < 2 || len(p.Education) < 1 {
		t.Errorf("master has %d jobs and %d schools, want Jake's merged", len(p.Work), len(p.Education))
	}
	list := runCLI(t, bin, dataDir, "cv", "list", "--json")
	var vs []map[string]any
	if err := json.Unmarshal(list, &vs); err != nil {
		t.Fatalf("huntbook cv list --json: %v\n%s", err, list)
	}
	if len(vs) != 3 {
		t.Errorf("%d CV versions, want the two PDFs and the Word CV (the locked PDF was never read):\n%s", len(vs), list)
	}
	for _, v := range vs {
		if v["fileName"] != "cv-e2e.pdf" {
			continue
		}
		var got struct {
			Profile model.Profile `json:"profile"`
		}
		out := runCLI(t, bin, dataDir, "cv", "show", fmt.Sprint(v["id"]), "--json")
		if err := json.Unmarshal(out, &got); err != nil || got.Profile.Basics.Label != "Research Assistant" {
			t.Errorf("cv-e2e.pdf's headline %q (%v), want the correction saved in the window", got.Profile.Basics.Label, err)
		}
	}
}

// TestFontsPDF writes the generated PDF to $HUNTBOOK_FONTS_PDF for a look
// (skipped otherwise).
func TestFontsPDF(t *testing.T) {
	out := os.Getenv("HUNTBOOK_FONTS_PDF")
	if out == "" {
		t.Skip("set HUNTBOOK_FONTS_PDF=file.pdf")
	}
	if err := os.WriteFile(out, fontsPDF(), 0o600); err != nil {
		t.Fatal(err)
	}
}
