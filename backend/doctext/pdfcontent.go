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
	g := gstate{ctm: ctm, th: 1}
	var stack []gstate
	tm, tlm := identity, identity
	fontByName := map[string]*fontInfo{}
	var args []pdf.Value
	pdf.Interpret(content, func(stk *pdf.Stack, op string) {
		pi.ops++
		if pi.ops > maxOpsPerPage || pi.full {
			for stk.Len() > 0 {
				stk.Pop()
			}
			return
		}
		args = args[:0]
		for stk.Len() > 0 {
			args = append(args, stk.Pop())
		}
		for i, j := 0, len(args)-1; i < j; i, j = i+1, j-1 {
			args[i], args[j] = args[j], args[i]
		}
		num := func(i int) float64 {
			if i < len(args) {
				return args[i].Float64()
			}
			return 0
		}
		mat := func() matrix {
			return matrix{{num(0), num(1), 0}, {num(2), num(3), 0}, {num(4), num(5), 1}}
		}
		show := func(s string) {
			if g.font == nil {
				g.font = &fontInfo{enc: nil, scale: 0.001, dw: 500}
			}
			pi.show(&g, &tm, s)
		}
		switch op {
		case "q":
			if len(stack) < 256 {
				stack = append(stack, g)
			}
		case "Q":
			if n := len(stack); n > 0 {
				g = stack[n-1]
				stack = stack[:n-1]
			}
		case "cm":
			if len(args) == 6 {
				g.ctm = mat().mul(g.ctm)
			}
		case "BT":
			tm, tlm = identity, identity
		case "Tc":
			g.tc = num(0)
		case "Tw":
			g.tw = num(0)
		case "Tz":
			g.th = num(0) / 100
		case "TL":
			g.tl = num(0)
		case "Ts":
			g.rise = num(0)
		case "Tr":
			g.mode = int(num(0))
		case "Tf":
			if len(args) == 2 {
				name := args[0].Name()
				f, ok := fontByName[name]
				if !ok {
					fv := resources.Key("Font").Key(name)
					if fv.Kind() == pdf.Dict {
						f = pi.fonts.get(fv)
					}
					fontByName[name] = f
				}
				g.font = f
				g.tfs = num(1)
			}
		case "TD":
			g.tl = -num(1)
			fallthrough
		case "Td":
			tlm = matrix{{1, 0, 0}, {0, 1, 0}, {num(0), num(1), 1}}.mul(tlm)
			tm = tlm
		case "Tm":
			if len(args) == 6 {
				tm = mat()
				tlm = tm
			}
		case "T*":
			tlm = matrix{{1, 0, 0}, {0, 1, 0}, {0, -g.tl, 1}}.mul(tlm)
			tm = tlm
		case "'", "\"":
			if op == "\"" && len(args) == 3 {
				g.tw, g.tc = num(0), num(1)
				args = args[2:]
			}
			tlm = matrix{{1, 0, 0}, {0, 1, 0}, {0, -g.tl, 1}}.mul(tlm)
			tm = tlm
			fallthrough
		case "Tj":
			if len(args) >= 1 && args[len(args)-1].Kind() == pdf.String {
				show(args[len(args)-1].RawString())
			}
		case "TJ":
			if len(args) < 1 {
				return
			}
			v := args[0]
			for i := 0; i < v.Len(); i++ {
				x := v.Index(i)
				if x.Kind() == pdf.String {
					show(x.RawString())
				} else {
					tx := -x.Float64() / 1000 * g.tfs * g.th
					tm = matrix{{1, 0, 0}, {0, 1, 0}, {tx, 0, 1}}.mul(tm)
				}
			}
		case "BMC":
			pi.beginMarked(pdf.Value{}, resources)
		case "BDC":
			if len(args) == 2 {
				pi.beginMarked(args[1], resources)
			} else {
				pi.beginMarked(pdf.Value{}, resources)
			}
		case "EMC":
			pi.endMarked()
		case "BI", "ID", "EI":
			pi.images++
		case "Do":
			if len(args) < 1 {
				return
			}
			xo := resources.Key("XObject").Key(args[0].Name())
			switch xo.Key("Subtype").Name() {
			case "Image":
				pi.images++
			case "Form":
				m := identity
				if fm := xo.Key("Matrix"); fm.Len() == 6 {
					m = matrix{{fm.Index(0).Float64(), fm.Index(1).Float64(), 0}, {fm.Index(2).Float64(), fm.Index(3).Float64(), 0}, {fm.Index(4).Float64(),
						fm.Index(5).Float64(), 1}}
				}
				res := xo.Key("Resources")
				if res.IsNull() {
					res = resources
				}
				pi.run(xo, res, m.mul(g.ctm), depth+1)
			}
		}
	})
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
