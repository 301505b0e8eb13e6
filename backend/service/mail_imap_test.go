package service

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/imapread"
	"github.com/huntbook/huntbook/backend/imapread/imaptest"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/secrets"
	"github.com/huntbook/huntbook/backend/shellport"
)

// imapServices is the services with a keychain in memory and a test IMAP
// server whose certificate they trust.
func imapServices(t *testing.T) (*Services, *shellport.Fake, *imaptest.Server) {
	t.Helper()
	s, fake := newServices(t)
	s.Mail.imap.keychain = persistentMemory{secrets.Memory()}
	useTestReadings(s, imapRejection, imapNewsletter, imapOld, imapLater)
	srv := imaptest.Start(t, imaptest.Config{Security: "tls", User: "jordan@example.org", Password: "app-pass"})
	s.Mail.imap.opts = imapread.Options{TLSConfig: &tls.Config{RootCAs: srv.RootCAs}, DialTimeout: 5 * time.Second, CommandTimeout: 5 * time.Second}
	return s, fake, srv
}

// persistentMemory stands for a working keychain.
type persistentMemory struct{ secrets.Store }

func (persistentMemory) Persistent() bool { return true }

func accountInput(srv *imaptest.Server) MailAccountInput {
	return MailAccountInput{Host: srv.Host, Port: srv.Port, Security: "tls", User: "jordan@example.org", Password: "app-pass",
		RememberPassword: true, Folders: []string{"INBOX"}, SinceDays: 30}
}

// The test mailbox: what the test classifier reads each message as.
var (
	imapRejection = testMail{ID: "rej-1@splunk.example", From: "Splunk Careers <careers@splunk.example>", Subject: "Your application to Splunk",
		Date: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC), Kind: "rejection", Company: "Splunk"}
	imapNewsletter = testMail{ID: "news-1@thebatch.example", From: "The Batch <news@thebatch.example>", Subject: "This week in AI",
		Date: time.Date(2026, 11, 30, 10, 0, 0, 0, time.UTC), Kind: "other"}
	imapOld = testMail{ID: "old-1@google.example", From: "Google <no-reply@google.example>", Subject: "We received your application",
		Date: time.Date(2026, 9, 1, 9, 0, 0, 0, time.UTC), Kind: "confirmation", Company: "Google"}
	imapLater = testMail{ID: "rej-2@leidos.example", From: "Leidos <talent@leidos.example>", Subject: "Update on your application",
		Date: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC), Kind: "rejection", Company: "Leidos"}
)

func emlOf(m testMail) []byte { return []byte(m.eml()) }

