package mailread

import (
	"regexp"
	"regexp/syntax"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// fastRe is a regular expression split into its alternatives, each with
// the literal keys one of which its matches contain. An alternative runs
// only when one of its keys is in the lower-cased text, and most start
// with a literal, which Go's regexp finds with a plain string search: the
// many phrase rules then cost little on long messages. The pieces are
// built on first use, not at package init: splitting and compiling every
// rule takes about half a second, which every start of huntbook and
// huntbook-desktop would otherwise pay before main (TestEveryRuleCompiles
// builds them all).
type fastRe struct {
	lazy *lazyRe
	// onLow: the expression is written in lower case and runs on the
	// lower-cased text; what it finds is read from the original.
	onLow bool
}

// lazyRe is a fastRe's pattern and, once built, its pieces.
type lazyRe struct {
	pattern string
	once    sync.Once
	pieces  []piece
}

// built returns f's pieces, splitting and compiling the pattern the first time.
func (f fastRe) built() []piece {
	f.lazy.once.Do(func() { f.lazy.pieces = buildPieces(f.lazy.pattern) })
	return f.lazy.pieces
}

// newLowRe is newFastRe for an expression that runs on the lower-cased
// text (it has no (?i) and so keeps Go's fast literal-prefix search).
func newLowRe(pattern string) fastRe {
	f := newFastRe(pattern)
	f.onLow = true
	return f
}

type piece struct {
	re     *regexp.Regexp
	keys   []string // lower-cased; nil when it must always run
	prefix bool     // the piece starts with a literal: search the whole text
}

// doc is a text prepared for the rules: its lower-cased copy and a
// 65,536-bit set of its hashed trigrams, which rules out most keys without
// a search.
type doc struct {
	s, low string
	tri    [1 << 10]uint64
}

// newDoc prepares s.
func newDoc(s string) *doc {
	d := &doc{s: s, low: strings.ToLower(s)}
	if len(d.low) != len(s) {
		d.s = d.low // offsets must agree; the lower-cased text is used
	}
	for i := 0; i+3 <= len(d.low); i++ {
		h := trigram(d.low[i : i+3])
		d.tri[h>>6] |= 1 << (h & 63)
	}
	return d
}

func trigram(t string) uint32 {
	return (uint32(t[0])*961 + uint32(t[1])*31 + uint32(t[2])) & 0xFFFF
}

// has tells whether the lower-cased text holds key.
func (d *doc) has(key string) bool {
	for i := 0; i+3 <= len(key); i++ {
		h := trigram(key[i : i+3])
		if d.tri[h>>6]&(1<<(h&63)) == 0 {
			return false
		}
	}
	return strings.Contains(d.low, key)
}

// maxPieces bounds how far one expression is split.
const maxPieces = 48

func newFastRe(pattern string) fastRe { return fastRe{lazy: &lazyRe{pattern: pattern}} }

// buildPieces splits pattern into its alternatives with their keys.
func buildPieces(pattern string) []piece {
	regexp.MustCompile(pattern) // a bad pattern fails here, whole, not as a piece
	var pieces []piece
	todo := []string{pattern}
	var done []string
	for len(todo) > 0 {
		p := todo[0]
		todo = todo[1:]
		if pre, _ := regexp.MustCompile(p).LiteralPrefix(); len(pre) >= 3 || len(done)+len(todo) >= maxPieces {
			done = append(done, p)
			continue
		}
		parts := splitAlternatives(p)
		if len(parts) == 1 {
			done = append(done, p)
			continue
		}
		todo = append(todo, parts...)
	}
	for _, p := range done {
		pc := piece{re: regexp.MustCompile(p)}
		pre, _ := pc.re.LiteralPrefix()
		pc.prefix = len(pre) >= 3
		if sp, err := syntax.Parse(p, syntax.Perl); err == nil {
			if ks := literalKeys(sp.Simplify()); minLen(ks) >= 3 {
				for _, k := range ks {
					pc.keys = append(pc.keys, strings.ToLower(k))
				}
			}
		}
		pieces = append(pieces, pc)
	}
	return pieces
}

// splitAlternatives splits a pattern at its top-level "|", or else at the
// "|" of its first group that has some, keeping the text around the group
// ("x(?:a|b)y" -> "x(?:a)y", "x(?:b)y"). Group numbers are unchanged.
func splitAlternatives(p string) []string {
	if parts := splitBars(p, 0, len(p)); len(parts) > 1 {
		return parts
	}
	// find the first group with a "|" directly inside
	depth, inClass := 0, false
	var opens []int
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '\\':
			i++
		case inClass:
			if c == ']' {
				inClass = false
			}
		case c == '[':
			inClass = true
		case c == '(':
			opens = append(opens, i)
			depth++
		case c == ')':
			if len(opens) > 0 {
				open := opens[len(opens)-1]
				opens = opens[:len(opens)-1]
				depth--
				body := open + 1
				if strings.HasPrefix(p[body:], "?") { // (?:  (?i:  (?P<x>
					if j := strings.IndexAny(p[body:i], ":>"); j >= 0 {
						body += j + 1
					}
				}
				if parts := splitBars(p, body, i); len(parts) > 1 && depth == 0 && leading(p[:open]) {
					out := make([]string, 0, len(parts))
					for _, part := range parts {
						out = append(out, p[:body]+part+p[i:])
					}
					return out
				}
			}
		}
	}
	return []string{p}
}

