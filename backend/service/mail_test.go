package service

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/mailread"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/shellport"
)

// testMail is one message of a test mailbox; Kind is what the test
// classifier reads it as (mail_match_test.go tests the matching, the
// mailread package tests the reading).
type testMail struct {
	ID, InReplyTo, From, Subject, Body string
	Date                               time.Time
	Kind                               mailread.Kind
	Company, Title, Requisition        string
	Interview                          *time.Time
	Slots                              []time.Time
}

// eml writes m as an RFC 5322 message.
func (m testMail) eml() string {
	var b strings.Builder
	fmt.Fprintf(&b, "From: %s\r\nTo: Jordan Avery <jordan.avery.jobs@gmail.com>\r\nSubject: %s\r\n", m.From, m.Subject)
	if !m.Date.IsZero() {
		fmt.Fprintf(&b, "Date: %s\r\n", m.Date.Format(time.RFC1123Z))
	}
	if m.ID != "" {
		fmt.Fprintf(&b, "Message-ID: <%s>\r\n", m.ID)
	}
	if m.InReplyTo != "" {
		fmt.Fprintf(&b, "In-Reply-To: <%s>\r\nReferences: <%s>\r\n", m.InReplyTo, m.InReplyTo)
	}
	body := m.Body
	if body == "" {
		body = "Hello Jordan,\r\n\r\n" + m.Subject + ".\r\n\r\nBest regards"
	}
	b.WriteString("Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n")
	return b.String()
}

// mbox joins messages into an mbox file's text.
func mbox(ms ...testMail) string {
	var b strings.Builder
	for _, m := range ms {
		b.WriteString("From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n")
		b.WriteString(strings.ReplaceAll(m.eml(), "\r\n", "\n"))
		b.WriteString("\n")
	}
	return b.String()
}

