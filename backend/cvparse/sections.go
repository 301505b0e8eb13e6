package cvparse

import (
	"math"
	"strings"
	"unicode"
)

// section is a run of lines under one heading.
type section struct {
	Kind    kind
	Title   string
	Heading *pline
	Lines   []*pline
}

// bodyFont estimates the body font size (the most common one), 0 if unknown.
func bodyFont(lines []pline) float64 {
	count := map[float64]int{}
	best, bestN := 0.0, 0
	for i := range lines {
		fs := float64(int(lines[i].FontSize*2+0.5)) / 2
		if fs <= 0 {
			continue
		}
		count[fs] += len(lines[i].Flat)
		if count[fs] > bestN {
			best, bestN = fs, count[fs]
		}
	}
	return best
}

// isAllCaps reports text in capitals: three or more upper-case letters and
// no lower-case one (scripts without case, such as Chinese, are not).
func isAllCaps(s string) bool {
	upper := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= 3
}

// headingOf decides whether a line is a section heading and of which kind.
func (p *parser) headingOf(l *pline, body float64, seenKnown bool) (kind, bool) {
	t, ok := headingShaped(l)
	if !ok {
		return kindNone, false
	}
	typo := l.Heading || l.Bold || (body > 0 && l.FontSize > body*1.12) || isAllCaps(t)
	noFonts := body == 0
	k := headingKind(t)
	if k == kindNone && typo {
		k = headingKindLoose(t)
	}
	if k != kindNone {
		if typo || noFonts || strings.HasSuffix(t, ":") || strings.HasPrefix(strings.TrimSpace(l.Norm), "#") {
			return k, true
		}
		// no typography: the whole line is a heading wording that is not
		// also a common list item ("Leadership", "Tools").
		if len(l.Segs) == 1 && headingKind(t) == k && !weakHeading()[strings.ToLower(strings.TrimSpace(t))] {
			return k, true
		}
		return kindNone, false
	}
	if !seenKnown {
		return kindNone, false
	}
	// an unknown heading by typography: short, no digits, no sentence.
	if strings.ContainsAny(t, "0123456789@.,;|") || len(strings.Fields(t)) > 4 {
		return kindNone, false
	}
	if l.Heading || (body > 0 && l.FontSize > body*1.2 && l.Bold) || (isAllCaps(t) && len(l.Segs) == 1 && len([]rune(t)) >= 4) {
		return kindOther, true
	}
	return kindNone, false
}

// headingShaped returns the text of a line shaped like a heading: no bullet,
// one segment (or two for a pair of headings), capitalised, short.
func headingShaped(l *pline) (string, bool) {
	if l.Bullet || len(l.Segs) > 2 {
		return "", false
	}
	t := l.Segs[0].Text
	if r := []rune(t); len(r) == 0 || unicode.IsLower(r[0]) {
		return "", false
	}
	if len(l.Segs) == 2 {
		// a heading with a right-aligned decoration is rare; a two-column
		// pair of headings takes the left one.
		if !l.Heading && headingKind(l.Segs[1].Text) == kindNone {
			return "", false
		}
	}
	if len([]rune(t)) > 50 || len(strings.Fields(t)) > 6 {
		return "", false
	}
	return t, true
}

// markMargins flags the lines of each section that start in a margin
// column left of the section's text (see pline.margin): where the heading
// is set on the text's left edge (some line of the section starts there),
// a line starting clearly left of it that goes on after a gap holds a date
// or a label there. Only laid-out lines (a PDF's, in points) count: plain
// text positions are approximate, and a centred heading has no text under
// its left edge.
func (p *parser) markMargins() {
	for si := range p.sections {
		s := &p.sections[si]
		h := s.Heading
		if h == nil || h.FontSize <= 0 || s.Kind == kindOther {
			continue
		}
		tol := h.FontSize // points
		aligned := false
		for _, l := range s.Lines {
			aligned = aligned || l.Column == h.Column && !l.sideRest && math.Abs(l.X-h.X) <= tol/2
		}
		if !aligned {
			continue
		}
		for _, l := range s.Lines {
			l.margin = len(l.Segs) >= 2 && l.Column == h.Column && !l.Bullet && !l.sideRest && l.X < h.X-tol
		}
	}
}

