package llm

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// EstimateTokens returns a rough, slightly generous count of the tokens s
// costs with common BPE tokenizers: about one per short English word, more for
// long words, digit groups of three, one per punctuation mark and one per CJK
// character. It needs no model files and is meant for budgets, not billing.
func EstimateTokens(s string) int {
	tokens := 0
	word, digits := 0, 0 // length of the current letter run (weighted) and digit run
	endWord := func() {
		if word > 0 {
			tokens += 1 + (word-1)/5
			word = 0
		}
		if digits > 0 {
			tokens += (digits + 2) / 3
			digits = 0
		}
	}
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'):
			if digits > 0 {
				endWord()
			}
			word++
		case r >= '0' && r <= '9':
			if word > 0 {
				endWord()
			}
			digits++
		case r == ' ' || r == '\t' || r == '\r':
			endWord()
		case r == '\n':
			endWord()
			tokens++
		case r < utf8.RuneSelf:
			endWord()
			tokens++ // punctuation
		case isIdeograph(r):
			endWord()
			tokens++
		case unicode.IsLetter(r) || unicode.IsMark(r):
			word += 2 // accented Latin, Cyrillic, Greek...: split more finely
		case unicode.IsSpace(r):
			endWord()
		default:
			endWord()
			tokens += 2 // symbols, emoji
		}
	}
	endWord()
	return tokens
}

func isIdeograph(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai)
}

// Trimmed tells what Trim kept and dropped, for the caller to show.
type Trimmed struct {
	KeptTokens    int    `json:"keptTokens"`
	DroppedTokens int    `json:"droppedTokens"`
	DroppedChars  int    `json:"droppedChars"`
	Note          string `json:"note,omitempty"` // "" when nothing was dropped
}

// Trim shortens s to at most about budget tokens (EstimateTokens), cutting at
// the last paragraph, line, sentence or word break that fits, and says what it
// dropped. The end of s is what goes.
func Trim(s string, budget int) (string, Trimmed) {
	total := EstimateTokens(s)
	if total <= budget {
		return s, Trimmed{KeptTokens: total}
	}
	if budget <= 0 {
		return "", Trimmed{DroppedTokens: total, DroppedChars: utf8.RuneCountInString(s),
			Note: fmt.Sprintf("dropped all of the text (~%d tokens): no room left", total)}
	}
	// The longest prefix that fits: token counts grow with the prefix.
	lo, hi := 0, len(s) // s[:lo] fits, s[:hi] does not
	for hi-lo > 1 {
		m := (lo + hi) / 2
		for m > lo && !utf8.RuneStart(s[m]) {
			m--
		}
		if m == lo {
			m = (lo + hi) / 2
			for m < hi && !utf8.RuneStart(s[m]) {
				m++
			}
			if m == hi {
				break
			}
		}
		if EstimateTokens(s[:m]) <= budget {
			lo = m
		} else {
			hi = m
		}
	}
	cut := breakBefore(s, lo)
	kept := strings.TrimRight(s[:cut], " \t\r\n")
	dropped := s[len(kept):]
	t := Trimmed{
		KeptTokens:    EstimateTokens(kept),
		DroppedTokens: total - EstimateTokens(kept),
		DroppedChars:  utf8.RuneCountInString(dropped),
	}
	from := strings.Join(strings.Fields(dropped), " ")
	if r := []rune(from); len(r) > 40 {
		from = string(r[:40]) + "…"
	}
	t.Note = fmt.Sprintf("dropped the last ~%d tokens (%d characters) to fit, from %q", t.DroppedTokens, t.DroppedChars, from)
	return kept, t
}

// breakBefore moves cut back to the nearest paragraph, line, sentence or word
// break, without giving up more than a fifth of the text.
func breakBefore(s string, cut int) int {
	floor := cut - cut/5
	for _, sep := range []string{"\n\n", "\n", ". ", " "} {
		if i := strings.LastIndex(s[:cut], sep); i >= floor && i > 0 {
			return i + len(sep)
		}
	}
	return cut
}
