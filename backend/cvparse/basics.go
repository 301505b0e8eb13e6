package cvparse

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/huntbook/huntbook/backend/model"
)

var notNameWords = lazyWords(`resume résumé curriculum vitae cv lebenslauf currículum curriculo currículo page updated last profile summary contact
email phone mobile tel address www http https linkedin github dear sincerely`)

// nameLike reports whether s could be a person's name.
func nameLike(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 1 || len(ws) > 5 || len([]rune(s)) > 48 {
		return false
	}
	if len(ws) == 1 && !isAllCaps(s) {
		return false
	}
	for _, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if notNameWords()[lw] {
			return false
		}
		r := []rune(w)
		if unicode.IsLower(r[0]) && !(len(ws) > 2 && (lw == "de" || lw == "van" || lw == "von" || lw == "da" || lw == "del" || lw == "la" || lw == "di" ||
			lw == "dos")) {
			return false
		}
		for _, c := range r {
			if !(unicode.IsLetter(c) || c == '.' || c == '-' || c == '\'' || c == '’') {
				return false
			}
		}
	}
	if countIn(s, titleWords()) > 0 && len(ws) > 1 && !isAllCaps(s) {
		return false
	}
	if headingKind(s) != kindNone {
		return false
	}
	if _, ok := parseLocation(s); ok && strings.Contains(s, ",") {
		return false
	}
	return true
}

// hasContact reports whether s holds an email, phone or link.
func hasContact(s string) bool {
	return len(findEmails(s)) > 0 || len(findPhones(s)) > 0 || len(findURLs(s)) > 0
}

// basics fills name, label, contacts and location from the header and the
// contact-like lines anywhere in the document.
func (p *parser) basics(header []*pline) {
	b := &p.res.Profile.Basics
	top := header
	if len(top) == 0 {
		for i := range p.lines {
			if i >= 8 {
				break
			}
			top = append(top, &p.lines[i])
		}
	}
	if len(top) > 20 {
		top = top[:20]
	}
	top, nameIdx := p.nameLine(top)
	if nameIdx >= 0 {
		l := top[nameIdx]
		b.Name = namePart(l.Segs[0].Text)
		if isAllCaps(b.Name) {
			b.Name = titleCase(b.Name)
		}
		p.field("basics.name", l, 0.8)
	}
	if nameIdx >= 0 {
		p.basicsLabel(top, nameIdx)
	}
	p.contacts(header)
}

// nameLine finds the line with the name among the top lines: the largest
// name-like text near the top, else the first; with typography known, the
// biggest name-like text on page one, which then starts top. It returns
// top and the name's index in it, or -1.
func (p *parser) nameLine(top []*pline) ([]*pline, int) {
	nameIdx := -1
	bestSize := -1.0
	for i, l := range top {
		if i > 12 {
			break
		}
		if _, ok := parseLocation(l.Segs[0].Text); ok {
			continue
		}
		t := namePart(l.Segs[0].Text)
		if !nameLike(t) {
			continue
		}
		if l.FontSize > bestSize+0.01 {
			bestSize, nameIdx = l.FontSize, i
		}
		if l.FontSize == 0 {
			break
		}
	}
	// with typography known, the biggest name-like text on page one wins
	// even when a sidebar comes first in reading order.
	if body := bodyFont(p.lines); body > 0 {
		best := -1
		for i := range p.lines {
			l := &p.lines[i]
			if i > 80 || l.Page != p.lines[0].Page {
				break
			}
			if l.FontSize < body*1.25 || (best >= 0 && l.FontSize <= p.lines[best].FontSize) {
				continue
			}
			if _, ok := parseLocation(l.Segs[0].Text); ok {
				continue
			}
			if nameLike(namePart(l.Segs[0].Text)) {
				best = i
			}
		}
		if best >= 0 {
			top = []*pline{&p.lines[best]}
			for i := best + 1; i < len(p.lines) && i < best+6; i++ {
				top = append(top, &p.lines[i])
			}
			nameIdx = 0
		}
	}
	return top, nameIdx
}

// basicsLabel sets the label: the next short line after the name that is not
// contact information, before the first section heading.
func (p *parser) basicsLabel(top []*pline, nameIdx int) {
	b := &p.res.Profile.Basics
	headingLine := map[*pline]bool{}
	for si := range p.sections {
		headingLine[p.sections[si].Heading] = true
	}
	for _, l := range top[nameIdx+1:] {
		t := l.Segs[0].Text
		if headingLine[l] || l.Page != top[nameIdx].Page || headingKind(t) != kindNone {
			break
		}
		if len(l.Segs) > 1 && hasContact(l.Flat) && hasContact(t) {
			break
		}
		if hasContact(t) {
			continue
		}
		if _, ok := parseLocation(t); ok || addressLike(t) {
			continue
		}
		if strings.HasPrefix(t, "“") || strings.HasPrefix(t, "\"") || strings.HasPrefix(strings.ToLower(t), "last updated") {
			continue
		}
		if len(strings.Fields(t)) <= 10 && len(findDates(t)) == 0 && !strings.HasSuffix(t, ".") && strings.ContainsFunc(t, unicode.IsLetter) {
			b.Label = t
			p.field("basics.label", l, 0.6)
		}
		break
	}
}

// streetWords name the street part of a postal address.
var streetWords = lazyWords(`street st st. avenue ave ave. road rd rd. way lane ln boulevard blvd drive dr. court ct. place
calle avenida carrera straße strasse str. weg platz allee rue chemin boulevard rua travessa`)

