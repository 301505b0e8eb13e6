// Package match recognises job interviews among calendar events and
// proposes which tracked application each one belongs to. Every verdict
// comes with a confidence in [0, 1] and reasons a person can read.
package match

import (
	"fmt"
	"strings"

	"github.com/huntbook/huntbook/backend/calendar"
)

// Threshold is the confidence from which an event counts as an interview.
const Threshold = 0.5

// Interview is the verdict on one event.
type Interview struct {
	IsInterview bool     `json:"isInterview"`
	Confidence  float64  `json:"confidence"`
	Reasons     []string `json:"reasons"`
}

// maxText caps how much of a description is read.
const maxText = 20_000

// Classify tells whether an event looks like a job interview from its own
// content: words in the title and description (in several languages),
// hiring and assessment tools among its people and links, a video-call
// link; all-day, recurring and long events count against.
func Classify(e calendar.Event) Interview {
	return classify(e, nil)
}

// Assess is Classify plus what the user's applications tell: an organiser
// or attendee from a tracked company's domain, or one of its contacts,
// makes an interview likelier. It also returns Propose's proposals.
func Assess(e calendar.Event, apps []App) (Interview, []Proposal) {
	props := Propose(e, apps)
	var boost []signal
	if len(props) > 0 {
		for _, r := range props[0].people {
			boost = append(boost, signal{0.35, r})
		}
	}
	return classify(e, boost), props
}

// signal is one piece of evidence with its weight.
type signal struct {
	w      float64
	reason string
}

func classify(e calendar.Event, extra []signal) Interview {
	title := e.Title
	desc := e.Description
	if len(desc) > maxText {
		desc = desc[:maxText]
	}
	tt, dt := newText(title), newText(desc+" "+e.Location)
	var pos []signal
	if q, _, ok := find(interviewCues, tt); ok {
		pos = append(pos, signal{q.weight, fmt.Sprintf("title says %q", short(title))})
	}
	if q, label, ok := find(interviewCues, dt); ok {
		pos = append(pos, signal{q.weight * 0.6, fmt.Sprintf("description mentions %q", label)})
	}
	if tool, who := hiringTool(e); tool != "" {
		pos = append(pos, signal{0.55, fmt.Sprintf("%s is from %s, a hiring tool", who, tool)})
	}
	if e.MeetingURL != "" {
		pos = append(pos, signal{0.1, "has a video-call link"})
	}
	pos = append(pos, extra...)
	conf := 0.0
	var reasons []string
	miss := 1.0
	for _, s := range pos {
		miss *= 1 - s.w
		reasons = append(reasons, s.reason)
	}
	conf = 1 - miss
	penalise := func(f float64, reason string) {
		if conf > 0 {
			conf *= f
			reasons = append(reasons, reason)
		}
	}
	if q, label, ok := find(notInterview, tt); ok {
		penalise(1-0.85*q.weight, fmt.Sprintf("but the title says %q", label))
	} else if q, label, ok := find(notInterview, dt); ok && q.weight >= 1 {
		penalise(0.5, fmt.Sprintf("but the description mentions %q", label))
	}
	if q, label, ok := find(otherEvent, tt); ok {
		penalise(1-0.8*q.weight, fmt.Sprintf("but the title says %q", label))
	}
	if e.AllDay {
		penalise(0.35, "but it lasts all day")
	} else if h := e.End.Sub(e.Start).Hours(); h > 6 {
		penalise(0.6, fmt.Sprintf("but it lasts %.0f hours", h))
	}
	if e.RecurrenceID != "" {
		penalise(0.6, "but it repeats")
	}
	if e.Status == "cancelled" {
		reasons = append(reasons, "it was cancelled")
	}
	conf = round(conf)
	return Interview{IsInterview: conf >= Threshold, Confidence: conf, Reasons: reasons}
}

func round(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 60 {
		return string(r[:57]) + "..."
	}
	return s
}

// hiringTools are domains of applicant-tracking, scheduling and assessment
// services that send interview invitations.
var hiringTools = map[string]string{
	"greenhouse.io": "Greenhouse", "lever.co": "Lever", "ashbyhq.com": "Ashby", "goodtime.io": "GoodTime",
	"modernloop.io": "ModernLoop", "gem.com": "Gem", "myworkday.com": "Workday", "myworkdayjobs.com": "Workday",
	"smartrecruiters.com": "SmartRecruiters", "icims.com": "iCIMS", "jobvite.com": "Jobvite", "workable.com": "Workable",
	"recruitee.com": "Recruitee", "teamtailor.com": "Teamtailor", "personio.de": "Personio", "personio.com": "Personio",
	"hirevue.com": "HireVue", "codesignal.com": "CodeSignal", "hackerrank.com": "HackerRank", "coderpad.io": "CoderPad",
	"karat.io": "Karat", "karat.com": "Karat", "paradox.ai": "Paradox", "prelude.co": "Prelude", "bamboohr.com": "BambooHR",
	"breezy.hr": "Breezy HR", "jazzhr.com": "JazzHR", "taleo.net": "Taleo", "successfactors.com": "SuccessFactors",
	"rippling.com": "Rippling", "pinpointhq.com": "Pinpoint", "join.com": "JOIN", "talentlyft.com": "TalentLyft",
}

// hiringTool finds a hiring tool among the event's people and links.
func hiringTool(e calendar.Event) (tool, who string) {
	for _, p := range people(e) {
		if t, ok := hiringTools[p.registrable]; ok {
			return t, p.role + " " + p.email
		}
	}
	text := e.Description + " " + e.Location + " " + e.MeetingURL
	if len(text) > maxText {
		text = text[:maxText]
	}
	lower := strings.ToLower(text)
	for d, t := range hiringTools {
		if i := strings.Index(lower, d); i > 0 && (lower[i-1] == '.' || lower[i-1] == '/' || lower[i-1] == '@') {
			return t, "a link"
		}
	}
	return "", ""
}