// subheading reports a heading of no known kind ("Miscellaneous", "Other")
// set smaller than the heading of the section it is in: a part of that
// section (moderncv's \subsection), not a section of its own.
func subheading(l *pline, k kind, cur *section) bool {
	if k != kindOther || cur == nil || cur.Kind == kindOther || cur.Heading == nil {
		return false
	}
	return l.FontSize > 0 && l.FontSize < cur.Heading.FontSize-1
}

// split cuts the lines into a header (before the first heading) and sections.
func (p *parser) split() []*pline {
	body := bodyFont(p.lines)
	var header []*pline
	var cur *section
	seenKnown := false
	for i := range p.lines {
		l := &p.lines[i]
		if k, rest, ok := sideHeading(l); ok {
			// "Experience    Acme Inc.    2019 – now": a heading in a left
			// column beside the first line of its section.
			p.sections = append(p.sections, section{Kind: k, Title: strings.Trim(l.Segs[0].Text, " :"), Heading: l})
			cur = &p.sections[len(p.sections)-1]
			seenKnown = true
			cur.Lines = append(cur.Lines, rest)
			continue
		}
		if k, ok := p.headingOf(l, body, seenKnown); ok && !subheading(l, k, cur) {
			p.sections = append(p.sections, section{Kind: k, Title: strings.Trim(l.Segs[0].Text, " :"), Heading: l})
			cur = &p.sections[len(p.sections)-1]
			if k != kindOther {
				seenKnown = true
			}
			continue
		}
		if cur == nil {
			header = append(header, l)
		} else {
			cur.Lines = append(cur.Lines, l)
		}
	}
	p.markMargins()
	return header
}

var letterMarkers = []string{"dear ", "sincerely", "yours faithfully", "yours truly", "kind regards", "best regards", "to whom it may concern",
	"i am writing", "estimado", "estimada", "atentamente", "sehr geehrte", "mit freundlichen grüßen", "madame, monsieur", "cordialement",
	"prezado", "prezada", "atenciosamente", "cover letter", "job application for"}

// looksLikeLetter reports whether the text reads as a letter.
func (p *parser) looksLikeLetter() bool {
	n := 0
	for i := range p.lines {
		low := strings.ToLower(p.lines[i].Flat)
		for _, m := range letterMarkers {
			if strings.HasPrefix(low, m) || (m == "i am writing" && strings.Contains(low, m)) {
				n++
				break
			}
		}
	}
	return n >= 1
}

// cvEvidence counts the signs that this is a CV.
func (p *parser) cvEvidence() int {
	kinds := map[kind]bool{}
	for _, s := range p.sections {
		if s.Kind != kindOther && s.Kind != kindNone && len(s.Lines) > 0 {
			kinds[s.Kind] = true
		}
	}
	ranges := 0
	for i := range p.lines {
		for _, sp := range findDates(p.lines[i].Flat) {
			if sp.Range {
				ranges++
			}
		}
	}
	n := len(kinds)
	if kinds[kindWork] || kinds[kindEducation] {
		n++
	}
	if ranges >= 2 {
		n++
	}
	return n
}

// sideHeading recognises a known heading word at the left edge of a line
// that goes on with content after a wide gap; it returns the content as a
// line of its own.
func sideHeading(l *pline) (kind, *pline, bool) {
	if l.Bullet || len(l.Segs) < 2 {
		return kindNone, nil, false
	}
	t := l.Segs[0].Text
	if len(strings.Fields(t)) > 3 || strings.ContainsAny(t, ",.;0123456789") {
		return kindNone, nil, false
	}
	if r := []rune(t); len(r) == 0 || !unicode.IsUpper(r[0]) {
		return kindNone, nil, false
	}
	k, ok := headings()[strings.ToLower(strings.TrimSuffix(t, ":"))]
	if !ok || k == kindOther {
		return kindNone, nil, false
	}
	rest := *l
	rest.Segs = append([]seg{}, l.Segs[1:]...)
	texts := make([]string, len(rest.Segs))
	for i, s := range rest.Segs {
		texts[i] = s.Text
	}
	rest.Flat = strings.Join(texts, " ")
	rest.Norm = rest.Flat
	rest.sideRest = true
	return k, &rest, true
}

// weakHeading are heading wordings that also occur as items of a list, so
// they need typography to count as headings.
var weakHeading = lazyWords(`tools research training work programming knowledge strengths career positions engagement activities talks
leadership expertise technologies about overview introduction abilities studies courses language project social links contact patents
presentations papers involvement misc other extra divers profile profil perfil sobre erfolge preise prix logros formation cursus
ausbildung bildung studium communication outils ferramentas competencias competências extracto`)
