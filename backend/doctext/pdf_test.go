package doctext

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/model"
	pdfcpuapi "github.com/pdfcpu/pdfcpu/pkg/api"
	pdfcpumodel "github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

func TestExtractGeneratedPDF(t *testing.T) {
	doc, err := Extract(makePDF([][]textItem{cvPage(1), cvPage(2)}), "cv.pdf", "")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Kind != KindPDF || len(doc.Pages) != 2 {
		t.Fatalf("kind %q, %d pages; want pdf, 2", doc.Kind, len(doc.Pages))
	}
	p := doc.Pages[0]
	if p.Width != 595.28 || p.Height != 841.89 {
		t.Errorf("page size %vx%v", p.Width, p.Height)
	}
	want := []string{"Page 1 Jane Doe", "Experience", "Senior Engineer, Acme Corp\t2019 - 2024",
		"Line 1: built systems that served many users with care and tests"}
	for i, w := range want {
		if p.Lines[i].Text != w {
			t.Errorf("line %d = %q, want %q", i, p.Lines[i].Text, w)
		}
	}
	if l := p.Lines[0]; !l.Bold || l.FontSize != 20 || l.X != 50 {
		t.Errorf("title line = %+v, want bold, size 20, x 50", l)
	}
	// Y is the top of the line, growing downwards.
	if l := p.Lines[0]; l.Y < 40 || l.Y > 60 {
		t.Errorf("title top Y = %v, want about 44 (baseline 60, size 20)", l.Y)
	}
	if p.Lines[3].Bold {
		t.Errorf("body line is bold: %+v", p.Lines[3])
	}
	text := doc.Text()
	if !strings.Contains(text, "\f\nPage 2 Jane Doe\n") {
		t.Errorf("Text() does not start page 2 with a form feed line:\n%s", text[:200])
	}
}

func TestExtractPDFJunkAndVersion(t *testing.T) {
	pdf := makePDF([][]textItem{{{X: 50, Y: 100, Size: 12, Text: "Hello world"}}})
	// junk before the header (offsets stay relative to %PDF) and a PDF 2.0 header
	v2 := bytes.Replace(pdf, []byte("%PDF-1.4"), []byte("%PDF-2.0"), 1)
	for name, data := range map[string][]byte{
		"junk":     append([]byte("garbage bytes from a mail gateway\r\n"), pdf...),
		"pdf-2.0":  v2,
		"trailing": append(append([]byte(nil), pdf...), []byte("\n\x00\x00junk after the end")...),
	} {
		doc, err := Extract(data, name, "")
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if got := strings.TrimSpace(doc.Text()); got != "Hello world" {
			t.Errorf("%s: text %q", name, got)
		}
	}
}

func TestExtractEncryptedPDF(t *testing.T) {
	plain := makePDF([][]textItem{{{X: 50, Y: 100, Size: 12, Text: "Secret CV"}}})
	encrypt := func(user, owner string, aes bool, keyLen int) []byte {
		t.Helper()
		pdfcpuOnce.Do(pdfcpuapi.DisableConfigDir)
		var conf *pdfcpumodel.Configuration
		if aes {
			conf = pdfcpumodel.NewAESConfiguration(user, owner, keyLen)
		} else {
			conf = pdfcpumodel.NewRC4Configuration(user, owner, keyLen)
		}
		var out bytes.Buffer
		if err := pdfcpuapi.Encrypt(bytes.NewReader(plain), &out, conf); err != nil {
			t.Fatalf("encrypt: %v", err)
		}
		return out.Bytes()
	}
	aes256 := encrypt("s3cret", "owner", true, 256)
	for _, tc := range []struct {
		name, password string
		ok             bool
	}{{"no password", "", false}, {"wrong password", "nope", false}, {"right password", "s3cret", true}} {
		doc, err := Extract(aes256, "cv.pdf", tc.password)
		if tc.ok {
			if err != nil || !strings.Contains(doc.Text(), "Secret CV") {
				t.Errorf("%s: doc %v, err %v", tc.name, doc, err)
			}
			continue
		}
		var me *model.Error
		if !errors.As(err, &me) || me.Code != model.CodeInvalid || me.Field != "password" {
			t.Errorf("%s: err = %#v, want an invalid password error", tc.name, err)
		}
	}
	// An owner password only (empty user password) opens silently, AES-256 and RC4-40.
	for name, data := range map[string][]byte{"aes256": encrypt("", "owner", true, 256), "rc4-40": encrypt("", "owner", false, 40)} {
		doc, err := Extract(data, "cv.pdf", "")
		if err != nil || !strings.Contains(doc.Text(), "Secret CV") {
			t.Errorf("%s with empty user password: doc %v, err %v", name, doc, err)
		}
	}
}

