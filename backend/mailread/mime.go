package mailread

import (
	"bytes"
	"errors"
	"html"
	"io"
	"mime/quotedprintable"
	"strings"
	"time"

	"github.com/emersion/go-message"
	"golang.org/x/text/encoding/charmap"

	"github.com/huntbook/huntbook/backend/lazyre"
)

// maxDepth bounds the nesting of multiparts and attached messages.
const maxDepth = 20

// walker collects the text and calendar parts of one message.
type walker struct {
	deadline time.Time
	plain    []string
	html     []string
	calendar [][]byte
	// forwarded are attached messages (message/rfc822), as text with
	// their own header lines.
	forwarded []string
	// alt: this walker reads the parts of a multipart/alternative, where an
	// HTML part after a substantial plain one is not even decoded.
	alt bool
}

func (w *walker) late() bool { return !w.deadline.IsZero() && time.Now().After(w.deadline) }

// entity reads one part and its children. Broken parts end their branch;
// what was read before stays.
func (w *walker) entity(e *message.Entity, depth int) error {
	if w.late() {
		return errDeadline
	}
	if depth > maxDepth {
		return nil
	}
	if mr := e.MultipartReader(); mr != nil {
		mt, _, _ := e.Header.ContentType()
		if mt == "multipart/alternative" {
			return w.alternative(mr, depth)
		}
		for {
			p, err := mr.NextPart()
			if partsEnd(err) {
				return nil
			}
			if err := w.entity(p, depth+1); err != nil {
				return err
			}
		}
	}
	return w.leaf(e, depth)
}

// alternative keeps the plain text of a multipart/alternative when it has
// one (the HTML otherwise), and any calendar part.
func (w *walker) alternative(mr message.MultipartReader, depth int) error {
	sub := walker{deadline: w.deadline, alt: true}
	for {
		p, err := mr.NextPart()
		if partsEnd(err) {
			break
		}
		if err := sub.entity(p, depth+1); err != nil {
			return err
		}
	}
	plain := strings.TrimSpace(strings.Join(sub.plain, "\n"))
	htmlText := ""
	if len(sub.html) > 0 && len(plain) < 200 {
		var err error
		if htmlText, err = htmlToText(strings.Join(sub.html, "\n"), w.deadline); err != nil {
			return err
		}
	}
	// A plain part that only says "view this mail in a browser" is worth
	// less than the HTML.
	if plain != "" && (len(plain) >= 200 || len(plain)*3 >= len(strings.TrimSpace(htmlText))) {
		w.plain = append(w.plain, plain)
	} else if htmlText != "" {
		w.plain = append(w.plain, htmlText)
	} else if plain != "" {
		w.plain = append(w.plain, plain)
	}
	w.calendar = append(w.calendar, sub.calendar...)
	w.forwarded = append(w.forwarded, sub.forwarded...)
	return nil
}

func (w *walker) leaf(e *message.Entity, depth int) error {
	mt, params, err := e.Header.ContentType()
	if err != nil || mt == "" {
		mt = "text/plain"
	}
	disp, _, _ := e.Header.ContentDisposition()
	switch {
	case mt == "text/calendar" || mt == "application/ics":
		b, err := io.ReadAll(e.Body)
		if err != nil && len(b) == 0 {
			return nil
		}
		w.calendar = append(w.calendar, b)
	case mt == "message/rfc822" || mt == "message/global":
		b, _ := io.ReadAll(e.Body)
		if inner, err := parseMessage(b, w.deadline); err == nil {
			w.forwarded = append(w.forwarded, forwardBlock(inner))
		} else if errors.Is(err, errDeadline) {
			return err
		}
	case disp == "attachment":
		return nil
	case mt == "text/html" && w.alt && len(strings.TrimSpace(strings.Join(w.plain, "\n"))) >= 200:
		return nil
	case mt == "text/plain" || mt == "text/html" || mt == "text/enriched":
		b, err := io.ReadAll(e.Body)
		if err != nil && len(b) == 0 {
			return nil
		}
		_, hasCharset := params["charset"]
		s := decodeBody(b, hasCharset)
		switch {
		case mt == "text/html":
			w.html = append(w.html, s)
		case e.Header.Get("Content-Type") == "" && looksQuotedPrintable(s):
			// a body stored undecoded, with no header to say so
			s = decodeQuotedPrintable(s)
			if looksHTML(s) {
				w.html = append(w.html, s)
			} else {
				w.plain = append(w.plain, s)
			}
		case e.Header.Get("Content-Type") == "" && looksHTML(s):
			w.html = append(w.html, s)
		default:
			w.plain = append(w.plain, unescapeEntities(s))
		}
	}
	_ = depth
	return nil
}

