package match

import (
	"slices"
	"strings"
	"unicode"
)

// cue is a phrase that says something about an event: words matched as
// whole tokens in order (the last one as a prefix when stem is set), or,
// for scripts written without spaces, a substring.
type cue struct {
	words  []string
	stem   bool
	substr bool
	weight float64
}

func c(phrase string, weight float64) cue { return cue{words: strings.Fields(phrase), weight: weight} }
func stem(phrase string, weight float64) cue {
	return cue{words: strings.Fields(phrase), stem: true, weight: weight}
}
func sub(s string, weight float64) cue { return cue{words: []string{s}, substr: true, weight: weight} }

// interviewCues say "this is a job interview" (weights are for the title;
// a description counts for less).
var interviewCues = []cue{
	c("interview", 0.85), c("interviews", 0.85), c("job interview", 0.95), c("jobinterview", 0.95),
	c("phone screen", 0.9), c("phone screening", 0.9), c("phone interview", 0.95), c("video interview", 0.95),
	c("recruiter screen", 0.9), c("recruiter call", 0.85), c("recruiter chat", 0.8), c("call with recruiter", 0.8),
	c("talent acquisition", 0.5), c("hiring manager", 0.8), c("technical screen", 0.9), c("tech screen", 0.9),
	c("onsite", 0.75), c("on site", 0.5), c("on-site", 0.75), c("final round", 0.8), c("coding challenge", 0.5),
	c("pair programming", 0.35), c("system design", 0.5), c("culture fit", 0.6), c("meet the team", 0.4),
	c("assessment center", 0.6), c("assessment centre", 0.6), c("take home", 0.4), c("case interview", 0.95),
	c("screening call", 0.8), c("screening", 0.45), c("intro call", 0.35), c("introductory call", 0.35),
	// Other languages.
	stem("vorstellungsgespräch", 0.95), stem("bewerbungsgespräch", 0.95), stem("kennenlerngespräch", 0.6),
	stem("jobinterview", 0.95), c("entrevista", 0.85), c("entrevistas", 0.85), c("entretien", 0.65),
	c("entretien d embauche", 0.95), c("entretien de recrutement", 0.95), c("colloquio", 0.85),
	c("colloquio di lavoro", 0.95), stem("sollicitatiegesprek", 0.95), c("sollicitatie", 0.5),
	stem("haastattel", 0.85), stem("työhaastattel", 0.95), stem("rekrytointi", 0.5), stem("intervju", 0.85),
	stem("anställningsintervju", 0.95), stem("jobsamtale", 0.9), stem("rozmowa kwalifikacyjn", 0.95),
	stem("rozmowa rekrutacyjn", 0.95), c("mülakat", 0.85), c("iş görüşmesi", 0.9), stem("собеседовани", 0.85),
	stem("співбесід", 0.85), sub("面接", 0.85), sub("面试", 0.85), sub("面談", 0.5), sub("면접", 0.85),
}

// notInterview are phrases that make an interview word mean something else
// (the user is not the candidate, or it is not a hiring talk at all).
var notInterview = []cue{
	c("interviewer training", 1), c("interview training", 1), c("interviewing training", 1),
	c("interviewer", 0.7), c("interviewers", 0.7), c("how to interview", 1), c("interview skills", 0.8),
	c("user interview", 1), c("user interviews", 1), c("customer interview", 1), c("customer interviews", 1),
	c("exit interview", 1), c("podcast", 0.8), c("press interview", 1), c("media interview", 1),
	c("interview debrief", 1), c("debrief", 0.8), c("hiring committee", 1), c("interview calibration", 1),
	c("mock interview", 0.6), c("film", 0.8), c("movie", 0.9), c("cinema", 0.9), c("premiere", 0.8),
	c("cancer", 1), c("health", 0.8), c("medical", 0.8), c("mammogram", 1), c("entretien annuel", 1),
	c("entretien voiture", 1),
}

// otherEvent are words of events that are rarely interviews.
var otherEvent = []cue{
	c("birthday", 0.9), c("geburtstag", 0.9), c("cumpleaños", 0.9), c("anniversaire", 0.9), c("anniversary", 0.8),
	c("standup", 0.8), c("stand up", 0.8), c("stand-up", 0.8), c("daily", 0.5), c("retro", 0.6), c("retrospective", 0.7),
	c("sprint", 0.6), c("dentist", 0.95), c("doctor", 0.9), c("lunch", 0.5), c("holiday", 0.8), c("vacation", 0.9),
	c("gym", 0.9), c("all hands", 0.8), c("town hall", 0.7), c("1 1", 0.5), c("one on one", 0.6),
}

// tokens splits text into lower-case words of letters and digits; the
// apostrophe in "d'embauche" separates words.
func tokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// text is a title or description prepared for cue lookups.
type text struct {
	toks  []string
	lower string
	at    map[string][]int // token -> positions
}

func newText(s string) *text {
	t := &text{toks: tokens(s), lower: strings.ToLower(s)}
	t.at = make(map[string][]int, len(t.toks))
	for i, w := range t.toks {
		t.at[w] = append(t.at[w], i)
	}
	return t
}

// find returns the strongest cue found in t, the words it matched and
// whether one was.
func find(cues []cue, t *text) (cue, string, bool) {
	toks, lower := t.toks, t.lower
	var best cue
	var label string
	found := false
	for _, q := range cues {
		if q.substr {
			if strings.Contains(lower, q.words[0]) && (!found || q.weight > best.weight) {
				best, label, found = q, q.words[0], true
			}
			continue
		}
		if at := t.match(q); at >= 0 && (!found || q.weight > best.weight) {
			best, label, found = q, strings.Join(toks[at:at+len(q.words)], " "), true
		}
	}
	return best, label, found
}

// match returns where cue q begins in t, or -1.
func (t *text) match(q cue) int {
	toks := t.toks
	n := len(q.words)
	var starts []int
	switch {
	case n > 1 || !q.stem:
		starts = t.at[q.words[0]]
	case !strings.Contains(t.lower, q.words[0]):
		return -1
	default:
		for w, pos := range t.at {
			if strings.HasPrefix(w, q.words[0]) {
				starts = append(starts, pos...)
			}
		}
		slices.Sort(starts)
	}
outer:
	for _, i := range starts {
		if i+n > len(toks) {
			continue
		}
		for j, w := range q.words {
			t := toks[i+j]
			if j == n-1 && q.stem {
				if !strings.HasPrefix(t, w) {
					continue outer
				}
			} else if t != w {
				continue outer
			}
		}
		return i
	}
	return -1
}
