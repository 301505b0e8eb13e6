package mailread

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/mail"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/emersion/go-message"
	// Registers the charsets (ISO-8859-x, Windows-125x, Shift_JIS, ...) that
	// message bodies and encoded headers name.
	_ "github.com/emersion/go-message/charset"
	gomail "github.com/emersion/go-message/mail"

	"github.com/huntbook/huntbook/backend/lazyre"
	"github.com/huntbook/huntbook/backend/model"
)

// errDeadline is returned when a message takes longer than Limits.PerMessage.
var errDeadline = errors.New("reading the message took too long")

// keptHeaders are the headers copied into Message.Header.
var keptHeaders = []string{
	"List-Unsubscribe", "List-Id", "List-Post", "Auto-Submitted", "Precedence", "X-Mailer",
	"X-Auto-Response-Suppress", "X-Campaign", "X-Mailgun-Tag", "Feedback-ID", "Sender",
	"X-Original-Sender", "X-Forwarded-For", "X-Linkedin-Class", "X-Linkedin-Template",
}

// ReadMessage reads one RFC 822 message: an .eml file, a message from an
// mbox, the message the IMAP client synthesizes, or text a user pasted
// (with or without headers). It fails only when the message is larger than
// lim.MaxMessageBytes, takes longer than lim.PerMessage, or the reader
// fails; malformed headers and parts are read as far as they go.
func ReadMessage(r io.Reader, lim Limits) (*Message, error) {
	lim = lim.withDefaults()
	data, err := io.ReadAll(io.LimitReader(r, lim.MaxMessageBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read message: %w", err)
	}
	if int64(len(data)) > lim.MaxMessageBytes {
		return nil, tooLarge(lim.MaxMessageBytes)
	}
	return parseMessage(data, time.Now().Add(lim.PerMessage))
}

func tooLarge(limit int64) error {
	return model.Errorf(model.CodeTooLarge, "the message is larger than %s", sizeText(limit))
}

func sizeText(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GB", n>>30)
	case n >= 1<<20:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d kB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// parseMessage reads data, giving up at deadline.
func parseMessage(data []byte, deadline time.Time) (*Message, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	data = trimLeadingBlank(data)
	if bytes.HasPrefix(data, []byte("From ")) { // an mbox separator left on an .eml
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			data = data[i+1:]
		}
	}
	head, body, ok := splitHeader(data)
	if !ok {
		return headerless(data, deadline)
	}
	e, err := message.Read(io.MultiReader(bytes.NewReader(head), bytes.NewReader(body)))
	if err != nil && !message.IsUnknownCharset(err) && !message.IsUnknownEncoding(err) {
		return headerless(data, deadline)
	}
	m := &Message{Header: map[string]string{}}
	readEnvelope(m, gomail.Header{Header: e.Header})
	w := walker{deadline: deadline}
	if err := w.entity(e, 0); err != nil {
		return nil, err
	}
	if err := w.finish(m); err != nil {
		return nil, err
	}
	return m, nil
}

// headerless reads pasted text that has no header: the whole is the body.
func headerless(data []byte, deadline time.Time) (*Message, error) {
	m := &Message{Header: map[string]string{}}
	w := walker{deadline: deadline}
	s := toUTF8(data)
	if looksQuotedPrintable(s) {
		s = decodeQuotedPrintable(s)
	}
	if looksHTML(s) {
		w.html = append(w.html, s)
	} else {
		w.plain = append(w.plain, s)
	}
	if err := w.finish(m); err != nil {
		return nil, err
	}
	if m.Subject == "" {
		m.Subject = firstLine(m.Text, 120)
	}
	return m, nil
}

func trimLeadingBlank(b []byte) []byte {
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\n')
		line := b
		if i >= 0 {
			line = b[:i]
		}
		if len(bytes.TrimSpace(line)) != 0 || i < 0 {
			return b
		}
		b = b[i+1:]
	}
	return b
}

// isFieldLine tells a header field line: a name of printable characters
// other than ':' and a colon.
func isFieldLine(line []byte) bool {
	for i, c := range line {
		if c == ':' {
			return i > 0
		}
		if c < '!' || c > '~' {
			return false
		}
	}
	return false
}

// splitHeader separates the header block from the body and cleans the
// header: lines that are neither a field nor a continuation are dropped.
// ok is false when the text does not start with a header at all.
func splitHeader(data []byte) (head, body []byte, ok bool) {
	var out bytes.Buffer
	fields, known := 0, 0
	rest := data
	for len(rest) > 0 {
		i := bytes.IndexByte(rest, '\n')
		var line []byte
		if i < 0 {
			line, rest = rest, nil
		} else {
			line, rest = rest[:i], rest[i+1:]
		}
		line = bytes.TrimSuffix(line, []byte("\r"))
		if len(bytes.TrimSpace(line)) == 0 {
			body = rest
			break
		}
		switch {
		case line[0] == ' ' || line[0] == '\t':
			if fields > 0 {
				out.Write(line)
				out.WriteString("\r\n")
			}
		case isFieldLine(line):
			if fields == 0 && !isHeaderName(line) {
				return nil, nil, false // "Hi Jordan: ..." is text, not a header
			}
			fields++
			if isHeaderName(line) {
				known++
			}
			out.Write(line)
			out.WriteString("\r\n")
		default:
			if fields == 0 {
				return nil, nil, false
			}
			// a broken line inside the header: dropped
		}
	}
	if known == 0 {
		return nil, nil, false
	}
	out.WriteString("\r\n")
	return out.Bytes(), body, true
}