// useTestReadings makes s read each message as the testMail with its
// Message-ID (or subject) says.
func useTestReadings(s *Services, ms ...testMail) {
	s.Mail.classify = func(msg *mailread.Message, _ *time.Location) mailread.Reading {
		for _, m := range ms {
			if (m.ID != "" && m.ID == msg.ID) || (m.ID == "" && m.Subject == msg.Subject) {
				r := mailread.Reading{Kind: m.Kind, Confidence: 0.9, Reasons: []string{"test reading"}, Company: m.Company,
					Title: m.Title, Requisition: m.Requisition, Slots: []mailread.Slot{}}
				if m.Interview != nil {
					r.Interview = &mailread.Slot{Start: *m.Interview, Text: "the test's time"}
				}
				for _, t := range m.Slots {
					r.Slots = append(r.Slots, mailread.Slot{Start: t, Text: t.Format(time.Kitchen)})
				}
				return r
			}
		}
		return mailread.Reading{Kind: mailread.KindOther, Reasons: []string{}}
	}
}

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func mustApp(t *testing.T, s *Services, a model.Application) model.Application {
	t.Helper()
	out, err := s.Applications.Create(a)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

var march = func(day, hour int) time.Time { return time.Date(2026, 3, day, hour, 0, 0, 0, time.UTC) }

func TestMailImportKeepsJobMailOnly(t *testing.T) {
	s, fake := newServices(t)
	rapid7 := mustApp(t, s, model.Application{Company: "Rapid7", Title: "Cyber Threat Intelligence Analyst", URL: "https://careers.rapid7.com/jobs/123"})
	ms := []testMail{
		{ID: "r1@rapid7.com", From: "Rapid7 Careers <careers@rapid7.com>", Subject: "Your application to Rapid7", Date: march(10, 15),
			Kind: mailread.KindRejection, Company: "Rapid7", Title: "Cyber Threat Intelligence Analyst"},
		{ID: "n1@news.example.net", From: "The Batch <news@deeplearning.ai>", Subject: "This week in AI", Date: march(11, 8), Kind: mailread.KindOther},
		{ID: "o1@acme.io", From: "Sam Recruiter <sam@acme.io>", Subject: "A role at Acme", Date: march(12, 9),
			Kind: mailread.KindOutreach, Company: "Acme", Title: "Platform Engineer"},
	}
	useTestReadings(s, ms...)
	dir := t.TempDir()
	s.Mail.limits = mailread.Limits{MaxMessageBytes: 4096}
	huge := testMail{ID: "big@example.org", From: "a@example.org", Subject: "Attachment", Body: strings.Repeat("x", 5000)}
	box := writeFile(t, dir, "inbox.mbox", mbox(append(ms, huge)...))
	rep, err := s.Mail.ImportNow([]string{box})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Read != 4 || rep.Kept != 2 || rep.Other != 1 || rep.Known != 0 {
		t.Fatalf("report %+v, want 4 read, 2 kept, 1 other", rep)
	}
	if len(rep.Broken) != 1 || rep.Broken[0].Position != 4 || rep.Broken[0].Source != "inbox.mbox" {
		t.Fatalf("broken %+v, want message 4 of inbox.mbox", rep.Broken)
	}
	ps, err := s.Mail.Proposals()
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 2 {
		t.Fatalf("%d proposals, want 2", len(ps))
	}
	// Newest first: the outreach (no application: a new one), then the rejection.
	if ps[0].Kind != model.MailOutreach || ps[0].Match != nil {
		t.Fatalf("first proposal %+v, want outreach with no match", ps[0])
	}
	rej := ps[1]
	if rej.Kind != model.MailRejection || rej.Match == nil || rej.Match.ApplicationID != rapid7.ID {
		t.Fatalf("rejection %+v, want matched to %d", rej, rapid7.ID)
	}
	if rej.FullText != "" || rej.Snippet == "" || !rej.Date.Equal(march(10, 15)) || rej.Source != "inbox.mbox" {
		t.Fatalf("stored %+v: want a snippet, no full text, its date and source", rej)
	}
	if len(fake.Named(shellport.EventMailChanged)) == 0 {
		t.Fatal("no mail:changed event")
	}

	// Reading the same file again brings nothing new.
	rep, err = s.Mail.ImportNow([]string{box})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Kept != 0 || rep.Known != 2 || rep.Other != 1 {
		t.Fatalf("second read %+v, want 2 known", rep)
	}
}

func TestMailConfirmRejectionDatesTheOutcomeByTheMessage(t *testing.T) {
	s, fake := newServices(t)
	a := mustApp(t, s, model.Application{Company: "Rapid7", Title: "Analyst", DateApplied: "2026-03-02", StageID: appliedStageID(t, s)})
	m := testMail{ID: "r1@rapid7.com", From: "careers@rapid7.com", Subject: "Update on your application", Date: march(9, 15),
		Kind: mailread.KindRejection, Company: "Rapid7"}
	useTestReadings(s, m)
	if err := s.Mail.ingestRaw(context.Background(), MailOrigin{Kind: "imap", Folder: "INBOX", UID: 7}, strings.NewReader(m.eml())); err != nil {
		t.Fatal(err)
	}
	ps, _ := s.Mail.Proposals()
	if len(ps) != 1 || ps[0].Match == nil || ps[0].Source != "INBOX" || ps[0].Origin != "imap" {
		t.Fatalf("proposals %+v", ps)
	}
	fake.Events = nil
	got, err := s.Mail.Confirm(model.MailConfirm{ID: ps[0].ID})
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != model.MailConfirmed || got.DecidedAt == nil {
		t.Fatalf("confirmed %+v", got)
	}
	d, err := s.Applications.Get(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.Application.Outcome != model.OutcomeRejected {
		t.Fatalf("outcome %q, want rejected", d.Application.Outcome)
	}
	var outcome, email *model.Event
	for i, e := range d.Events {
		switch e.Kind {
		case model.EventOutcome:
			outcome = &d.Events[i]
		case model.EventMail:
			email = &d.Events[i]
		}
	}
	if outcome == nil || !outcome.At.Equal(march(9, 15)) {
		t.Fatalf("outcome event %+v, want dated %v", outcome, march(9, 15))
	}
	if email == nil || email.From != "rejection" || !strings.Contains(email.To, "Update on your application") || !email.At.Equal(march(9, 15)) {
		t.Fatalf("e-mail event %+v", email)
	}
	if len(fake.Named(shellport.EventAppChanged)) == 0 || len(fake.Named(shellport.EventMailChanged)) == 0 {
		t.Fatal("confirming told the page nothing")
	}
	// Insights count the answer seven days after the date applied.
	r, err := s.Insights.Report(520)
	if err != nil {
		t.Fatal(err)
	}
	if r.Responded != 1 || r.MedianDaysToFirstResponse < 7.5 || r.MedianDaysToFirstResponse > 7.7 {
		t.Fatalf("insights: responded %d after %.2f days, want 1 after 7.6", r.Responded, r.MedianDaysToFirstResponse)
	}
	// A decided message cannot be confirmed or dismissed again.
	if _, err := s.Mail.Confirm(model.MailConfirm{ID: ps[0].ID}); model.ErrorCode(err) != model.CodeConflict {
		t.Fatalf("second confirm: %v", err)
	}
	h, err := s.Mail.History(0)
	if err != nil || len(h) != 1 {
		t.Fatalf("history %v %v", h, err)
	}
}

func appliedStageID(t *testing.T, s *Services) int64 {
	t.Helper()
	st, err := s.Applications.db.StageByName(context.Background(), "Applied")
	if err != nil {
		t.Fatal(err)
	}
	return st.ID
}

func TestMailConfirmInterviewAddsItAndMoves(t *testing.T) {
	s, _ := newServices(t)
	a := mustApp(t, s, model.Application{Company: "RAND", Title: "Policy Researcher", StageID: appliedStageID(t, s), DateApplied: "2026-03-01"})
	slot1, slot2 := time.Now().Add(72*time.Hour).Truncate(time.Minute).UTC(), time.Now().Add(96*time.Hour).Truncate(time.Minute).UTC()
	m := testMail{ID: "i1@rand.org", From: "Pat <pat@rand.org>", Subject: "Interview for Policy Researcher", Date: march(20, 14),
		Kind: mailread.KindInterview, Company: "RAND", Title: "Policy Researcher", Slots: []time.Time{slot1, slot2}}
	useTestReadings(s, m)
	if err := s.Mail.ingestRaw(context.Background(), MailOrigin{Kind: "file"}, strings.NewReader(m.eml())); err != nil {
		t.Fatal(err)
	}
	ps, _ := s.Mail.Proposals()
	if len(ps) != 1 || len(ps[0].Facts.Slots) != 2 || ps[0].Facts.Interview != nil {
		t.Fatalf("proposal %+v, want two slots and no booked time", ps)
	}
	if _, err := s.Mail.Confirm(model.MailConfirm{ID: ps[0].ID, Slot: 3}); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("slot 3 of 2: %v", err)
	}
	if _, err := s.Mail.Confirm(model.MailConfirm{ID: ps[0].ID, Slot: 2}); err != nil {
		t.Fatal(err)
	}
	d, _ := s.Applications.Get(a.ID)
	if d.Application.Stage != "Interviewing" {
		t.Fatalf("stage %q, want Interviewing", d.Application.Stage)
	}
	if len(d.Interviews) != 1 || !d.Interviews[0].Start.Equal(slot2) {
		t.Fatalf("interviews %+v, want one at %v", d.Interviews, slot2)
	}
	ivs, err := s.Calendar.Interviews("", "")
	if err != nil || len(ivs) != 1 || ivs[0].Application == nil || ivs[0].Application.ID != a.ID {
		t.Fatalf("agenda %+v %v", ivs, err)
	}
	for _, e := range d.Events {
		if e.Kind == model.EventStage && e.To == "Interviewing" && !e.At.Equal(march(20, 14)) {
			t.Fatalf("move dated %v, want the message's %v", e.At, march(20, 14))
		}
	}
}

func TestMailDismissIsRemembered(t *testing.T) {
	s, _ := newServices(t)
	m := testMail{ID: "x1@acme.io", From: "sam@acme.io", Subject: "A role at Acme", Date: march(5, 9), Kind: mailread.KindOutreach, Company: "Acme"}
	useTestReadings(s, m)
	path := writeFile(t, t.TempDir(), "one.eml", m.eml())
	if _, err := s.Mail.ImportNow([]string{path}); err != nil {
		t.Fatal(err)
	}
	ps, _ := s.Mail.Proposals()
	if len(ps) != 1 {
		t.Fatalf("%d proposals", len(ps))
	}
	if _, err := s.Mail.Dismiss(ps[0].ID); err != nil {
		t.Fatal(err)
	}
	rep, err := s.Mail.ImportNow([]string{path})
	if err != nil {
		t.Fatal(err)
	}
	if ps, _ := s.Mail.Proposals(); len(ps) != 0 || rep.Known != 1 {
		t.Fatalf("after a dismissal and a re-import: %d proposals, report %+v", len(ps), rep)
	}
}

func TestMailOutreachConfirmCreatesAnApplication(t *testing.T) {
	s, fake := newServices(t)
	m := testMail{ID: "o2@eclypsium.com", From: "John <john@eclypsium.com>", Subject: "Firmware security role", Date: march(3, 9),
		Kind: mailread.KindOutreach, Company: "Eclypsium", Title: "Security Researcher"}
	useTestReadings(s, m)
	if err := s.Mail.ingestRaw(context.Background(), MailOrigin{Kind: "paste"}, strings.NewReader(m.eml())); err != nil {
		t.Fatal(err)
	}
	ps, _ := s.Mail.Proposals()
	fake.Events = nil
	got, err := s.Mail.Confirm(model.MailConfirm{ID: ps[0].ID, Title: "Firmware Security Researcher"})
	if err != nil {
		t.Fatal(err)
	}
	if got.Match == nil || got.Match.Company != "Eclypsium" || got.Match.Title != "Firmware Security Researcher" {
		t.Fatalf("confirmed %+v, want a new application", got.Match)
	}
	d, _ := s.Applications.Get(got.Match.ApplicationID)
	if len(d.Notes) != 1 || !strings.Contains(d.Notes[0].Body, "Recruiter outreach") || !d.Application.CreatedAt.Equal(march(3, 9)) {
		t.Fatalf("new application %+v with notes %+v", d.Application, d.Notes)
	}
	// The next message of the same thread goes to that application.
	reply := testMail{ID: "o3@eclypsium.com", InReplyTo: "o2@eclypsium.com", From: "John <john@eclypsium.com>", Subject: "Re: Firmware security role",
		Date: march(6, 9), Kind: mailread.KindInterview}
	useTestReadings(s, m, reply)
	if err := s.Mail.ingestRaw(context.Background(), MailOrigin{Kind: "paste"}, strings.NewReader(reply.eml())); err != nil {
		t.Fatal(err)
	}
	ps, _ = s.Mail.Proposals()
	if len(ps) != 1 || ps[0].Match == nil || ps[0].Match.ApplicationID != got.Match.ApplicationID ||
		!strings.Contains(strings.Join(ps[0].Match.Reasons, " "), "thread") {
		t.Fatalf("reply %+v, want matched by its thread", ps[0].Match)
	}
}

func TestMailConfirmNeedsAnApplicationForARejection(t *testing.T) {
	s, _ := newServices(t)
	m := testMail{ID: "q@unknown.example", From: "hr@nowhere-corp.com", Subject: "Unfortunately", Date: march(3, 9), Kind: mailread.KindRejection}
	useTestReadings(s, m)
	if err := s.Mail.ingestRaw(context.Background(), MailOrigin{Kind: "paste"}, strings.NewReader(m.eml())); err != nil {
		t.Fatal(err)
	}
	ps, _ := s.Mail.Proposals()
	if _, err := s.Mail.Confirm(model.MailConfirm{ID: ps[0].ID}); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("confirming a rejection of no application: %v", err)
	}
	res, err := s.Mail.ConfirmMany([]int64{ps[0].ID})
	if err != nil || len(res.Failed) != 1 || len(res.Confirmed) != 0 {
		t.Fatalf("bulk %+v %v", res, err)
	}
	if ps, _ := s.Mail.Proposals(); len(ps) != 1 {
		t.Fatal("a failed confirm lost the proposal")
	}
}

