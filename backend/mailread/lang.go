package mailread

import (
	"strings"
	"unicode"

	"github.com/huntbook/huntbook/backend/jobpost"
)

// mailWords are words of job e-mail that belong to one of the five
// languages; they decide short messages the stop-word count cannot.
var mailWords = map[string]string{
	"application": "en", "applying": "en", "interview": "en", "unfortunately": "en", "regards": "en", "thank": "en", "thanks": "en",
	"bewerbung": "de", "vorstellungsgespräch": "de", "leider": "de", "grüße": "de", "grüßen": "de", "vielen": "de", "dank": "de",
	"stelle": "de",
	"sehr":   "de", "geehrte": "de", "geehrter": "de", "ihnen": "de", "uns": "de",
	"candidature": "fr", "entretien": "fr", "malheureusement": "fr", "cordialement": "fr", "merci": "fr",
	"poste": "fr", "madame": "fr", "monsieur": "fr", "bonjour": "fr",
	"candidatura": "es", "entrevista": "es", "lamentablemente": "es", "saludos": "es", "gracias": "es", "puesto": "es",
	"estimado": "es", "estimada": "es", "hola": "es",
	"sollicitatie": "nl", "gesprek": "nl", "helaas": "nl", "groet": "nl", "groeten": "nl", "bedankt": "nl", "functie": "nl",
	"beste": "nl", "vacature": "nl", "hartelijk": "nl",
}

var fiveLanguages = map[string]bool{"en": true, "de": true, "fr": true, "es": true, "nl": true}

// language tells the language of a message among en, de, fr, es and nl:
// the stop-word count jobpost uses for job pages, then the vocabulary of
// job e-mail for short messages; "" when it cannot tell.
func language(subject, text string) string {
	s := subject + "\n" + firstChars(text, 2500)
	if l := jobpost.DetectLanguage(s); fiveLanguages[l] {
		return l
	}
	counts := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if l := mailWords[w]; l != "" {
			counts[l]++
		}
	}
	best, n := "", 0
	for _, l := range []string{"en", "de", "fr", "es", "nl"} {
		if counts[l] > n {
			best, n = l, counts[l]
		}
	}
	return best
}
