// Package doctext reads untrusted documents (PDF, DOCX, plain text and
// Markdown) into text laid out in reading order: pages of visual lines with
// their position, font size, weight and column.
//
// Extraction of untrusted bytes runs in a child process (the running binary
// re-executed with ChildCommand) under a deadline and a memory cap, so a file
// that makes a parser loop, panic or exhaust memory ends as a clear
// *model.Error in the caller and never takes the application down.
//
// Layout conventions (stable, relied upon by cvparse):
//   - a Line is one visual line; parts of a line separated by a wide gap
//     (right-aligned dates, a date column beside a title) are joined by a
//     single tab character '\t';
//   - columns and sidebars are emitted as whole blocks, left block first;
//     Line.Column is 0 for the main column (the one with most text) and 1..
//     for the others, numbered left to right;
//   - ligatures are expanded, soft hyphens removed, icon-font glyphs dropped
//     (they separate words, never glue to them);
//   - blank lines are not emitted.
package doctext

import (
	"strings"
	"time"
)

// Kinds of document.
const (
	KindPDF  = "pdf"
	KindDOCX = "docx"
	KindText = "text"
)

// Document is a document's text rebuilt in reading order.
type Document struct {
	Kind     string   `json:"kind"` // "pdf", "docx", "text"
	Pages    []Page   `json:"pages"`
	Warnings []string `json:"warnings,omitempty"` // e.g. "page 2 has no text layer (scanned?)"
}

// Page is one page of a document. DOCX and text documents have one page.
type Page struct {
	Number int     `json:"number"`
	Width  float64 `json:"width,omitempty"` // in points; 0 for DOCX/TXT
	Height float64 `json:"height,omitempty"`
	Lines  []Line  `json:"lines"`
}

// Line is one visual line in reading order (columns/sidebars already
// ordered: a whole column/sidebar block before the next).
type Line struct {
	Text     string  `json:"text"`
	X        float64 `json:"x,omitempty"` // top-left of the line in points, Y growing downwards; 0 for DOCX/TXT
	Y        float64 `json:"y,omitempty"`
	Width    float64 `json:"width,omitempty"`
	FontSize float64 `json:"fontSize,omitempty"` // dominant size (0 if unknown)
	Bold     bool    `json:"bold,omitempty"`     // dominant weight (font name Bold/Semibold/Black/Heavy; DOCX <w:b/>)
	Column   int     `json:"column,omitempty"`   // 0 for the main/only column; 1.. for further columns or a sidebar
	Heading  bool    `json:"heading,omitempty"`  // DOCX paragraph style Heading*/Title, or Markdown '#'
}

// Text returns the document's lines joined with '\n'; each page after the
// first starts with a form feed line ("\f\n").
func (d *Document) Text() string {
	var b strings.Builder
	for i, p := range d.Pages {
		if i > 0 {
			b.WriteString("\f\n")
		}
		for _, l := range p.Lines {
			b.WriteString(l.Text)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// Options for Read.
type Options struct {
	Password  string        // for encrypted PDFs; an empty user password opens silently
	MaxBytes  int64         // largest file accepted; default 20 MiB
	Timeout   time.Duration // deadline for the whole extraction; default 10 s
	MaxMemory int64         // the child's memory cap; default 512 MiB
}

// Defaults for Options.
const (
	DefaultMaxBytes  = 20 << 20
	DefaultTimeout   = 10 * time.Second
	DefaultMaxMemory = 512 << 20
)

func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxMemory <= 0 {
		o.MaxMemory = DefaultMaxMemory
	}
	return o
}
