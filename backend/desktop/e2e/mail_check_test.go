package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/corpus"
	"github.com/huntbook/huntbook/backend/model"
)

// mailMbox is the mbox scenarios/mail.js drops on the Inbox, written into
// the data folder before the app starts.
const mailMbox = "mail-e2e.mbox"

// mailCorpus are the corpus messages in it: a Workday rejection and an
// interview request from Leidos (two applications there, told apart by the
// role), Netflix's confirmation of an application not tracked, and a
// newsletter (not kept).
var mailCorpus = []string{
	"gjt_reject_leidos_not_filling.eml",
	"gjt_interview_request_leidos.eml",
	"gjt_confirm_netflix.eml",
	"gjt_other_newsletter_thebatch.eml",
}

// setupMail seeds the applications the messages are about (and one they
// are not) and joins the corpus messages into an mbox.
func setupMail(t *testing.T, dataDir string) {
	bin := binary(t)
	runCLI(t, bin, dataDir, "app", "add", "--company", "Leidos", "--title", "Full Spectrum Cyber AI Researcher",
		"--stage", "Applied", "--applied", "2025-05-01", "--url", "https://careers.leidos.com/jobs/15540")
	runCLI(t, bin, dataDir, "app", "add", "--company", "Leidos", "--title", "Cybersecurity PM",
		"--stage", "Applied", "--applied", "2025-08-04", "--url", "https://careers.leidos.com/jobs/16210")
	runCLI(t, bin, dataDir, "app", "add", "--company", "Hooli", "--title", "Backend Engineer", "--stage", "Applied")
	var box bytes.Buffer
	for _, name := range mailCorpus {
		b, err := os.ReadFile(filepath.Join(corpus.Path(t, "email"), name))
		if err != nil {
			t.Fatal(err)
		}
		b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
		box.WriteString("From MAILER-DAEMON Mon Jan  5 10:00:00 2026\n")
		// mboxrd: a body line starting "From " gets a ">".
		for _, line := range strings.SplitAfter(string(b), "\n") {
			if strings.HasPrefix(strings.TrimLeft(line, ">"), "From ") {
				box.WriteString(">")
			}
			box.WriteString(line)
		}
		box.WriteString("\n\n")
	}
	if err := os.WriteFile(filepath.Join(dataDir, mailMbox), box.Bytes(), 0o600); err != nil {
		t.Fatalf("write %s: %v", mailMbox, err)
	}
}

// checkMail reads back what scenarios/mail.js confirmed: the rejection set
// the outcome as of the message's date and is on the timeline, the
// interview is in the agenda with the application in Interviewing, the
// confirmation of an untracked application still waits, and the newsletter
// was never kept.
func checkMail(t *testing.T, bin, dataDir string) {
	var msgs []model.MailMessage
	out := runCLI(t, bin, dataDir, "mail", "list", "--all", "--json")
	if err := json.Unmarshal(out, &msgs); err != nil {
		t.Fatalf("huntbook mail list --json: %v\n%s", err, out)
	}
	status := map[model.MailKind]model.MailStatus{}
	for _, m := range msgs {
		status[m.Kind] = m.Status
	}
	want := map[model.MailKind]model.MailStatus{model.MailRejection: model.MailConfirmed, model.MailInterview: model.MailConfirmed,
		model.MailConfirmation: model.MailProposed}
	if len(msgs) != 3 || fmt.Sprint(status) != fmt.Sprint(want) {
		t.Fatalf("messages kept %v, want %v (the newsletter not kept)", status, want)
	}

	show := func(id int) model.ApplicationDetail {
		var d model.ApplicationDetail
		out := runCLI(t, bin, dataDir, "app", "show", fmt.Sprint(id), "--json")
		if err := json.Unmarshal(out, &d); err != nil {
			t.Fatalf("huntbook app show %d --json: %v\n%s", id, err, out)
		}
		return d
	}
	rejected := show(1)
	if rejected.Application.Outcome != model.OutcomeRejected {
		t.Errorf("the researcher application is %q, want rejected", rejected.Application.Outcome)
	}
	sent := time.Date(2025, 5, 14, 14, 32, 19, 0, time.UTC)
	var outcomeAt, mailAt time.Time
	for _, e := range rejected.Events {
		switch e.Kind {
		case model.EventOutcome:
			outcomeAt = e.At
		case model.EventMail:
			mailAt = e.At
		}
	}
	if !outcomeAt.Equal(sent) || !mailAt.Equal(sent) {
		t.Errorf("outcome dated %v and e-mail %v on the timeline, want both at the message's %v", outcomeAt, mailAt, sent)
	}

	pm := show(2)
	if pm.Application.Stage != "Interviewing" || len(pm.Interviews) != 1 {
		t.Fatalf("the PM application is in %q with %d interviews, want Interviewing with 1", pm.Application.Stage, len(pm.Interviews))
	}
	out = runCLI(t, bin, dataDir, "interviews", "--json")
	if !bytes.Contains(out, []byte("Interview with Leidos")) {
		t.Errorf("the agenda lacks the interview with Leidos:\n%s", out)
	}
	if h := show(3); h.Application.Outcome != model.OutcomeOpen || len(h.Events) != 1 {
		t.Errorf("Hooli changed: %+v", h.Application)
	}
}
