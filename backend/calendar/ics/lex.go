package ics

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// prop is one content line: NAME;PARAM=VALUE,...:value.
type prop struct {
	Name   string              // upper case
	Params map[string][]string // keys upper case, values unquoted
	Value  string              // raw value, escapes still in place
}

// param returns the first value of the named parameter, or "".
func (p *prop) param(name string) string {
	if v := p.Params[name]; len(v) > 0 {
		return v[0]
	}
	return ""
}

// unfold splits data into logical lines: line breaks may be CRLF, LF or a
// lone CR; a line that starts with a space or a tab continues the previous
// one; blank lines are dropped (some writers put them between a folded
// name and its continuation).
func unfold(data []byte) []string {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var lines []string
	var cur strings.Builder
	has := false
	flush := func() {
		if has {
			lines = append(lines, cur.String())
			cur.Reset()
			has = false
		}
	}
	for len(data) > 0 {
		i := bytes.IndexAny(data, "\r\n")
		var line []byte
		if i < 0 {
			line, data = data, nil
		} else {
			line = data[:i]
			if data[i] == '\r' && i+1 < len(data) && data[i+1] == '\n' {
				data = data[i+2:]
			} else {
				data = data[i+1:]
			}
		}
		if len(line) == 0 {
			continue
		}
		if (line[0] == ' ' || line[0] == '\t') && has {
			cur.Write(line[1:])
			continue
		}
		flush()
		cur.Write(line)
		has = true
	}
	flush()
	return lines
}

// parseLine splits a logical line into a prop. ok is false for a line that
// is not a content line (no colon, a name with characters iCalendar does not
// allow, a broken parameter).
func parseLine(line string) (p prop, ok bool) {
	// Name: letters, digits and '-'.
	i := 0
	for i < len(line) && isNameChar(line[i]) {
		i++
	}
	if i == 0 || i >= len(line) || (line[i] != ';' && line[i] != ':') {
		return p, false
	}
	p.Name = strings.ToUpper(line[:i])
	for i < len(line) && line[i] == ';' {
		i++
		if i < len(line) && (line[i] == ';' || line[i] == ':') {
			continue // empty parameter, as in "DTSTART;;VALUE=..."
		}
		j := i
		for j < len(line) && isNameChar(line[j]) {
			j++
		}
		if j == i || j >= len(line) || line[j] != '=' {
			return p, false
		}
		name := strings.ToUpper(line[i:j])
		vals, next, ok := paramValues(line, j+1)
		if !ok {
			return p, false
		}
		i = next
		if p.Params == nil {
			p.Params = make(map[string][]string, 2)
		}
		p.Params[name] = append(p.Params[name], vals...)
	}
	if i >= len(line) || line[i] != ':' {
		return p, false
	}
	p.Value = line[i+1:]
	return p, true
}

// paramValues reads a parameter's comma-separated values, quoted or not,
// from line[i:]; it returns them and the index after the last.
func paramValues(line string, i int) ([]string, int, bool) {
	var vals []string
	for {
		var v string
		if i < len(line) && line[i] == '"' {
			k := strings.IndexByte(line[i+1:], '"')
			if k < 0 {
				return nil, i, false
			}
			v = line[i+1 : i+1+k]
			i += k + 2
		} else {
			k := i
			for k < len(line) && line[k] != ',' && line[k] != ';' && line[k] != ':' && line[k] != '"' {
				k++
			}
			v = line[i:k]
			i = k
		}
		vals = append(vals, unescapeParam(v))
		if i < len(line) && line[i] == ',' {
			i++
			continue
		}
		return vals, i, true
	}
}

func isNameChar(c byte) bool {
	return c == '-' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
}

// unescapeParam undoes RFC 6868 caret escapes (^n, ^', ^^) and the
// backslash escapes some writers use inside quoted parameters.
func unescapeParam(s string) string {
	if !strings.ContainsAny(s, "^\\") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c == '^' || c == '\\') && i+1 < len(s) {
			n := s[i+1]
			switch {
			case c == '^' && n == 'n':
				b.WriteByte('\n')
				i++
				continue
			case c == '^' && n == '\'':
				b.WriteByte('"')
				i++
				continue
			case n == c || (c == '\\' && (n == ',' || n == ';' || n == ':')):
				b.WriteByte(n)
				i++
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// unescapeText decodes an RFC 5545 TEXT value (\n \N \, \; \\) and removes
// control characters and invalid UTF-8.
func unescapeText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\\' && i+1 < len(s) {
			i++
			switch s[i] {
			case 'n', 'N':
				b.WriteByte('\n')
			default:
				b.WriteByte(s[i])
			}
			continue
		}
		b.WriteByte(c)
	}
	return clean(b.String())
}

// clean drops control characters other than newline and tab and replaces
// invalid UTF-8, so text from a broken file is safe to show.
func clean(s string) string {
	ok := utf8.ValidString(s)
	if ok {
		bad := false
		for i := 0; i < len(s); i++ {
			if c := s[i]; (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f {
				bad = true
				break
			}
		}
		if !bad {
			return strings.TrimSpace(s)
		}
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
			b.WriteRune('\uFFFD')
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
		default:
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(b.String())
}
