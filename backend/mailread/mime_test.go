package mailread

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

func read(t *testing.T, raw string) *Message {
	t.Helper()
	m, err := ReadMessage(strings.NewReader(raw), Limits{})
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	return m
}

func TestBase64AndLatin1(t *testing.T) {
	m := read(t, "From: a@acme.de\nSubject: =?ISO-8859-1?Q?Ihre_Bewerbung_f=FCr_Acme?=\n"+
		"Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: base64\n\n"+
		"VmllbGVuIERhbmsgZvxyIElocmUgQmV3ZXJidW5nLg==\n")
	if m.Subject != "Ihre Bewerbung für Acme" || m.Text != "Vielen Dank für Ihre Bewerbung." {
		t.Fatalf("subject %q text %q", m.Subject, m.Text)
	}
}

func TestWindows1252(t *testing.T) {
	// labelled: curly quotes and the euro sign
	m := read(t, "From: a@acme.com\nContent-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: quoted-printable\n\n"+
		"=93We=92re pleased=94 =80 5k\n")
	if m.Text != "“We’re pleased” € 5k" {
		t.Fatalf("labelled: %q", m.Text)
	}
	// unlabelled 8-bit: read as Windows-1252, never invalid UTF-8
	m = read(t, "From: a@acme.com\nSubject: Caf\xe9\n\nr\xe9sum\xe9 re\xe7u\n")
	if m.Text != "résumé reçu" || m.Subject != "Café" {
		t.Fatalf("unlabelled: %q %q", m.Subject, m.Text)
	}
}

func TestHTMLOnly(t *testing.T) {
	m := read(t, "From: jobs@acme.com\nContent-Type: text/html; charset=utf-8\n\n"+
		`<html><head><title>T</title><style>p{color:red}</style><script>alert(1)</script></head><body>`+
		`<div>Hi Sam,</div><p>We&rsquo;re sorry &amp; <b>unfortunately</b> no.<br>Best,<br>Acme</p>`+
		`<img src="https://track.example/pixel.gif" alt="tracker"><ul><li>one</li><li>two</li></ul>`+
		`<blockquote>On Mon, Sam wrote: I am available</blockquote></body></html>`)
	for _, want := range []string{"Hi Sam,", "We’re sorry & unfortunately no.", "Best,\nAcme", "- one\n- two"} {
		if !strings.Contains(m.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, m.Text)
		}
	}
	for _, bad := range []string{"alert", "color:red", "tracker", "pixel", "available"} {
		if strings.Contains(m.Text, bad) {
			t.Errorf("text has %q:\n%s", bad, m.Text)
		}
	}
	if !strings.Contains(m.FullText, "> On Mon, Sam wrote: I am available") {
		t.Errorf("full text lacks the quote:\n%s", m.FullText)
	}
}

func TestNestedMultipartAttachmentsAndCalendar(t *testing.T) {
	raw := "From: hr@acme.com\nSubject: Interview\nContent-Type: multipart/mixed; boundary=A\n\n" +
		"--A\nContent-Type: multipart/related; boundary=B\n\n" +
		"--B\nContent-Type: multipart/alternative; boundary=C\n\n" +
		"--C\nContent-Type: text/plain\n\nSee you on Monday.\n" +
		"--C\nContent-Type: text/html\n\n<p>See you on <b>Monday</b>.</p>\n" +
		"--C\nContent-Type: text/calendar; method=REQUEST\n\nBEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\n" +
		"DTSTART;TZID=Pacific Standard Time:20250324T090000\r\nDTEND;TZID=Pacific Standard Time:20250324T093000\r\n" +
		"SUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" +
		"--C--\n--B\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--B--\n" +
		"--A\nContent-Type: text/plain\nContent-Disposition: attachment; filename=cv.txt\n\nMY OWN CV TEXT\n--A--\n"
	m := read(t, raw)
	if m.Text != "See you on Monday." || len(m.Calendar) != 1 {
		t.Fatalf("text %q, %d calendar parts", m.Text, len(m.Calendar))
	}
	r := Classify(m, time.UTC)
	if r.Kind != KindInterview || r.Interview == nil || r.Interview.Start.Format(time.RFC3339) != "2025-03-24T09:00:00-07:00" {
		t.Fatalf("reading %+v", r)
	}
}

func TestBrokenHeadersAndMissingDate(t *testing.T) {
	raw := "From: Acme Recruiting <jobs@acme.com\nthis line is not a header\nSubject: Your application\n" +
		"Date: yesterday-ish\nContent-Type: multipart/alternative; boundary=X\n\n--X\nContent-Type: text/plain\n\n" +
		"Thank you for applying to Acme.\n" // no closing boundary
	m := read(t, raw)
	if m.From.Email != "jobs@acme.com" || m.Subject != "Your application" || !m.Date.IsZero() ||
		!strings.Contains(m.Text, "Thank you for applying to Acme.") {
		t.Fatalf("read %+v", m)
	}
	if r := Classify(m, time.UTC); r.Kind != KindConfirmation || r.Company != "Acme" {
		t.Fatalf("reading %+v", r)
	}
	// an unknown charset still gives the text
	m = read(t, "From: a@b.com\nContent-Type: text/plain; charset=x-klingon\n\nplain words\n")
	if m.Text != "plain words" {
		t.Fatalf("unknown charset: %q", m.Text)
	}
}

