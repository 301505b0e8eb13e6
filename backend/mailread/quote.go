package mailread

import (
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/lazyre"
)

// forwardMarker starts a forwarded message in Gmail, Apple Mail, Outlook,
// Thunderbird and their translations.
var forwardMarker = lazyre.New(`(?i)^[\s\-_=*>]*(forwarded message|begin forwarded message|weitergeleitete nachricht|` +
	`anfang der weitergeleiteten nachricht|message transf[ée]r[ée]|d[ée]but du message r[ée]exp[ée]di[ée]|mensaje reenviado|` +
	`inicio del mensaje reenviado|doorgestuurd bericht|begin doorgestuurd bericht|forwarded by)\b.*$`)

// originalMarker starts the quoted original of a reply (or, with a
// forwarding subject, of a forward).
var originalMarker = lazyre.New(`(?i)^[\s\-_]*(original message|urspr[üu]ngliche nachricht|message d'origine|` +
	`mensaje original|oorspronkelijk bericht|original-nachricht)[\s\-_]*$`)

// wroteLine is the attribution line above a quoted reply.
var wroteLine = lazyre.New(`(?i)^(on|am|le|el|op)\s.{4,300}(wrote|schrieb|a\s+[ée]crit|escribi[óo]|schreef)\s*:?\s*$`)

var forwardSubject = lazyre.New(`(?i)^\s*(fwd?|wg|tr|rv|doorst|fs|enc)\s*:`)

// headerLine matches the header lines of a quoted or forwarded message in
// the five languages.
var headerLine = lazyre.New(`(?i)^\s*\*?(from|von|de|van|sent|date|gesendet|datum|envoy[ée]|enviado|fecha|verzonden|verstuurd|` +
	`to|an|[àa]|para|aan|cc|subject|betreff|objet|asunto|onderwerp|reply-to)\*?\s*:\s*(.*)$`)

type employerPart struct {
	text    string
	from    Address
	subject string
	date    time.Time
}

// employerText finds what the employer wrote in a message's text: the
// forwarded message of a forward (without the forwarder's note and the
// header block), and the top of a reply (without the quoted thread and
// ">" lines).
func employerText(full, subject string) employerPart {
	lines := strings.Split(full, "\n")
	isFwdSubject := forwardSubject.MatchString(subject)
	for i, l := range lines {
		t := strings.TrimSpace(l)
		fwd := len(t) < 120 && mayMark(t, forwardWords) && forwardMarker.MatchString(t)
		if !fwd && isFwdSubject && ((mayMark(t, originalWords) && originalMarker.MatchString(t)) || startsHeaderBlock(lines, i)) {
			fwd = true
		}
		if !fwd {
			continue
		}
		start := i + 1
		if startsHeaderBlock(lines, i) {
			start = i
		}
		p := employerPart{}
		j := readHeaderBlock(lines, start, &p)
		rest := strings.Join(lines[j:], "\n")
		inner := employerText(rest, "")
		p.text = inner.text
		if inner.from.Email != "" { // a forward of a forward: the innermost
			p.from, p.subject, p.date = inner.from, inner.subject, inner.date
		}
		if strings.TrimSpace(p.text) == "" {
			break
		}
		return p
	}
	return employerPart{text: replyTop(lines)}
}

// replyTop keeps the lines above the quoted part of a reply, without
// quoted (">") lines; when that leaves nothing, the unquoted whole.
func replyTop(lines []string) string {
	var out []string
	cut := false
	for i := 0; i < len(lines) && !cut; i++ {
		t := strings.TrimSpace(lines[i])
		switch {
		case strings.HasPrefix(t, ">"):
			continue
		case t != "" && mayMark(t, originalWords) && originalMarker.MatchString(t):
			cut = true
		case isWrote(lines, i):
			cut = true
		case startsHeaderBlock(lines, i) && i > 0:
			cut = true
		default:
			out = append(out, lines[i])
		}
	}
	for len(out) > 0 && isRule(out[len(out)-1]) {
		out = out[:len(out)-1]
	}
	s := strings.TrimSpace(strings.Join(out, "\n"))
	if s == "" {
		var all []string
		for _, l := range lines {
			all = append(all, strings.TrimLeft(l, "> "))
		}
		s = strings.TrimSpace(strings.Join(all, "\n"))
	}
	return s
}

