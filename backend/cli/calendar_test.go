package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/calendar/google"
	"github.com/huntbook/huntbook/backend/calendar/google/googletest"
	"github.com/huntbook/huntbook/backend/corpus"
	"github.com/huntbook/huntbook/backend/secrets"
	"github.com/huntbook/huntbook/backend/service"
)

// vevents finds the events a file holds, as a person counting them would.
var vevents = regexp.MustCompile(`(?im)^BEGIN:VEVENT\r?$`)

func TestCalendarImportEveryCorpusFile(t *testing.T) {
	dir := corpus.Path(t, "ics")
	files, _ := filepath.Glob(filepath.Join(dir, "*.ics"))
	if len(files) == 0 {
		t.Fatalf("missing test input: no .ics files in %s", dir)
	}
	data := t.TempDir()
	imported := 0
	for _, f := range files {
		r := run(t, data, "calendar", "import", f, "--json")
		if r.code == ExitError {
			// A file that is not iCalendar at all: one clear line.
			if strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 || r.stderr == "" {
				t.Errorf("%s: error is not one line: %q", filepath.Base(f), r.stderr)
			}
			continue
		}
		if r.code != ExitOK {
			t.Errorf("%s: exit %d: %s", filepath.Base(f), r.code, r.stderr)
			continue
		}
		var first, second service.ICSImport
		if err := json.Unmarshal([]byte(r.stdout), &first); err != nil {
			t.Fatalf("%s: %v\n%s", filepath.Base(f), err, r.stdout)
		}
		raw, _ := os.ReadFile(f)
		if want := vevents.FindAll(raw, -1); first.Read != len(want) {
			t.Errorf("%s: read %d events, the file has %d VEVENTs", filepath.Base(f), first.Read, len(want))
		}
		if err := json.Unmarshal([]byte(must(t, run(t, data, "calendar", "import", f, "--json")).stdout), &second); err != nil {
			t.Fatal(err)
		}
		if second.Added != 0 || second.Read != first.Read || second.Updated != first.Added+first.Updated {
			t.Errorf("%s: re-import added %d (first %+v, second %+v)", filepath.Base(f), second.Added, first, second)
		}
		imported++
	}
	if imported < len(files)*3/4 {
		t.Errorf("only %d of %d corpus files imported", imported, len(files))
	}
	human := must(t, run(t, data, "calendar", "import", files[0])).stdout
	if !regexp.MustCompile(`read \d+ events \(\d+ unreadable, skipped\), \d+ interviews, \d+ matched to applications`).MatchString(human) {
		t.Errorf("human output:\n%s", human)
	}
}

