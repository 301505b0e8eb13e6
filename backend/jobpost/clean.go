package jobpost

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/huntbook/huntbook/backend/lazyre"
)

// bulletPrefix matches the bullet glyphs people paste in front of list items.
var bulletPrefix = lazyre.New(`^(?:[•·▪▸►◦‣∙●○■□✓✔➤→*]|[-–—](?:\s|$))\s*`)

// literalEscapes turns escaped line breaks left in scraped text ("a\nb" with a
// real backslash) into real ones.
var literalEscapes = strings.NewReplacer(`\r\n`, "\n", `\n`, "\n", `\r`, "\n", `\t`, " ")

// CleanText normalises plain or Markdown text: entities decoded, literal "\n"
// escapes turned into line breaks, control and zero-width characters dropped,
// runs of spaces collapsed, bullets written as "- ", at most one blank line
// between paragraphs.
func CleanText(s string) string {
	s = strings.ToValidUTF8(s, "")
	if strings.IndexByte(s, '\\') >= 0 {
		s = literalEscapes.Replace(s)
	}
	if strings.Contains(s, "&") {
		s = html.UnescapeString(s)
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var out strings.Builder
	out.Grow(len(s))
	blank := 0
	for rest := s; rest != ""; {
		line, tail, _ := strings.Cut(rest, "\n")
		rest = tail
		line = collapseSpaces(line)
		if line == "" {
			blank++
			continue
		}
		if maybeBullet(line) {
			if loc := bulletPrefix.FindStringIndex(line); loc != nil && loc[1] < len(line) {
				line = "- " + line[loc[1]:]
			}
		}
		if out.Len() > 0 {
			if blank > 0 {
				out.WriteString("\n\n")
			} else {
				out.WriteByte('\n')
			}
		}
		blank = 0
		out.WriteString(line)
	}
	return out.String()
}

// collapseSpaces trims a line, drops control and invisible characters and
// collapses runs of white space into one space.
func collapseSpaces(line string) string {
	if tidyLine(line) {
		return line
	}
	var b strings.Builder
	space := false
	for _, r := range line {
		switch {
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad' || r == '\u2060':
			continue
		case unicode.IsSpace(r) || r == '\u00a0':
			space = true
			continue
		case unicode.IsControl(r) || r == utf8.RuneError:
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// tidyLine reports a line collapseSpaces would leave as it is: printable
// ASCII, no space at either end, no two spaces in a row.
func tidyLine(line string) bool {
	if line == "" || line[0] == ' ' || line[len(line)-1] == ' ' {
		return line == ""
	}
	for i := 0; i < len(line); i++ {
		c := line[i]
		if c < 0x20 || c >= 0x7f || c == ' ' && line[i+1] == ' ' {
			return false
		}
	}
	return true
}

// fixMojibake repairs UTF-8 text that was decoded as Latin-1 once
// ("AsunciÃ³n" -> "Asunción"); other text is returned unchanged.
func fixMojibake(s string) string {
	if strings.IndexByte(s, 0xc3) < 0 { // Ã, Â and â all start with this byte
		return s
	}
	if !strings.ContainsAny(s, "ÃÂâ") {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r < 0 || r > 0xff {
			return s
		}
		b = append(b, byte(r))
	}
	if !utf8.Valid(b) {
		return s
	}
	return string(b)
}

// oneLine squeezes a short field (title, company) onto one clean line.
func oneLine(s string) string {
	s = fixMojibake(html.UnescapeString(s))
	return collapseSpaces(strings.ReplaceAll(s, "\n", " "))
}

// looksLikeHTML reports whether s carries HTML markup worth converting.
func looksLikeHTML(s string) bool {
	return htmlTag.MatchString(s)
}

var htmlTag = lazyre.New(`(?i)</?(?:p|br|div|ul|ol|li|span|strong|b|i|em|h[1-6]|table|tr|td|a|section|article|body|html)\b[^>]*>`)

// maybeBullet is a quick test before bulletPrefix runs: the line starts with
// an ASCII bullet or a non-ASCII character (the other bullet glyphs).
func maybeBullet(line string) bool {
	c := line[0]
	return c == '-' || c == '*' || c >= 0x80
}
