// Package cvparse turns the laid-out text of a CV into a JSON Resume profile
// (model.Profile), saying where each value came from and how sure it is.
// It needs no AI model: headings are recognised by wording (English, Spanish,
// German, French, Portuguese) and typography, entries are split by layout, and
// dates, phones, emails and links are read by small hand-written scanners.
//
// Parse is pure: it does no I/O, never panics and runs in time bounded by the
// size limits below whatever the input.
package cvparse

import (
	"fmt"

	"github.com/huntbook/huntbook/backend/model"
)

// Limits on untrusted input: lines beyond MaxLines and runes beyond
// MaxLineRunes in one line are dropped with a warning.
const (
	MaxLines     = 4000
	MaxLineRunes = 1000
)

// Line is one line of laid-out text, as a document reader produces it.
// Y grows downwards; lines come in reading order. A right-aligned part (a
// date, a place) may sit on the same line after a tab or a run of spaces.
type Line struct {
	Text     string  `json:"text"`
	Page     int     `json:"page"`
	X        float64 `json:"x"`
	Y        float64 `json:"y"`
	Width    float64 `json:"width"`
	FontSize float64 `json:"fontSize"`
	Bold     bool    `json:"bold"`
	Column   int     `json:"column"`
	Heading  bool    `json:"heading"`
}

// Result is a parsed CV.
type Result struct {
	Profile  model.Profile `json:"profile"`
	Fields   []Field       `json:"fields"`   // provenance of every filled field
	Warnings []string      `json:"warnings"` // e.g. "no work history found"
}

// Field says where a profile value came from and how sure the parser is.
type Field struct {
	Path       string  `json:"path"` // e.g. "basics.email", "work[0].startDate"
	Page       int     `json:"page"`
	X          float64 `json:"x"`
	Y          float64 `json:"y"`
	Confidence float64 `json:"confidence"` // 0..1
}

// NotACV is the warning given when the text does not look like a CV.
const NotACV = "this does not look like a CV"

// Parse reads a CV from its lines. It never panics: a bug in a heuristic
// yields a result with a warning instead of a crash.
func Parse(lines []Line) (res Result) {
	defer func() {
		if r := recover(); r != nil {
			res = Result{Warnings: []string{fmt.Sprintf("internal error while parsing: %v", r)}}
		}
		if res.Fields == nil {
			res.Fields = []Field{}
		}
		if res.Warnings == nil {
			res.Warnings = []string{}
		}
	}()
	p := newParser(lines)
	p.run()
	return p.res
}

// parser holds the state of one Parse call.
type parser struct {
	lines    []pline
	footers  []pline // running headers and footers, kept for contact details
	sections []section
	res      Result
}

func (p *parser) warn(format string, args ...any) {
	p.res.Warnings = append(p.res.Warnings, fmt.Sprintf(format, args...))
}

// field records the provenance of a filled value.
func (p *parser) field(path string, l *pline, conf float64) {
	if l == nil {
		p.res.Fields = append(p.res.Fields, Field{Path: path, Confidence: conf})
		return
	}
	p.res.Fields = append(p.res.Fields, Field{Path: path, Page: l.Page, X: l.X, Y: l.Y, Confidence: conf})
}