// addressLike reports a postal address ("555 La Verne Way, La Verne, CA",
// "Hauptstraße 5, Berlin"): a house number first, or a street word, with
// a comma or a number.
func addressLike(t string) bool {
	ws := words(t)
	if len(ws) < 2 {
		return false
	}
	houseNumber := strings.IndexFunc(ws[0], func(r rune) bool { return r < '0' || r > '9' }) < 0
	street := false
	for _, w := range ws {
		street = street || streetWords()[w] || strings.HasSuffix(w, "straße") || strings.HasSuffix(w, "strasse")
	}
	return houseNumber && strings.Contains(t, ",") || street && (strings.Contains(t, ",") || strings.ContainsAny(t, "0123456789") || strings.Contains(t, "–"))
}

func titleCase(s string) string {
	ws := strings.Fields(strings.ToLower(s))
	for i, w := range ws {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		ws[i] = string(r)
	}
	return strings.Join(ws, " ")
}

// contacts reads email, phone, links, profiles and location.
func (p *parser) contacts(header []*pline) {
	b := &p.res.Profile.Basics
	if len(header) > 40 {
		header = header[:40] // a header is short; a document with no headings is not all header
	}
	pool := p.contactPool(header)
	profileSeen := map[string]bool{}
	addProfile := func(prof model.SocialProfile, l *pline) {
		key := strings.ToLower(prof.Network + "/" + prof.Username)
		if prof.Username == "" || profileSeen[key] {
			return
		}
		profileSeen[key] = true
		b.Profiles = append(b.Profiles, prof)
		p.field("basics.profiles["+strconv.Itoa(len(b.Profiles)-1)+"]", l, 0.85)
	}
	for _, l := range pool {
		text := strings.Join(segTexts(l), " | ")
		if b.Email == "" {
			if es := findEmails(text); len(es) > 0 {
				b.Email = es[0]
				p.field("basics.email", l, 0.95)
			}
		}
		if b.Phone == "" {
			if ps := findPhones(emailRe().ReplaceAllString(text, " ")); len(ps) > 0 {
				b.Phone = ps[0]
				p.field("basics.phone", l, 0.85)
			}
		}
		for _, u := range findURLs(text) {
			if prof, ok := profileOf(u); ok {
				addProfile(prof, l)
				continue
			}
			if b.URL == "" {
				b.URL = u
				if !strings.HasPrefix(strings.ToLower(u), "http") {
					b.URL = "https://" + u
				}
				p.field("basics.url", l, 0.8)
			}
		}
		for _, prof := range labelledProfiles(text) {
			addProfile(prof, l)
		}
	}
	p.headerLocation(header)
}

// contactPool is the lines to read contact data from: the header, contact
// sections, footers, and any line outside references with an address or a
// phone number (sidebars), at most about 200.
func (p *parser) contactPool(header []*pline) []*pline {
	var pool []*pline
	pool = append(pool, header...)
	for si := range p.sections {
		s := &p.sections[si]
		if s.Kind == kindContact {
			pool = append(pool, s.Lines...)
		}
	}
	// footers and sidebars: any line outside references with contact data
	inRefs := map[*pline]bool{}
	for si := range p.sections {
		if p.sections[si].Kind == kindReferences {
			for _, l := range p.sections[si].Lines {
				inRefs[l] = true
			}
		}
	}
	seen := map[*pline]bool{}
	for _, l := range pool {
		seen[l] = true
	}
	for i := range p.footers {
		pool = append(pool, &p.footers[i])
	}
	for i := range p.lines {
		l := &p.lines[i]
		if len(pool) >= 200 {
			break
		}
		if seen[l] || inRefs[l] || l.Bullet || len(l.Flat) > 160 {
			continue
		}
		if strings.Contains(l.Flat, "@") || (len(l.Flat) < 90 && len(findPhones(l.Flat)) > 0) {
			pool = append(pool, l)
		}
	}
	return pool
}

// headerLocation sets the location from a "City, Region" piece in the header.
func (p *parser) headerLocation(header []*pline) {
	b := &p.res.Profile.Basics
	for _, l := range header {
		if b.Location.City != "" {
			break
		}
		var cands []string
		for _, piece := range contactPieces(l) {
			cands = append(cands, piece)
			if hasContact(piece) {
				for _, part := range strings.Split(withoutContacts(piece), "|") {
					if part = strings.TrimSpace(part); part != "" {
						cands = append(cands, part)
					}
				}
			}
		}
		for _, c := range cands {
			// "555 La Verne Way, La Verne, CA": a street before the place
			if parts := strings.Split(c, ","); len(parts) >= 3 && placeTail(c) {
				cands = append(cands, strings.Join(parts[len(parts)-2:], ","))
			}
		}
		for _, piece := range cands {
			if loc, ok := parseLocation(piece); ok {
				b.Location = loc
				p.field("basics.location", l, 0.7)
				break
			}
		}
	}
}

func segTexts(l *pline) []string {
	out := make([]string, len(l.Segs))
	for i, s := range l.Segs {
		out[i] = s.Text
	}
	return out
}

// contactPieces splits a header line at gaps and at "|", "•", "·", "—".
func contactPieces(l *pline) []string {
	var out []string
	for _, s := range l.Segs {
		for _, piece := range strings.FieldsFunc(s.Text, func(r rune) bool {
			return r == '|' || r == '•' || r == '·' || r == '—' || r == '◦' || r == '⋄' || r == '♢'
		}) {
			piece = strings.TrimSpace(piece)
			if piece != "" {
				out = append(out, piece)
			}
		}
	}
	return out
}

// namePart cuts "John Doe | Resumé title" to the name.
func namePart(s string) string {
	for _, sep := range []string{" | ", " · ", " – ", " — ", ", "} {
		if i := strings.Index(s, sep); i > 0 {
			s = s[:i]
		}
	}
	return strings.TrimSpace(s)
}
