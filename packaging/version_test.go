// Package packaging holds the package files and scripts of `make package`;
// its only Go code is this test of version.sh and the hostmanifest command.
package packaging

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// version.sh in a scratch repository: each state of the tags gives a
// version deb and rpm accept, in the order the tags mean.
func TestVersionFromTags(t *testing.T) {
	script, err := os.ReadFile("version.sh")
	if err != nil {
		t.Fatal(err)
	}
	repo := t.TempDir()
	if err := os.MkdirAll(filepath.Join(repo, "packaging"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(repo, "packaging", "version.sh"), script, 0o755); err != nil { //nolint:gosec // G306: a script to run
		t.Fatal(err)
	}
	run := func(args ...string) string {
		t.Helper()
		cmd := exec.Command(args[0], args[1:]...) //nolint:gosec // G204: the test's own commands
		cmd.Dir = repo
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
			"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com",
			"GIT_AUTHOR_DATE=2026-12-08T10:00:00Z", "GIT_COMMITTER_DATE=2026-12-08T10:00:00Z")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return strings.TrimSpace(string(out))
	}
	version := func(mode string) string { return run("bash", "packaging/version.sh", mode) }
	commit := func() string {
		run("git", "commit", "-q", "--allow-empty", "-m", "c")
		return run("git", "rev-parse", "--short=7", "HEAD")
	}

	run("git", "init", "-q")
	sha := commit()
	if got, want := version("package"), "0.0.0~git20261208."+sha; got != want {
		t.Errorf("no tag: %q, want %q", got, want)
	}
	if got := version("numeric"); got != "0.0.0" {
		t.Errorf("no tag, numeric: %q", got)
	}
	run("git", "tag", "v1.3.0-rc1")
	if got := version("package"); got != "1.3.0~rc1" {
		t.Errorf("v1.3.0-rc1: %q", got)
	}
	commit()
	run("git", "tag", "v1.3.0")
	if got := version("package"); got != "1.3.0" {
		t.Errorf("v1.3.0: %q", got)
	}
	commit()
	sha = commit()
	if got, want := version("package"), "1.3.0+git2."+sha; got != want {
		t.Errorf("two commits after v1.3.0: %q, want %q", got, want)
	}
	if got := version("numeric"); got != "1.3.0" {
		t.Errorf("numeric after v1.3.0: %q", got)
	}
	run("git", "tag", "v2.0")
	cmd := exec.Command("bash", "packaging/version.sh")
	cmd.Dir = repo
	if out, err := cmd.CombinedOutput(); err == nil || !strings.Contains(string(out), "not vMAJOR.MINOR.PATCH") {
		t.Errorf("v2.0: want a clear error, got %v: %s", err, out)
	}
}
