// Package e2e drives the real Huntbook binary end to end: the production
// build with the e2e tag opens its WebKitGTK window under Xvfb, runs a
// scenario script from scenarios/ inside the page (see
// backend/desktop/domready_e2e.go for the protocol), and the database it
// wrote is then read back through the CLI of the same binary.
//
// The test skips with a reason when a tool is missing on a developer
// machine, and fails instead in CI (CI=true) or under `make test`
// (HUNTBOOK_E2E=1). HUNTBOOK_E2E_BIN points at a prebuilt binary (the
// Makefile builds build/bin/huntbook-e2e); without it the test builds one.
package e2e

import (
	"bytes"
	"context"
	"debug/buildinfo"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// appTags are the tags of the e2e binary: the production desktop build plus
// the hook that runs scenarios.
const appTags = "desktop,production,webkit2_41,sqlite_fts5,e2e"

// scenario is one script in scenarios/ and what the database must hold after it.
type scenario struct {
	file  string
	check func(t *testing.T, bin, dataDir string)
	// setup, when set, prepares the data folder before the app starts.
	setup func(t *testing.T, dataDir string)
	// prelude, when set, returns JavaScript put before the scenario (values
	// it needs, such as a test server's address).
	prelude func(t *testing.T) string
	// screen, when set, is Xvfb's screen ("WxHxD"; default 1280x800x24),
	// big enough for the largest window size the scenario asks for.
	screen string
	// timeout is the app's deadline for the script (default 60s).
	timeout time.Duration
}

var scenarios = []scenario{
	{file: "applications.js", check: checkApplications},
	{file: "posting.js", check: checkPosting, setup: setupPosting},
	{file: "data.js", check: checkData},
	{file: "import.js", check: checkImport, setup: setupImport, screen: "1920x1080x24"},
	{file: "views.js", check: checkViews},
	{file: "detail.js", check: checkDetail},
	{file: "board.js", check: checkBoard},
	{file: "list.js", check: checkList},
	{file: "layout.js", check: checkLayout, setup: setupLayout, screen: "1920x1080x24"},
	{file: "agenda.js", check: checkAgenda, setup: writeAgendaICS},
	{file: "mail.js", check: checkMail, setup: setupMail, screen: "1920x1080x24", timeout: 120 * time.Second},
	{file: "ai.js", check: checkAI, setup: setupAI},
	{file: "cv.js", check: checkCV, setup: setupCV},
	{file: "navigation.js", check: checkNavigation, prelude: navigationPrelude},
	{file: "a11y.js", check: checkA11y, setup: setupA11y, prelude: a11yPrelude, timeout: 170 * time.Second},
	{file: "insights.js", check: checkInsights, setup: setupInsights, screen: "1920x1080x24"},
	{file: "mail-imap.js", check: checkMailIMAP, setup: setupMailIMAP, prelude: mailIMAPPrelude, screen: "1920x1080x24", timeout: 120 * time.Second},
	{file: "screens.js", check: checkScreens, setup: setupScreens, screen: "1920x1080x24", timeout: 300 * time.Second},
	{file: "startup-corrupt.js", check: checkCorrupt, setup: setupCorrupt},
	{file: "startup-newer.js", check: checkNewer, setup: setupNewer},
	{file: "startup-readonly.js", check: checkReadOnly, setup: setupReadOnly},
	{file: "startup-locked.js", check: checkLocked, setup: setupLocked},
}

// info reads `huntbook info --json`.
func info(t *testing.T, bin, dataDir string) map[string]any {
	t.Helper()
	out := runCLI(t, bin, dataDir, "info", "--json")
	var v map[string]any
	if err := json.Unmarshal(out, &v); err != nil {
		t.Fatalf("huntbook info --json is not a JSON object: %v\n%s", err, out)
	}
	return v
}

// checkData: the export ZIP is on disk and the wipe left the database empty.
func checkData(t *testing.T, bin, dataDir string) {
	b, err := os.ReadFile(filepath.Join(dataDir, "e2e-export.zip"))
	if err != nil {
		t.Fatalf("the export ZIP: %v", err)
	}
	if !bytes.HasPrefix(b, []byte("PK\x03\x04")) {
		t.Errorf("e2e-export.zip is not a ZIP (starts %q)", b[:min(len(b), 8)])
	}
	for k, v := range info(t, bin, dataDir) {
		switch k {
		case "applications", "notes", "contacts", "tasks":
			if v != float64(0) {
				t.Errorf("after wiping through the UI, info says %s = %v, want 0", k, v)
			}
		}
	}
}

// checkViews: the contact added through the form is stored, beside the
// five applications and the contact the scenario created.
func checkViews(t *testing.T, bin, dataDir string) {
	v := info(t, bin, dataDir)
	if v["applications"] != float64(5) || v["contacts"] != float64(2) || v["tasks"] != float64(2) {
		t.Errorf("info = %v, want 5 applications, 2 contacts (one added in the form), 2 tasks", v)
	}
}

// checkApplications asks the CLI for the applications the UI added.
func checkApplications(t *testing.T, bin, dataDir string) {
	out := runCLI(t, bin, dataDir, "app", "list", "--json")
	var v any
	if err := json.Unmarshal(out, &v); err != nil {
		t.Fatalf("huntbook app list --json is not JSON: %v\n%s", err, out)
	}
	obj := findObject(v, "Acme Robotics")
	if obj == nil {
		t.Fatalf("the database has no application for Acme Robotics:\n%s", out)
	}
	for _, want := range []string{"Firmware Engineer", "Berlin"} {
		if findObject(obj, want) == nil {
			t.Errorf("the Acme Robotics application lacks %q: %v", want, obj)
		}
	}
}

func TestScenarios(t *testing.T) {
	bin := binary(t)
	root := repoRoot(t)
	shots := os.Getenv("HUNTBOOK_E2E_SHOTS")
	if shots == "" {
		shots = filepath.Join(root, "build", "e2e-shots")
	}
	lib := readScenario(t, "lib.js")
	for _, sc := range scenarios {
		name := strings.TrimSuffix(sc.file, ".js")
		t.Run(name, func(t *testing.T) {
			// Under Xvfb without a window manager GTK now and then ignores a
			// resize (seen 1 run in 3 for the scenarios that change size); that
			// is the test screen, not the app, so such a run is tried once more
			// on fresh data. Any other failure fails at once.
			for attempt := 1; ; attempt++ {
				if !runScenario(t, sc, bin, lib, shots, attempt < 2) {
					return
				}
				t.Logf("the window did not take the size asked for: running %s again on fresh data", sc.file)
			}
		})
	}
}

// runScenario runs one scenario in the real window on fresh data. It returns
// true, without failing, when retry is set and the only trouble was a resize
// the X server did not apply.
func runScenario(t *testing.T, sc scenario, bin string, lib []byte, shots string, retry bool) bool {
	t.Helper()
	dataDir := t.TempDir()
	if sc.setup != nil {
		sc.setup(t, dataDir)
	}
	script := filepath.Join(t.TempDir(), sc.file)
	body := append(append([]byte{}, lib...), '\n')
	if sc.prelude != nil {
		body = append(body, sc.prelude(t)...)
	}
	body = append(body, readScenario(t, sc.file)...)
	if err := os.WriteFile(script, body, 0o600); err != nil {
		t.Fatal(err)
	}
	timeout := 60 * time.Second
	if sc.timeout > 0 {
		timeout = sc.timeout
	}
	env := append(isolatedEnv(t),
		"HUNTBOOK_E2E_SCRIPT="+script,
		"HUNTBOOK_E2E_SHOTS="+shots,
		"HUNTBOOK_E2E_TIMEOUT="+timeout.String(),
	)
	screen := sc.screen
	if screen == "" {
		screen = "1280x800x24"
	}
	out, err := run(t, 3*time.Minute, env, "xvfb-run", "-a", "-s", "-screen 0 "+screen,
		bin, "--data-dir", dataDir)
	t.Logf("app output:\n%s", out)
	if err != nil && retry && bytes.Contains(out, []byte("FAIL: timed out after 20000 ms waiting for the window at")) {
		return true
	}
	if err != nil {
		t.Fatalf("scenario %s: %v", sc.file, err)
	}
	if !bytes.Contains(out, []byte("e2e: PASS")) {
		t.Fatalf("scenario %s: the app exited 0 without reporting PASS", sc.file)
	}
	sc.check(t, bin, dataDir)
	return false
}

// Every script in scenarios/ must be run by TestScenarios, so none is
// silently forgotten.
func TestEveryScenarioIsListed(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("scenarios", "*.js"))
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{"lib.js": true}
	for _, f := range benchScenarios {
		listed[f] = true
	}
	for _, sc := range scenarios {
		listed[sc.file] = true
	}
	for _, f := range files {
		if !listed[filepath.Base(f)] {
			t.Errorf("scenarios/%s is not in the scenarios table", filepath.Base(f))
		}
	}
	if len(files) < 2 {
		t.Errorf("found %d scenario files, want lib.js and at least one scenario", len(files))
	}
}

