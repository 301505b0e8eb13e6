package jobpost

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped are elements whose content is never readable text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Iframe: true, atom.Head: true, atom.Object: true,
	atom.Button: true, atom.Select: true, atom.Input: true, atom.Textarea: true,
	atom.Canvas: true, atom.Video: true, atom.Audio: true, atom.Math: true,
}

// chrome are page furniture skipped when reading a whole page, but kept inside
// a chosen content block.
var chrome = map[atom.Atom]bool{atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Form: true, atom.Aside: true}

// block elements end a paragraph.
var block = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Table: true, atom.Tr: true, atom.Blockquote: true, atom.Pre: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Hr: true, atom.Figure: true, atom.Address: true,
	atom.Ul: true, atom.Ol: true, atom.Center: true, atom.Details: true, atom.Summary: true,
	atom.Body: true, atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true,
}

// textWriter turns a node tree into Markdown-ish text.
type textWriter struct {
	b        strings.Builder
	pending  int // newlines owed before the next text: 1 line break, 2 paragraph
	skipPage bool
	limit    int
}

func (w *textWriter) brk(n int) {
	if w.b.Len() > 0 && n > w.pending {
		w.pending = n
	}
}

func (w *textWriter) text(s string) {
	if w.limit > 0 && w.b.Len() > w.limit {
		return
	}
	if strings.TrimSpace(s) == "" {
		if w.pending == 0 && w.b.Len() > 0 && s != "" {
			w.b.WriteByte(' ')
		}
		return
	}
	if w.pending > 0 {
		for range w.pending {
			w.b.WriteByte('\n')
		}
		w.pending = 0
	} else if asciiSpace(s[0]) && w.b.Len() > 0 && !endsInSpace(&w.b) {
		w.b.WriteByte(' ') // "<b>Kubernetes</b> platform": the space is in this text
	}
	writeFields(&w.b, s)
	if last := s[len(s)-1]; last == ' ' || last == '\n' || last == '\t' {
		w.b.WriteByte(' ')
	}
}

// writeFields writes the words of s joined by single spaces, as
// strings.Join(strings.Fields(s), " ") would, without building the list.
func writeFields(b *strings.Builder, s string) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		b.WriteString(strings.Join(strings.Fields(s), " "))
		return
	}
	first := true
	for i := 0; i < len(s); {
		for i < len(s) && asciiSpace(s[i]) {
			i++
		}
		start := i
		for i < len(s) && !asciiSpace(s[i]) {
			i++
		}
		if start < i {
			if !first {
				b.WriteByte(' ')
			}
			b.WriteString(s[start:i])
			first = false
		}
	}
}

// endsInSpace reports whether b's text ends in a space or line break.
func endsInSpace(b *strings.Builder) bool {
	s := b.String()
	return s != "" && asciiSpace(s[len(s)-1])
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func (w *textWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.CommentNode, html.DoctypeNode:
		return
	case html.ElementNode:
		if skipped[n.DataAtom] || hidden(n) || (w.skipPage && chrome[n.DataAtom]) {
			return
		}
	}
	a := n.DataAtom
	switch {
	case a == atom.Br:
		w.brk(1)
		return
	case a == atom.Li:
		w.brk(1)
		w.text("- ")
	case isHeading(a):
		w.brk(2)
		w.text(strings.Repeat("#", headingLevel(a)) + " ")
	case a == atom.Td || a == atom.Th:
		w.text(" ")
	case block[a]:
		w.brk(2)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	switch {
	case isHeading(a):
		w.brk(2)
	case a == atom.Li || a == atom.Dt:
		w.brk(1)
	case block[a]:
		w.brk(2)
	}
}

func isHeading(a atom.Atom) bool {
	return a == atom.H1 || a == atom.H2 || a == atom.H3 || a == atom.H4 || a == atom.H5 || a == atom.H6
}

// headingLevel maps h1..h6 to Markdown levels, keeping at least "##" so a
// description never competes with the job title.
func headingLevel(a atom.Atom) int {
	switch a {
	case atom.H4, atom.H5, atom.H6:
		return 3
	}
	return 2
}

// hidden reports elements the page does not show.
func hidden(n *html.Node) bool {
	for _, at := range n.Attr {
		switch at.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if at.Val == "true" {
				return true
			}
		case "style":
			v := strings.ReplaceAll(strings.ToLower(at.Val), " ", "")
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// nodeText renders one subtree as cleaned Markdown-ish text.
func nodeText(n *html.Node, skipPage bool) string {
	w := &textWriter{skipPage: skipPage, limit: MaxInput}
	w.walk(n)
	return CleanText(w.b.String())
}

// htmlToText converts an HTML fragment (a JSON-LD or API description) to text.
func htmlToText(s string) string {
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return CleanText(s)
	}
	return nodeText(doc, false)
}

// attr returns the value of attribute key on n.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// rawText is the concatenated text of a subtree, without layout.
func rawText(n *html.Node) string {
	var b strings.Builder
	var f func(*html.Node)
	f = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return
		}
		if n.Type == html.ElementNode && (skipped[n.DataAtom] || hidden(n)) {
			return
		}
		if n.DataAtom == atom.Br {
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c)
		}
	}
	f(n)
	return b.String()
}
