package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/model"
)

type result struct {
	code           int
	stdout, stderr string
}

func run(t *testing.T, dir string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(append([]string{"--data-dir", dir}, args...), &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Version: "test"})
	return result{code, out.String(), errb.String()}
}

func must(t *testing.T, r result) result {
	t.Helper()
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	return r
}

func TestAppCommands(t *testing.T) {
	dir := t.TempDir()
	desc := filepath.Join(t.TempDir(), "jd.txt")
	if err := os.WriteFile(desc, []byte("We need Rust and embedded Linux."), 0o600); err != nil {
		t.Fatal(err)
	}
	id := strings.TrimSpace(must(t, run(t, dir, "app", "add", "--company", "Acme Robotics", "--title", "Firmware Engineer",
		"--stage", "applied", "--url", "https://acme.example/jobs/7", "--location", "Berlin", "--applied", "2026-02-01",
		"--description-file", desc, "--tag", "rust", "--tag", "Embedded")).stdout)
	if id != "1" {
		t.Fatalf("id %q", id)
	}
	must(t, run(t, dir, "app", "add", "--company", "Globex", "--title", "SRE"))
	dup := must(t, run(t, dir, "app", "add", "--company", "ACME Robotics GmbH", "--title", "firmware engineer"))
	if !strings.Contains(dup.stderr, "already track") {
		t.Fatalf("no duplicate warning: %q", dup.stderr)
	}

	var list model.ListResult
	if err := json.Unmarshal([]byte(must(t, run(t, dir, "app", "list", "--search", "embedded", "--json")).stdout), &list); err != nil {
		t.Fatal(err)
	}
	if list.Total != 1 || list.Items[0].Company != "Acme Robotics" || list.Items[0].Stage != "Applied" {
		t.Fatalf("search %+v", list)
	}
	table := must(t, run(t, dir, "app", "list", "--stage", "Wishlist")).stdout
	if !strings.Contains(table, "Globex") || strings.Contains(table, "Acme Robotics ") || !strings.Contains(table, "2 applications") {
		t.Fatalf("table:\n%s", table)
	}

	must(t, run(t, dir, "app", "move", id, "interviewing"))
	must(t, run(t, dir, "app", "outcome", id, "accepted"))
	must(t, run(t, dir, "app", "note", id, "Offer", "call", "on", "Monday"))
	var d model.ApplicationDetail
	if err := json.Unmarshal([]byte(must(t, run(t, dir, "app", "show", id, "--json")).stdout), &d); err != nil {
		t.Fatal(err)
	}
	if d.Application.Stage != "Interviewing" || d.Application.Outcome != "accepted" || len(d.Notes) != 1 || d.Notes[0].Body != "Offer call on Monday" ||
		len(d.Events) != 3 || d.Application.Description == "" || len(d.Duplicates) != 1 {
		t.Fatalf("detail %+v", d)
	}
	human := must(t, run(t, dir, "app", "show", id)).stdout
	for _, want := range []string{"Firmware Engineer — Acme Robotics", "Stage: Interviewing", "Timeline:", "Offer call on Monday", "Possible duplicate"} {
		if !strings.Contains(human, want) {
			t.Errorf("show lacks %q:\n%s", want, human)
		}
	}
}

