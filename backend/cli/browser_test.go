package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/nativehost"
)

// frames encodes requests as the browser sends them.
func frames(t *testing.T, reqs ...any) *bytes.Buffer {
	t.Helper()
	var b bytes.Buffer
	for _, r := range reqs {
		if err := nativehost.WriteMessage(&b, r); err != nil {
			t.Fatal(err)
		}
	}
	return &b
}

// runHost runs the CLI with stdin as given and returns the replies; it fails
// if stdout holds anything but frames.
func runHost(t *testing.T, args []string, stdin *bytes.Buffer) []nativehost.Reply {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(args, &Env{Stdin: stdin, Stdout: &out, Stderr: &errb, Version: "test"})
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var replies []nativehost.Reply
	for out.Len() > 0 {
		raw, err := nativehost.ReadMessage(&out)
		if err != nil {
			t.Fatalf("stdout is not only frames: %v", err)
		}
		var r nativehost.Reply
		if err := json.Unmarshal(raw, &r); err != nil {
			t.Fatalf("reply %q: %v", raw, err)
		}
		replies = append(replies, r)
	}
	return replies
}

func TestNativeHostCommand(t *testing.T) {
	dir := t.TempDir()
	job := nativehost.Job{Title: "Data Engineer", Company: "Northwind", URL: "https://jobs.example/northwind/7"}
	// As the launcher script starts it, and as Chromium starts the binary itself.
	rs := runHost(t, []string{"--data-dir", dir, "native-host", "chrome-extension://" + nativehost.ChromeExtensionID + "/"},
		frames(t, map[string]string{"type": "status"}, nativehost.Request{Type: "save", Job: &job}))
	if len(rs) != 2 || rs[0].Type != "status" || rs[0].Version != "test" || rs[1].Type != "saved" || rs[1].ID == 0 {
		t.Fatalf("replies %+v", rs)
	}
	rs = runHost(t, []string{"--data-dir", dir, "chrome-extension://" + nativehost.ChromeExtensionID + "/"},
		frames(t, nativehost.Request{Type: "save", Job: &job}))
	if len(rs) != 1 || !rs[0].Already || rs[0].ID != rs[0].Saved.ID {
		t.Fatalf("second save %+v", rs)
	}
	// Firefox passes the manifest's path and the extension id.
	rs = runHost(t, []string{"--data-dir", dir, "/home/u/.mozilla/native-messaging-hosts/" + nativehost.HostName + ".json", nativehost.FirefoxExtensionID},
		frames(t, map[string]string{"type": "status"}))
	if len(rs) != 1 || rs[0].Type != "status" {
		t.Fatalf("firefox launch %+v", rs)
	}
	out := must(t, run(t, dir, "app", "list"))
	if !strings.Contains(out.stdout, "Northwind") || !strings.Contains(out.stdout, "1 application") {
		t.Fatalf("app list after saves:\n%s", out.stdout)
	}
}

func TestBrowserInstallProfile(t *testing.T) {
	dir, profile := t.TempDir(), t.TempDir()
	out := must(t, run(t, dir, "browser", "install", "--profile", profile))
	mpath := filepath.Join(profile, "NativeMessagingHosts", nativehost.HostName+".json")
	if !strings.Contains(out.stdout, mpath) {
		t.Fatalf("install said %q", out.stdout)
	}
	var m map[string]any
	data, err := os.ReadFile(mpath)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	origins, _ := m["allowed_origins"].([]any)
	if m["name"] != nativehost.HostName || m["type"] != "stdio" || len(origins) != 1 ||
		origins[0] != "chrome-extension://"+nativehost.ChromeExtensionID+"/" || m["allowed_extensions"] != nil {
		t.Fatalf("manifest %s", data)
	}
	// --data-dir was given, so the manifest starts a launcher that passes it on.
	path, _ := m["path"].(string)
	script, err := os.ReadFile(path)
	if !filepath.IsAbs(path) || err != nil || !strings.Contains(string(script), "--data-dir '"+dir+"' native-host") {
		t.Fatalf("host path %q: %v\n%s", path, err, script)
	}
	if st := must(t, run(t, dir, "browser", "status", "--profile", profile)).stdout; !strings.Contains(st, "registered") {
		t.Fatalf("status:\n%s", st)
	}
	must(t, run(t, dir, "browser", "uninstall", "--profile", profile))
	if _, err := os.Stat(mpath); !os.IsNotExist(err) {
		t.Fatalf("manifest still there: %v", err)
	}
	if st := must(t, run(t, dir, "browser", "status", "--profile", profile)).stdout; !strings.Contains(st, "not registered") {
		t.Fatalf("status after uninstall:\n%s", st)
	}
}

func TestBrowserInstallFoundBrowsers(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	dir := t.TempDir()
	if r := run(t, dir, "browser", "install"); r.code != 1 || !strings.Contains(r.stderr, "no supported browser") {
		t.Fatalf("with no browser: exit %d %q", r.code, r.stderr)
	}
	var chromium, firefox nativehost.Browser
	for _, b := range nativehost.Browsers(runtime.GOOS, home, dir) {
		switch b.Name {
		case "Chromium":
			chromium = b
		case "Firefox":
			firefox = b
		}
		os.RemoveAll(b.Root)
	}
	if err := os.MkdirAll(chromium.Root, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(firefox.Root, 0o755); err != nil {
		t.Fatal(err)
	}
	must(t, run(t, dir, "browser", "install"))
	if _, err := os.Stat(chromium.ManifestPath()); err != nil {
		t.Fatal(err)
	}
	m, err := nativehost.ReadManifest(firefox)
	if err != nil || len(m.AllowedExtensions) != 1 || m.AllowedExtensions[0] != nativehost.FirefoxExtensionID || m.AllowedOrigins != nil {
		t.Fatalf("firefox manifest %+v, %v", m, err)
	}
	for _, b := range nativehost.Browsers(runtime.GOOS, home, dir) {
		if _, err := os.Stat(b.ManifestPath()); b != chromium && b != firefox && !os.IsNotExist(err) {
			t.Fatalf("registered with %s, which is not installed: %v", b.Name, err)
		}
	}
	st := must(t, run(t, dir, "browser", "status")).stdout
	if !strings.Contains(st, "Firefox") || strings.Count(st, "registered")-strings.Count(st, "not registered") != 2 {
		t.Fatalf("status:\n%s", st)
	}
}
