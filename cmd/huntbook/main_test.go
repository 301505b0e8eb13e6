package main

import (
	"bytes"
	"debug/elf"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/corpus"
)

// The tests build the command line as make build does (with the version
// stamped the Makefile's way) and run it as a user would.
var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
	buildOut  []byte
)

const buildinfoPkg = "github.com/huntbook/huntbook/backend/buildinfo"

func huntbook(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "huntbook-cli-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "huntbook")
		ld := "-X " + buildinfoPkg + ".version=v9.8.7-test -X " + buildinfoPkg + ".commit=0123456789abcdef -X " +
			buildinfoPkg + ".date=2026-12-08T00:00:00Z"
		cmd := exec.Command("go", "build", "-tags", "sqlite_fts5", "-ldflags", ld, "-o", binPath, ".")
		buildOut, buildErr = cmd.CombinedOutput()
	})
	if buildErr != nil {
		t.Fatalf("build huntbook: %v\n%s", buildErr, buildOut)
	}
	return binPath
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
	os.Exit(code)
}

// install copies the built command line into a fresh folder, as a package
// would install it, and returns its path there.
func install(t *testing.T, dir string) string {
	t.Helper()
	data, err := os.ReadFile(huntbook(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "huntbook")
	if err := os.WriteFile(p, data, 0o755); err != nil { //nolint:gosec // G306: a program
		t.Fatal(err)
	}
	return p
}

// fakeDesktop installs at p a huntbook-desktop that writes its arguments,
// as JSON, to record.
func fakeDesktop(t *testing.T, p, record string) {
	t.Helper()
	script := "#!/bin/sh\nfirst=1\n{ printf '['; for a in \"$@\"; do [ $first = 1 ] || printf ','; first=0; " +
		"printf '\"%s\"' \"$a\"; done; printf ']\\n'; } > '" + record + ".tmp' && mv '" + record + ".tmp' '" + record + "'\n"
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(script), 0o755); err != nil { //nolint:gosec // G306: a program
		t.Fatal(err)
	}
}

type result struct {
	code           int
	stdout, stderr string
}

func run(t *testing.T, bin string, env []string, args ...string) result {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{code, out.String(), errb.String()}
}