// partsEnd tells the end of a multipart's parts: its end, or a break that
// ends the branch (a part with an unknown charset or encoding is still read).
func partsEnd(err error) bool {
	return errors.Is(err, io.EOF) || (err != nil && !message.IsUnknownCharset(err) && !message.IsUnknownEncoding(err))
}

// decodeBody turns a decoded part into text. Parts whose charset is
// unknown or missing and that are not UTF-8 are read as Windows-1252.
func decodeBody(b []byte, _ bool) string {
	return toUTF8(b)
}

// forwardBlock writes an attached message as a forwarded block.
func forwardBlock(m *Message) string {
	var b strings.Builder
	b.WriteString("---------- Forwarded message ---------\n")
	if m.From.Email != "" {
		b.WriteString("From: " + formatAddress(m.From) + "\n")
	}
	if !m.Date.IsZero() {
		b.WriteString("Date: " + m.Date.Format(time.RFC1123Z) + "\n")
	}
	if m.Subject != "" {
		b.WriteString("Subject: " + m.Subject + "\n")
	}
	b.WriteString("\n")
	b.WriteString(m.FullText)
	return b.String()
}

func formatAddress(a Address) string {
	if a.Name == "" {
		return "<" + a.Email + ">"
	}
	return a.Name + " <" + a.Email + ">"
}

// finish builds FullText, Text and Calendar from what was collected.
func (w *walker) finish(m *Message) error {
	var parts []string
	for _, p := range w.plain {
		if p = strings.TrimSpace(normalizeNewlines(p)); p != "" {
			parts = append(parts, p)
		}
	}
	if plainLen := len(strings.Join(parts, "")); plainLen < 200 && len(w.html) > 0 {
		// no plain text, or a stub ("view this message in a browser")
		// beside the HTML parts of a multipart/mixed
		t, err := htmlToText(strings.Join(w.html, "\n"), w.deadline)
		if err != nil {
			return err
		}
		if t = strings.TrimSpace(t); t != "" && len(t) > plainLen+20 {
			parts = []string{t}
		}
	}
	for _, f := range w.forwarded {
		parts = append(parts, strings.TrimSpace(normalizeNewlines(f)))
	}
	m.FullText = strings.Join(parts, "\n\n")
	m.Calendar = w.calendar
	fwd := employerText(m.FullText, m.Subject)
	m.Text = fwd.text
	if fwd.from.Email != "" {
		m.Forwarded = fwd.from
		m.ForwardedSubject = fwd.subject
		m.ForwardedDate = fwd.date
	}
	return nil
}

func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

func decodeWindows1252(b []byte) string {
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return string(out)
}

// looksQuotedPrintable tells raw quoted-printable text (soft line breaks
// and =3D escapes) pasted or stored undecoded.
func looksQuotedPrintable(s string) bool {
	return strings.Count(s, "=\r\n")+strings.Count(s, "=\n") >= 2 && (strings.Contains(s, "=3D") || strings.Contains(s, "=20"))
}

func decodeQuotedPrintable(s string) string {
	b, err := io.ReadAll(quotedprintable.NewReader(strings.NewReader(s)))
	if err != nil && len(b) == 0 {
		return s
	}
	return toUTF8(b)
}

var entityRe = lazyre.New(`&(?:amp|lt|gt|quot|apos|nbsp|#\d{2,5}|#x[0-9a-fA-F]{2,4});`)

// unescapeEntities decodes the HTML entities some senders leave in their
// plain-text parts ("Cyber Systems &amp; Acquisition").
func unescapeEntities(s string) string {
	if !strings.Contains(s, "&") || !entityRe.MatchString(s) {
		return s
	}
	return entityRe.ReplaceAllStringFunc(s, html.UnescapeString)
}

func looksHTML(s string) bool {
	head := strings.ToLower(truncate(strings.TrimSpace(s), 2000))
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") ||
		(strings.Contains(head, "<body") || strings.Contains(head, "<div") || strings.Contains(head, "<p>") || strings.Contains(head, "<br")) &&
			bytes.Count([]byte(head), []byte("<")) >= 3
}
