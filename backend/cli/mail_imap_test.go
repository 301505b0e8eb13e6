package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/service"
)

// The account commands without a server: status, a check refused with a
// reason, a connect refused for a bad field, disconnect. The checks against
// a real IMAP server are in backend/service (mail_imap_test.go) and the
// end-to-end scenario mail-imap.js.
func TestMailAccountCommands(t *testing.T) {
	dir := t.TempDir()
	out := must(t, run(t, dir, "mail", "status")).stdout
	if !strings.Contains(out, "No e-mail account") {
		t.Fatalf("status: %q", out)
	}
	var a service.MailAccount
	if err := json.Unmarshal([]byte(must(t, run(t, dir, "mail", "status", "--json")).stdout), &a); err != nil || a.Configured {
		t.Fatalf("status --json: %+v, %v", a, err)
	}
	r := run(t, dir, "mail", "sync")
	if r.code == 0 || !strings.Contains(r.stderr, "set up the e-mail account first") {
		t.Fatalf("sync without an account: %+v", r)
	}
	r = run(t, dir, "mail", "connect", "--host", "https://imap.example.com", "--user", "me@example.com", "--test=false")
	if r.code == 0 || !strings.Contains(r.stderr, "not a host name") {
		t.Fatalf("connect with a URL: %+v", r)
	}
	must(t, run(t, dir, "mail", "disconnect"))
}