// Words one of which each marker line holds, checked before the regular
// expressions (which cost more on every line of a long message).
var (
	forwardWords  = []string{"forward", "weitergeleit", "transf", "réexp", "reexp", "reenviado", "doorgestuurd"}
	originalWords = []string{"original", "ursprüngliche", "origine", "oorspronkelijk"}
	wroteWords    = []string{"wrote", "schrieb", "crit", "escribi", "schreef"}
)

// mayMark tells whether line holds one of words (any case).
func mayMark(line string, words []string) bool {
	if len(line) > 400 {
		return false
	}
	low := strings.ToLower(line)
	for _, w := range words {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// isRule tells a separator line ("______", "-----") or a blank one.
func isRule(l string) bool {
	return strings.Trim(l, " \t_-=*") == ""
}

// isWrote tells an "On <date>, <name> wrote:" line, which mail programs
// may wrap over two or three lines.
func isWrote(lines []string, i int) bool {
	t := strings.TrimSpace(lines[i])
	if t == "" || len(t) > 300 || !wroteStart(t) {
		return false
	}
	near := t
	for k := 1; k <= 2 && i+k < len(lines); k++ {
		near += " " + lines[i+k]
	}
	if !mayMark(near, wroteWords) {
		return false
	}
	if wroteLine.MatchString(t) {
		return true
	}
	joined := t
	for k := 1; k <= 2 && i+k < len(lines); k++ {
		joined += " " + strings.TrimSpace(lines[i+k])
		if len(joined) < 320 && wroteLine.MatchString(joined) {
			return true
		}
	}
	return false
}

// wroteStart tells a line that may start an attribution ("On", "Am",
// "Le", "El", "Op").
func wroteStart(t string) bool {
	if len(t) < 3 || t[2] != ' ' {
		return false
	}
	switch strings.ToLower(t[:2]) {
	case "on", "am", "le", "el", "op":
		return true
	}
	return false
}

// startsHeaderBlock tells a quoted message's header block at line i: a
// From line followed within four lines by a Sent/Date or Subject line.
func startsHeaderBlock(lines []string, i int) bool {
	if !strings.Contains(lines[i], ":") || len(lines[i]) > 300 {
		return false
	}
	m := headerLine.FindStringSubmatch(strings.TrimSpace(lines[i]))
	if m == nil || !isFromWord(m[1]) {
		return false
	}
	for k := i + 1; k < len(lines) && k <= i+5; k++ {
		var n []string
		if strings.Contains(lines[k], ":") {
			n = headerLine.FindStringSubmatch(strings.TrimSpace(lines[k]))
		}
		if n == nil {
			if strings.TrimSpace(lines[k]) == "" {
				return false
			}
			continue // a wrapped address
		}
		if isDateWord(n[1]) || isSubjectWord(n[1]) {
			return true
		}
	}
	return false
}

// readHeaderBlock reads the header lines of a forwarded message from line
// i, fills p and returns the first line after them.
func readHeaderBlock(lines []string, i int, p *employerPart) int {
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	seen := 0
	for ; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			if seen > 0 {
				return i + 1
			}
			continue
		}
		m := headerLine.FindStringSubmatch(t)
		if m == nil {
			if seen > 0 && seen < 6 && !strings.Contains(t, ". ") && len(t) < 100 && strings.Contains(t, "@") {
				continue // a wrapped address list
			}
			return i
		}
		seen++
		v := strings.TrimSpace(m[2])
		switch {
		case isFromWord(m[1]):
			if as := looseAddresses(v); len(as) > 0 {
				p.from = as[0]
			} else if v != "" {
				p.from = Address{Name: strings.Trim(v, `"'`)}
			}
		case isSubjectWord(m[1]):
			p.subject = v
		case isDateWord(m[1]):
			p.date = parseDate(v)
		}
	}
	return i
}

func isFromWord(w string) bool {
	switch strings.ToLower(w) {
	case "from", "von", "de", "van":
		return true
	}
	return false
}

func isDateWord(w string) bool {
	switch strings.ToLower(w) {
	case "sent", "date", "gesendet", "datum", "envoyé", "envoye", "enviado", "fecha", "verzonden", "verstuurd":
		return true
	}
	return false
}

func isSubjectWord(w string) bool {
	switch strings.ToLower(w) {
	case "subject", "betreff", "objet", "asunto", "onderwerp":
		return true
	}
	return false
}
