package ics

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/huntbook/huntbook/backend/calendar"
)

// now stamps DTSTAMP for events without an Updated time; tests replace it.
var now = time.Now

// Write exports events as one VCALENDAR (RFC 5545): CRLF line ends, lines
// folded at 75 octets without splitting a UTF-8 character, text escaped.
// Times are written in UTC; all-day events as dates. An expanded occurrence
// keeps its UID and gets a RECURRENCE-ID, so calendar apps see instances of
// one series.
func Write(w io.Writer, events []calendar.Event, prodID string) error {
	if prodID == "" {
		prodID = "-//Huntbook//Huntbook//EN"
	}
	bw := bufio.NewWriter(w)
	lw := &lineWriter{w: bw}
	lw.line("BEGIN", nil, "VCALENDAR")
	lw.line("VERSION", nil, "2.0")
	lw.line("PRODID", nil, escapeText(prodID))
	lw.line("CALSCALE", nil, "GREGORIAN")
	lw.line("METHOD", nil, "PUBLISH")
	for i := range events {
		writeEvent(lw, &events[i])
	}
	lw.line("END", nil, "VCALENDAR")
	if lw.err != nil {
		return fmt.Errorf("write calendar: %w", lw.err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write calendar: %w", err)
	}
	return nil
}

func writeEvent(lw *lineWriter, e *calendar.Event) {
	lw.line("BEGIN", nil, "VEVENT")
	uid := e.UID
	if uid == "" {
		uid = fmt.Sprintf("huntbook-%d@huntbook", e.Start.Unix())
	}
	lw.line("UID", nil, escapeText(uid))
	stamp := e.Updated
	if stamp.IsZero() {
		stamp = now()
	}
	lw.line("DTSTAMP", nil, utc(stamp))
	if e.AllDay {
		lw.line("DTSTART", []string{"VALUE=DATE"}, e.Start.UTC().Format("20060102"))
		end := e.End
		if !end.After(e.Start) {
			end = e.Start.AddDate(0, 0, 1)
		}
		lw.line("DTEND", []string{"VALUE=DATE"}, end.UTC().Format("20060102"))
	} else {
		lw.line("DTSTART", nil, utc(e.Start))
		if !e.End.IsZero() && !e.End.Before(e.Start) {
			lw.line("DTEND", nil, utc(e.End))
		}
	}
	if e.RecurrenceID != "" {
		if t, err := time.Parse(time.RFC3339, e.RecurrenceID); err == nil {
			if e.AllDay {
				lw.line("RECURRENCE-ID", []string{"VALUE=DATE"}, t.UTC().Format("20060102"))
			} else {
				lw.line("RECURRENCE-ID", nil, utc(t))
			}
		}
	}
	lw.line("SUMMARY", nil, escapeText(e.Title))
	if e.Description != "" {
		lw.line("DESCRIPTION", nil, escapeText(e.Description))
	}
	if e.Location != "" {
		lw.line("LOCATION", nil, escapeText(e.Location))
	}
	if e.MeetingURL != "" {
		lw.line("URL", nil, e.MeetingURL)
		lw.line("CONFERENCE", []string{"VALUE=URI", "FEATURE=AUDIO,VIDEO"}, e.MeetingURL)
	}
	if cats := categories(e.Categories); cats != "" {
		lw.line("CATEGORIES", nil, cats)
	}
	if e.Status != "" {
		lw.line("STATUS", nil, strings.ToUpper(e.Status))
	}
	if o := e.Organizer; o != nil && o.Email != "" {
		lw.line("ORGANIZER", cn(o.Name), "mailto:"+o.Email)
	}
	for _, a := range e.Attendees {
		if a.Email != "" {
			lw.line("ATTENDEE", cn(a.Name), "mailto:"+a.Email)
		}
	}
	lw.line("END", nil, "VEVENT")
}

// categories joins non-empty categories as one TEXT list, each escaped.
func categories(cs []string) string {
	var out []string
	for _, c := range cs {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, escapeText(c))
		}
	}
	return strings.Join(out, ",")
}

func utc(t time.Time) string { return t.UTC().Format("20060102T150405Z") }

// cn returns a CN parameter, quoted, without the characters a parameter
// value cannot hold.
func cn(name string) []string {
	name = strings.Map(func(r rune) rune {
		if r == '"' || r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, name)
	if name == "" {
		return nil
	}
	return []string{`CN="` + name + `"`}
}

// escapeText escapes a TEXT value: backslash, semicolon, comma, newline.
func escapeText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	r := strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\n", `\n`, "\r", `\n`)
	return r.Replace(s)
}

// lineWriter writes content lines folded at 75 octets.
type lineWriter struct {
	w   *bufio.Writer
	err error
}

func (lw *lineWriter) line(name string, params []string, value string) {
	if lw.err != nil {
		return
	}
	var b strings.Builder
	b.WriteString(name)
	for _, p := range params {
		b.WriteByte(';')
		b.WriteString(p)
	}
	b.WriteByte(':')
	b.WriteString(value)
	lw.err = fold(lw.w, b.String())
}

// fold writes s as lines of at most 75 octets (continuations start with a
// space, which counts), never splitting a UTF-8 sequence, each ended by CRLF.
func fold(w *bufio.Writer, s string) error {
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		if _, err := w.WriteString(s[:cut]); err != nil {
			return err
		}
		if _, err := w.WriteString("\r\n "); err != nil {
			return err
		}
		s = s[cut:]
		limit = 74
	}
	_, err := w.WriteString(s + "\r\n")
	return err
}
