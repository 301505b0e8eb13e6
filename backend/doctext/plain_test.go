package doctext

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/huntbook/huntbook/backend/model"
)

func utf16LE(s string) []byte {
	b := []byte{0xff, 0xfe}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8)) //nolint:gosec // G115: the two bytes of a UTF-16LE unit
	}
	return b
}

func TestExtractText(t *testing.T) {
	md := "# Jane Doe\r\n\r\nEngineer in Zürich\n\nExperience\n==========\n- Built things\n\n## Skills ##\n```\n# not a heading\n```\n---\n#hashtag\n"
	cases := map[string][]byte{
		"utf8":    []byte(md),
		"bom":     append([]byte{0xef, 0xbb, 0xbf}, md...),
		"utf16le": utf16LE(md),
		"latin1":  []byte(strings.ReplaceAll(md, "ü", "\xfc")),
	}
	want := []string{"Jane Doe", "Engineer in Zürich", "Experience", "- Built things", "Skills", "# not a heading", "#hashtag"}
	heading := map[string]bool{"Jane Doe": true, "Experience": true, "Skills": true}
	for name, data := range cases {
		doc, err := Extract(data, "cv.md", "")
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if doc.Kind != KindText {
			t.Errorf("%s: kind %q", name, doc.Kind)
		}
		ls := doc.Pages[0].Lines
		if got := texts(ls); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s:\n got %q\nwant %q", name, got, want)
			continue
		}
		for _, l := range ls {
			if l.Heading != heading[l.Text] {
				t.Errorf("%s: %q heading = %v", name, l.Text, l.Heading)
			}
		}
	}
}

func TestSniffDoesNotTrustNames(t *testing.T) {
	var me *model.Error
	for name, data := range map[string][]byte{
		"cv.pdf":  []byte("\x00\x01\x02\x03binary\x00junk"),
		"cv.docx": []byte("{\\rtf1\\ansi hello}"),
		"cv.txt":  []byte("\xff\xd8\xff\xe0JFIF"),
	} {
		_, err := Extract(data, name, "")
		if !errors.As(err, &me) || me.Code != model.CodeUnsupported {
			t.Errorf("%s: %v, want unsupported", name, err)
		}
	}
	doc, err := Extract([]byte("Plain CV text"), "cv.pdf", "")
	if err != nil || doc.Kind != KindText {
		t.Errorf("text named .pdf: %v %v", doc, err)
	}
}
