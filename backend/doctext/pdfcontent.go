package doctext

import (
	"math"
	"strings"

	"github.com/ledongthuc/pdf"
)

// glyph is one shown character (or ligature) in page space: X, Y is the
// origin on the baseline with Y growing upwards, W the advance width.
type glyph struct {
	X, Y, W, Size float64
	S             string
	Bold          bool
	Icon          bool // from an icon font: a word separator, never text
}

// Limits on one page's content, against hostile or degenerate files.
const (
	maxGlyphsPerPage = 200_000
	maxOpsPerPage    = 2_000_000
	maxFormDepth     = 8
)

type matrix [3][3]float64

var identity = matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}

func (x matrix) mul(y matrix) matrix {
	var z matrix
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				z[i][j] += x[i][k] * y[k][j]
			}
		}
	}
	return z
}

// fontInfo is what the interpreter needs of a font, parsed once.
type fontInfo struct {
	enc     pdf.TextEncoding
	uni     toUnicode // the font's ToUnicode map, preferred over enc
	twoByte bool
	widths  map[int]float64
	dw      float64 // default width in glyph units
	scale   float64 // glyph units to text space (0.001, or FontMatrix for Type3)
	bold    bool
	icon    bool
}

func (f *fontInfo) width(code int) float64 {
	if w, ok := f.widths[code]; ok {
		return w * f.scale
	}
	return f.dw * f.scale
}

// fontCache shares parsed fonts between the pages of a document.
type fontCache map[string]*fontInfo

func (fc fontCache) get(v pdf.Value) *fontInfo {
	// The dictionary's text names its streams by reference ("12 0 R"), so it
	// identifies the font object (subset names repeat between objects).
	key := v.String()
	if f, ok := fc[key]; ok {
		return f
	}
	f := parseFont(v)
	fc[key] = f
	return f
}

func parseFont(v pdf.Value) *fontInfo {
	base := v.Key("BaseFont").Name()
	if i := strings.IndexByte(base, '+'); i >= 0 {
		base = base[i+1:]
	}
	fi := &fontInfo{scale: 0.001, widths: map[int]float64{}, bold: isBoldFont(base), icon: isIconFont(base)}
	font := pdf.Font{V: v}
	fi.enc = font.Encoder()
	fi.uni = readToUnicode(v)
	switch v.Key("Subtype").Name() {
	case "Type0":
		fi.twoByte = true
		d := v.Key("DescendantFonts").Index(0)
		if name := d.Key("BaseFont").Name(); name != "" && !fi.bold {
			fi.bold = isBoldFont(name)
		}
		fi.dw = 1000
		if dw := d.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
			fi.dw = dw.Float64()
		}
		parseCIDWidths(d.Key("W"), fi.widths)
		if desc := d.Key("FontDescriptor"); !fi.bold && desc.Key("FontWeight").Float64() >= 600 {
			fi.bold = true
		}
	default:
		if v.Key("Subtype").Name() == "Type3" {
			if m := v.Key("FontMatrix"); m.Len() >= 1 && m.Index(0).Float64() > 0 {
				fi.scale = m.Index(0).Float64()
			}
		}
		first := int(v.Key("FirstChar").Int64())
		ws := v.Key("Widths")
		n := ws.Len()
		if n > 256 {
			n = 256
		}
		for i := 0; i < n; i++ {
			fi.widths[first+i] = ws.Index(i).Float64()
		}
		desc := v.Key("FontDescriptor")
		fi.dw = desc.Key("MissingWidth").Float64()
		if n == 0 {
			fi.dw = 500 // a standard 14 font without Widths: an average advance
		}
		if desc.Key("FontWeight").Float64() >= 600 {
			fi.bold = true
		}
	}
	return fi
}