var commonHeaders = map[string]bool{
	"from": true, "to": true, "cc": true, "subject": true, "date": true, "sent": true, "message-id": true,
	"reply-to": true, "return-path": true, "received": true, "mime-version": true, "content-type": true,
	"delivered-to": true, "x-mailer": true, "in-reply-to": true, "references": true, "sender": true,
	"content-transfer-encoding": true, "x-gmail-labels": true, "dkim-signature": true,
	"arc-seal": true, "authentication-results": true, "x-received": true, "list-unsubscribe": true,
	"thread-topic": true, "thread-index": true, "importance": true, "user-agent": true,
}

func isHeaderName(line []byte) bool {
	i := bytes.IndexByte(line, ':')
	if i <= 0 {
		return false
	}
	k := strings.ToLower(string(line[:i]))
	return commonHeaders[k] || strings.HasPrefix(k, "x-") || strings.HasPrefix(k, "arc-") || strings.HasPrefix(k, "list-")
}

// readEnvelope copies the addresses, date, subject, ids and kept headers.
func readEnvelope(m *Message, h gomail.Header) {
	m.From = firstAddress(h, "From")
	if m.From.Email == "" {
		m.From = firstAddress(h, "Sender")
	}
	m.ReplyTo = firstAddress(h, "Reply-To")
	m.To = addresses(h, "To")
	if s, err := h.Subject(); err == nil {
		m.Subject = cleanSpace(s)
	} else {
		m.Subject = cleanSpace(h.Get("Subject"))
	}
	m.Date = parseDate(h.Get("Date"))
	if ids, err := h.MsgIDList("Message-Id"); err == nil && len(ids) > 0 {
		m.ID = ids[0]
	} else {
		m.ID = strings.Trim(strings.TrimSpace(h.Get("Message-Id")), "<>")
	}
	if ids, err := h.MsgIDList("In-Reply-To"); err == nil && len(ids) > 0 {
		m.InReplyTo = ids[0]
	}
	if ids, err := h.MsgIDList("References"); err == nil {
		m.References = ids
	}
	for _, k := range keptHeaders {
		if v := h.Get(k); v != "" {
			if t, err := h.Text(k); err == nil {
				v = t
			}
			m.Header[k] = cleanSpace(v)
		}
	}
}

var addrRe = lazyre.New(`[A-Za-z0-9._%+'=-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`)

func firstAddress(h gomail.Header, key string) Address {
	if as := addresses(h, key); len(as) > 0 {
		return as[0]
	}
	return Address{}
}

// addresses reads an address list, falling back to picking out the
// addresses of a header the strict parser refuses.
func addresses(h gomail.Header, key string) []Address {
	if list, err := h.AddressList(key); err == nil {
		out := make([]Address, 0, len(list))
		for _, a := range list {
			out = append(out, Address{Name: cleanSpace(a.Name), Email: strings.ToLower(a.Address)})
		}
		return out
	}
	raw, err := h.Text(key)
	if err != nil {
		raw = h.Get(key)
	}
	return looseAddresses(raw)
}

func looseAddresses(raw string) []Address {
	var out []Address
	for _, part := range strings.Split(raw, ",") {
		e := addrRe.FindString(part)
		if e == "" {
			continue
		}
		name := strings.TrimSpace(strings.Replace(part, e, "", 1))
		name = strings.Trim(name, ` "'<>()`)
		out = append(out, Address{Name: cleanSpace(name), Email: strings.ToLower(e)})
	}
	return out
}

var dateLayouts = []string{
	"Mon, 2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST", "Mon, 2 Jan 06 15:04:05 -0700", "Mon Jan 2 15:04:05 2006",
	"Monday, January 2, 2006 3:04 PM", "Monday, January 2, 2006 15:04", "January 2, 2006 3:04 PM",
	"2006-01-02 15:04:05", "2006-01-02T15:04:05Z07:00", "2006-01-02 15:04",
}

// parseDate reads a Date header leniently; zero when unreadable.
func parseDate(s string) time.Time {
	s = cleanSpace(s)
	if s == "" {
		return time.Time{}
	}
	if t, err := mail.ParseDate(s); err == nil {
		return t
	}
	if i := strings.Index(s, " ("); i > 0 { // "... -0500 (EST)"
		s = s[:i]
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// toUTF8 returns b as text: UTF-8 as is, anything else read as Windows-1252
// (the usual charset of unlabelled 8-bit mail).
func toUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	return decodeWindows1252(b)
}

// cleanSpace collapses white space; invalid UTF-8 (a raw 8-bit header)
// is read as Windows-1252.
func cleanSpace(s string) string {
	if !utf8.ValidString(s) {
		s = decodeWindows1252([]byte(s))
	}
	return strings.Join(strings.Fields(s), " ")
}

func firstLine(s string, n int) string {
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			if len(l) > n {
				l = truncate(l, n)
			}
			return l
		}
	}
	return ""
}

// truncate cuts s to at most n bytes on a rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
