package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/corpus"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/service"
)

// rejectionMail is a plain rejection any reader of job e-mail recognises.
const rejectionMail = "From: Acme Robotics Talent <talent@acmerobotics.com>\r\n" +
	"To: Jordan Avery <jordan.avery.jobs@gmail.com>\r\n" +
	"Subject: Your application for Firmware Engineer at Acme Robotics\r\n" +
	"Date: Tue, 10 Mar 2026 15:04:00 +0000\r\n" +
	"Message-ID: <rejection-1@acmerobotics.com>\r\n" +
	"Content-Type: text/plain; charset=utf-8\r\n\r\n" +
	"Dear Jordan,\r\n\r\nThank you for your interest in the Firmware Engineer position at Acme Robotics. " +
	"Unfortunately, we have decided not to move forward with your application. " +
	"We wish you the best in your job search.\r\n\r\nThe Acme Robotics Talent Team\r\n"

func TestMailImportListConfirm(t *testing.T) {
	dir := t.TempDir()
	must(t, run(t, dir, "app", "add", "--company", "Acme Robotics", "--title", "Firmware Engineer", "--stage", "applied",
		"--url", "https://acmerobotics.com/jobs/7", "--applied", "2026-03-01"))
	mails := t.TempDir()
	eml := filepath.Join(mails, "rejection.eml")
	if err := os.WriteFile(eml, []byte(rejectionMail), 0o600); err != nil {
		t.Fatal(err)
	}
	out := must(t, run(t, dir, "mail", "import", eml)).stdout
	if !strings.Contains(out, "read 1 message(s): 1 job e-mail kept") {
		t.Fatalf("report %q", out)
	}
	var ps []model.MailMessage
	if err := json.Unmarshal([]byte(must(t, run(t, dir, "mail", "list", "--json")).stdout), &ps); err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 || ps[0].Kind != model.MailRejection || ps[0].Match == nil || ps[0].Match.ApplicationID != 1 {
		t.Fatalf("proposals %+v", ps)
	}
	table := must(t, run(t, dir, "mail", "list")).stdout
	if !strings.Contains(table, "Rejection from Acme Robotics for Firmware Engineer -> set outcome Rejected") {
		t.Fatalf("list %q", table)
	}
	must(t, run(t, dir, "mail", "confirm", fmt.Sprint(ps[0].ID)))
	show := must(t, run(t, dir, "app", "show", "1", "--json")).stdout
	var d model.ApplicationDetail
	if err := json.Unmarshal([]byte(show), &d); err != nil {
		t.Fatal(err)
	}
	if d.Application.Outcome != model.OutcomeRejected {
		t.Fatalf("outcome %q", d.Application.Outcome)
	}
	if r := run(t, dir, "mail", "dismiss", fmt.Sprint(ps[0].ID)); r.code != ExitError || !strings.Contains(r.stderr, "already confirmed") {
		t.Fatalf("dismissing a confirmed message: exit %d %q", r.code, r.stderr)
	}
	if r := run(t, dir, "mail", "confirm", "x"); r.code != ExitUsage {
		t.Fatalf("bad id: exit %d", r.code)
	}
	if r := run(t, dir, "mail", "frobnicate"); r.code != ExitUsage {
		t.Fatalf("unknown subcommand: exit %d", r.code)
	}
}

// TestMailImportCorpusFolder reads the whole e-mail folder of the corpus:
// every .eml is read, each is kept or passed over as not job-related, and a
// second read finds them all known.
func TestMailImportCorpusFolder(t *testing.T) {
	src := corpus.Path(t, "email")
	emls, _ := filepath.Glob(filepath.Join(src, "*.eml"))
	if len(emls) == 0 {
		t.Fatalf("missing test input: no .eml files in %s", src)
	}
	dir := t.TempDir()
	var rep service.MailImportReport
	if err := json.Unmarshal([]byte(must(t, run(t, dir, "mail", "import", src, "--json")).stdout), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Read != len(emls) || len(rep.Broken) != 0 || rep.Kept+rep.Other != rep.Read || rep.Kept == 0 {
		t.Fatalf("report %+v for %d files", rep, len(emls))
	}
	var again service.MailImportReport
	if err := json.Unmarshal([]byte(must(t, run(t, dir, "mail", "import", src, "--json")).stdout), &again); err != nil {
		t.Fatal(err)
	}
	if again.Kept != 0 || again.Known != rep.Kept || again.Other != rep.Other {
		t.Fatalf("second read %+v after %+v", again, rep)
	}
}
