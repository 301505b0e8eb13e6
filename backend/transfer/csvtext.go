package transfer

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/huntbook/huntbook/backend/model"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// csvText is a CSV file turned into UTF-8 text, ready for encoding/csv.
type csvText struct {
	data     []byte
	comma    rune   // from an Excel "sep=" line, or sniffed from the header
	encoding string // what the bytes were read as, for error messages
}

// decodeCSV turns the bytes of a CSV file into UTF-8 text with '\n' line
// ends. It reads a byte-order mark first (UTF-8, UTF-16LE/BE), then
// recognises UTF-16 without one by its NUL bytes, then takes valid UTF-8 as
// UTF-8 and anything else as Windows-1252 (the superset of Latin-1 that
// Excel on Windows writes). A NUL character is refused: text files have
// none, and it would end up in the database. An Excel "sep=;" first line
// sets the delimiter and is blanked (so line numbers stay those of the file).
func decodeCSV(raw []byte) (csvText, error) {
	var t csvText
	switch {
	case bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")):
		t.data, t.encoding = raw[3:], "UTF-8"
		if !utf8.Valid(t.data) {
			return t, model.Errorf(model.CodeInvalid, "import: the CSV file starts with a UTF-8 byte-order mark, but line %d is not UTF-8 (save it again as "+
				"\"CSV UTF-8\")", badUTF8Line(t.data))
		}
	case bytes.HasPrefix(raw, []byte("\xff\xfe")):
		if err := t.decode(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), raw[2:], "UTF-16LE"); err != nil {
			return t, err
		}
	case bytes.HasPrefix(raw, []byte("\xfe\xff")):
		if err := t.decode(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), raw[2:], "UTF-16BE"); err != nil {
			return t, err
		}
	default:
		if enc, name := guessUTF16(raw); enc != nil {
			if err := t.decode(enc, raw, name); err != nil {
				return t, err
			}
		} else if utf8.Valid(raw) {
			t.data, t.encoding = raw, "UTF-8"
		} else if err := t.decode(charmap.Windows1252, raw, "Windows-1252"); err != nil {
			return t, err
		}
	}
	if i := bytes.IndexByte(t.data, 0); i >= 0 {
		return t, model.Errorf(model.CodeInvalid, "import: line %d of the CSV file holds a NUL byte (read as %s): this is not a text file, or not one saved "+
			"as CSV", lineAt(t.data, i), t.encoding)
	}
	// Classic Mac line ends (Excel for Mac's "CSV (Macintosh)"): a lone CR.
	if bytes.IndexByte(t.data, '\n') < 0 && bytes.IndexByte(t.data, '\r') >= 0 {
		t.data = bytes.ReplaceAll(t.data, []byte("\r"), []byte("\n"))
	}
	t.comma = t.sepLine()
	if t.comma == 0 {
		t.comma = sniffDelimiter(t.data)
	}
	return t, nil
}

// decode converts src from enc to UTF-8.
func (t *csvText) decode(enc encoding.Encoding, src []byte, name string) error {
	out, err := enc.NewDecoder().Bytes(src)
	if err != nil {
		return model.Errorf(model.CodeInvalid, "import: cannot read the CSV file as %s: %v", name, err)
	}
	t.data, t.encoding = out, name
	return nil
}

// sepLine reads Excel's "sep=X" first line, blanks it and returns X (0 when
// there is none). encoding/csv skips the empty line that is left.
func (t *csvText) sepLine() rune {
	first, _, _ := bytes.Cut(t.data, []byte("\n"))
	first = bytes.TrimSuffix(first, []byte("\r"))
	if len(first) != 5 || !bytes.EqualFold(first[:4], []byte("sep=")) {
		return 0
	}
	c := rune(first[4])
	if c == '"' || c == '\r' || c == ' ' || c >= utf8.RuneSelf {
		return 0
	}
	t.data = t.data[len(first):]
	if bytes.HasPrefix(t.data, []byte("\r")) {
		t.data = t.data[1:]
	}
	return c
}