func TestFindObject(t *testing.T) {
	var v any
	doc := `{"applications":[{"id":1,"company":{"name":"Other"}},{"id":2,"company":"Acme Robotics","title":"Firmware Engineer"}]}`
	if err := json.Unmarshal([]byte(doc), &v); err != nil {
		t.Fatal(err)
	}
	obj := findObject(v, "Acme Robotics")
	m, ok := obj.(map[string]any)
	if !ok || m["id"] != float64(2) {
		t.Fatalf("findObject = %v, want the object with id 2", obj)
	}
	if findObject(v, "Nobody") != nil {
		t.Error("findObject found a value that is not there")
	}
}

// findObject returns the innermost JSON object (or the string itself at top
// level) that holds a string value equal to want, searching depth first.
func findObject(v any, want string) any {
	switch x := v.(type) {
	case string:
		if x == want {
			return x
		}
	case []any:
		for _, e := range x {
			if r := findObject(e, want); r != nil {
				return r
			}
		}
	case map[string]any:
		for _, e := range x {
			if s, ok := e.(string); ok && s == want {
				return x
			}
		}
		for _, e := range x {
			if r := findObject(e, want); r != nil {
				if _, isString := r.(string); isString {
					return x
				}
				return r
			}
		}
	}
	return nil
}

