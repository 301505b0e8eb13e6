package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/corpus"
	"github.com/huntbook/huntbook/backend/imapread/imaptest"
)

// mailIMAPServer is the scenario's IMAP server, started by setupMailIMAP
// before the window and read by the prelude and the check.
var mailIMAPServer *imaptest.Server

// setupMailIMAP starts a real IMAP server on 127.0.0.1 over TLS holding
// three corpus e-mails (a rejection, an interview request, a newsletter),
// and writes its certificate where the e2e build looks for one to trust.
func setupMailIMAP(t *testing.T, dataDir string) {
	srv := imaptest.Start(t, imaptest.Config{Security: "tls", User: "jordan@example.org", Password: "app-pass-e2e"})
	dir := corpus.Path(t, "email")
	for _, f := range []string{"gjt_reject_splunk_jobvite.eml", "gjt_interview_request_leidos.eml", "gjt_other_newsletter_thebatch.eml"} {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		srv.Append("INBOX", b, time.Now())
	}
	if err := os.WriteFile(filepath.Join(dataDir, "e2e-imap-ca.pem"), srv.CertificatePEM, 0o600); err != nil {
		t.Fatal(err)
	}
	mailIMAPServer = srv
}

func mailIMAPPrelude(*testing.T) string {
	return fmt.Sprintf("const IMAP_PORT = %d;\n", mailIMAPServer.Port)
}

// checkMailIMAP: the proposals read over IMAP are stored, and the server
// was only read: no SELECT, STORE, EXPUNGE, COPY or MOVE, no change.
func checkMailIMAP(t *testing.T, bin, dataDir string) {
	out := runCLI(t, bin, dataDir, "mail", "list", "--json")
	var ps []map[string]any
	if err := json.Unmarshal(out, &ps); err != nil {
		t.Fatalf("huntbook mail list --json: %v\n%s", err, out)
	}
	if len(ps) < 1 {
		t.Fatalf("no proposal read over IMAP:\n%s", out)
	}
	for _, p := range ps {
		if p["origin"] != "imap" || p["source"] != "INBOX" {
			t.Errorf("proposal not from IMAP: %v", p)
		}
	}
	cmds := mailIMAPServer.Commands()
	for _, c := range []string{"SELECT", "STORE", "UID STORE", "EXPUNGE", "COPY", "UID COPY", "MOVE", "UID MOVE"} {
		if slices.Contains(cmds, c) {
			t.Errorf("the app sent %s: %v", c, cmds)
		}
	}
	if !slices.Contains(cmds, "EXAMINE") {
		t.Errorf("the app never opened a folder: %v", cmds)
	}
	if ch := mailIMAPServer.Changes(); len(ch) > 0 {
		t.Errorf("the server saw changes: %v", ch)
	}
	if strings.Contains(string(mailIMAPServer.Received()), "BODY[") {
		t.Error("a body was fetched without PEEK")
	}
}