// parseCIDWidths reads a CIDFont W array: c [w1 w2 ...] or c1 c2 w.
func parseCIDWidths(w pdf.Value, out map[int]float64) {
	const maxEntries = 1 << 16
	n := w.Len()
	for i := 0; i < n && len(out) < maxEntries; {
		c := int(w.Index(i).Int64())
		if i+1 >= n {
			return
		}
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			for j := 0; j < next.Len() && len(out) < maxEntries; j++ {
				out[c+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= n {
			return
		}
		c2 := int(next.Int64())
		wv := w.Index(i + 2).Float64()
		for c0 := c; c0 <= c2 && c0-c < maxEntries && len(out) < maxEntries; c0++ {
			out[c0] = wv
		}
		i += 3
	}
}

func isBoldFont(name string) bool {
	n := strings.ToLower(name)
	for _, w := range []string{"bold", "semibold", "demi", "black", "heavy", "-bd", "bx1", "bx10", "bx12"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	// TeX Computer Modern / Latin Modern bold extended: cmbx, lmbx, "LMRoman10-Bold" is covered above.
	return strings.HasPrefix(n, "cmbx") || strings.HasPrefix(n, "sfbx")
}

func isIconFont(name string) bool {
	n := strings.ToLower(name)
	for _, w := range []string{"awesome", "academicons", "dingbat", "wasy", "marvosym", "icons", "glyphicons", "octicons", "symbola", "material"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

type gstate struct {
	ctm                  matrix
	tc, tw, th, tl, rise float64
	tfs                  float64
	font                 *fontInfo
	mode                 int
}

// pageInterp walks a page's content stream, following form XObjects.
type pageInterp struct {
	fonts  fontCache
	glyphs []glyph
	ops    int
	images int // image XObjects and inline images seen
	full   bool
	// marked is the stack of open marked-content sequences (BMC/BDC ...
	// EMC); a span with /ActualText replaces the text of the glyphs it shows.
	marked   []markedSpan
	overflow int // sequences opened past maxMarkedDepth, not tracked
}

func (pi *pageInterp) run(content, resources pdf.Value, ctm matrix, depth int) {
	if depth > maxFormDepth || pi.full {
		return
	}
	c := &contentRun{pi: pi, resources: resources, depth: depth, g: gstate{ctm: ctm, th: 1},
		tm: identity, tlm: identity, fontByName: map[string]*fontInfo{}}
	pdf.Interpret(content, c.op)
}

// contentRun is the graphics and text state while one content stream runs.
type contentRun struct {
	pi         *pageInterp
	resources  pdf.Value
	depth      int
	g          gstate
	stack      []gstate
	tm, tlm    matrix
	fontByName map[string]*fontInfo
	args       []pdf.Value
}

// op runs one operator with its operands (taken off stk in order).
func (c *contentRun) op(stk *pdf.Stack, op string) {
	pi := c.pi
	pi.ops++
	if pi.ops > maxOpsPerPage || pi.full {
		for stk.Len() > 0 {
			stk.Pop()
		}
		return
	}
	c.args = c.args[:0]
	for stk.Len() > 0 {
		c.args = append(c.args, stk.Pop())
	}
	for i, j := 0, len(c.args)-1; i < j; i, j = i+1, j-1 {
		c.args[i], c.args[j] = c.args[j], c.args[i]
	}
	switch op {
	case "q":
		if len(c.stack) < 256 {
			c.stack = append(c.stack, c.g)
		}
	case "Q":
		if n := len(c.stack); n > 0 {
			c.g = c.stack[n-1]
			c.stack = c.stack[:n-1]
		}
	case "cm":
		if len(c.args) == 6 {
			c.g.ctm = c.mat().mul(c.g.ctm)
		}
	case "BMC":
		pi.beginMarked(pdf.Value{}, c.resources)
	case "BDC":
		if len(c.args) == 2 {
			pi.beginMarked(c.args[1], c.resources)
		} else {
			pi.beginMarked(pdf.Value{}, c.resources)
		}
	case "EMC":
		pi.endMarked()
	case "BI", "ID", "EI":
		pi.images++
	case "Do":
		c.xobject()
	default:
		c.textOp(op)
	}
}

// num is operand i as a number (0 when missing).
func (c *contentRun) num(i int) float64 {
	if i < len(c.args) {
		return c.args[i].Float64()
	}
	return 0
}

// mat is the six operands as a matrix.
func (c *contentRun) mat() matrix {
	return matrix{{c.num(0), c.num(1), 0}, {c.num(2), c.num(3), 0}, {c.num(4), c.num(5), 1}}
}

func (c *contentRun) show(s string) {
	if c.g.font == nil {
		c.g.font = &fontInfo{enc: nil, scale: 0.001, dw: 500}
	}
	c.pi.show(&c.g, &c.tm, s)
}

// nextLine moves to the start of the next text line (T*).
func (c *contentRun) nextLine() {
	c.tlm = matrix{{1, 0, 0}, {0, 1, 0}, {0, -c.g.tl, 1}}.mul(c.tlm)
	c.tm = c.tlm
}

// textOp runs the text state, positioning and showing operators.
func (c *contentRun) textOp(op string) {
	g := &c.g
	switch op {
	case "BT":
		c.tm, c.tlm = identity, identity
	case "Tc":
		g.tc = c.num(0)
	case "Tw":
		g.tw = c.num(0)
	case "Tz":
		g.th = c.num(0) / 100
	case "TL":
		g.tl = c.num(0)
	case "Ts":
		g.rise = c.num(0)
	case "Tr":
		g.mode = int(c.num(0))
	case "Tf":
		if len(c.args) == 2 {
			c.setFont(c.args[0].Name())
		}
	case "TD":
		g.tl = -c.num(1)
		fallthrough
	case "Td":
		c.tlm = matrix{{1, 0, 0}, {0, 1, 0}, {c.num(0), c.num(1), 1}}.mul(c.tlm)
		c.tm = c.tlm
	case "Tm":
		if len(c.args) == 6 {
			c.tm = c.mat()
			c.tlm = c.tm
		}
	case "T*":
		c.nextLine()
	case "'", "\"":
		if op == "\"" && len(c.args) == 3 {
			g.tw, g.tc = c.num(0), c.num(1)
			c.args = c.args[2:]
		}
		c.nextLine()
		fallthrough
	case "Tj":
		if len(c.args) >= 1 && c.args[len(c.args)-1].Kind() == pdf.String {
			c.show(c.args[len(c.args)-1].RawString())
		}
	case "TJ":
		c.showArray()
	}
}

// setFont selects the named font of the resources (Tf).
func (c *contentRun) setFont(name string) {
	f, ok := c.fontByName[name]
	if !ok {
		fv := c.resources.Key("Font").Key(name)
		if fv.Kind() == pdf.Dict {
			f = c.pi.fonts.get(fv)
		}
		c.fontByName[name] = f
	}
	c.g.font = f
	c.g.tfs = c.num(1)
}

// showArray shows a TJ array: strings, and numbers that move the pen back.
func (c *contentRun) showArray() {
	if len(c.args) < 1 {
		return
	}
	v := c.args[0]
	for i := 0; i < v.Len(); i++ {
		x := v.Index(i)
		if x.Kind() == pdf.String {
			c.show(x.RawString())
		} else {
			tx := -x.Float64() / 1000 * c.g.tfs * c.g.th
			c.tm = matrix{{1, 0, 0}, {0, 1, 0}, {tx, 0, 1}}.mul(c.tm)
		}
	}
}

// xobject runs a Do: an image is counted, a form's content is run inside.
func (c *contentRun) xobject() {
	if len(c.args) < 1 {
		return
	}
	xo := c.resources.Key("XObject").Key(c.args[0].Name())
	switch xo.Key("Subtype").Name() {
	case "Image":
		c.pi.images++
	case "Form":
		m := identity
		if fm := xo.Key("Matrix"); fm.Len() == 6 {
			m = matrix{{fm.Index(0).Float64(), fm.Index(1).Float64(), 0}, {fm.Index(2).Float64(), fm.Index(3).Float64(), 0},
				{fm.Index(4).Float64(), fm.Index(5).Float64(), 1}}
		}
		res := xo.Key("Resources")
		if res.IsNull() {
			res = c.resources
		}
		c.pi.run(xo, res, m.mul(c.g.ctm), c.depth+1)
	}
}

// show places the glyphs of one string operand and advances the text matrix.
func (pi *pageInterp) show(g *gstate, tm *matrix, s string) {
	f := g.font
	step := 1
	if f.twoByte {
		step = 2
	}
	for i := 0; i+step <= len(s); i += step {
		raw := s[i : i+step]
		code := int(raw[0])
		if step == 2 {
			code = code<<8 | int(raw[1])
		}
		w0 := f.width(code)
		trm := matrix{{g.tfs * g.th, 0, 0}, {0, g.tfs, 0}, {0, g.rise, 1}}.mul(*tm).mul(g.ctm)
		text, ok := f.uni[raw]
		if ok && onlyControl(text) {
			ok = false // a bogus mapping (pdf-lib maps ligatures to U+0000)
		}
		if !ok {
			if f.enc != nil {
				text = f.enc.Decode(raw)
			} else {
				text = raw
			}
		}
		size := math.Hypot(trm[1][0], trm[1][1])
		upright := math.Abs(trm[0][1]) < 0.1*math.Abs(trm[0][0]) && trm[0][0] > 0
		if text == "" && pi.inActual() != nil {
			text = "\x00" // a glyph the span's actual text will stand for
		}
		if upright && text != "" && len(pi.glyphs) < maxGlyphsPerPage {
			pi.glyphs = append(pi.glyphs, glyph{
				X: trm[2][0], Y: trm[2][1], W: w0 * trm[0][0], Size: size,
				S: text, Bold: f.bold || g.mode == 2, Icon: f.icon,
			})
		} else if len(pi.glyphs) >= maxGlyphsPerPage {
			pi.full = true
		}
		tx := w0*g.tfs + g.tc
		if step == 1 && raw == " " {
			tx += g.tw
		}
		tx *= g.th
		*tm = matrix{{1, 0, 0}, {0, 1, 0}, {tx, 0, 1}}.mul(*tm)
	}
}

// onlyControl reports text made only of control characters.
func onlyControl(s string) bool {
	for _, r := range s {
		if r >= 0x20 {
			return false
		}
	}
	return true
}
