package mailread

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/lazyre"
)

// scoredText caps the text the phrase rules read: what an employer says
// about the application comes first; long digests add only noise.
const scoredText = 4000

var replyPrefix = lazyre.New(`(?i)^\s*((re|aw|antw|sv|fwd?|wg|tr|rv|doorst|fs|enc)\s*(\[\d+\])?\s*:\s*)+`)

// conditional starts a sentence that only says what may happen ("If
// selected, we will invite you to an interview").
var conditional = lazyre.New(`(?:^|\b)(?:if|should|once|in case|in the event|whether|wenn|falls|sollten|sobald|si|au cas|` +
	`en caso|cuando|als|indien|mocht|zodra)\b|\b(?:may|might|could) (?:include|be|lead)|\bpossibly\b|` +
	`\bpotential\b|\beventuell\b|\bpourra\b|\bpodría\b|\bkan\b`)

// applied says the candidate applied (so a recruiter's call is about that
// application, not cold outreach).
var applied = lazyre.New(`(?:you applied|your application|applying|applied for|applied to|bewerbung|beworben|candidature|` +
	`postulaci|candidatura|sollicitatie|gesolliciteerd)`)

type hit struct {
	kind   Kind
	weight float64
	words  string
	where  string // "subject" or "text"
}

// Classify says what a message means: its kind with a confidence and the
// reasons, the company, title and requisition, interview times and the
// language. It is offline and deterministic; loc is the user's time zone,
// used for times written without one (nil means time.Local).
func Classify(m *Message, loc *time.Location) Reading {
	if loc == nil {
		loc = time.Local
	}
	rd := Reading{Kind: KindOther, Reasons: []string{}, Slots: []Slot{}}
	if m == nil {
		return rd
	}
	subject := m.Subject
	if m.ForwardedSubject != "" {
		subject = m.ForwardedSubject
	}
	subject = cleanSpace(replyPrefix.ReplaceAllString(subject, ""))
	text := m.Text
	date := m.Date
	if !m.ForwardedDate.IsZero() {
		date = m.ForwardedDate
	}
	rd.Language = language(subject, text)
	head := firstChars(text, scoredText)
	sd, hd := newDoc(subject), newDoc(head)
	sc := &scoring{subject: subject, head: head, lowSubject: sd.low, lowHead: hd.low, sd: sd, hd: hd, scores: map[Kind]float64{}}
	sc.phrases()
	calSlots, cancelled := calendarSlots(m.Calendar, loc)
	kind, best, second := sc.decide(m, len(calSlots) > 0, cancelled, calSlots)
	rd.Kind = kind
	rd.Confidence = confidence(kind, best, second)
	rd.Reasons = append(rd.Reasons, reasonsFor(kind, sc.hits)...)
	rd.Reasons = append(rd.Reasons, sc.extra...)

	mt := &msgText{subject: subject, text: text, head: head, sd: sd, hd: hd}
	name, platform, why := company(m, mt)
	rd.Platform = platform
	if kind != KindOther || !isBulk(sc.extra) {
		rd.Company = name
		rd.Title = jobTitle(mt, name)
		rd.Requisition = requisition(mt)
		if why != "" {
			rd.Reasons = append(rd.Reasons, why)
		}
	}
	if kind == KindInterview {
		interviewTimes(&rd, calSlots, text, date, loc)
	}
	return rd
}

// interviewTimes sets the booked time (a calendar part, or the one time
// the text gives) or the proposed slots (several times in the text).
func interviewTimes(rd *Reading, calSlots []Slot, text string, date time.Time, loc *time.Location) {
	if len(calSlots) > 0 {
		s := calSlots[0]
		rd.Interview = &s
		return
	}
	slots := textSlots(firstChars(text, scoredText), date, loc, rd.Language)
	switch {
	case len(slots) == 1:
		rd.Interview = &slots[0]
		rd.Reasons = append(rd.Reasons, "time in the text: '"+slots[0].Text+"'")
	case len(slots) > 1:
		rd.Slots = slots
		rd.Reasons = append(rd.Reasons, fmt.Sprintf("%d proposed times", len(slots)))
	}
}

// msgText is a message's subject and text, prepared once for the rules.
type msgText struct {
	subject, text string
	head          string // the start of text the rules read
	sd, hd        *doc   // subject and head
}

// scoring adds up the phrase rules of one message.
type scoring struct {
	subject, head, lowSubject, lowHead string
	scores                             map[Kind]float64
	hits                               []hit
	extra                              []string // reasons beyond the phrases
	sd, hd                             *doc     // subject and head prepared
}

// phrases scores the rules: a subject match counts half again; a match in
// a conditional sentence ("if selected, ...") counts a quarter.
func (sc *scoring) phrases() {
	for _, ru := range rules {
		if loc := ru.re.findIndex(sc.sd); loc != nil {
			w := ru.weight * 1.5
			sc.scores[ru.kind] += w
			sc.hits = append(sc.hits, hit{ru.kind, w, originalSlice(sc.subject, sc.lowSubject, loc), "subject"})
			continue
		}
		all := ru.re.findAllIndex(sc.hd, 4)
		for i, loc := range all {
			w := ru.weight
			if isConditional(sc.lowHead, loc[0]) && ru.kind != KindConfirmation && ru.kind != KindOutreach {
				w *= 0.25
			}
			if w < ru.weight && i+1 < len(all) {
				continue // a later, unconditional match may count in full
			}
			sc.scores[ru.kind] += w
			sc.hits = append(sc.hits, hit{ru.kind, w, originalSlice(sc.head, sc.lowHead, loc), "text"})
			break
		}
	}
	if sc.scores[KindOffer] < 5 {
		sc.scores[KindOffer] = 0 // "start date", "salary" alone are no offer
	}
	if sc.scores[KindOutreach] > 0 && applied.MatchString(sc.lowSubject+"\n"+sc.lowHead) {
		sc.scores[KindOutreach] *= 0.3 // a reply to an application is no cold outreach
	}
}