func TestExtractPDFWithoutText(t *testing.T) {
	var me *model.Error
	_, err := Extract(makePDF([][]textItem{{}}), "blank.pdf", "")
	if !errors.As(err, &me) || me.Code != model.CodeInvalid || !strings.Contains(me.Message, "empty") {
		t.Errorf("blank page: %v", err)
	}
	scan := readCorpusFile(t, "bad-pdf", "pdfcpu_blank-scan.pdf")
	_, err = Extract(scan, "scan.pdf", "")
	if !errors.As(err, &me) || me.Code != model.CodeUnsupported || !strings.Contains(me.Message, "scanned") {
		t.Errorf("scanned page: %v", err)
	}
}

// TestExtractActualText checks marked-content spans with /ActualText (how
// pdf-lib and Chromium write ligatures whose glyph maps to nothing): the
// span's text replaces its glyphs', inline or named in /Properties, in
// PDFDocEncoding or UTF-16; an empty one drops the glyphs; an icon in the
// span (LaTeX's accsupp around a contact) stays a separator before it.
func TestExtractActualText(t *testing.T) {
	page := []textItem{
		{X: 50, Y: 100, Size: 10, Raw: "(Certi) Tj /Span <</ActualText (fi)>> BDC (X) Tj EMC (cations) Tj"},
		{X: 50, Y: 120, Size: 10, Raw: "(O) Tj /Span /MC0 BDC (Y) Tj EMC (ce) Tj"},
		{X: 50, Y: 140, Size: 10, Raw: "(Ef) Tj /Span <</ActualText <FEFF00660069>>> BDC (Z) Tj EMC (cient) Tj"},
		{X: 50, Y: 160, Size: 10, Raw: "(Drop) Tj /Artifact <</ActualText ()>> BDC (QQ) Tj EMC"},
		{X: 50, Y: 180, Size: 10, Raw: "/P <</MCID 0>> BDC (Plain) Tj /Span <</ActualText (two words)>> BDC (A) Tj (B) Tj EMC EMC"},
		{X: 50, Y: 200, Size: 10, Raw: "(Call) Tj /Span <</ActualText (tel:+1 555)>> BDC /F3 10 Tf ( a) Tj /F1 10 Tf ( +1 555) Tj EMC"},
		{X: 50, Y: 220, Size: 10, Raw: "(Books) Tj /Span <</ActualText (\\\\faBook)>> BDC /F3 10 Tf (b) Tj EMC /F1 10 Tf (Journals) Tj"},
		{X: 50, Y: 240, Size: 10, Raw: "/Span <</ActualText (unclosed)>> BDC (never ended) Tj"},
	}
	doc, err := Extract(makePDF([][]textItem{page}), "cv.pdf", "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range doc.Pages[0].Lines {
		got = append(got, l.Text)
	}
	want := []string{"Certifications", "Office", "Efficient", "Drop", "Plaintwo words", "Call tel:+1 555", "Books Journals", "unclosed"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("lines %q, want %q", got, want)
	}
}
