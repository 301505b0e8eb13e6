package imapread_test

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/corpus"
	"github.com/huntbook/huntbook/backend/imapread"
	"github.com/huntbook/huntbook/backend/imapread/imaptest"
	"github.com/huntbook/huntbook/backend/mailread"
	"github.com/huntbook/huntbook/backend/model"
)

// attachmentMarker is in the attachment of every test message: it must
// never cross the wire.
const attachmentMarker = "QVRUQUNITUVOVC1TRUNSRVQtQllURVM"

func rejection(n int) []byte {
	return []byte(fmt.Sprintf("From: Rapid7 Talent <no-reply@rapid7.com>\r\n"+
		"To: me@example.org\r\n"+
		"Subject: Your application %d at Rapid7\r\n"+
		"Date: Mon, 3 Mar 2025 10:00:00 +0000\r\n"+
		"Message-ID: <r%d@rapid7.com>\r\n"+
		"MIME-Version: 1.0\r\n"+
		"Content-Type: multipart/mixed; boundary=\"outer\"\r\n"+
		"\r\n"+
		"--outer\r\n"+
		"Content-Type: multipart/alternative; boundary=\"alt\"\r\n"+
		"\r\n"+
		"--alt\r\n"+
		"Content-Type: text/plain; charset=\"iso-8859-1\"\r\n"+
		"Content-Transfer-Encoding: quoted-printable\r\n"+
		"\r\n"+
		"Unfortunately we will not move forward. Gr=FC=DFe from M=FCnchen.\r\n"+
		"--alt\r\n"+
		"Content-Type: text/html; charset=utf-8\r\n"+
		"Content-Transfer-Encoding: base64\r\n"+
		"\r\n"+
		"PHA+VW5mb3J0dW5hdGVseSB3ZSB3aWxsIG5vdCBtb3ZlIGZvcndhcmQuPC9wPg==\r\n"+
		"--alt--\r\n"+
		"--outer\r\n"+
		"Content-Type: application/pdf; name=\"offer.pdf\"\r\n"+
		"Content-Disposition: attachment; filename=\"offer.pdf\"\r\n"+
		"Content-Transfer-Encoding: base64\r\n"+
		"\r\n"+
		"%s\r\n"+
		"--outer\r\n"+
		"Content-Type: text/plain; name=\"notes.txt\"\r\n"+
		"Content-Disposition: attachment; filename=\"notes.txt\"\r\n"+
		"\r\n"+
		"%s in a text attachment\r\n"+
		"--outer--\r\n", n, n, attachmentMarker, attachmentMarker))
}

const invitation = "From: RAND Recruiting <recruiting@rand.org>\r\n" +
	"To: me@example.org\r\n" +
	"Subject: Interview invitation\r\n" +
	"Date: Tue, 4 Mar 2025 09:00:00 -0500\r\n" +
	"MIME-Version: 1.0\r\n" +
	"Content-Type: multipart/mixed; boundary=b1\r\n" +
	"\r\n" +
	"--b1\r\n" +
	"Content-Type: text/plain; charset=utf-8\r\n" +
	"\r\n" +
	"We would like to invite you to an interview.\r\n" +
	"--b1\r\n" +
	"Content-Type: text/calendar; charset=utf-8; method=REQUEST; name=invite.ics\r\n" +
	"Content-Disposition: attachment; filename=invite.ics\r\n" +
	"\r\n" +
	"BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nDTSTART:20250324T200000Z\r\nSUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" +
	"--b1\r\n" +
	"Content-Type: message/rfc822\r\n" +
	"\r\n" +
	"From: Hiring Manager <hm@rand.org>\r\n" +
	"Subject: Earlier note\r\n" +
	"Content-Type: text/plain; charset=utf-8\r\n" +
	"\r\n" +
	"Looking forward to meeting you.\r\n" +
	"--b1--\r\n"

const plainOnly = "From: jobs@example.com\r\nSubject: Plain one\r\nDate: Wed, 5 Mar 2025 09:00:00 +0000\r\n\r\nJust text.\r\n"

type delivered struct {
	folder string
	uid    uint32
	raw    []byte
}

func collect(out *[]delivered) imapread.Deliver {
	return func(folder string, uid uint32, raw io.Reader) error {
		b, err := io.ReadAll(raw)
		if err != nil {
			return err
		}
		*out = append(*out, delivered{folder, uid, b})
		return nil
	}
}