// strict reports whether a missing tool is a failure rather than a skip.
func strict() bool {
	return os.Getenv("CI") == "true" || os.Getenv("HUNTBOOK_E2E") == "1"
}

// need skips (developer machine) or fails (CI, make test) when ok is false.
func need(t *testing.T, ok bool, format string, args ...any) {
	t.Helper()
	if ok {
		return
	}
	msg := fmt.Sprintf(format, args...)
	if strict() {
		t.Fatalf("end-to-end test cannot run: %s", msg)
	}
	t.Skipf("end-to-end test skipped: %s (run `make test` to install what is missing)", msg)
}

func have(tool string) bool {
	_, err := exec.LookPath(tool)
	return err == nil
}

var (
	buildOnce sync.Once
	buildPath string
	buildErr  error
	buildDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if buildDir != "" {
		os.RemoveAll(buildDir)
	}
	os.Exit(code)
}

// binary returns the e2e build of the app, building it once when
// HUNTBOOK_E2E_BIN is not set.
func binary(t *testing.T) string {
	t.Helper()
	need(t, have("xvfb-run") && have("xauth"), "xvfb-run and xauth are missing (apt-get install xvfb xauth)")
	need(t, have("import"), "ImageMagick's import is missing (apt-get install imagemagick)")
	if bin := os.Getenv("HUNTBOOK_E2E_BIN"); bin != "" {
		checkTags(t, bin)
		return bin
	}
	root := repoRoot(t)
	need(t, exec.Command("pkg-config", "--exists", "webkit2gtk-4.1", "gtk+-3.0").Run() == nil,
		"the WebKitGTK 4.1 and GTK 3 dev packages are missing (apt-get install libwebkit2gtk-4.1-dev libgtk-3-dev)")
	_, err := os.Stat(filepath.Join(root, "frontend", "dist", "index.html"))
	need(t, err == nil, "the frontend is not built (make frontend)")
	_, err = os.Stat(filepath.Join(root, "main.go"))
	need(t, err == nil, "the app's main package (main.go) is not there yet")
	buildOnce.Do(func() {
		buildDir, buildErr = os.MkdirTemp("", "huntbook-e2e-")
		if buildErr != nil {
			return
		}
		buildPath = filepath.Join(buildDir, "huntbook-e2e")
		cmd := exec.Command("go", "build", "-tags", appTags, "-o", buildPath, ".")
		cmd.Dir = root
		out, err := cmd.CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build -tags %s: %w\n%s", appTags, err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return buildPath
}

// checkTags refuses a binary built without the e2e hook, which would
// otherwise just sit in its window until the deadline.
func checkTags(t *testing.T, bin string) {
	t.Helper()
	info, err := buildinfo.ReadFile(bin)
	if err != nil {
		t.Fatalf("read build info of %s: %v", bin, err)
	}
	for _, s := range info.Settings {
		if s.Key == "-tags" {
			for _, tag := range strings.Split(s.Value, ",") {
				if tag == "e2e" {
					return
				}
			}
			t.Fatalf("%s was built with tags %q, without e2e (want %s)", bin, s.Value, appTags)
		}
	}
	t.Fatalf("%s was built without build tags (want %s)", bin, appTags)
}

// repoRoot is the folder holding go.mod.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test folder")
		}
		dir = parent
	}
}