// decide picks the kind from the scores, the calendar parts, status
// notices and bulk-mail signs.
func (sc *scoring) decide(m *Message, invited, cancelled bool, calSlots []Slot) (Kind, float64, float64) {
	if invited {
		sc.scores[KindInterview] += 6
		sc.extra = append(sc.extra, fmt.Sprintf("has a calendar invitation ('%s')", truncate(calSlots[0].Text, 60)))
	} else if cancelled {
		sc.scores[KindInterview] += 2
		sc.extra = append(sc.extra, "has a calendar cancellation")
	}
	kind, best, second := pick(sc.scores)
	if kind != KindConfirmation && second == sc.scores[KindConfirmation] {
		// every later message thanks the candidate for applying: that
		// politeness is no doubt about the kind
		delete(sc.scores, KindConfirmation)
		_, _, second = pick(sc.scores)
	}
	both := sc.lowSubject + "\n" + sc.lowHead
	if kind == KindInterview && sc.scores[KindOutreach] >= 3 && !applied.MatchString(both) && !invited {
		kind, best = KindOutreach, sc.scores[KindOutreach]+sc.scores[KindInterview]/2
		sc.extra = append(sc.extra, "no application mentioned")
	}
	if kind == KindAssessment || kind == KindConfirmation || kind == KindOther {
		for _, re := range statusRules {
			for _, d := range []*doc{sc.sd, sc.hd} {
				if loc := re.findIndex(d); loc != nil && sc.scores[KindRejection] < 4 {
					kind, best, second = KindOther, 3, 0
					sc.extra = append(sc.extra, "a status notice: '"+d.s[loc[0]:loc[1]]+"'")
					break
				}
			}
		}
	}
	bulk := bulkReason(m, sc.sd, sc.hd)
	switch {
	case bulk != "" && kind != KindOther:
		if strings.HasPrefix(bulk, "job alert: subject") || (strings.HasPrefix(bulk, "job alert") && best < 4) || best < 3 {
			kind, best, second = KindOther, 3, 0
			sc.extra = append(sc.extra, bulk)
		}
	case bulk != "":
		sc.extra = append(sc.extra, bulk)
		best = math.Max(best, 3)
	}
	if best < 1.5 && kind != KindOther {
		kind = KindOther
	}
	return kind, best, second
}

func isBulk(extra []string) bool {
	for _, e := range extra {
		if strings.HasPrefix(e, "job alert") || strings.HasPrefix(e, "mailing list") || strings.HasPrefix(e, "newsletter") {
			return true
		}
	}
	return false
}

// bulkReason says why a message is a job alert or bulk mail, or "".
func bulkReason(m *Message, subject, head *doc) string {
	for _, re := range alertRules {
		if loc := re.findIndex(subject); loc != nil {
			return "job alert: subject says '" + subject.low[loc[0]:loc[1]] + "'"
		}
		if loc := re.findIndex(head); loc != nil && loc[0] < 1500 {
			return "job alert: says '" + head.low[loc[0]:loc[1]] + "'"
		}
	}
	if v := strings.ToLower(m.Header["Precedence"]); v == "bulk" || v == "list" || v == "junk" {
		return "mailing list (Precedence: " + v + ")"
	}
	if m.Header["List-Id"] != "" {
		return "mailing list (List-Id)"
	}
	if m.Header["List-Unsubscribe"] != "" {
		return "mailing list (List-Unsubscribe)"
	}
	return ""
}

func isConditional(low string, at int) bool {
	start := at
	for start > 0 && at-start < 200 {
		c := low[start-1]
		if c == '.' || c == '!' || c == '?' || c == '\n' {
			break
		}
		start--
	}
	return conditional.MatchString(low[start:at])
}

// pick returns the kind with the highest score, its score and the next.
func pick(scores map[Kind]float64) (Kind, float64, float64) {
	order := []Kind{KindOffer, KindRejection, KindInterview, KindAssessment, KindConfirmation, KindOutreach}
	best, second := KindOther, 0.0
	bs := 0.0
	for _, k := range order {
		s := scores[k]
		if s > bs {
			second = bs
			best, bs = k, s
		} else if s > second {
			second = s
		}
	}
	return best, bs, second
}

func confidence(kind Kind, best, second float64) float64 {
	if kind == KindOther && best == 0 {
		return 0.3
	}
	c := best / (best + second + 1.5)
	c = math.Max(0.3, math.Min(0.97, c))
	return math.Round(c*100) / 100
}

// reasonsFor writes the phrases that made the kind, strongest first.
func reasonsFor(kind Kind, hits []hit) []string {
	var hs []hit
	for _, h := range hits {
		if h.kind == kind {
			hs = append(hs, h)
		}
	}
	sort.SliceStable(hs, func(i, j int) bool { return hs[i].weight > hs[j].weight })
	var out []string
	for i, h := range hs {
		if i == 3 {
			break
		}
		words := truncate(cleanSpace(h.words), 60)
		if h.where == "subject" {
			out = append(out, "subject says '"+words+"'")
		} else {
			out = append(out, "says '"+words+"'")
		}
	}
	return out
}

// originalSlice returns the words of the original text at a match found
// in its lower-cased copy (the lower-cased words when lengths differ).
func originalSlice(orig, low string, loc []int) string {
	if len(orig) == len(low) {
		return orig[loc[0]:loc[1]]
	}
	return low[loc[0]:loc[1]]
}