func account(s *imaptest.Server, security string) imapread.Account {
	return imapread.Account{Host: s.Host, Port: s.Port, Security: security, User: "me@example.org", Password: "app-pass"}
}

func opts(s *imaptest.Server) imapread.Options {
	return imapread.Options{TLSConfig: tlsConfig(s), DialTimeout: 5 * time.Second, CommandTimeout: 5 * time.Second}
}

func tlsConfig(s *imaptest.Server) *tls.Config { return &tls.Config{RootCAs: s.RootCAs} }

func start(t *testing.T, security string) *imaptest.Server {
	return imaptest.Start(t, imaptest.Config{Security: security, User: "me@example.org", Password: "app-pass"})
}

// assertReadOnly fails when the client sent anything but reads, or when the
// server saw a change or a flag.
func assertReadOnly(t *testing.T, s *imaptest.Server) {
	t.Helper()
	allowed := []string{"CAPABILITY", "STARTTLS", "LOGIN", "EXAMINE", "LIST", "UID SEARCH", "UID FETCH", "LOGOUT", "NOOP"}
	cmds := s.Commands()
	if len(cmds) == 0 {
		t.Fatal("the server saw no commands")
	}
	for _, c := range cmds {
		if !slices.Contains(allowed, c) {
			t.Errorf("client sent %s; commands: %v", c, cmds)
		}
	}
	for _, c := range []string{"SELECT", "STORE", "EXPUNGE", "COPY", "MOVE", "UID STORE", "UID COPY", "UID MOVE", "UID EXPUNGE", "APPEND"} {
		if slices.Contains(cmds, c) {
			t.Errorf("client sent %s", c)
		}
	}
	if ch := s.Changes(); len(ch) > 0 {
		t.Errorf("the server recorded changes: %v", ch)
	}
	recv := string(s.Received())
	if strings.Contains(recv, "BODY[") || strings.Contains(strings.ToUpper(recv), "RFC822 ") || strings.Contains(recv, `\Seen`) {
		t.Errorf("client asked for a body without PEEK or sent \\Seen:\n%s", recv)
	}
}

func TestSyncFirstIncrementalAndReadOnlyOverTLS(t *testing.T) {
	s := start(t, "tls")
	old := time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)
	recent := time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)
	s.Append("INBOX", []byte(plainOnly), old) // before Since: never read
	u1 := s.Append("INBOX", rejection(1), recent)
	u2 := s.Append("INBOX", []byte(invitation), recent)
	acct := account(s, imapread.SecurityTLS)
	acct.Since = time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)

	var got []delivered
	state, stats, err := imapread.Sync(context.Background(), acct, nil, opts(s), collect(&got))
	if err != nil {
		t.Fatalf("first sync: %v", err)
	}
	if len(got) != 2 || got[0].uid != u1 || got[1].uid != u2 {
		t.Fatalf("first sync delivered %v, want UIDs %d, %d", uids(got), u1, u2)
	}
	if st := state["INBOX"]; st.UIDValidity != 1 || st.LastUID != u2 {
		t.Errorf("state after first sync = %+v", st)
	}
	if stats.Delivered != 2 || stats.BytesRead == 0 || stats.BytesWritten == 0 || stats.Commands == 0 {
		t.Errorf("stats = %+v", stats)
	}

	// What mailread makes of the synthesized message.
	m, err := mailread.ReadMessage(bytes.NewReader(got[0].raw), mailread.Limits{})
	if err != nil {
		t.Fatalf("mailread: %v\n%s", err, got[0].raw)
	}
	if m.Subject != "Your application 1 at Rapid7" || m.From.Email != "no-reply@rapid7.com" {
		t.Errorf("envelope = %q from %q", m.Subject, m.From.Email)
	}
	if !strings.Contains(m.Text, "Grüße from München") {
		t.Errorf("text = %q, want the ISO-8859-1 quoted-printable text decoded", m.Text)
	}
	if bytes.Contains(got[0].raw, []byte(attachmentMarker)) || bytes.Contains(s.Sent(), []byte(attachmentMarker)) {
		t.Error("attachment bytes crossed the wire")
	}
	inv, err := mailread.ReadMessage(bytes.NewReader(got[1].raw), mailread.Limits{})
	if err != nil {
		t.Fatalf("mailread invitation: %v", err)
	}
	if len(inv.Calendar) != 1 || !bytes.Contains(inv.Calendar[0], []byte("DTSTART:20250324T200000Z")) {
		t.Errorf("calendar parts = %q", inv.Calendar)
	}
	if !strings.Contains(inv.FullText, "invite you to an interview") || !strings.Contains(inv.FullText, "Looking forward") {
		t.Errorf("invitation text = %q, want the text and the forwarded message", inv.FullText)
	}

	// Incremental: only the new message is fetched.
	u3 := s.Append("INBOX", []byte(plainOnly), time.Now())
	before := len(s.Sent())
	got = nil
	state, _, err = imapread.Sync(context.Background(), acct, state, opts(s), collect(&got))
	if err != nil {
		t.Fatalf("second sync: %v", err)
	}
	if len(got) != 1 || got[0].uid != u3 {
		t.Fatalf("second sync delivered %v, want only %d", uids(got), u3)
	}
	if sent := s.Sent()[before:]; bytes.Contains(sent, []byte("Rapid7")) {
		t.Error("the second sync fetched old messages again")
	}
	// Nothing new: no search, no fetch.
	got = nil
	n := len(s.Commands())
	state, _, err = imapread.Sync(context.Background(), acct, state, opts(s), collect(&got))
	if err != nil || len(got) != 0 {
		t.Fatalf("third sync: %v, %d delivered", err, len(got))
	}
	for _, c := range s.Commands()[n:] {
		if c == "UID SEARCH" || c == "UID FETCH" {
			t.Errorf("an idle sync sent %s", c)
		}
	}
	if state["INBOX"].LastUID != u3 {
		t.Errorf("LastUID = %d, want %d", state["INBOX"].LastUID, u3)
	}
	for _, uid := range []uint32{u1, u2, u3} {
		if f := s.Flags("INBOX", uid); len(f) != 0 {
			t.Errorf("message %d has flags %v", uid, f)
		}
	}
	assertReadOnly(t, s)
}