func readScenario(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("scenarios", name))
	if err != nil {
		t.Fatalf("read scenario: %v", err)
	}
	return b
}

// isolatedEnv is the environment minus any display, with WebKit's cache,
// data and config dirs in a temp folder.
func isolatedEnv(t *testing.T) []string {
	t.Helper()
	xdg := t.TempDir()
	var env []string
	for _, kv := range os.Environ() {
		switch strings.SplitN(kv, "=", 2)[0] {
		case "DISPLAY", "WAYLAND_DISPLAY", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME",
			"HUNTBOOK_DATA_DIR", "HUNTBOOK_E2E_SCRIPT":
			continue
		}
		env = append(env, kv)
	}
	for _, d := range []string{"cache", "data", "config"} {
		if err := os.MkdirAll(filepath.Join(xdg, d), 0o700); err != nil {
			t.Fatal(err)
		}
	}
	return append(env,
		"XDG_CACHE_HOME="+filepath.Join(xdg, "cache"),
		"XDG_DATA_HOME="+filepath.Join(xdg, "data"),
		"XDG_CONFIG_HOME="+filepath.Join(xdg, "config"),
	)
}

// runCLI runs the binary as a command-line tool, with no display at all.
func runCLI(t *testing.T, bin, dataDir string, args ...string) []byte {
	t.Helper()
	out, err := run(t, 30*time.Second, isolatedEnv(t), bin, append([]string{"--data-dir", dataDir}, args...)...)
	if err != nil {
		t.Fatalf("huntbook %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

// groupCmd is a command in its own process group whose cancel (ctx's end)
// kills the whole group, Xvfb included.
func groupCmd(ctx context.Context, env []string, name string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = env
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second
	return cmd
}

// windowCmd is the app's window under its own Xvfb on dataDir, as groupCmd.
func windowCmd(ctx context.Context, env []string, bin, dataDir string) *exec.Cmd {
	return groupCmd(ctx, env, "xvfb-run", "-a", "-s", "-screen 0 1280x800x24", bin, "--data-dir", dataDir)
}

// run executes a command in its own process group with a deadline, killing
// the whole group (Xvfb included) when the deadline passes.
func run(t *testing.T, limit time.Duration, env []string, name string, args ...string) ([]byte, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := groupCmd(ctx, env, name, args...)
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	err := cmd.Run()
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return out.Bytes(), fmt.Errorf("killed after %s: %w", limit, err)
	}
	return out.Bytes(), err
}
