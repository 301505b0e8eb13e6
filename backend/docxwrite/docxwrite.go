// Package docxwrite writes a short Markdown document (an AI draft: headings,
// paragraphs, bullet and numbered lists, bold and italic) as a Word .docx
// file: the smallest WordprocessingML package Word, LibreOffice and Google
// Docs open (content types, relationships, document and styles).
//
// No DOCX-writing library is usable here: baliance.com/gooxml is not served
// by the module proxy, unidoc/unioffice needs a paid licence and
// ubavic/godocx lists no version. Four XML parts are little code.
package docxwrite

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/lazyre"
)

// block is one paragraph of the document.
type block struct {
	style string // "", "Heading1", "Heading2", "Heading3", "ListBullet", "ListNumber"
	text  string // Markdown inline text
	num   string // "1." for numbered items
}

var (
	headingRe = lazyre.New(`^(#{1,6})\s+(.*?)\s*#*\s*$`)
	bulletRe  = lazyre.New(`^\s*[-*+]\s+(.*)$`)
	numberRe  = lazyre.New(`^\s*(\d{1,3})[.)]\s+(.*)$`)
	ruleRe    = lazyre.New(`^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$`)
	fenceRe   = lazyre.New("^\\s*```")
)

// parse splits Markdown into paragraphs: a blank line ends a paragraph,
// lines inside one are joined with a line break.
func parse(md string) []block {
	var out []block
	var para []string
	flush := func() {
		if len(para) > 0 {
			out = append(out, block{text: strings.Join(para, "\n")})
			para = nil
		}
	}
	for _, line := range strings.Split(strings.ReplaceAll(md, "\r\n", "\n"), "\n") {
		switch {
		case strings.TrimSpace(line) == "" || ruleRe.MatchString(line) || fenceRe.MatchString(line):
			flush()
		case headingRe.MatchString(line):
			flush()
			m := headingRe.FindStringSubmatch(line)
			out = append(out, block{style: fmt.Sprintf("Heading%d", min(len(m[1]), 3)), text: m[2]})
		case bulletRe.MatchString(line):
			flush()
			out = append(out, block{style: "ListBullet", text: bulletRe.FindStringSubmatch(line)[1]})
		case numberRe.MatchString(line):
			flush()
			m := numberRe.FindStringSubmatch(line)
			out = append(out, block{style: "ListNumber", text: m[2], num: m[1] + "."})
		default:
			para = append(para, strings.TrimSpace(line))
		}
	}
	flush()
	return out
}

// run is a stretch of text with one formatting.
type run struct {
	text         string
	bold, italic bool
}

var inlineRe = lazyre.New(`\*\*(.+?)\*\*|__(.+?)__|\*([^*\s][^*]*?)\*|_([^_\s][^_]*?)_|` + "`([^`]+)`" + `|\[([^\]]+)\]\(([^)\s]+)\)`)

// runs splits Markdown inline text into runs: **bold**, *italic*, `code`
// as plain text, [text](address) as "text (address)".
func runs(s string) []run {
	var out []run
	last := 0
	for _, m := range inlineRe.FindAllStringSubmatchIndex(s, -1) {
		if m[0] > last {
			out = append(out, run{text: s[last:m[0]]})
		}
		g := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return s[m[2*i]:m[2*i+1]]
		}
		switch {
		case g(1) != "" || g(2) != "":
			out = append(out, run{text: g(1) + g(2), bold: true})
		case g(3) != "" || g(4) != "":
			out = append(out, run{text: g(3) + g(4), italic: true})
		case g(5) != "":
			out = append(out, run{text: g(5)})
		default:
			t := g(6)
			if g(7) != t {
				t += " (" + g(7) + ")"
			}
			out = append(out, run{text: t})
		}
		last = m[1]
	}
	if last < len(s) {
		out = append(out, run{text: s[last:]})
	}
	return out
}