func uids(d []delivered) []uint32 {
	out := make([]uint32, len(d))
	for i, x := range d {
		out[i] = x.uid
	}
	return out
}

func TestSyncOverSTARTTLSWithTwoFolders(t *testing.T) {
	s := start(t, "starttls")
	s.AddFolder("Jobs", 7)
	s.Append("INBOX", []byte(plainOnly), time.Now())
	s.Append("Jobs", rejection(2), time.Now())
	acct := account(s, imapread.SecurityStartTLS)
	acct.Folders = []string{"INBOX", "Jobs"}
	var got []delivered
	state, stats, err := imapread.Sync(context.Background(), acct, nil, opts(s), collect(&got))
	if err != nil {
		t.Fatalf("sync: %v", err)
	}
	if len(got) != 2 || got[0].folder != "INBOX" || got[1].folder != "Jobs" {
		t.Fatalf("delivered %+v", got)
	}
	if state["Jobs"].UIDValidity != 7 || len(stats.Folders) != 2 {
		t.Errorf("state %+v, stats %+v", state, stats)
	}
	cmds := s.Commands()
	if i, j := slices.Index(cmds, "STARTTLS"), slices.Index(cmds, "LOGIN"); i < 0 || j < i {
		t.Errorf("LOGIN before STARTTLS: %v", cmds)
	}
	assertReadOnly(t, s)
}

func TestUIDValidityChangeReadsAgainFromSince(t *testing.T) {
	s := start(t, "tls")
	s.Append("INBOX", rejection(1), time.Now())
	s.Append("INBOX", rejection(2), time.Now())
	acct := account(s, imapread.SecurityTLS)
	var got []delivered
	state, _, err := imapread.Sync(context.Background(), acct, nil, opts(s), collect(&got))
	if err != nil || len(got) != 2 {
		t.Fatalf("first sync: %v, %d", err, len(got))
	}
	s.Renumber("INBOX", 2)
	got = nil
	state, stats, err := imapread.Sync(context.Background(), acct, state, opts(s), collect(&got))
	if err != nil {
		t.Fatalf("sync after renumbering: %v", err)
	}
	if len(got) != 2 || !stats.Folders[0].Reset || state["INBOX"].UIDValidity != 2 || state["INBOX"].LastUID != 2 {
		t.Errorf("after UIDVALIDITY change: %d delivered, stats %+v, state %+v", len(got), stats.Folders, state)
	}
}