// guessUTF16 recognises UTF-16 without a byte-order mark by where its NUL
// bytes fall: headers and most cells are ASCII, whose UTF-16 code units
// have one zero byte, odd-placed in little-endian, even-placed in big-endian.
// It returns nil for text that is not UTF-16.
func guessUTF16(b []byte) (encoding.Encoding, string) {
	if len(b) > 4096 {
		b = b[:4096]
	}
	var even, odd int
	for i, c := range b {
		if c != 0 {
			continue
		}
		if i%2 == 0 {
			even++
		} else {
			odd++
		}
	}
	units := len(b) / 2
	switch {
	case units == 0:
		return nil, ""
	case odd*2 >= units && even*10 <= odd:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "UTF-16LE"
	case even*2 >= units && odd*10 <= even:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "UTF-16BE"
	}
	return nil, ""
}

// sniffDelimiter picks ',', ';' or tab: whichever the header line (the
// first non-blank one) holds most of, outside quotes.
func sniffDelimiter(data []byte) rune {
	var first []byte
	for rest := data; len(rest) > 0 && len(bytes.TrimSpace(first)) == 0; {
		first, rest, _ = bytes.Cut(rest, []byte("\n"))
	}
	counts := map[byte]int{}
	quoted := false
	for _, c := range first {
		if c == '"' {
			quoted = !quoted
		} else if !quoted {
			counts[c]++
		}
	}
	best := byte(',')
	for _, d := range []byte{';', '\t'} {
		if counts[d] > counts[best] {
			best = d
		}
	}
	return rune(best)
}

// checkQuotes finds a quoted field that never closes, which encoding/csv
// (with LazyQuotes) would read to the end of the file, or to the next
// stray quote, swallowing the rows between into one cell. It follows
// encoding/csv's rules: a field is quoted when '"' is its first character
// and ends at a '"' followed by the delimiter, a line end or the end of the
// file; '""' is a quote. An undoubled quote inside a quoted field is taken
// as a quote (as LazyQuotes does) only while the field stays on the line it
// started on: across lines it means the field was never closed. The error
// names the line the field started on.
func checkQuotes(data []byte, comma rune) error {
	if comma < 0 || comma >= utf8.RuneSelf {
		return nil // only ASCII delimiters are used; stay safe otherwise
	}
	sep := byte(comma)
	unclosed := func(start int, how string) error {
		return model.Errorf(model.CodeInvalid, "import: line %d of the CSV file opens a quoted field that %s, so the rows after it would be read into one "+
			"cell: nothing was imported (close the quote, or double each quote inside the field)", start, how)
	}
	line, fieldStart := 1, true
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch {
		case c == '\n':
			line++
			fieldStart = true
		case c == sep:
			fieldStart = true
		case c == '"' && fieldStart:
			start, stray, closed := line, false, false
			for i++; i < len(data) && !closed; i++ {
				switch {
				case data[i] == '\n':
					if stray {
						return unclosed(start, "holds an undoubled quote and runs onto the next line")
					}
					line++
				case data[i] != '"':
				case i+1 < len(data) && data[i+1] == '"':
					i++
				case fieldEnds(data[i+1:], sep):
					closed = true
				case line != start:
					return unclosed(start, fmt.Sprintf("is not closed before a stray quote on line %d", line))
				default:
					stray = true
				}
			}
			if !closed {
				return unclosed(start, "is never closed")
			}
			i-- // the loop above stepped past the closing quote
			fieldStart = false
		default:
			fieldStart = false
		}
	}
	return nil
}

// fieldEnds tells whether a closing quote followed by rest ends the field,
// as encoding/csv decides it.
func fieldEnds(rest []byte, sep byte) bool {
	return len(rest) == 0 || rest[0] == sep || rest[0] == '\n' ||
		(rest[0] == '\r' && (len(rest) == 1 || rest[1] == '\n'))
}

// lineAt returns the 1-based line of byte offset i.
func lineAt(data []byte, i int) int {
	return bytes.Count(data[:i], []byte("\n")) + 1
}

// badUTF8Line returns the line of the first byte that is not UTF-8.
func badUTF8Line(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return lineAt(data, i)
		}
		i += n
	}
	return 0
}
