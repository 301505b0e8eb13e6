package assist

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
	"unicode"
)

//go:embed data/skills.txt
var skillsData string

// Skill is one entry of the shipped skills lexicon.
type Skill struct {
	Name     string `json:"name"`
	Category string `json:"category"`
}

// alias is one spelling of a skill as a token sequence.
type alias struct {
	tokens []string // lower case, or as written when cs
	skill  int
	cs     bool
}

// lexicon finds skills in token streams.
type lexicon struct {
	skills []Skill
	first  map[string][]alias // by first token (lower case), longest first
}

// skillLexicon is the shipped lexicon, built on first use: loading it at
// package init cost every start of huntbook (even `huntbook version`) a
// third of a megabyte and thousands of allocations.
var skillLexicon = sync.OnceValue(func() *lexicon { return loadLexicon(skillsData) })

// Skills returns the lexicon the offline analyzer uses.
func Skills() []Skill { return append([]Skill(nil), skillLexicon().skills...) }

func loadLexicon(data string) *lexicon {
	lx := &lexicon{first: map[string][]alias{}}
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "|")
		if len(f) < 2 {
			continue
		}
		cs := len(f) > 3 && strings.TrimSpace(f[3]) == "cs"
		idx := len(lx.skills)
		lx.skills = append(lx.skills, Skill{Name: strings.TrimSpace(f[1]), Category: strings.TrimSpace(f[0])})
		names := []string{f[1]}
		if len(f) > 2 && strings.TrimSpace(f[2]) != "" {
			names = append(names, strings.Split(f[2], ",")...)
		}
		for _, n := range names {
			var toks []string
			for _, t := range tokenize(strings.TrimSpace(n)) {
				if cs {
					toks = append(toks, t.orig)
				} else {
					toks = append(toks, t.lower)
				}
			}
			if len(toks) == 0 {
				continue
			}
			key := strings.ToLower(toks[0])
			lx.first[key] = append(lx.first[key], alias{tokens: toks, skill: idx, cs: cs})
		}
	}
	for k, list := range lx.first {
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].tokens) > len(list[j].tokens) })
		lx.first[k] = list
	}
	return lx
}

// token is one word of a text.
type token struct {
	orig, lower string
	pos         int // byte offset in the text
}

// tokenize splits text into words, keeping the characters skill names use
// inside a word ("c++", "c#", "node.js", ".net") and splitting on hyphens and
// slashes ("ci/cd" -> "ci" "cd", "Python-Services" -> "python" "services").
func tokenize(s string) []token {
	var out []token
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := s[start:end]
		w = strings.TrimRight(w, ".'’")
		if w != "" && w != "." {
			out = append(out, token{orig: w, lower: strings.ToLower(w), pos: start})
		}
		start = -1
	}
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case word:
			if start < 0 {
				start = i
			}
		case (r == '+' || r == '#') && start >= 0:
			// c++, c#
		case r == '.' && i+1 < len(s) && isAlnumByte(s[i+1]) && (start >= 0 || i == 0 || s[i-1] == ' ' || s[i-1] == '\n'):
			if start < 0 {
				start = i
			}
		case (r == '\'' || r == '’') && start >= 0 && i+1 < len(s) && isAlnumByte(s[i+1]):
		default:
			flush(i)
		}
	}
	flush(len(s))
	return out
}

func isAlnumByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// hit is one skill found at a token index.
type hit struct {
	skill int
	at    int // token index
	n     int // tokens spanned
}

// find returns the skills in toks, longest match first at each position.
func (lx *lexicon) find(toks []token) []hit {
	var out []hit
	for i := 0; i < len(toks); {
		matched := 0
		for _, a := range lx.first[toks[i].lower] {
			if i+len(a.tokens) > len(toks) {
				continue
			}
			ok := true
			for k, want := range a.tokens {
				got := toks[i+k].lower
				if a.cs {
					got = toks[i+k].orig
				}
				if got != want {
					ok = false
					break
				}
			}
			if ok {
				out = append(out, hit{skill: a.skill, at: i, n: len(a.tokens)})
				matched = len(a.tokens)
				break
			}
		}
		if matched > 0 {
			i += matched
		} else {
			i++
		}
	}
	return out
}
