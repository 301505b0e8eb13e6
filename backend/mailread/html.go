package mailread

import (
	"strings"
	"time"

	"golang.org/x/net/html"
)

// blockTags end a line of text.
var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "tr": true, "li": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "table": true, "ul": true, "ol": true, "hr": true, "section": true, "article": true,
	"header": true, "footer": true, "center": true, "dt": true, "dd": true, "pre": true, "address": true, "tbody": true,
}

// skipTags hold no text a reader sees.
var skipTags = map[string]bool{"script": true, "style": true, "head": true, "title": true, "noscript": true, "template": true, "svg": true, "object": true}

// htmlToText turns an HTML body into plain text: one line per block, list
// items as "- ", quoted blocks (blockquote) prefixed with "> ". Nothing is
// fetched; images and links leave only their text.
func htmlToText(src string, deadline time.Time) (string, error) {
	z := html.NewTokenizer(strings.NewReader(src))
	c := &htmlText{}
	for n := 1; ; n++ {
		if n%1024 == 0 && !deadline.IsZero() && time.Now().After(deadline) {
			return "", errDeadline
		}
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			c.flush()
			return strings.TrimSpace(c.out.String()), nil
		case html.TextToken:
			c.text(string(z.Text()))
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			c.start(string(name), tt == html.StartTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			c.end(string(name))
		}
	}
}

// htmlText is the state of one conversion.
type htmlText struct {
	out, line        strings.Builder
	skip, quote, pre int
}

// paraTags end a paragraph: a blank line follows them.
var paraTags = map[string]bool{"p": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"table": true, "ul": true, "ol": true, "hr": true}

func (c *htmlText) paragraph() {
	c.flush()
	if c.out.Len() > 0 && !strings.HasSuffix(c.out.String(), "\n\n") {
		c.out.WriteString("\n")
	}
}

func (c *htmlText) flush() {
	t := c.line.String()
	c.line.Reset()
	if c.pre == 0 {
		t = cleanSpace(t)
	} else {
		t = strings.TrimRight(t, " \t")
	}
	if t == "" {
		return
	}
	c.out.WriteString(strings.Repeat("> ", c.quote))
	c.out.WriteString(t)
	c.out.WriteString("\n")
}

func (c *htmlText) text(t string) {
	if c.skip > 0 {
		return
	}
	if c.pre == 0 {
		c.line.WriteString(strings.ReplaceAll(t, "\u00a0", " "))
		return
	}
	for i, p := range strings.Split(t, "\n") {
		if i > 0 {
			c.flush()
		}
		c.line.WriteString(p)
	}
}

func (c *htmlText) start(tag string, opens bool) {
	if skipTags[tag] {
		if opens {
			c.skip++
		}
		return
	}
	switch tag {
	case "blockquote":
		c.flush()
		if opens {
			c.quote++
		}
	case "pre":
		c.flush()
		if opens {
			c.pre++
		}
	case "li":
		c.flush()
		c.line.WriteString("- ")
	case "td", "th":
		c.line.WriteString(" ")
	default:
		if paraTags[tag] {
			c.paragraph()
		} else if blockTags[tag] {
			c.flush()
		}
	}
}

func (c *htmlText) end(tag string) {
	if skipTags[tag] {
		if c.skip > 0 {
			c.skip--
		}
		return
	}
	switch tag {
	case "blockquote":
		c.flush()
		if c.quote > 0 {
			c.quote--
		}
	case "pre":
		c.flush()
		if c.pre > 0 {
			c.pre--
		}
	case "td", "th":
		c.line.WriteString(" ")
	default:
		if paraTags[tag] {
			c.paragraph()
		} else if blockTags[tag] {
			c.flush()
		}
	}
}