func esc(s string) string {
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// validXML drops characters XML 1.0 cannot hold (control characters a
// model may emit), which would make Word refuse the file.
func validXML(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF {
			return r
		}
		return -1
	}, s)
}

func writeRuns(b *strings.Builder, text string) {
	for _, r := range runs(text) {
		b.WriteString("<w:r>")
		if r.bold || r.italic {
			b.WriteString("<w:rPr>")
			if r.bold {
				b.WriteString("<w:b/>")
			}
			if r.italic {
				b.WriteString("<w:i/>")
			}
			b.WriteString("</w:rPr>")
		}
		for i, part := range strings.Split(r.text, "\n") {
			if i > 0 {
				b.WriteString("<w:br/>")
			}
			b.WriteString(`<w:t xml:space="preserve">` + esc(part) + "</w:t>")
		}
		b.WriteString("</w:r>")
	}
}

func documentXML(blocks []block) string {
	var b strings.Builder
	b.WriteString(xml.Header)
	b.WriteString(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`)
	for _, bl := range blocks {
		b.WriteString("<w:p>")
		if bl.style != "" {
			b.WriteString(`<w:pPr><w:pStyle w:val="` + bl.style + `"/></w:pPr>`)
		}
		switch bl.style {
		case "ListBullet":
			b.WriteString(`<w:r><w:t xml:space="preserve">•` + "\t" + `</w:t></w:r>`)
		case "ListNumber":
			b.WriteString(`<w:r><w:t xml:space="preserve">` + bl.num + "\t" + `</w:t></w:r>`)
		}
		writeRuns(&b, bl.text)
		b.WriteString("</w:p>")
	}
	b.WriteString(`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" ` +
		`w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`)
	return b.String()
}

const contentTypes = xml.Header + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`</Types>`

const packageRels = xml.Header + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`</Relationships>`

const documentRels = xml.Header + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
	`</Relationships>`

// styles: body text 11 pt with space after paragraphs; headings 16, 13 and
// 11.5 pt bold; list items hang their marker.
var styles = xml.Header + `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
	`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/></w:rPr></w:rPrDefault>` +
	`<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
	heading(1, 32) + heading(2, 26) + heading(3, 23) +
	listStyle("ListBullet", "List Bullet") + listStyle("ListNumber", "List Number") +
	`</w:styles>`

func heading(level, halfPoints int) string {
	return fmt.Sprintf(`<w:style w:type="paragraph" w:styleId="Heading%d"><w:name w:val="heading %d"/><w:basedOn w:val="Normal"/>`+
		`<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="%d"/></w:pPr>`+
		`<w:rPr><w:b/><w:sz w:val="%d"/></w:rPr></w:style>`, level, level, level-1, halfPoints)
}

func listStyle(id, name string) string {
	return `<w:style w:type="paragraph" w:styleId="` + id + `"><w:name w:val="` + name + `"/><w:basedOn w:val="Normal"/>` +
		`<w:pPr><w:spacing w:after="60"/><w:tabs><w:tab w:val="left" w:pos="360"/></w:tabs><w:ind w:left="360" w:hanging="360"/></w:pPr></w:style>`
}

// FromMarkdown returns a .docx file holding the Markdown text.
func FromMarkdown(md string) ([]byte, error) {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", packageRels},
		{"word/_rels/document.xml.rels", documentRels},
		{"word/document.xml", documentXML(parse(validXML(md)))},
		{"word/styles.xml", styles},
	}
	for _, p := range parts {
		w, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			return nil, fmt.Errorf("write docx part %s: %w", p.name, err)
		}
		if _, err := w.Write([]byte(p.body)); err != nil {
			return nil, fmt.Errorf("write docx part %s: %w", p.name, err)
		}
	}
	if err := z.Close(); err != nil {
		return nil, fmt.Errorf("write docx: %w", err)
	}
	return buf.Bytes(), nil
}