func TestMailSettingsKeepTextAndAutoApply(t *testing.T) {
	s, _ := newServices(t)
	if got, _ := s.Mail.Settings(); got.KeepFullText || got.AutoApply || got.AutoApplyAbove != DefaultAutoApplyAbove {
		t.Fatalf("defaults %+v", got)
	}
	if _, err := s.Mail.SaveSettings(MailSettings{AutoApply: true, AutoApplyAbove: 0.3}); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("30%%: %v", err)
	}
	if _, err := s.Mail.SaveSettings(MailSettings{KeepFullText: true, AutoApply: true, AutoApplyAbove: 0.6}); err != nil {
		t.Fatal(err)
	}
	a := mustApp(t, s, model.Application{Company: "Splunk", Title: "SOC Analyst", URL: "https://www.splunk.com/careers/1"})
	m := testMail{ID: "s1@splunk.com", From: "talent@splunk.com", Subject: "Your Splunk application", Date: march(4, 9),
		Kind: mailread.KindRejection, Company: "Splunk", Title: "SOC Analyst", Body: "We regret to inform you."}
	useTestReadings(s, m)
	if err := s.Mail.ingestRaw(context.Background(), MailOrigin{Kind: "file"}, strings.NewReader(m.eml())); err != nil {
		t.Fatal(err)
	}
	if ps, _ := s.Mail.Proposals(); len(ps) != 0 {
		t.Fatalf("%d proposals left, want it applied", len(ps))
	}
	h, _ := s.Mail.History(0)
	if len(h) != 1 || h[0].Status != model.MailAutoApplied || !strings.Contains(h[0].FullText, "We regret") {
		t.Fatalf("history %+v", h)
	}
	if d, _ := s.Applications.Get(a.ID); d.Application.Outcome != model.OutcomeRejected {
		t.Fatalf("outcome %q", d.Application.Outcome)
	}
}