func waitMailJob(t *testing.T, fake *shellport.Fake, id string) shellport.JobDone {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		for _, p := range fake.Named(shellport.EventJobDone) {
			if d := p.(shellport.JobDone); d.ID == id {
				return d
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("job %s never finished", id)
	return shellport.JobDone{}
}

func TestMailAccountSaveTestSyncAndLedger(t *testing.T) {
	s, fake, srv := imapServices(t)
	now := time.Now()
	srv.Append("INBOX", emlOf(imapRejection), now)
	srv.Append("INBOX", emlOf(imapNewsletter), now)
	srv.Append("INBOX", emlOf(imapOld), now.AddDate(0, 0, -60)) // older than "how far back"

	// Nothing runs before the account is set up.
	if _, err := s.Mail.SyncMail(); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("sync without an account: %v", err)
	}
	in := accountInput(srv)
	test, err := s.Mail.TestMailAccount(in)
	if err != nil || len(test.Folders) != 1 || test.Folders[0].Messages != 3 || !strings.Contains(test.Message, "read-only") {
		t.Fatalf("test: %+v, %v", test, err)
	}
	acct, err := s.Mail.SaveMailAccount(in)
	if err != nil {
		t.Fatal(err)
	}
	if !acct.Configured || !acct.PasswordSaved || !acct.PasswordRemembered || acct.IntervalMinutes != 0 {
		t.Fatalf("account = %+v", acct)
	}
	// The password is in the keychain, never in the database or the page.
	raw, _ := s.Mail.db.Setting(context.Background(), settingMailAccount)
	page, _ := json.Marshal(acct)
	if strings.Contains(raw, "app-pass") || strings.Contains(string(page), "app-pass") {
		t.Fatal("the password left the keychain")
	}
	if pw, err := s.Mail.imap.keychain.Get(secretMailPassword); err != nil || pw != "app-pass" {
		t.Fatalf("keychain: %q, %v", pw, err)
	}

	id, err := s.Mail.SyncMail()
	if err != nil {
		t.Fatal(err)
	}
	done := waitMailJob(t, fake, id)
	if !done.OK {
		t.Fatalf("sync failed: %+v", done)
	}
	rep := done.Result.(MailSyncReport)
	if rep.Fetched != 2 || rep.Kept != 1 || rep.NotJob != 1 {
		t.Fatalf("report = %+v", rep)
	}
	props, err := s.Mail.Proposals()
	if err != nil || len(props) != 1 || props[0].Kind != model.MailRejection || props[0].Origin != "imap" || props[0].Source != "INBOX" {
		t.Fatalf("proposals = %+v, %v", props, err)
	}
	if len(fake.Named(shellport.EventMailChanged)) == 0 {
		t.Error("no mail:changed after new proposals")
	}
	acct, _ = s.Mail.MailAccount()
	if acct.LastSync == "" || acct.LastError != "" || len(acct.FolderStates) != 1 || acct.FolderStates[0].LastUID != 3 {
		t.Fatalf("after sync: %+v", acct)
	}

	// The next check reads only the new message.
	srv.Append("INBOX", emlOf(imapLater), now)
	id, _ = s.Mail.SyncMail()
	if done = waitMailJob(t, fake, id); !done.OK || done.Result.(MailSyncReport).Fetched != 1 {
		t.Fatalf("second sync: %+v", done)
	}

	// Every connection is a ledger row: host, purpose, bytes; no user or password.
	rows, err := s.Mail.db.Ledger(context.Background(), 10)
	if err != nil {
		t.Fatal(err)
	}
	var tasks []string
	for _, r := range rows {
		if r.Host != "127.0.0.1" || r.Method != "IMAP" || r.BytesReceived == 0 {
			t.Errorf("ledger row %+v", r)
		}
		b, _ := json.Marshal(r)
		if strings.Contains(string(b), "app-pass") || strings.Contains(string(b), "jordan@") {
			t.Errorf("ledger row names the user or password: %s", b)
		}
		tasks = append(tasks, r.Task)
	}
	slices.Sort(tasks)
	if !slices.Equal(tasks, []string{ledgerTaskIMAPSync, ledgerTaskIMAPSync, ledgerTaskIMAPTest}) {
		t.Errorf("ledger tasks = %v", tasks)
	}
	for _, c := range srv.Commands() {
		if c == "SELECT" || strings.Contains(c, "STORE") || strings.Contains(c, "EXPUNGE") || strings.Contains(c, "COPY") || strings.Contains(c, "MOVE") {
			t.Errorf("the server saw %s", c)
		}
	}
	if ch := srv.Changes(); len(ch) != 0 {
		t.Errorf("the server saw changes: %v", ch)
	}
}

func TestMailAccountErrorsAreKeptAndShown(t *testing.T) {
	s, fake, srv := imapServices(t)
	in := accountInput(srv)
	in.Password = "wrong"
	if _, err := s.Mail.TestMailAccount(in); model.ErrorCode(err) != model.CodeInvalid || model.AsError(err).Field != "password" {
		t.Fatalf("test with a wrong password: %v", err)
	}
	if _, err := s.Mail.SaveMailAccount(in); err != nil {
		t.Fatal(err)
	}
	id, _ := s.Mail.SyncMail()
	done := waitMailJob(t, fake, id)
	if done.OK || done.ErrorCode != string(model.CodeInvalid) || !strings.Contains(done.ErrorMessage, "app password") {
		t.Fatalf("done = %+v", done)
	}
	acct, _ := s.Mail.MailAccount()
	if !strings.Contains(acct.LastError, "refused the user name or password") || acct.LastSync != "" || acct.LastAttempt == "" {
		t.Fatalf("account after a failure = %+v", acct)
	}
	rows, _ := s.Mail.db.Ledger(context.Background(), 10)
	if len(rows) != 2 || rows[0].Status != "failed" || rows[0].Error == "" || rows[0].BytesReceived == 0 {
		t.Fatalf("ledger = %+v", rows)
	}
	// A bad field is refused before anything connects.
	bad := accountInput(srv)
	bad.Host = "https://imap.example.com"
	if _, err := s.Mail.SaveMailAccount(bad); model.AsError(err).Field != "host" {
		t.Fatalf("bad host: %v", err)
	}
	bad = accountInput(srv)
	bad.IntervalMinutes = 2
	if _, err := s.Mail.SaveMailAccount(bad); model.AsError(err).Field != "intervalMinutes" {
		t.Fatalf("bad interval: %v", err)
	}
}

func TestMailPasswordForThisSessionOnly(t *testing.T) {
	s, _, srv := imapServices(t)
	in := accountInput(srv)
	in.RememberPassword = false
	acct, err := s.Mail.SaveMailAccount(in)
	if err != nil || !acct.PasswordSaved || acct.PasswordRemembered {
		t.Fatalf("account = %+v, %v", acct, err)
	}
	if _, err := s.Mail.imap.keychain.Get(secretMailPassword); err == nil {
		t.Fatal("a session-only password went to the keychain")
	}
	// A new session (the same database and keychain) has no password.
	s2 := New(s.Mail.db, Deps{})
	s2.Mail.imap.keychain = s.Mail.imap.keychain
	if _, err := s2.Mail.SyncMail(); model.AsError(err).Field != "password" {
		t.Fatalf("sync in a new session: %v", err)
	}
	if s2.Mail.mailSyncDue(time.Now()) {
		t.Fatal("the interval would run without a password")
	}
	// Saving again without a password keeps it; remembering moves it.
	in.Password, in.RememberPassword = "", true
	if acct, err = s.Mail.SaveMailAccount(in); err != nil || !acct.PasswordRemembered {
		t.Fatalf("remember: %+v, %v", acct, err)
	}
	if err := s.Mail.DisconnectMailAccount(); err != nil {
		t.Fatal(err)
	}
	if acct, _ = s.Mail.MailAccount(); acct.Configured || acct.PasswordSaved {
		t.Fatalf("after disconnect: %+v", acct)
	}
	if _, err := s.Mail.imap.keychain.Get(secretMailPassword); err == nil {
		t.Fatal("the password stayed in the keychain")
	}
}

func TestMailIntervalIsOffUntilTurnedOn(t *testing.T) {
	s, fake, srv := imapServices(t)
	in := accountInput(srv)
	if _, err := s.Mail.SaveMailAccount(in); err != nil {
		t.Fatal(err)
	}
	if s.Mail.mailSyncDue(time.Now()) {
		t.Fatal("a check is due with the interval off")
	}
	in.Password, in.IntervalMinutes = "", 30
	if _, err := s.Mail.SaveMailAccount(in); err != nil {
		t.Fatal(err)
	}
	if !s.Mail.mailSyncDue(time.Now()) {
		t.Fatal("never checked: a check should be due")
	}
	id, _ := s.Mail.SyncMail()
	waitMailJob(t, fake, id)
	if s.Mail.mailSyncDue(time.Now()) || !s.Mail.mailSyncDue(time.Now().Add(31*time.Minute)) {
		t.Fatal("the interval is not honoured")
	}
}

func TestMailStateFollowsTheAccount(t *testing.T) {
	s, fake, srv := imapServices(t)
	srv.Append("INBOX", emlOf(imapRejection), time.Now())
	in := accountInput(srv)
	if _, err := s.Mail.SaveMailAccount(in); err != nil {
		t.Fatal(err)
	}
	id, _ := s.Mail.SyncMail()
	waitMailJob(t, fake, id)
	acct, _ := s.Mail.MailAccount()
	if len(acct.FolderStates) != 1 {
		t.Fatalf("states = %+v", acct.FolderStates)
	}
	// Reading further back starts afresh; the message kept is not kept twice.
	in.Password, in.SinceDays = "", 365
	if acct, _ = s.Mail.SaveMailAccount(in); len(acct.FolderStates) != 0 || acct.LastSync != "" {
		t.Fatalf("after reading further back: %+v", acct)
	}
	id, _ = s.Mail.SyncMail()
	if rep := waitMailJob(t, fake, id).Result.(MailSyncReport); rep.Fetched != 1 || rep.Known != 1 || rep.Kept != 0 {
		t.Fatalf("report = %+v", rep)
	}
}