// TestCalendarImportRecurrenceCap: a small file whose events repeat every
// minute imports a capped number of occurrences and says what it left out.
func TestCalendarImportRecurrenceCap(t *testing.T) {
	data := t.TempDir()
	at := func(t time.Time) string { return t.UTC().Format("20060102T150405Z") }
	d := time.Now().UTC().Add(48 * time.Hour).Truncate(time.Hour)
	var b strings.Builder
	b.WriteString("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//EN\r\n")
	b.WriteString("BEGIN:VEVENT\r\nUID:standup@x\r\nDTSTART:" + at(d) + "\r\nDTEND:" + at(d.Add(15*time.Minute)) +
		"\r\nSUMMARY:Stand-up\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT\r\n")
	for i := range 3 {
		fmt.Fprintf(&b, "BEGIN:VEVENT\r\nUID:iv-%d@x\r\nDTSTART:%s\r\nDTEND:%s\r\nSUMMARY:Interview round %d\r\nRRULE:FREQ=MINUTELY;COUNT=300\r\nEND:VEVENT\r"+
			"\n",
			i, at(d.Add(time.Duration(i)*24*time.Hour)), at(d.Add(time.Duration(i)*24*time.Hour+30*time.Minute)), i)
	}
	b.WriteString("END:VCALENDAR\r\n")
	path := filepath.Join(t.TempDir(), "bomb.ics")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	out := must(t, run(t, data, "calendar", "import", path)).stdout
	for _, want := range []string{
		"501 occurrences in the import window: 501 new",
		"left out 400 occurrences of repeating interviews: one file adds at most 500",
		"1 repeating event does not look like an interview: only its first date was imported",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestCalendarImportConfirmReject(t *testing.T) {
	data := t.TempDir()
	must(t, run(t, data, "app", "add", "--company", "Acme Robotics", "--title", "Firmware Engineer"))
	must(t, run(t, data, "app", "add", "--company", "Globex", "--title", "SRE"))
	d := time.Now().Add(48 * time.Hour).UTC().Truncate(time.Hour)
	at := func(t time.Time) string { return t.Format("20060102T150405Z") }
	body := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//EN\r\n" +
		"BEGIN:VEVENT\r\nUID:a@x\r\nDTSTART:" + at(d) + "\r\nDTEND:" + at(d.Add(time.Hour)) +
		"\r\nSUMMARY:Interview with Acme Robotics\r\nDESCRIPTION:https://meet.google.com/abc-defg-hij\r\nEND:VEVENT\r\n" +
		"BEGIN:VEVENT\r\nUID:g@x\r\nDTSTART:" + at(d.Add(24*time.Hour)) + "\r\nDTEND:" + at(d.Add(25*time.Hour)) +
		"\r\nSUMMARY:Globex phone screen\r\nEND:VEVENT\r\n" +
		"BEGIN:VEVENT\r\nUID:lunch@x\r\nDTSTART:" + at(d.Add(3*time.Hour)) + "\r\nDTEND:" + at(d.Add(4*time.Hour)) +
		"\r\nSUMMARY:Lunch with Sam\r\nEND:VEVENT\r\n" +
		"END:VCALENDAR\r\n"
	path := filepath.Join(t.TempDir(), "cal.ics")
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	if out := must(t, run(t, data, "calendar", "import", path)).stdout; !strings.Contains(out,
		"read 3 events (0 unreadable, skipped), 2 interviews, 2 matched") {
		t.Fatalf("import: %s", out)
	}
	var props []service.Proposal
	if err := json.Unmarshal([]byte(must(t, run(t, data, "calendar", "proposals", "--json")).stdout), &props); err != nil {
		t.Fatal(err)
	}
	if len(props) != 2 || props[0].Candidates[0].Company != "Acme Robotics" || props[1].Candidates[0].Company != "Globex" {
		t.Fatalf("proposals %+v", props)
	}
	out := must(t, run(t, data, "calendar", "confirm", props[0].Key, "1")).stdout
	if !strings.Contains(out, "app move 1 interviewing") {
		t.Fatalf("no stage suggestion: %s", out)
	}
	must(t, run(t, data, "calendar", "reject", props[1].Key))
	if r := run(t, data, "calendar", "confirm", props[0].Key, "x"); r.code != ExitUsage {
		t.Fatalf("bad id: %+v", r)
	}
	if out := must(t, run(t, data, "calendar", "import", path)).stdout; !strings.Contains(out, "0 new, 3 already imported") ||
		!strings.Contains(out, "1 matched") {
		t.Fatalf("re-import: %s", out)
	}
	if out := must(t, run(t, data, "calendar", "proposals")).stdout; !strings.Contains(out, "0 events") {
		t.Fatalf("proposed again: %s", out)
	}
	var ivs []service.Interview
	if err := json.Unmarshal([]byte(must(t, run(t, data, "interviews", "--json")).stdout), &ivs); err != nil {
		t.Fatal(err)
	}
	if len(ivs) != 2 || !ivs[0].Confirmed || ivs[0].Company != "Acme Robotics" || ivs[0].MeetingURL == "" || ivs[1].Application != nil {
		t.Fatalf("interviews %+v", ivs)
	}
	table := must(t, run(t, data, "interviews")).stdout
	if !strings.Contains(table, "Interview with Acme Robotics") || !strings.Contains(table, "2 interviews") {
		t.Fatalf("table:\n%s", table)
	}
	exp := filepath.Join(t.TempDir(), "out.ics")
	if out := must(t, run(t, data, "calendar", "export", exp)).stdout; !strings.Contains(out, "exported 2 events") {
		t.Fatalf("export: %s", out)
	}
	if r := run(t, data, "calendar", "import"); r.code != ExitUsage {
		t.Fatalf("import without a file: %+v", r)
	}
	if r := run(t, data, "interviews", "--from", "tomorrow"); r.code != ExitError || !strings.Contains(r.stderr, "not a date") {
		t.Fatalf("bad date: %+v", r)
	}
}

// browserOut is a command's stdout that plays the user's browser as soon as
// the sign-in link appears, as a person would after reading it.
type browserOut struct {
	mu     sync.Mutex
	buf    bytes.Buffer
	played bool
	status chan int
}

var linkRe = regexp.MustCompile(`https?://\S+`)

func (w *browserOut) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	if u := linkRe.FindString(w.buf.String()); u != "" && !w.played {
		w.played = true
		go func() {
			st, _, _ := googletest.PlayBrowser(u)
			w.status <- st
		}()
	}
	return len(p), nil
}

func TestCalendarGoogleCommands(t *testing.T) {
	f := googletest.New()
	defer f.Close()
	for k, v := range map[string]string{google.EnvAuthURL: f.AuthURL(), google.EnvTokenURL: f.TokenURL(),
		google.EnvRevokeURL: f.RevokeURL(), google.EnvAPIURL: f.APIURL(), "HUNTBOOK_GOOGLE_CLIENT_ID": "", "HUNTBOOK_GOOGLE_CLIENT_SECRET": ""} {
		t.Setenv(k, v)
	}
	mem := secrets.Memory()
	old := tokenStore
	tokenStore = func() secrets.Store { return mem }
	t.Cleanup(func() { tokenStore = old })
	data := t.TempDir()
	must(t, run(t, data, "app", "add", "--company", "Acme Corp", "--title", "Engineer"))

	if r := run(t, data, "calendar", "sync"); r.code != ExitError || !strings.Contains(r.stderr, "not connected") {
		t.Fatalf("sync before connect: %+v", r)
	}
	out := &browserOut{status: make(chan int, 1)}
	var errb bytes.Buffer
	code := Run([]string{"--data-dir", data, "calendar", "connect", "--client-id", f.ClientID, "--client-secret", f.ClientSecret},
		&Env{Stdin: strings.NewReader(""), Stdout: out, Stderr: &errb, Version: "test"})
	if code != ExitOK || <-out.status != 200 || !strings.Contains(out.buf.String(), "Google Calendar connected") {
		t.Fatalf("connect: exit %d, %s %s", code, out.buf.String(), errb.String())
	}
	if !strings.Contains(errb.String(), "no OS keychain") {
		t.Errorf("no warning about a session-only grant: %q", errb.String())
	}

	f.SetFull("primary", googletest.SyntheticPages(120, 50, time.Now())...)
	var rep service.SyncReport
	if err := json.Unmarshal([]byte(must(t, run(t, data, "calendar", "sync", "--json")).stdout), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Received != 120 || rep.Added != 120 || !rep.FullResync || rep.Interviews != 120 || rep.Matched != 120 {
		t.Fatalf("sync %+v", rep)
	}
	tok := syncToken(t, data)
	f.SetChanges("primary", tok, googletest.Page{"items": []any{map[string]any{"id": "synthetic000003", "status": "cancelled"}}})
	if s := must(t, run(t, data, "calendar", "sync")).stdout; !strings.Contains(s, "(incremental): 1 event received, 0 new, 0 updated, 1 removed") {
		t.Fatalf("incremental: %s", s)
	}
	f.ExpireSyncToken(syncToken(t, data))
	if s := must(t, run(t, data, "calendar", "sync")).stdout; !strings.Contains(s, "(full): 120 events received, 1 new, 119 updated") {
		t.Fatalf("after 410: %s", s)
	}
	var st service.CalendarStatus
	if err := json.Unmarshal([]byte(must(t, run(t, data, "calendar", "status", "--json")).stdout), &st); err != nil {
		t.Fatal(err)
	}
	if st.State != service.StateConnected || st.LastSync == "" || st.ClientID != f.ClientID {
		t.Fatalf("status %+v", st)
	}
	var ivs []service.Interview
	if err := json.Unmarshal([]byte(must(t, run(t, data, "interviews", "--json")).stdout), &ivs); err != nil {
		t.Fatal(err)
	}
	if len(ivs) < 100 || ivs[0].Company != "Acme Corp" || ivs[0].Confirmed {
		t.Fatalf("interviews: %d, first %+v", len(ivs), ivs[0])
	}

	f.RevokeAll()
	f.ExpireAccessTokens()
	r := run(t, data, "calendar", "sync")
	if r.code != ExitError || !strings.Contains(r.stderr, "reconnect") || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 {
		t.Fatalf("sync after revoke: %+v", r)
	}
	if s := must(t, run(t, data, "calendar", "status")).stdout; !strings.Contains(s, "(reconnect)") {
		t.Fatalf("status after revoke: %s", s)
	}
	if s := must(t, run(t, data, "calendar", "disconnect", "--delete-events")).stdout; !strings.Contains(s, "120 imported events deleted") {
		t.Fatalf("disconnect: %s", s)
	}
	if s := must(t, run(t, data, "calendar", "status")).stdout; !strings.Contains(s, "not_connected") {
		t.Fatalf("status after disconnect: %s", s)
	}
	if n := f.Stats().WriteAttempts; n != 0 {
		t.Errorf("%d writes to the Calendar API", n)
	}
}

// syncToken reads the stored sync token the way the next sync will.
func syncToken(t *testing.T, data string) string {
	t.Helper()
	env := &Env{DataDir: data, Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}}
	defer env.close()
	if _, err := env.Services(); err != nil {
		t.Fatal(err)
	}
	st, err := env.db.CalendarSyncState(svcCtx, "primary")
	if err != nil || st.SyncToken == "" {
		t.Fatal(fmt.Sprint("no sync token: ", err))
	}
	return st.SyncToken
}
