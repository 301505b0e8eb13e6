package doctext

import (
	"unicode/utf16"

	"github.com/ledongthuc/pdf"
)

// maxCMapEntries bounds a ToUnicode map (ranges can claim millions of codes).
const maxCMapEntries = 1 << 17

// toUnicode is a font's ToUnicode CMap: code bytes to text. ledongthuc's
// reader ignores it when the font also has an Encoding dictionary (as
// Chromium's Type3 fonts do) and scans it linearly; this one is a map.
type toUnicode map[string]string

// readToUnicode parses the ToUnicode stream of font; nil when it has no
// mappings.
func readToUnicode(font pdf.Value) (m toUnicode) {
	v := font.Key("ToUnicode")
	if v.Kind() != pdf.Stream {
		return nil
	}
	defer func() {
		if recover() != nil && len(m) == 0 {
			m = nil
		}
	}()
	m = toUnicode{}
	pdf.Interpret(v, func(stk *pdf.Stack, op string) {
		var args []pdf.Value
		switch op {
		case "endbfchar", "endbfrange":
			for stk.Len() > 0 {
				args = append(args, stk.Pop())
			}
			for i, j := 0, len(args)-1; i < j; i, j = i+1, j-1 {
				args[i], args[j] = args[j], args[i]
			}
		case "findresource":
			// "/CIDInit /ProcSet findresource begin" needs a dictionary on
			// the stack; the font's own stands in (defs go to the dict the
			// CMap then opens with "n dict begin").
			for stk.Len() > 0 {
				stk.Pop()
			}
			stk.Push(font)
			return
		default:
			for stk.Len() > 0 {
				stk.Pop()
			}
			return
		}
		if op == "endbfchar" {
			for i := 0; i+1 < len(args) && len(m) < maxCMapEntries; i += 2 {
				if args[i].Kind() == pdf.String {
					m[args[i].RawString()] = utf16Text(args[i+1])
				}
			}
			return
		}
		for i := 0; i+2 < len(args) && len(m) < maxCMapEntries; i += 3 {
			lo, hi, dst := args[i].RawString(), args[i+1].RawString(), args[i+2]
			if len(lo) == 0 || len(lo) != len(hi) || len(lo) > 4 {
				continue
			}
			a, b := codeInt(lo), codeInt(hi)
			for c, k := a, 0; c <= b && len(m) < maxCMapEntries && k < maxCMapEntries; c, k = c+1, k+1 {
				code := intCode(c, len(lo))
				switch dst.Kind() {
				case pdf.String:
					s := []byte(dst.RawString())
					if len(s) == 0 {
						continue
					}
					// increment the last UTF-16 unit by the offset in the range
					if len(s) >= 2 {
						u := int(s[len(s)-2])<<8 | int(s[len(s)-1])
						u += c - a
						s[len(s)-2], s[len(s)-1] = byte(u>>8), byte(u) //nolint:gosec // G115: the two bytes of a UTF-16BE unit
					} else {
						s[0] += byte(c - a) //nolint:gosec // G115: a one-byte code wraps as in the PDF's CMap arithmetic
					}
					m[code] = decodeUTF16BE(s)
				case pdf.Array:
					if k < dst.Len() {
						m[code] = utf16Text(dst.Index(k))
					}
				}
			}
		}
	})
	if len(m) == 0 {
		return nil
	}
	return m
}

func codeInt(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n<<8 | int(s[i])
	}
	return n
}

func intCode(c, n int) string {
	b := make([]byte, n)
	for i := n - 1; i >= 0; i-- {
		b[i] = byte(c) //nolint:gosec // G115: the low byte, on purpose
		c >>= 8
	}
	return string(b)
}

func utf16Text(v pdf.Value) string {
	if v.Kind() != pdf.String {
		return ""
	}
	return decodeUTF16BE([]byte(v.RawString()))
}

func decodeUTF16BE(b []byte) string {
	if len(b)%2 == 1 {
		return string([]rune{rune(b[len(b)-1])})
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
	}
	return string(utf16.Decode(u))
}