// recorded waits for the fake window to write its arguments.
func recorded(t *testing.T, record string) []string {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		data, err := os.ReadFile(record)
		if err == nil {
			var args []string
			if err := json.Unmarshal(data, &args); err != nil {
				t.Fatalf("record %q: %v", data, err)
			}
			os.Remove(record)
			return args
		}
		if time.Now().After(deadline) {
			t.Fatal("huntbook-desktop was not started")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestLauncherPassesArgumentsToTheWindow(t *testing.T) {
	root := t.TempDir()
	bin := install(t, filepath.Join(root, "bin"))
	record := filepath.Join(root, "args.json")
	fakeDesktop(t, filepath.Join(root, "bin", "huntbook-desktop"), record)
	env := []string{"DISPLAY=:99", "HUNTBOOK_DESKTOP="}
	data := filepath.Join(root, "my data")
	cases := []struct {
		args, want []string
	}{
		{nil, []string{}},
		{[]string{"--data-dir", data}, []string{"--data-dir", data}},
		{[]string{"--data-dir=" + data, "--open-application", "42"}, []string{"--data-dir=" + data, "--open-application", "42"}},
		{[]string{"--open-application=7", "-data-dir", data}, []string{"--open-application=7", "-data-dir", data}},
		{[]string{"open"}, []string{}},
		{[]string{"--data-dir", data, "open", "--open-application", "3"}, []string{"--data-dir", data, "--open-application", "3"}},
	}
	for _, c := range cases {
		r := run(t, bin, env, c.args...)
		if r.code != 0 || r.stdout != "" || r.stderr != "" {
			t.Fatalf("huntbook %q: exit %d, stdout %q, stderr %q", c.args, r.code, r.stdout, r.stderr)
		}
		if got := recorded(t, record); !reflect.DeepEqual(got, c.want) {
			t.Errorf("huntbook %q started huntbook-desktop %q, want %q", c.args, got, c.want)
		}
	}
	// A bad id is the user's mistake, said here: the window has no terminal.
	if r := run(t, bin, env, "--open-application", "x"); r.code != 2 || !strings.Contains(r.stderr, `"x" is not an application id`) {
		t.Errorf("bad id: %+v", r)
	}
	if r := run(t, bin, env, "--open-application", "3", "app", "list"); r.code != 2 || !strings.Contains(r.stderr, "is for the window") {
		t.Errorf("id with a command: %+v", r)
	}
}

func TestLauncherFindsThePackagedWindow(t *testing.T) {
	root := t.TempDir()
	bin := install(t, filepath.Join(root, "usr", "bin"))
	record := filepath.Join(root, "args.json")
	fakeDesktop(t, filepath.Join(root, "usr", "lib", "huntbook", "huntbook-desktop"), record)
	if r := run(t, bin, []string{"DISPLAY=:99", "HUNTBOOK_DESKTOP="}, "--data-dir", "/srv/hb"); r.code != 0 {
		t.Fatalf("packaged: %+v", r)
	}
	if got := recorded(t, record); !reflect.DeepEqual(got, []string{"--data-dir", "/srv/hb"}) {
		t.Fatalf("packaged window got %q", got)
	}
}

func TestLauncherSaysWhenTheWindowIsMissing(t *testing.T) {
	root := t.TempDir()
	bin := install(t, filepath.Join(root, "bin"))
	r := run(t, bin, []string{"DISPLAY=:99", "HUNTBOOK_DESKTOP="})
	if r.code != 1 || !strings.HasPrefix(r.stderr, "huntbook: the desktop window is not installed: ") ||
		!strings.Contains(r.stderr, filepath.Join(root, "bin", "huntbook-desktop")) || strings.Count(r.stderr, "\n") != 1 {
		t.Fatalf("missing window: %+v", r)
	}
	// The commands work all the same.
	if r := run(t, bin, nil, "--data-dir", filepath.Join(root, "data"), "info"); r.code != 0 {
		t.Fatalf("info without the window: %+v", r)
	}
	// No display: said before anything starts.
	fakeDesktop(t, filepath.Join(root, "bin", "huntbook-desktop"), filepath.Join(root, "never.json"))
	r = run(t, bin, []string{"DISPLAY=", "WAYLAND_DISPLAY=", "HUNTBOOK_DESKTOP="})
	if r.code != 1 || !strings.Contains(r.stderr, "no display found") {
		t.Fatalf("no display: %+v", r)
	}
}

func TestCommandLineHonoursDataDir(t *testing.T) {
	root := t.TempDir()
	bin := install(t, filepath.Join(root, "bin"))
	data := filepath.Join(root, "data")
	env := []string{"HUNTBOOK_DATA_DIR=", "XDG_DATA_HOME=" + filepath.Join(root, "xdg")}
	if r := run(t, bin, env, "--data-dir", data, "app", "add", "--company", "Globex", "--title", "Engineer"); r.code != 0 {
		t.Fatalf("add: %+v", r)
	}
	r := run(t, bin, env, "--data-dir", data, "info", "--json")
	var info struct {
		DataDir      string `json:"dataDir"`
		Applications int    `json:"applications"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &info); err != nil || info.DataDir != data || info.Applications != 1 {
		t.Fatalf("info: %+v (%v)", r, err)
	}
	// The default folder was not touched.
	if _, err := os.Stat(filepath.Join(root, "xdg", "huntbook")); !os.IsNotExist(err) {
		t.Fatalf("the default data folder was written: %v", err)
	}
}

func TestVersionNamesTheBuild(t *testing.T) {
	r := run(t, huntbook(t), nil, "version")
	for _, want := range []string{"huntbook v9.8.7-test\n", "commit:     0123456789abcdef", "built:      2026-12-08T00:00:00Z",
		"go version: go1.", "releases:   https://"} {
		if r.code != 0 || !strings.Contains(r.stdout, want) {
			t.Errorf("version %+v does not say %q", r, want)
		}
	}
}

// The command line reads documents through its own child process: cv parse
// works from this binary alone, with no window installed.
func TestCVParseRunsTheChildFromThisBinary(t *testing.T) {
	root := t.TempDir()
	bin := install(t, filepath.Join(root, "bin"))
	cv := filepath.Join(corpus.Path(t, "cv"), "jakegut_resume_compiled_pdftex.pdf")
	r := run(t, bin, nil, "--data-dir", filepath.Join(root, "data"), "cv", "parse", cv)
	if r.code != 0 || !strings.Contains(r.stdout, `"name": "Jake Ryan"`) {
		t.Fatalf("cv parse: exit %d stderr %q stdout %.300q", r.code, r.stderr, r.stdout)
	}
}

// The command line links neither GTK nor WebKit, in Go packages or in the
// binary's dynamic libraries.
func TestLinksNoGTKOrWebKit(t *testing.T) {
	out, err := exec.Command("go", "list", "-tags", "sqlite_fts5", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if strings.Contains(pkg, "wailsapp") || strings.Contains(pkg, "webkit") || strings.Contains(pkg, "gtk") ||
			pkg == "github.com/huntbook/huntbook/backend/desktop" {
			t.Errorf("the command line imports %s", pkg)
		}
	}
	f, err := elf.Open(huntbook(t))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	libs, err := f.ImportedLibraries()
	if err != nil {
		t.Fatal(err)
	}
	if len(libs) == 0 {
		t.Fatal("no dynamic libraries read: not the cgo build (SQLite needs cgo)")
	}
	for _, lib := range libs {
		for _, bad := range []string{"gtk", "webkit", "gdk", "javascriptcore", "soup"} {
			if strings.Contains(strings.ToLower(lib), bad) {
				t.Errorf("the command line links %s", lib)
			}
		}
	}
}