func TestPastedText(t *testing.T) {
	m := read(t, "\n  Hi Sam,\n\nUnfortunately we have decided not to proceed with your application for the Data Analyst role.\n\nAcme Talent Team\n")
	if m.Subject != "Hi Sam," || !strings.HasPrefix(m.Text, "Hi Sam,") || m.From.Email != "" {
		t.Fatalf("pasted: %+v", m)
	}
	r := Classify(m, time.UTC)
	if r.Kind != KindRejection || r.Company != "Acme" || r.Title != "Data Analyst" {
		t.Fatalf("reading %+v", r)
	}
	// pasted from Outlook with its header lines
	m = read(t, "From: Jane Roe <jane@globex.com>\nSent: Tuesday, March 4, 2025 3:12 PM\nTo: Sam\nSubject: Interview\n\nCan you do Thursday?\n")
	if m.From.Email != "jane@globex.com" || m.Subject != "Interview" || m.Text != "Can you do Thursday?" {
		t.Fatalf("outlook paste: %+v", m)
	}
	// a raw quoted-printable HTML body pasted as is
	m = read(t, "<html><body><p>We regret to inform you that the position=\n has been filled.</p><p class=3D\"x\">Acme</p></body></html>=\n\n")
	if !strings.Contains(m.Text, "We regret to inform you that the position has been filled.") {
		t.Fatalf("qp paste: %q", m.Text)
	}
}

func TestRepliesAndForwards(t *testing.T) {
	m := read(t, "From: dana@corvexa.com\nSubject: Re: availability\n\nTuesday works.\n\n"+
		"On Mon, 17 Mar 2025 at 09:41, Sam Taylor <sam@x.com>\nwrote:\n> Unfortunately I cannot do Monday.\n")
	if m.Text != "Tuesday works." {
		t.Fatalf("reply: %q", m.Text)
	}
	m = read(t, "From: dana@corvexa.com\nSubject: RE: availability\n\nThursday then.\n\n"+
		"________________________________\nFrom: Sam Taylor <sam@x.com>\nSent: Monday, March 17, 2025 9:41 AM\n"+
		"To: Dana <dana@corvexa.com>\nSubject: availability\n\nUnfortunately I cannot do Monday.\n")
	if m.Text != "Thursday then." {
		t.Fatalf("outlook reply: %q", m.Text)
	}
	// a German forward: the candidate's note goes, the employer's mail stays
	m = read(t, "From: me@web.de\nSubject: WG: Ihre Bewerbung\n\nFreue mich auf das Angebot!\n\n"+
		"-------- Weitergeleitete Nachricht --------\nVon: Acme HR <hr@acme.de>\nDatum: 12.03.2025\n"+
		"Betreff: Ihre Bewerbung\nAn: me@web.de\n\nLeider müssen wir Ihnen absagen.\n")
	if m.Text != "Leider müssen wir Ihnen absagen." || m.Forwarded.Email != "hr@acme.de" || m.ForwardedSubject != "Ihre Bewerbung" {
		t.Fatalf("forward: %q from %v", m.Text, m.Forwarded)
	}
	if r := Classify(m, time.UTC); r.Kind != KindRejection || r.Company != "Acme" || r.Language != "de" {
		t.Fatalf("forward reading %+v", r)
	}
	// an attached message (message/rfc822) is read as a forward
	m = read(t, "From: me@gmail.com\nSubject: Fwd: offer\nContent-Type: multipart/mixed; boundary=Z\n\n--Z\nContent-Type: text/plain\n\nlook!\n"+
		"--Z\nContent-Type: message/rfc822\n\nFrom: Nina <nina@fernhollow.ai>\nSubject: Offer letter\n\n"+
		"We are delighted to extend an offer for the ML Engineer position.\n--Z--\n")
	if m.Forwarded.Email != "nina@fernhollow.ai" || !strings.HasPrefix(m.Text, "We are delighted") {
		t.Fatalf("attached: %q from %v", m.Text, m.Forwarded)
	}
}

func TestMessageLimits(t *testing.T) {
	big := "From: a@b.com\n\n" + strings.Repeat("x", 2000)
	_, err := ReadMessage(strings.NewReader(big), Limits{MaxMessageBytes: 1000})
	var me *model.Error
	if !errors.As(err, &me) || me.Code != model.CodeTooLarge {
		t.Fatalf("too large: %v", err)
	}
	html := "From: a@b.com\nContent-Type: text/html\n\n" + strings.Repeat("<div><p>word</p></div>", 20000)
	if _, err := ReadMessage(strings.NewReader(html), Limits{PerMessage: time.Nanosecond}); !errors.Is(err, errDeadline) {
		t.Fatalf("deadline: %v", err)
	}
}

func TestMixedTextPartsFromIMAP(t *testing.T) {
	// the IMAP reader sends the text parts as a multipart/mixed
	raw := "From: hr@acme.com\nSubject: x\nContent-Type: multipart/mixed; boundary=M\n\n" +
		"--M\nContent-Type: text/plain\n\nView this email in your browser.\n" +
		"--M\nContent-Type: text/html\n\n<p>We regret to inform you that the Data Analyst position has been filled.</p>\n--M--\n"
	if m := read(t, raw); m.Text != "We regret to inform you that the Data Analyst position has been filled." {
		t.Fatalf("stub plain part: %q", m.Text)
	}
	raw = strings.Replace(raw, "View this email in your browser.", "Thank you for applying. "+strings.Repeat("We will be in touch. ", 12), 1)
	if m := read(t, raw); !strings.HasPrefix(m.Text, "Thank you for applying.") {
		t.Fatalf("full plain part: %q", m.Text)
	}
}