func TestMailPaste(t *testing.T) {
	s, _ := newServices(t)
	body := "Hello Jordan,\n\nWe would like to invite you to an interview.\n\nBest, Acme"
	s.Mail.classify = func(msg *mailread.Message, _ *time.Location) mailread.Reading {
		if strings.Contains(msg.Text, "invite you to an interview") {
			return mailread.Reading{Kind: mailread.KindInterview, Confidence: 0.7, Reasons: []string{"asks for an interview"}, Company: "Acme"}
		}
		return mailread.Reading{Kind: mailread.KindOther}
	}
	res, err := s.Mail.Paste(body)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Kept || res.Message == nil || res.Message.Kind != model.MailInterview || res.Message.Origin != "paste" {
		t.Fatalf("paste %+v", res)
	}
	again, err := s.Mail.Paste(body)
	if err != nil || !again.Known || again.Kept {
		t.Fatalf("the same paste again: %+v %v", again, err)
	}
	if res, err := s.Mail.Paste("Buy our newsletter"); err != nil || res.Kept || res.Kind != "other" {
		t.Fatalf("not job mail: %+v %v", res, err)
	}
	if _, err := s.Mail.Paste("  "); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("empty paste: %v", err)
	}
}

func TestMailImportRefusesMissingFiles(t *testing.T) {
	s, _ := newServices(t)
	if _, err := s.Mail.Import([]string{filepath.Join(t.TempDir(), "nope.mbox")}); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("missing file: %v", err)
	}
	if _, err := s.Mail.Import(nil); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("no file: %v", err)
	}
}