// leading tells a pattern start that matches no text ("", "\\b", "^"):
// only a group there is worth splitting, to give its pieces a literal
// start.
func leading(pre string) bool {
	pre = strings.TrimPrefix(pre, "(?i)")
	return pre == "" || pre == `\b` || pre == "^"
}

// splitBars splits p[from:to] at the "|" at its own depth.
func splitBars(p string, from, to int) []string {
	var parts []string
	depth, inClass, start := 0, false, from
	for i := from; i < to; i++ {
		c := p[i]
		switch {
		case c == '\\':
			i++
		case inClass:
			if c == ']' {
				inClass = false
			}
		case c == '[':
			inClass = true
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == '|' && depth == 0:
			parts = append(parts, p[start:i])
			start = i + 1
		}
	}
	return append(parts, p[start:to])
}

func minLen(ks []string) int {
	if len(ks) == 0 {
		return 0
	}
	n := len(ks[0])
	for _, k := range ks {
		n = min(n, len(k))
	}
	return n
}

// literalKeys returns literals one of which every match of re contains,
// or nil when there are none.
func literalKeys(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{string(re.Rune)}
	case syntax.OpCapture, syntax.OpPlus:
		return literalKeys(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return literalKeys(re.Sub[0])
		}
	case syntax.OpConcat:
		var best []string
		for _, s := range re.Sub {
			if ks := literalKeys(s); ks != nil && minLen(ks) > minLen(best) {
				best = ks
			}
		}
		return best
	case syntax.OpAlternate:
		var all []string
		for _, s := range re.Sub {
			ks := literalKeys(s)
			if ks == nil {
				return nil
			}
			all = append(all, ks...)
		}
		return all
	}
	return nil
}

func (pc piece) mayMatch(d *doc) bool {
	if pc.keys == nil {
		return true
	}
	for _, k := range pc.keys {
		if d.has(k) {
			return true
		}
	}
	return false
}

// findIndex returns the first match in d.
func (f fastRe) findIndex(d *doc) []int {
	m := f.findSubmatchIndex(d)
	if m == nil {
		return nil
	}
	return m[:2]
}

// window is how far before and after a key occurrence a match may reach.
const (
	windowBefore = 80
	windowAfter  = 200
)

// find returns up to n matches of the piece in s, d's text or its
// lower-cased copy (submatch indexes).
func (pc piece) find(d *doc, s string, n int) [][]int {
	if !pc.mayMatch(d) {
		return nil
	}
	low := d.low
	if pc.prefix || pc.keys == nil {
		return pc.re.FindAllStringSubmatchIndex(s, n)
	}
	var out [][]int
	seen := map[int]bool{}
	for _, k := range pc.keys {
		for from := 0; from < len(low) && len(out) < n; {
			i := strings.Index(low[from:], k)
			if i < 0 {
				break
			}
			p := from + i
			from = p + len(k)
			a, b := max(0, p-windowBefore), min(len(s), p+len(k)+windowAfter)
			for a > 0 && !utf8.RuneStart(s[a]) {
				a++
			}
			for b < len(s) && !utf8.RuneStart(s[b]) {
				b++
			}
			for _, m := range pc.re.FindAllStringSubmatchIndex(s[a:b], n) {
				if m[0] > p-a+len(k) || m[1] < p-a {
					continue // a match elsewhere in the window: its own key finds it
				}
				for j := range m {
					if m[j] >= 0 {
						m[j] += a
					}
				}
				if !seen[m[0]] {
					seen[m[0]] = true
					out = append(out, m)
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// findSubmatchIndex returns the leftmost match of any alternative.
func (f fastRe) findSubmatchIndex(d *doc) []int {
	s := d.s
	if f.onLow {
		s = d.low
	}
	var best []int
	for _, pc := range f.built() {
		if ms := pc.find(d, s, 1); len(ms) > 0 && (best == nil || ms[0][0] < best[0]) {
			best = ms[0]
		}
	}
	return best
}

// findSubmatch returns the first match's groups as strings (read from
// the original text).
func (f fastRe) findSubmatch(d *doc) []string {
	m := f.findSubmatchIndex(d)
	if m == nil {
		return nil
	}
	s := d.s
	out := make([]string, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

// findAllIndex returns up to n matches of the alternatives, in order.
func (f fastRe) findAllIndex(d *doc, n int) [][]int {
	s := d.s
	if f.onLow {
		s = d.low
	}
	var out [][]int
	for _, pc := range f.built() {
		for _, m := range pc.find(d, s, n) {
			out = append(out, m[:2])
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	if len(out) > n {
		out = out[:n]
	}
	return out
}
