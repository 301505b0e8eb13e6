package assist

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/huntbook/huntbook/backend/lazyre"
	"github.com/huntbook/huntbook/backend/model"
)

// Redactor replaces personal details with stable placeholders ([NAME],
// [EMAIL_1], [PHONE_1], [ADDRESS], [URL_1], [TERM_1]...) before text leaves
// for a cloud model, and puts them back in the reply. Details come from the
// profile, from the user's extra terms, and by pattern from the text itself
// (emails, phone numbers, LinkedIn/GitHub profile links). It is safe for
// concurrent use.
type Redactor struct {
	mu      sync.Mutex
	rules   []rule            // literal details, longest first
	byKey   map[string]string // normalised detail -> placeholder
	values  map[string]string // placeholder -> original text
	counter map[string]int
}

// rule matches one known detail.
type rule struct {
	re          *regexp.Regexp
	placeholder string
}

var (
	emailRe   = lazyre.New(`(?i)[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}`)
	phoneRe   = lazyre.New(`(?:\+|\b00)?\(?\d[\d\s().\-/\x{00AD}\x{2010}-\x{2015}]{6,18}\d\b`)
	profileRe = lazyre.New(`(?i)(?:https?://)?(?:[a-z]{2,3}\.)?(?:linkedin\.com/(?:in|pub)/[\w\-%.]+|github\.com/[\w\-]+|gitlab\.com/[\w\-]+|` +
		`twitter\.com/\w+|x\.com/\w+)/?`)
	dateLike = lazyre.New(`^(?:\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}|(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d)$`)
	// placeholderRe matches a placeholder as a model may echo it: spacing,
	// case and separators may drift ("[ email 1 ]", "[Email-1]").
	placeholderRe = lazyre.New(`\[\s*([A-Za-z]+(?:[ _\-][A-Za-z]+)*)(?:[ _\-]?(\d{1,3}))?\s*\]`)
)

// NewRedactor prepares a redactor for the profile's details plus extra terms
// (names of people, employers or anything else the user wants hidden).
func NewRedactor(p model.Profile, extra []string) *Redactor {
	r := &Redactor{byKey: map[string]string{}, values: map[string]string{}, counter: map[string]int{}}
	b := p.Basics
	if name := strings.TrimSpace(b.Name); name != "" {
		r.addLiteral(name, "NAME", true)
		parts := strings.Fields(name)
		for i, part := range parts {
			part = strings.Trim(part, ".,")
			if len([]rune(part)) < 2 {
				continue
			}
			kind := "NAME_PART"
			switch {
			case i == 0:
				kind = "FIRST_NAME"
			case i == len(parts)-1:
				kind = "LAST_NAME"
			}
			r.addLiteral(part, kind, false)
		}
	}
	if b.Email != "" {
		r.addLiteral(b.Email, "EMAIL", true)
	}
	if b.Phone != "" {
		r.addPhone(b.Phone)
	}
	if a := strings.TrimSpace(b.Location.Address); a != "" {
		for _, l := range strings.Split(a, "\n") {
			r.addLiteral(l, "ADDRESS", true)
		}
	}
	if b.URL != "" {
		r.addURL(b.URL)
	}
	for _, sp := range b.Profiles {
		if sp.URL != "" {
			r.addURL(sp.URL)
		}
		if sp.Username != "" && len(sp.Username) >= 3 {
			r.addLiteral(sp.Username, "USERNAME", true)
		}
	}
	for _, t := range extra {
		if t = strings.TrimSpace(t); len(t) >= 2 {
			r.addLiteral(t, "TERM", true)
		}
	}
	r.sortRules()
	return r
}

// placeholderFor returns the placeholder of a detail, making a new one.
// Caller holds mu or is the constructor.
func (r *Redactor) placeholderFor(kind, key, original string) string {
	if ph, ok := r.byKey[kind+"\x00"+key]; ok {
		return ph
	}
	var ph string
	switch kind {
	case "NAME", "FIRST_NAME", "LAST_NAME", "ADDRESS":
		if r.counter[kind] == 0 {
			ph = "[" + kind + "]"
			break
		}
		fallthrough
	default:
		r.counter[kind]++
		ph = fmt.Sprintf("[%s_%d]", kind, r.counter[kind])
	}
	if kind == "NAME" || kind == "FIRST_NAME" || kind == "LAST_NAME" || kind == "ADDRESS" {
		r.counter[kind]++
	}
	r.byKey[kind+"\x00"+key] = ph
	r.values[ph] = original
	return ph
}

