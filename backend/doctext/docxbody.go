package doctext

import (
	"bytes"
	"encoding/xml"
	"math"
	"strconv"
	"strings"
)

// docxPara collects the text of one paragraph, split at line breaks.
type docxPara struct {
	style   docxStyle
	heading bool
	text    strings.Builder
	chars   int
	bold    int
	sizes   map[float64]int
	lines   []Line
}

func (p *docxPara) add(s string, bold bool, size float64) {
	p.text.WriteString(s)
	n := len([]rune(strings.TrimSpace(s)))
	p.chars += n
	if bold {
		p.bold += n
	}
	if size > 0 {
		if p.sizes == nil {
			p.sizes = map[float64]int{}
		}
		p.sizes[size] += n
	}
}

// breakLine ends the current line of the paragraph.
func (p *docxPara) breakLine() {
	text := cleanDOCXText(p.text.String())
	if text != "" {
		size, best := 0.0, 0
		for s, n := range p.sizes {
			if n > best || n == best && s > size {
				size, best = s, n
			}
		}
		if size == 0 {
			size = p.style.size
		}
		p.lines = append(p.lines, Line{Text: text, FontSize: size, Bold: p.bold*2 > p.chars, Heading: p.heading})
	}
	p.text.Reset()
	p.chars, p.bold, p.sizes = 0, 0, nil
}

// cleanDOCXText trims a line, collapses runs of spaces and of tabs.
func cleanDOCXText(s string) string {
	var b strings.Builder
	lastSpace, lastTab := false, false
	for _, r := range strings.TrimSpace(s) {
		switch r {
		case '\t':
			if !lastTab {
				b.WriteByte('\t')
			}
			lastTab, lastSpace = true, false
		case ' ', '\u00a0':
			if !lastSpace && !lastTab {
				b.WriteByte(' ')
			}
			lastSpace = true
		case '\u00ad', '\u200b':
		default:
			b.WriteRune(r)
			lastSpace, lastTab = false, false
		}
	}
	return strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(b.String(), " \t", "\t"), "\t ", "\t"))
}

// docxCell is a table cell's lines; docxRow a table row's cells.
type docxCell struct{ lines []Line }
type docxRow struct{ cells []*docxCell }