func TestMailImportTakesOnlyChosenOrDroppedFiles(t *testing.T) {
	s, fake := guardedServices(t)
	dir := t.TempDir()
	box := writeFile(t, dir, "inbox.mbox", mbox(testMail{ID: "a@b", From: "a@b.example", Subject: "Hi"}))
	key := writeFile(t, dir, "id_ed25519", "-----BEGIN OPENSSH PRIVATE KEY-----")
	folder := filepath.Join(t.TempDir(), "Mail")
	if err := os.Mkdir(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{box, key, folder} {
		if _, err := s.Mail.Import([]string{p}); model.ErrorCode(err) != model.CodeInvalid {
			t.Fatalf("%s before any drop: %v", filepath.Base(p), err)
		}
	}
	s.Dropped([]string{box, key, folder})
	for _, p := range []string{box, folder} {
		if _, err := s.Mail.Import([]string{p}); err != nil {
			t.Fatalf("dropped %s: %v", filepath.Base(p), err)
		}
	}
	if _, err := s.Mail.Import([]string{key}); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("a dropped key file was read: %v", err)
	}
	fake.OpenPaths = []string{key}
	if id, err := s.Mail.ImportDialog(); err != nil || id == "" {
		t.Fatalf("a file chosen in the dialog: %q %v", id, err)
	}
	fake.FolderPath = ""
	if id, err := s.Mail.ImportFolderDialog(); err != nil || id != "" {
		t.Fatalf("a cancelled folder dialog: %q %v", id, err)
	}
	// The three jobs end (and report) before the database closes.
	deadline := time.Now().Add(10 * time.Second)
	for len(fake.Named(shellport.EventJobDone)) < 3 {
		if time.Now().After(deadline) {
			t.Fatalf("%d of 3 imports ended", len(fake.Named(shellport.EventJobDone)))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// The applications prepared for matching are read again once one is added
// (or a contact linked), not only after a while.
func TestMailMatchesAnApplicationAddedSinceTheLastMessage(t *testing.T) {
	s, _ := newServices(t)
	first := testMail{ID: "1@initech.example", From: "hr@initech.com", Subject: "Thanks for applying", Date: march(2, 9),
		Kind: mailread.KindConfirmation, Company: "Initech"}
	second := testMail{ID: "2@initech.example", From: "hr@initech.com", Subject: "Next steps", Date: march(3, 9),
		Kind: mailread.KindInterview, Company: "Initech"}
	useTestReadings(s, first, second)
	if err := s.Mail.ingestRaw(context.Background(), MailOrigin{Kind: "file"}, strings.NewReader(first.eml())); err != nil {
		t.Fatal(err)
	}
	a := mustApp(t, s, model.Application{Company: "Initech", Title: "TPS Analyst"})
	if err := s.Mail.ingestRaw(context.Background(), MailOrigin{Kind: "file"}, strings.NewReader(second.eml())); err != nil {
		t.Fatal(err)
	}
	ps, _ := s.Mail.Proposals()
	for _, p := range ps {
		if p.MessageID == second.ID && (p.Match == nil || p.Match.ApplicationID != a.ID) {
			t.Fatalf("the second message matched %+v, want the application added since", p.Match)
		}
		if p.MessageID == first.ID && p.Match != nil {
			t.Fatalf("the first message matched %+v before the application existed", p.Match)
		}
	}
}