func TestErrorsAndUsage(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		args []string
		code int
		says string
	}{
		{[]string{"app", "add", "--company", "X"}, ExitUsage, "--company and --title are required"},
		{[]string{"app", "add", "--company", "X", "--title", "Y", "--applied", "01/02/2026"}, ExitError, `dateApplied "01/02/2026" is not a date`},
		{[]string{"app", "add", "--company", "X", "--title", "Y", "--stage", "Nope"}, ExitError, `unknown stage "Nope"`},
		{[]string{"app", "add", "--company", "X", "--title", "Y", "--bogus"}, ExitUsage, "bogus"},
		{[]string{"app", "show", "abc"}, ExitUsage, "not an application id"},
		{[]string{"app", "show", "99"}, ExitError, "application 99 not found"},
		{[]string{"app", "outcome", "1", "maybe"}, ExitError, "unknown outcome"},
		{[]string{"app", "frobnicate"}, ExitUsage, "unknown command"},
		{[]string{"frobnicate"}, ExitUsage, "unknown command"},
		{[]string{"wipe"}, ExitUsage, "--yes"},
		{[]string{"import", filepath.Join(dir, "missing.zip")}, ExitError, "does not exist"},
	}
	for _, c := range cases {
		r := run(t, dir, c.args...)
		if r.code != c.code || !strings.Contains(r.stderr, c.says) {
			t.Errorf("%v: exit %d stderr %q; want %d with %q", c.args, r.code, r.stderr, c.code, c.says)
		}
		if c.code == ExitError && strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 {
			t.Errorf("%v: error is not one line: %q", c.args, r.stderr)
		}
	}
}

func TestExportImportWipe(t *testing.T) {
	dir := t.TempDir()
	must(t, run(t, dir, "app", "add", "--company", "Initech", "--title", "TPS Analyst", "--tag", "reports"))
	must(t, run(t, dir, "app", "note", "1", "Remember the cover sheet"))
	zipPath := filepath.Join(t.TempDir(), "all.zip")
	if r := must(t, run(t, dir, "export", zipPath)); !strings.Contains(r.stdout, "exported 1 application, 1 note") {
		t.Fatalf("export: %q", r.stdout)
	}
	if st, err := os.Stat(zipPath); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("export file: %v %v", st, err)
	}
	must(t, run(t, dir, "wipe", "--yes"))
	if r := must(t, run(t, dir, "app", "list")); !strings.Contains(r.stdout, "0 applications") {
		t.Fatalf("after wipe: %s", r.stdout)
	}
	must(t, run(t, dir, "import", zipPath))
	var list model.ListResult
	if err := json.Unmarshal([]byte(must(t, run(t, dir, "app", "list", "--search", "cover", "--json")).stdout), &list); err != nil {
		t.Fatal(err)
	}
	if list.Total != 1 || list.Items[0].Tags[0] != "reports" {
		t.Fatalf("after import: %+v", list)
	}

	csvPath := filepath.Join(t.TempDir(), "huntr.csv")
	if err := os.WriteFile(csvPath, []byte("Job Title,Company,Status\nEngineer,Umbrella,Applied\nDesigner,,Offer\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	// A bad row no longer refuses the file: the good ones are imported, the bad one is listed.
	if r := must(t, run(t, dir, "import", csvPath)); !strings.Contains(r.stdout, "imported 1 application,") ||
		!strings.Contains(r.stdout, "line 3: company is empty") {
		t.Fatalf("csv with a bad row: %q", r.stdout)
	}
	if err := os.WriteFile(csvPath, []byte("Job Title,Company,Status\nEngineer,Umbrella,Applied\nDesigner,Hooli,Offer\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if r := must(t, run(t, dir, "import", csvPath, "--json")); !strings.Contains(r.stdout, `"applications": 2`) {
		t.Fatalf("csv import: %s", r.stdout)
	}
	junk := filepath.Join(t.TempDir(), "x.bin")
	if err := os.WriteFile(junk, []byte{0, 1, 2, 3, 0, 0}, 0o600); err != nil {
		t.Fatal(err)
	}
	if r := run(t, dir, "import", junk); r.code != ExitError || !strings.Contains(r.stderr, "neither") {
		t.Fatalf("junk: %d %q", r.code, r.stderr)
	}
}

func TestIsCommand(t *testing.T) {
	for args, want := range map[string]bool{"": false, "--data-dir x": false, "app list": true, "--data-dir x app list": true, "--nope": true,
		"--open-application 5": false, "--data-dir x --open-application=5": false, "--open-application x": true, "open": true} {
		if got := IsCommand(strings.Fields(args)); got != want {
			t.Errorf("IsCommand(%q) = %v", args, got)
		}
	}
	if WindowDataDir([]string{"--data-dir", "/tmp/x"}) != "/tmp/x" {
		t.Error("window data dir")
	}
}