// parseDOCXBody reads the paragraphs and tables of a document, header or
// footer part into lines: a paragraph gives one line per line break; a table
// row whose cells hold at most one line each gives one line with the cells
// joined by '\t', other rows give their cells' lines in order.
func parseDOCXBody(b []byte, st docxStyles) ([]Line, error) {
	dec := xml.NewDecoder(bytes.NewReader(b)) //nolint:gosec // G709: encoding/xml fills plain values and runs no code
	p := &docxBody{st: st}
	for {
		tok, err := dec.Token()
		if err != nil {
			if err.Error() == "EOF" {
				break
			}
			if len(p.out) > 0 || len(p.paras) > 0 {
				break // keep what was read of a truncated part
			}
			return nil, corruptDOCX(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := p.start(t); err != nil {
				return nil, err
			}
		case xml.EndElement:
			p.end(t)
		case xml.CharData:
			p.text(t)
		}
	}
	return p.out, nil
}

// docxBody is parseDOCXBody's state while it walks a part's XML.
type docxBody struct {
	st                  docxStyles
	out                 []Line
	paras               []*docxPara
	rows                []*docxRow
	cells               []*docxCell
	fields              []bool // per open field: still in its instruction part
	depth, skipDepth    int
	inPPr, inRPr, inRun bool
	runBold, runHidden  bool
	runSize             float64
}

// emit adds lines to the innermost open table cell, or to the output.
func (p *docxBody) emit(ls ...Line) {
	if n := len(p.cells); n > 0 {
		p.cells[n-1].lines = append(p.cells[n-1].lines, ls...)
		return
	}
	p.out = append(p.out, ls...)
}

// para is the innermost open paragraph, or nil.
func (p *docxBody) para() *docxPara {
	if n := len(p.paras); n > 0 {
		return p.paras[n-1]
	}
	return nil
}

// inInstr reports whether the innermost open field is in its instruction part.
func (p *docxBody) inInstr() bool { return len(p.fields) > 0 && p.fields[len(p.fields)-1] }

func (p *docxBody) start(t xml.StartElement) error {
	p.depth++
	if p.depth > 256 {
		return corruptDOCX(errDOCXDepth)
	}
	if p.skipDepth > 0 {
		return nil
	}
	switch t.Name.Local {
	case "Fallback", "instrText", "delText", "delInstrText", "sym":
		p.skipDepth = p.depth
	case "p":
		p.paras = append(p.paras, &docxPara{})
	case "pPr":
		p.inPPr = true
	case "r":
		p.inRun = true
		p.runHidden, p.runSize = false, 0
		p.runBold = false
		if para := p.para(); para != nil {
			p.runBold = para.style.bold
		}
	case "rPr":
		p.inRPr = true
	case "fldChar":
		p.fieldChar(attr(t, "fldCharType"))
	case "tr":
		p.rows = append(p.rows, &docxRow{})
	case "tc":
		c := &docxCell{}
		if n := len(p.rows); n > 0 {
			p.rows[n-1].cells = append(p.rows[n-1].cells, c)
		}
		p.cells = append(p.cells, c)
	case "pStyle", "outlineLvl":
		p.paraProperty(t)
	default:
		p.runElement(t)
	}
	return nil
}

// paraProperty reads a paragraph's style and outline level.
func (p *docxBody) paraProperty(t xml.StartElement) {
	para := p.para()
	if para == nil {
		return
	}
	switch t.Name.Local {
	case "pStyle":
		para.style = p.st.resolve(attr(t, "val"))
		para.heading = para.heading || para.style.heading
	case "outlineLvl":
		if n, err := strconv.Atoi(attr(t, "val")); err == nil && n < 9 && p.inPPr {
			para.heading = true
		}
	}
}

// runElement reads a run's properties (style, bold, size, hidden) and the
// tabs, breaks and hyphens inside it.
func (p *docxBody) runElement(t xml.StartElement) {
	para := p.para()
	switch t.Name.Local {
	case "rStyle":
		if p.inRPr && p.st.resolve(attr(t, "val")).bold {
			p.runBold = true
		}
	case "b":
		if p.inRPr && p.inRun {
			p.runBold = onOff(t)
		}
	case "sz":
		if p.inRPr && p.inRun {
			if n, err := strconv.ParseFloat(attr(t, "val"), 64); err == nil && n > 0 && n < 4000 {
				p.runSize = n / 2
			}
		}
	case "vanish":
		if p.inRPr && p.inRun {
			p.runHidden = onOff(t)
		}
	case "tab":
		if para != nil && p.inRun && !p.inInstr() {
			para.add("\t", false, 0)
		}
	case "br", "cr":
		if para != nil && p.inRun {
			para.breakLine()
		}
	case "noBreakHyphen":
		if para != nil && p.inRun && !p.inInstr() {
			para.add("-", p.runBold, p.runSize)
		}
	}
}

// fieldChar follows a field's begin, separate and end marks.
func (p *docxBody) fieldChar(kind string) {
	n := len(p.fields)
	switch kind {
	case "begin":
		if n < 64 {
			p.fields = append(p.fields, true)
		}
	case "separate":
		if n > 0 {
			p.fields[n-1] = false
		}
	case "end":
		if n > 0 {
			p.fields = p.fields[:n-1]
		}
	}
}

func (p *docxBody) end(t xml.EndElement) {
	if p.skipDepth > 0 {
		if p.depth == p.skipDepth {
			p.skipDepth = 0
		}
		p.depth--
		return
	}
	p.depth--
	switch t.Name.Local {
	case "p":
		if n := len(p.paras); n > 0 {
			para := p.paras[n-1]
			p.paras = p.paras[:n-1]
			para.breakLine()
			p.emit(para.lines...)
		}
	case "pPr":
		p.inPPr = false
	case "rPr":
		p.inRPr = false
	case "r":
		p.inRun = false
	case "tc":
		if n := len(p.cells); n > 0 {
			p.cells = p.cells[:n-1]
		}
	case "tr":
		if n := len(p.rows); n > 0 {
			r := p.rows[n-1]
			p.rows = p.rows[:n-1]
			p.emit(rowLines(r)...)
		}
	}
}

func (p *docxBody) text(t xml.CharData) {
	if p.skipDepth > 0 || !p.inRun || p.runHidden || p.inInstr() || p.inPPr {
		return
	}
	if para := p.para(); para != nil {
		para.add(string(t), p.runBold, p.runSize)
	}
}

// rowLines turns a table row into lines (see parseDOCXBody).
func rowLines(r *docxRow) []Line {
	var all []Line
	single := true
	for _, c := range r.cells {
		if len(c.lines) > 1 {
			single = false
		}
		all = append(all, c.lines...)
	}
	if !single || len(all) <= 1 {
		return all
	}
	joined := all[0]
	parts := []string{all[0].Text}
	bold := 0
	for _, l := range all {
		if l.Bold {
			bold++
		}
		joined.FontSize = math.Max(joined.FontSize, l.FontSize)
		joined.Heading = joined.Heading || l.Heading
	}
	for _, l := range all[1:] {
		parts = append(parts, l.Text)
	}
	joined.Text = strings.Join(parts, "\t")
	joined.Bold = bold*2 > len(all)
	return []Line{joined}
}
