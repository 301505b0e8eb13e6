package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Asking a command for its help prints it on standard output with exit 0,
// and does nothing else: no application added, no file written.
func TestCommandHelp(t *testing.T) {
	dir := t.TempDir()
	work := t.TempDir()
	t.Chdir(work)
	cases := []struct {
		args []string
		says []string
	}{
		{[]string{"app", "add", "--help"}, []string{"Usage: huntbook app add [flags]", "--company STRING", "job title"}},
		{[]string{"app", "list", "-h"}, []string{"Usage: huntbook app list [flags]", "--search STRING"}},
		{[]string{"help", "app", "list"}, []string{"Usage: huntbook app list [flags]", "--stage STRING"}},
		{[]string{"app", "--help"}, []string{"Usage: huntbook app <add|list|", `"huntbook app add --help"`}},
		{[]string{"help", "mail"}, []string{"mail <import|list|confirm|dismiss|", "sync", "Read job e-mail"}},
		{[]string{"mail", "sync", "--help"}, []string{"Usage: huntbook mail sync"}},
		{[]string{"export", "--help"}, []string{"Usage: huntbook export", "Export everything"}},
		{[]string{"completion", "--help"}, []string{"Usage: huntbook completion"}},
	}
	for _, c := range cases {
		r := run(t, dir, c.args...)
		if r.code != ExitOK || r.stderr != "" {
			t.Errorf("%v: exit %d, stderr %q; want 0 and nothing", c.args, r.code, r.stderr)
		}
		for _, want := range c.says {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("%v: output lacks %q:\n%s", c.args, want, r.stdout)
			}
		}
	}
	if _, err := os.Stat(filepath.Join(work, "--help")); err == nil {
		t.Error("export --help wrote a file named --help")
	}
	if r := must(t, run(t, dir, "app", "list")); !strings.Contains(r.stdout, "0 applications") {
		t.Errorf("a help request added an application:\n%s", r.stdout)
	}
	if r := run(t, dir, "help", "nope"); r.code != ExitUsage || !strings.Contains(r.stderr, `"nope": it is not a command`) {
		t.Errorf("help nope: exit %d, stderr %q", r.code, r.stderr)
	}
}

// The mail group's usage lists the subcommands other files register
// (the IMAP ones), in help, the man page and the completions alike.
func TestMailUsageListsEverySubcommand(t *testing.T) {
	c, ok := findCommand("mail")
	if !ok {
		t.Fatal("no mail command")
	}
	subs := c.subcommands()
	for name := range mailSubs {
		if name == "proposals" {
			continue
		}
		found := false
		for _, s := range subs {
			found = found || s == name
		}
		if !found {
			t.Errorf("mail usage %q lacks %q", c.usage, name)
		}
	}
}