func TestWrongPassword(t *testing.T) {
	s := start(t, "tls")
	acct := account(s, imapread.SecurityTLS)
	acct.Password = "wrong"
	_, _, err := imapread.Sync(context.Background(), acct, nil, opts(s), collect(new([]delivered)))
	var me *model.Error
	if !errors.As(err, &me) || me.Code != model.CodeInvalid || me.Field != "password" || !strings.Contains(me.Message, "app password") {
		t.Fatalf("err = %#v", err)
	}
	if strings.Contains(err.Error(), "wrong") {
		t.Error("the error repeats the password")
	}
}

func TestUntrustedCertificateFails(t *testing.T) {
	for _, sec := range []string{imapread.SecurityTLS, imapread.SecurityStartTLS} {
		t.Run(sec, func(t *testing.T) {
			s := start(t, sec)
			o := opts(s)
			o.TLSConfig = nil // the system roots do not trust the test certificate
			_, _, err := imapread.Sync(context.Background(), account(s, sec), nil, o, collect(new([]delivered)))
			var me *model.Error
			if !errors.As(err, &me) || me.Code != model.CodeUnavailable || !strings.Contains(me.Message, "secure connection") {
				t.Fatalf("err = %v", err)
			}
			if slices.Contains(s.Commands(), "LOGIN") {
				t.Error("the password was sent over an unverified connection")
			}
		})
	}
	o := imapread.Options{TLSConfig: &tls.Config{InsecureSkipVerify: true}} //nolint:gosec // the test checks it is refused
	if _, _, err := imapread.Sync(context.Background(), imapread.Account{Host: "h", Security: "tls", User: "u", Password: "p"}, nil, o, nil); err == nil {
		t.Error("InsecureSkipVerify was accepted")
	}
}

func TestServerThatNeverAnswers(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			t.Cleanup(func() { _ = c.Close() })
		}
	}()
	port := ln.Addr().(*net.TCPAddr).Port
	for _, sec := range []string{imapread.SecurityTLS, imapread.SecurityStartTLS} {
		acct := imapread.Account{Host: "127.0.0.1", Port: port, Security: sec, User: "u", Password: "p"}
		began := time.Now()
		_, _, err := imapread.Sync(context.Background(), acct, nil, imapread.Options{DialTimeout: 300 * time.Millisecond}, collect(new([]delivered)))
		var me *model.Error
		if !errors.As(err, &me) || me.Code != model.CodeUnavailable || !strings.Contains(me.Message, "did not answer") {
			t.Fatalf("%s: err = %v", sec, err)
		}
		if d := time.Since(began); d > 3*time.Second {
			t.Errorf("%s: gave up after %s", sec, d)
		}
	}
}

func TestServerThatStallsMidFetch(t *testing.T) {
	s := start(t, "tls")
	s.Append("INBOX", []byte(plainOnly), time.Now())
	s.Stall("FETCH")
	o := opts(s)
	o.CommandTimeout = 300 * time.Millisecond
	_, _, err := imapread.Sync(context.Background(), account(s, imapread.SecurityTLS), nil, o, collect(new([]delivered)))
	var me *model.Error
	if !errors.As(err, &me) || me.Code != model.CodeUnavailable || !strings.Contains(me.Message, "did not answer UID FETCH") {
		t.Fatalf("err = %v", err)
	}
}

