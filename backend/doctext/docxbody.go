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
	var out []Line
	var paras []*docxPara
	var rows []*docxRow
	var cells []*docxCell
	var fields []bool // per open field: still in its instruction part
	depth, skipDepth := 0, 0
	inPPr, inRPr, inRun := false, false, false
	runBold, runSize, runHidden := false, 0.0, false
	emit := func(ls ...Line) {
		if n := len(cells); n > 0 {
			cells[n-1].lines = append(cells[n-1].lines, ls...)
			return
		}
		out = append(out, ls...)
	}
	para := func() *docxPara {
		if n := len(paras); n > 0 {
			return paras[n-1]
		}
		return nil
	}
	inInstr := func() bool { return len(fields) > 0 && fields[len(fields)-1] }
	for {
		tok, err := dec.Token()
		if err != nil {
			if err.Error() == "EOF" {
				break
			}
			if len(out) > 0 || len(paras) > 0 {
				break // keep what was read of a truncated part
			}
			return nil, corruptDOCX(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > 256 {
				return nil, corruptDOCX(errDOCXDepth)
			}
			if skipDepth > 0 {
				continue
			}
			switch t.Name.Local {
			case "Fallback", "instrText", "delText", "delInstrText", "sym":
				skipDepth = depth
			case "p":
				paras = append(paras, &docxPara{})
			case "pPr":
				inPPr = true
			case "pStyle":
				if p := para(); p != nil {
					p.style = st.resolve(attr(t, "val"))
					p.heading = p.heading || p.style.heading
				}
			case "outlineLvl":
				if p := para(); p != nil && inPPr {
					if n, err := strconv.Atoi(attr(t, "val")); err == nil && n < 9 {
						p.heading = true
					}
				}
			case "r":
				inRun = true
				runHidden, runSize = false, 0
				runBold = false
				if p := para(); p != nil {
					runBold = p.style.bold
				}
			case "rPr":
				inRPr = true
			case "rStyle":
				if inRPr && st.resolve(attr(t, "val")).bold {
					runBold = true
				}
			case "b":
				if inRPr && inRun {
					runBold = onOff(t)
				}
			case "sz":
				if inRPr && inRun {
					if n, err := strconv.ParseFloat(attr(t, "val"), 64); err == nil && n > 0 && n < 4000 {
						runSize = n / 2
					}
				}
			case "vanish":
				if inRPr && inRun {
					runHidden = onOff(t)
				}
			case "fldChar":
				switch attr(t, "fldCharType") {
				case "begin":
					if len(fields) < 64 {
						fields = append(fields, true)
					}
				case "separate":
					if n := len(fields); n > 0 {
						fields[n-1] = false
					}
				case "end":
					if n := len(fields); n > 0 {
						fields = fields[:n-1]
					}
				}
			case "tab":
				if p := para(); p != nil && inRun && !inInstr() {
					p.add("\t", false, 0)
				}
			case "br", "cr":
				if p := para(); p != nil && inRun {
					p.breakLine()
				}
			case "noBreakHyphen":
				if p := para(); p != nil && inRun && !inInstr() {
					p.add("-", runBold, runSize)
				}
			case "tbl":
			case "tr":
				rows = append(rows, &docxRow{})
			case "tc":
				c := &docxCell{}
				if n := len(rows); n > 0 {
					rows[n-1].cells = append(rows[n-1].cells, c)
				}
				cells = append(cells, c)
			}
		case xml.EndElement:
			if skipDepth > 0 {
				if depth == skipDepth {
					skipDepth = 0
				}
				depth--
				continue
			}
			depth--
			switch t.Name.Local {
			case "p":
				if n := len(paras); n > 0 {
					p := paras[n-1]
					paras = paras[:n-1]
					p.breakLine()
					emit(p.lines...)
				}
			case "pPr":
				inPPr = false
			case "rPr":
				inRPr = false
			case "r":
				inRun = false
			case "tc":
				if n := len(cells); n > 0 {
					cells = cells[:n-1]
				}
			case "tr":
				if n := len(rows); n > 0 {
					r := rows[n-1]
					rows = rows[:n-1]
					emit(rowLines(r)...)
				}
			}
		case xml.CharData:
			if skipDepth > 0 || !inRun || runHidden || inInstr() || inPPr {
				continue
			}
			if p := para(); p != nil {
				p.add(string(t), runBold, runSize)
			}
		}
	}
	return out, nil
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
