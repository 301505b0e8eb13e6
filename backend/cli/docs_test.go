package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// output runs huntbook with args and returns its stdout (exit 0 required).
func output(t *testing.T, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	if code := Run(args, &Env{Stdout: &out, Stderr: &errb}); code != ExitOK {
		t.Fatalf("huntbook %q: exit %d: %s", args, code, errb.String())
	}
	return out.String()
}

// withCommand adds a command to the table for the test's duration.
func withCommand(t *testing.T, name, usage string) {
	t.Helper()
	saved := extra
	extra = append(append([]command(nil), extra...), command{name, usage, "a command added by a test", func(*Env, []string) error { return nil }})
	t.Cleanup(func() { extra = saved })
}

// Every command of the table, and every subcommand its usage names, is in
// help, the man page and the three completions; a command added to the
// table appears in all of them.
func TestDocsListEveryCommand(t *testing.T) {
	withCommand(t, "zz-added", "zz-added <first-sub|second-sub> ...")
	outputs := map[string]string{
		"help": output(t, "help"), "man": output(t, "man"), "bash": output(t, "completion", "bash"),
		"zsh": output(t, "completion", "zsh"), "fish": output(t, "completion", "fish"),
	}
	summary := map[string]func(command) string{
		"zsh":  func(c command) string { return zshQuote(c.name + ":" + c.summary) },
		"fish": func(c command) string { return fishQuote(c.summary) },
	}
	subs := 0
	for _, c := range allCommands() {
		for name, text := range outputs {
			words := []string{c.name}
			switch name {
			case "help":
				words = []string{c.usage, c.summary}
			case "man":
				words = []string{roffUsage(c.usage), roff(c.summary)}
			default:
				words = append(words, c.subcommands()...)
			}
			for _, w := range words {
				if !strings.Contains(text, w) {
					t.Errorf("%s does not list %q (command %s)", name, w, c.name)
				}
			}
			if f := summary[name]; f != nil {
				words = []string{f(c)}
			} else {
				words = nil
			}
			for _, w := range words {
				if !strings.Contains(text, w) {
					t.Errorf("%s does not list %q (command %s)", name, w, c.name)
				}
			}
		}
		subs += len(c.subcommands())
	}
	if subs < 30 {
		t.Errorf("only %d subcommands read from the usages", subs)
	}
	for _, want := range []string{"app", "cv", "version", "man", "completion", "open", "zz-added"} {
		if !strings.Contains(outputs["bash"], " "+want+" ") {
			t.Errorf("bash completion lacks %s", want)
		}
	}
}

// bashComplete runs the bash completion for the words typed so far (the
// last one being completed) and returns the candidates.
func bashComplete(t *testing.T, script string, words ...string) []string {
	t.Helper()
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = "'" + w + "'"
	}
	prog := script + "\nCOMP_WORDS=(" + strings.Join(quoted, " ") + ")\nCOMP_CWORD=" +
		strconv.Itoa(len(words)-1) + "\n_huntbook\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n"
	out, err := exec.Command("bash", "--norc", "--noprofile", "-c", prog).CombinedOutput()
	if err != nil {
		t.Fatalf("bash: %v\n%s", err, out)
	}
	got := strings.Fields(string(out))
	sort.Strings(got)
	return got
}

func TestBashCompletionCompletes(t *testing.T) {
	withCommand(t, "zz-added", "zz-added <first-sub|second-sub> ...")
	script := output(t, "completion", "bash")
	if got := bashComplete(t, script, "huntbook", "zz"); strings.Join(got, " ") != "zz-added" {
		t.Errorf("huntbook zz<TAB>: %q", got)
	}
	all := bashComplete(t, script, "huntbook", "")
	if len(all) != len(allCommands())+1 {
		t.Errorf("huntbook <TAB>: %d words, want the %d commands and --data-dir: %q", len(all), len(allCommands()), all)
	}
	if got := bashComplete(t, script, "huntbook", "--data-dir", "/tmp", "cv", "p"); strings.Join(got, " ") != "parse" {
		t.Errorf("huntbook --data-dir /tmp cv p<TAB>: %q", got)
	}
	if got := bashComplete(t, script, "huntbook", "zz-added", ""); strings.Join(got, " ") != "first-sub second-sub" {
		t.Errorf("huntbook zz-added <TAB>: %q", got)
	}
	// After the subcommand, bash falls back to file names (complete -o default).
	if got := bashComplete(t, script, "huntbook", "cv", "parse", ""); len(got) != 0 {
		t.Errorf("huntbook cv parse <TAB>: %q", got)
	}
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "folder-a"), 0o755); err != nil {
		t.Fatal(err)
	}
	if got := bashComplete(t, script, "huntbook", "--data-dir", dir+"/fo"); strings.Join(got, " ") != dir+"/folder-a" {
		t.Errorf("--data-dir completes folders: %q", got)
	}
}

// The man page is well-formed roff: groff reads it without a warning.
func TestManPageFormats(t *testing.T) {
	page := output(t, "man")
	if !strings.HasPrefix(page, ".TH HUNTBOOK 1 ") {
		t.Fatalf("man page starts %.40q", page)
	}
	cmd := exec.Command("groff", "-man", "-Tutf8", "-ww", "-z")
	cmd.Stdin = strings.NewReader(page)
	out, err := cmd.CombinedOutput()
	if err != nil || len(out) > 0 {
		t.Fatalf("groff: %v\n%s", err, out)
	}
	cmd = exec.Command("groff", "-man", "-Tutf8")
	cmd.Stdin = strings.NewReader(page)
	text, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	plain := regexp.MustCompile(".\b").ReplaceAllString(string(text), "")
	for _, want := range []string{"huntbook-desktop", "--data-dir", "HUNTBOOK_DATA_DIR", "cv <parse|import"} {
		if !strings.Contains(strings.ReplaceAll(plain, "‐", "-"), want) {
			t.Errorf("the formatted page does not say %q", want)
		}
	}
}

func TestCompletionUsage(t *testing.T) {
	var out, errb bytes.Buffer
	if code := Run([]string{"completion", "tcsh"}, &Env{Stdout: &out, Stderr: &errb}); code != ExitUsage ||
		!strings.Contains(errb.String(), `unknown shell "tcsh"`) {
		t.Fatalf("tcsh: %d %q", code, errb.String())
	}
}