func TestCancelEndsAStalledSync(t *testing.T) {
	s := start(t, "tls")
	s.Append("INBOX", []byte(plainOnly), time.Now())
	s.Stall("FETCH")
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	_, _, err := imapread.Sync(ctx, account(s, imapread.SecurityTLS), nil, opts(s), collect(new([]delivered)))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestUnknownFolder(t *testing.T) {
	s := start(t, "tls")
	s.AddFolder("Jobs", 3)
	acct := account(s, imapread.SecurityTLS)
	acct.Folders = []string{"Job"}
	_, _, err := imapread.Sync(context.Background(), acct, nil, opts(s), collect(new([]delivered)))
	var me *model.Error
	if !errors.As(err, &me) || me.Code != model.CodeNotFound || !strings.Contains(me.Message, `"Job"`) {
		t.Fatalf("sync: err = %v", err)
	}
	rep, err := imapread.Check(context.Background(), acct, opts(s))
	if !errors.As(err, &me) || !strings.Contains(me.Message, "the server has: INBOX, Jobs") {
		t.Fatalf("check: err = %v", err)
	}
	acct.Folders = []string{"Jobs"}
	rep, err = imapread.Check(context.Background(), acct, opts(s))
	if err != nil || len(rep.Folders) != 1 || rep.Folders[0].Messages != 0 || !slices.Equal(rep.Available, []string{"INBOX", "Jobs"}) {
		t.Fatalf("check: %+v, %v", rep, err)
	}
	assertReadOnly(t, s)
}

func TestDeliverErrorKeepsTheStateBeforeIt(t *testing.T) {
	s := start(t, "tls")
	for i := range 3 {
		s.Append("INBOX", rejection(i), time.Now())
	}
	acct := account(s, imapread.SecurityTLS)
	calls := 0
	state, _, err := imapread.Sync(context.Background(), acct, nil, opts(s), func(string, uint32, io.Reader) error {
		calls++
		if calls == 2 {
			return errors.New("disk full")
		}
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("err = %v", err)
	}
	if state["INBOX"].LastUID != 1 {
		t.Fatalf("LastUID = %d, want 1 (the message that failed is read again)", state["INBOX"].LastUID)
	}
	var got []delivered
	if _, _, err := imapread.Sync(context.Background(), acct, state, opts(s), collect(&got)); err != nil || !slices.Equal(uids(got), []uint32{2, 3}) {
		t.Fatalf("resume: %v, %v", err, uids(got))
	}
}

func TestPartsOverTheCapAreSkipped(t *testing.T) {
	s := start(t, "tls")
	big := "From: a@b.example\r\nSubject: Big\r\nContent-Type: text/plain\r\n\r\n" + strings.Repeat("x", 5000) + "\r\n"
	s.Append("INBOX", []byte(big), time.Now())
	o := opts(s)
	o.MaxPartBytes = 1000
	var got []delivered
	_, stats, err := imapread.Sync(context.Background(), account(s, imapread.SecurityTLS), nil, o, collect(&got))
	if err != nil || len(got) != 1 || stats.Folders[0].SkippedParts != 1 || bytes.Contains(got[0].raw, []byte("xxxx")) {
		t.Fatalf("err %v, stats %+v, got %d", err, stats, len(got))
	}
	m, err := mailread.ReadMessage(bytes.NewReader(got[0].raw), mailread.Limits{})
	if err != nil || m.Subject != "Big" {
		t.Fatalf("mailread: %v %+v", err, m)
	}
}

// Every corpus e-mail read through IMAP reads like the file itself.
func TestCorpusMessagesReadAsTheirFiles(t *testing.T) {
	dir := corpus.Path(t, "email")
	files, err := filepath.Glob(filepath.Join(dir, "*.eml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no .eml in %s: %v", dir, err)
	}
	s := start(t, "tls")
	byUID := map[uint32]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		byUID[s.Append("INBOX", b, time.Now())] = f
	}
	var got []delivered
	if _, _, err := imapread.Sync(context.Background(), account(s, imapread.SecurityTLS), nil, opts(s), collect(&got)); err != nil {
		t.Fatalf("sync: %v", err)
	}
	if len(got) != len(files) {
		t.Fatalf("delivered %d of %d", len(got), len(files))
	}
	for _, d := range got {
		name := filepath.Base(byUID[d.uid])
		f, err := os.Open(byUID[d.uid])
		if err != nil {
			t.Fatal(err)
		}
		want, err := mailread.ReadMessage(f, mailread.Limits{})
		_ = f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		m, err := mailread.ReadMessage(bytes.NewReader(d.raw), mailread.Limits{})
		if err != nil {
			t.Errorf("%s: synthesized message: %v", name, err)
			continue
		}
		if m.Subject != want.Subject || m.From != want.From || !m.Date.Equal(want.Date) || m.ID != want.ID {
			t.Errorf("%s: envelope %q %v %v, want %q %v %v", name, m.Subject, m.From, m.Date, want.Subject, want.From, want.Date)
		}
		if m.Text != want.Text {
			t.Errorf("%s: text differs\n got: %.300q\nwant: %.300q", name, m.Text, want.Text)
		}
		if len(m.Calendar) != len(want.Calendar) {
			t.Errorf("%s: %d calendar parts, want %d", name, len(m.Calendar), len(want.Calendar))
		}
		if len(d.raw) > len(mustRead(t, byUID[d.uid]))+4096 {
			t.Errorf("%s: synthesized message is larger than the file", name)
		}
	}
	assertReadOnly(t, s)
}

func mustRead(t *testing.T, path string) []byte {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