// addLiteral hides a literal text. Names' parts match case-sensitively
// (so "Will" or "May" as a surname does not swallow ordinary words); other
// details match in any case.
func (r *Redactor) addLiteral(s, kind string, fold bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	ph := r.placeholderFor(kind, strings.ToLower(s), s)
	words := strings.Fields(regexp.QuoteMeta(s))
	pat := strings.Join(words, `\s+`)
	if startsWord(s) {
		pat = `\b` + pat
	}
	if endsWord(s) {
		pat += `\b`
	}
	if fold {
		pat = `(?i)` + pat
	}
	r.rules = append(r.rules, rule{re: regexp.MustCompile(pat), placeholder: ph})
}

// addPhone hides a phone number however it is written: the last nine digits
// (the subscriber number) with any separators, with or without a country or
// trunk prefix.
func (r *Redactor) addPhone(phone string) {
	digits := onlyDigits(phone)
	if len(digits) < 6 {
		return
	}
	core := digits
	if len(core) > 9 {
		core = core[len(core)-9:]
	}
	ph := r.placeholderFor("PHONE", core, strings.TrimSpace(phone))
	var b strings.Builder
	b.WriteString(`(?:(?:\+|\b00)\d{1,3}[\s.\-]*)?(?:\(?0?\d{0,3}\)?[\s.\-/]*)?`)
	for i, d := range core {
		if i > 0 {
			b.WriteString(`[\s().\-/\x{00AD}\x{2010}-\x{2015}\x{2212}]*`)
		}
		b.WriteRune(d)
	}
	b.WriteString(`\b`)
	r.rules = append(r.rules, rule{re: regexp.MustCompile(b.String()), placeholder: ph})
}

// addURL hides a personal link with or without its scheme, "www." and a
// trailing slash.
func (r *Redactor) addURL(u string) {
	core := strings.TrimSuffix(strings.TrimSpace(u), "/")
	for _, p := range []string{"https://", "http://", "www."} {
		core = strings.TrimPrefix(strings.TrimPrefix(core, strings.ToUpper(p)), p)
	}
	if len(core) < 4 {
		return
	}
	ph := r.placeholderFor("URL", strings.ToLower(core), strings.TrimSpace(u))
	pat := `(?i)(?:https?://)?(?:www\.)?` + regexp.QuoteMeta(core) + `/?`
	r.rules = append(r.rules, rule{re: regexp.MustCompile(pat), placeholder: ph})
}

func (r *Redactor) sortRules() {
	sort.SliceStable(r.rules, func(i, j int) bool {
		return len(r.rules[i].re.String()) > len(r.rules[j].re.String())
	})
}

// Redact replaces personal details in s with placeholders.
func (r *Redactor) Redact(s string) string {
	r.mu.Lock()
	defer r.mu.Unlock()
	// URLs and emails first: a name inside an address must not split it
	if l := strings.ToLower(s); strings.Contains(l, "linkedin.") || strings.Contains(l, "github.") || strings.Contains(l, "gitlab.") ||
		strings.Contains(l, "twitter.") || strings.Contains(l, "x.com") {
		s = profileRe.ReplaceAllStringFunc(s, func(m string) string {
			return r.placeholderFor("URL", strings.ToLower(strings.TrimSuffix(trimScheme(m), "/")), m)
		})
	}
	if strings.Contains(s, "@") {
		s = emailRe.ReplaceAllStringFunc(s, func(m string) string {
			return r.placeholderFor("EMAIL", strings.ToLower(m), m)
		})
	}
	for _, ru := range r.rules {
		s = ru.re.ReplaceAllString(s, ru.placeholder)
	}
	s = phoneRe.ReplaceAllStringFunc(s, func(m string) string {
		d := onlyDigits(m)
		if len(d) < 7 || len(d) > 15 || dateLike.MatchString(strings.TrimSpace(m)) || looksLikeRange(m) {
			return m
		}
		core := d
		if len(core) > 9 {
			core = core[len(core)-9:]
		}
		return r.placeholderFor("PHONE", core, m)
	})
	return s
}

