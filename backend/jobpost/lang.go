package jobpost

import (
	"strings"
	"unicode"
)

// stopWords are frequent function words that tell languages apart; each word
// belongs to one language only (shared words like "de" or "en" are left out
// where they would blur two languages).
var stopWords = map[string][]string{
	"en": {"the", "and", "of", "to", "with", "for", "you", "our", "will", "are", "is", "this", "that", "we", "your", "have", "be", "on", "as", "or", "from",
		"an", "in", "by", "experience", "work"},
	"de": {"und", "der", "die", "das", "mit", "für", "sie", "wir", "ist", "ein", "eine", "von", "zu", "auf", "den", "dem", "sind", "oder", "bei", "im",
		"als", "auch", "nicht", "ihre", "unser", "kenntnisse", "erfahrung"},
	"es": {"el", "la", "los", "las", "y", "con", "para", "por", "una", "del", "que", "se", "es", "su", "como", "más", "experiencia", "nuestro", "trabajo", "o"},
	"fr": {"le", "la", "les", "et", "des", "du", "pour", "avec", "une", "est", "vous", "nous", "sur", "dans", "au", "aux", "votre", "notre", "expérience",
		"qui", "ou"},
	"pt": {"o", "os", "as", "e", "da", "do", "das", "dos", "com", "para", "uma", "em", "não", "você", "nosso", "nossa", "experiência", "ou", "trabalho", "é"},
	"it": {"il", "lo", "gli", "e", "della", "delle", "dei", "con", "per", "una", "che", "è", "sono", "nel", "nella", "esperienza", "nostro", "lavoro", "o"},
	"nl": {"de", "het", "een", "en", "van", "met", "voor", "je", "jij", "wij", "zijn", "op", "ons", "onze", "ervaring", "bij", "naar", "niet", "werk", "of"},
	"da": {"og", "at", "det", "til", "af", "med", "på", "er", "som", "for", "vi", "du", "har", "ikke", "kan", "vores", "erfaring", "skal", "ved", "en",
		"den", "eller"},
	"sv": {"och", "att", "det", "till", "av", "med", "på", "är", "som", "för", "vi", "du", "har", "inte", "kan", "vår", "erfarenhet", "ska", "vid", "eller"},
}

var stopIndex = func() map[string][]string {
	idx := map[string][]string{}
	for lang, words := range stopWords {
		for _, w := range words {
			idx[w] = append(idx[w], lang)
		}
	}
	return idx
}()

// DetectLanguage returns the ISO 639-1 code of the language s is written in
// (en, de, es, fr, pt, it, nl, da, sv), judged by stop-word counts over the
// first 20,000 characters, or "" when the text is too short to tell.
func DetectLanguage(s string) string {
	if len(s) > 20000 {
		s = s[:20000]
	}
	counts := map[string]float64{}
	total := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		total++
		langs := stopIndex[w]
		for _, l := range langs {
			counts[l] += 1 / float64(len(langs))
		}
	}
	best, second := "", 0.0
	for _, l := range []string{"en", "de", "es", "fr", "pt", "it", "nl", "da", "sv"} {
		if best == "" || counts[l] > counts[best] {
			if best != "" {
				second = max(second, counts[best])
			}
			best = l
		} else {
			second = max(second, counts[l])
		}
	}
	if counts[best] < 2 || counts[best] < second*1.2 {
		return ""
	}
	return best
}
