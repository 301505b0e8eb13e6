package docxwrite

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/doctext"
)

const letter = "# Cover letter\n\nDear hiring team at **Initech**,\n\nI build *Go* services & APIs <fast>.\nSecond line of the same paragraph.\n\n" +
	"## Why me\n\n- Ran Kubernetes for 40 services\n- Cut p99 latency by 30%\n\n1. First\n2. Second\n\n---\n\n" +
	"See [my work](https://example.org/work).\n\x01Kind regards,\nSam"

// The file is a well-formed package (every part parses as XML) and the
// app's own DOCX reader finds each paragraph's text in order.
func TestDraftAsDocxReadsBack(t *testing.T) {
	data, err := FromMarkdown(letter)
	if err != nil {
		t.Fatal(err)
	}
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, f := range z.File {
		names[f.Name] = true
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(rc)
		rc.Close()
		d := xml.NewDecoder(bytes.NewReader(body))
		for {
			if _, err := d.Token(); errors.Is(err, io.EOF) {
				break
			} else if err != nil {
				t.Fatalf("%s is not well-formed XML: %v", f.Name, err)
			}
		}
	}
	for _, n := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels"} {
		if !names[n] {
			t.Errorf("missing part %s", n)
		}
	}
	doc, err := doctext.Extract(data, "letter.docx", "")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, p := range doc.Pages {
		for _, l := range p.Lines {
			lines = append(lines, l.Text)
		}
	}
	text := strings.Join(lines, "\n")
	want := []string{"Cover letter", "Dear hiring team at Initech,", "I build Go services & APIs <fast>.", "Second line of the same paragraph.",
		"Why me", "Ran Kubernetes for 40 services", "Cut p99 latency by 30%", "First", "Second", "See my work (https://example.org/work).",
		"Kind regards,", "Sam"}
	at := 0
	for _, w := range want {
		i := strings.Index(text[at:], w)
		if i < 0 {
			t.Fatalf("%q not found in order in:\n%s", w, text)
		}
		at += i + len(w)
	}
	if strings.Contains(text, "**") || strings.Contains(text, "# ") || strings.Contains(text, "---") {
		t.Errorf("Markdown marks left in the document:\n%s", text)
	}
}

func TestHeadingsAndListsGetStyles(t *testing.T) {
	got := parse("# A\n### B\n###### C\n- x\n3) y\nplain")
	want := []block{{style: "Heading1", text: "A"}, {style: "Heading3", text: "B"}, {style: "Heading3", text: "C"},
		{style: "ListBullet", text: "x"}, {style: "ListNumber", text: "y", num: "3."}, {text: "plain"}}
	if len(got) != len(want) {
		t.Fatalf("%+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("block %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}
