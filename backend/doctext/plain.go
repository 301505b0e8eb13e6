package doctext

import (
	"bytes"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// decodeText turns bytes into UTF-8: a UTF-8 or UTF-16 byte-order mark is
// honoured and stripped; bytes that are not valid UTF-8 are read as
// Latin-1 (Windows-1252 for 0x80-0x9f).
func decodeText(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte{0xef, 0xbb, 0xbf}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		return decodeUTF16(data[2:], false)
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return decodeUTF16(data[2:], true)
	}
	if utf8.Valid(data) {
		return string(data)
	}
	var b strings.Builder
	b.Grow(len(data) + len(data)/4)
	for _, c := range data {
		if c >= 0x80 && c < 0xa0 {
			b.WriteRune(cp1252[c-0x80])
			continue
		}
		b.WriteRune(rune(c))
	}
	return b.String()
}

// cp1252 maps Windows-1252's 0x80-0x9f to Unicode.
var cp1252 = [32]rune{
	'€', '\ufffd', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\ufffd', 'Ž', '\ufffd',
	'\ufffd', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\ufffd', 'ž', 'Ÿ',
}

func decodeUTF16(b []byte, bigEndian bool) string {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		if bigEndian {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		} else {
			u = append(u, uint16(b[i+1])<<8|uint16(b[i]))
		}
	}
	return string(utf16.Decode(u))
}

// extractText reads plain text or Markdown: one Line per non-blank line;
// ATX ('# Title') and setext ('Title' over '===' or '---') headings are
// marked and lose their markers.
func extractText(data []byte) (*Document, error) {
	s := decodeText(data)
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\f", "\n").Replace(s)
	raw := strings.Split(s, "\n")
	var lines []Line
	inFence := false
	last := -2 // index in raw of the last line kept outside a fence
	for i, l := range raw {
		t := strings.TrimRight(strings.Map(dropControl, l), " \t")
		trimmed := strings.TrimSpace(t)
		if strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~") {
			inFence = !inFence
			continue
		}
		if trimmed == "" {
			continue
		}
		if !inFence && isSetextUnderline(trimmed) {
			if n := len(lines); n > 0 && last == i-1 && !lines[n-1].Heading {
				lines[n-1].Heading = true
				continue
			}
			if strings.Trim(trimmed, "-*_ ") == "" {
				continue // a horizontal rule
			}
		}
		line := Line{Text: strings.TrimSpace(t)}
		if !inFence {
			if h, ok := atxHeading(trimmed); ok {
				line.Text, line.Heading = h, true
			}
		}
		if line.Text != "" {
			lines = append(lines, line)
			if !inFence {
				last = i
			}
		}
	}
	doc := &Document{Kind: KindText, Pages: []Page{{Number: 1, Lines: lines}}}
	if total, _ := textQuality(doc); total == 0 {
		return nil, emptyError()
	}
	return doc, nil
}

func dropControl(r rune) rune {
	if r == '\t' {
		return r
	}
	if r < 0x20 || r == 0x7f || r == '\ufeff' || r == '\u00ad' {
		return -1
	}
	return r
}

func isSetextUnderline(s string) bool {
	if len(s) < 2 {
		return false
	}
	c := s[0]
	if c != '=' && c != '-' {
		return false
	}
	return strings.Trim(s, string(c)) == ""
}

// atxHeading returns the text of a Markdown '#' heading line.
func atxHeading(s string) (string, bool) {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || (n < len(s) && s[n] != ' ' && s[n] != '\t') {
		return "", false
	}
	h := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s[n:]), "#"))
	return h, h != ""
}