// looksLikeRange tells number ranges, years and date ranges ("2019 - 2023",
// "10-20", "2023-09 – 2024-03", "09/2018 - 05/2020") from phones.
func looksLikeRange(m string) bool {
	f := strings.FieldsFunc(m, func(r rune) bool { return !unicode.IsDigit(r) })
	if len(f) == 2 && len(f[0]) == 4 && len(f[1]) == 4 && (f[0][:2] == "19" || f[0][:2] == "20") {
		return true
	}
	years, small := 0, 0
	for _, p := range f {
		switch {
		case len(p) == 4 && (p[:2] == "19" || p[:2] == "20"):
			years++
		case len(p) <= 2:
			small++
		}
	}
	if years > 0 && years+small == len(f) {
		return true
	}
	for _, p := range f {
		if len(p) >= 3 {
			return false
		}
	}
	return true
}

func trimScheme(u string) string {
	l := strings.ToLower(u)
	for _, p := range []string{"https://", "http://", "www."} {
		if strings.HasPrefix(l, p) {
			u, l = u[len(p):], l[len(p):]
		}
	}
	return u
}

// Restore puts the original details back where s has placeholders, also
// when the model changed their case or spacing ("[email 1]").
func (r *Redactor) Restore(s string) string {
	if !strings.Contains(s, "[") {
		return s
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return placeholderRe.ReplaceAllStringFunc(s, func(m string) string {
		sub := placeholderRe.FindStringSubmatch(m)
		key := strings.ToUpper(strings.NewReplacer(" ", "_", "-", "_").Replace(sub[1]))
		ph := "[" + key + "]"
		if sub[2] != "" {
			ph = "[" + key + "_" + strings.TrimLeft(sub[2], "0") + "]"
		}
		if v, ok := r.values[ph]; ok {
			return v
		}
		return m
	})
}

// Placeholders lists the placeholders in use, sorted.
func (r *Redactor) Placeholders() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]string, 0, len(r.values))
	for ph := range r.values {
		out = append(out, ph)
	}
	sort.Strings(out)
	return out
}

// StreamRestorer restores placeholders in a streamed reply whose chunks may
// split a placeholder ("[EM" + "AIL_1]"): it holds back a possible partial
// placeholder at the end of a chunk until the next chunk or Flush.
type StreamRestorer struct {
	r       *Redactor
	pending string
}

// maxPlaceholder is the longest text held back waiting for a closing "]".
const maxPlaceholder = 40

// NewStreamRestorer returns a restorer for one streamed reply.
func (r *Redactor) NewStreamRestorer() *StreamRestorer { return &StreamRestorer{r: r} }

// Write takes the next chunk and returns the text that is ready to show.
func (s *StreamRestorer) Write(chunk string) string {
	s.pending += chunk
	hold := 0
	if i := strings.LastIndexByte(s.pending, '['); i >= 0 && !strings.Contains(s.pending[i:], "]") {
		tail := s.pending[i:]
		if len(tail) <= maxPlaceholder && partialPlaceholder(tail) {
			hold = len(tail)
		}
	}
	ready := s.pending[:len(s.pending)-hold]
	s.pending = s.pending[len(s.pending)-hold:]
	return s.r.Restore(ready)
}

// Flush returns whatever is still held back, at the end of the stream.
func (s *StreamRestorer) Flush() string {
	out := s.r.Restore(s.pending)
	s.pending = ""
	return out
}

// partialPlaceholder reports whether t ("[", "[EMA", "[email 1") could still
// become a placeholder.
func partialPlaceholder(t string) bool {
	for _, c := range t[1:] {
		if !(unicode.IsLetter(c) || unicode.IsDigit(c) || c == '_' || c == ' ' || c == '-') {
			return false
		}
	}
	return true
}

func onlyDigits(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// startsWord and endsWord report an ASCII letter or digit at the edge of s,
// where a regexp \b (ASCII-only in RE2) can anchor the match.
func startsWord(s string) bool { return s != "" && asciiWord(s[0]) }

func endsWord(s string) bool { return s != "" && asciiWord(s[len(s)-1]) }

func asciiWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}
