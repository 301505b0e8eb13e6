package nativehost

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/launch"
)

// fakeHome makes a home folder where Chrome and Firefox are installed.
func fakeHome(t *testing.T) string {
	t.Helper()
	home := t.TempDir()
	for _, d := range []string{".config/google-chrome", ".mozilla"} {
		if err := os.MkdirAll(filepath.Join(home, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return home
}

func linuxRegistrar(home, dataDir string, custom bool) *Registrar {
	r := NewRegistrar(dataDir, custom)
	r.home, r.goos = home, "linux"
	return r
}

func stateNamed(t *testing.T, st BrowserStatus, name string) BrowserState {
	t.Helper()
	for _, b := range st.Browsers {
		if b.Name == name {
			return b
		}
	}
	t.Fatalf("no %s in %+v", name, st.Browsers)
	return BrowserState{}
}

// Settings → Browser lists every supported browser, says which are found,
// connects one by writing a manifest that starts this very program and
// disconnects it again.
func TestRegistrarConnectAndDisconnect(t *testing.T) {
	home := fakeHome(t)
	r := linuxRegistrar(home, t.TempDir(), false)
	st, err := r.Status()
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Browsers) != 6 || st.ChromeExtensionID != ChromeExtensionID || st.FirefoxExtensionID != FirefoxExtensionID {
		t.Fatalf("status %+v", st)
	}
	for _, b := range st.Browsers {
		if found := b.Name == "Chrome" || b.Name == "Firefox"; b.Found != found || b.State != "not-registered" {
			t.Errorf("%s: found %v state %s", b.Name, b.Found, b.State)
		}
	}
	st, err = r.Install("chrome")
	if err != nil {
		t.Fatal(err)
	}
	chrome := stateNamed(t, st, "Chrome")
	exe, _ := launch.Helper()
	want := filepath.Join(home, ".config/google-chrome/NativeMessagingHosts", HostName+".json")
	if chrome.State != "registered" || chrome.Starts != exe || chrome.ManifestPath != want {
		t.Fatalf("after connect: %+v (want it to start %s from %s)", chrome, exe, want)
	}
	m, err := ReadManifest(Browser{Dir: filepath.Dir(want)})
	if err != nil || len(m.AllowedOrigins) != 1 || m.AllowedOrigins[0] != "chrome-extension://"+ChromeExtensionID+"/" {
		t.Fatalf("manifest %+v, %v", m, err)
	}
	if _, err := r.Install("Firefox"); err != nil {
		t.Fatal(err)
	}
	st, err = r.Uninstall("Chrome")
	if err != nil {
		t.Fatal(err)
	}
	if s := stateNamed(t, st, "Chrome").State; s != "not-registered" {
		t.Fatalf("after disconnect Chrome is %s", s)
	}
	if s := stateNamed(t, st, "Firefox").State; s != "registered" {
		t.Fatalf("disconnecting Chrome left Firefox %s", s)
	}
	if _, err := os.Stat(want); !os.IsNotExist(err) {
		t.Fatalf("manifest still there: %v", err)
	}
}

// A browser not installed, an unknown name and a folder that cannot be
// written give clear errors and write nothing.
func TestRegistrarErrors(t *testing.T) {
	home := fakeHome(t)
	r := linuxRegistrar(home, t.TempDir(), false)
	if _, err := r.Install("Brave"); err == nil || !strings.Contains(err.Error(), "Brave is not installed") {
		t.Errorf("brave: %v", err)
	}
	if _, err := os.Stat(filepath.Join(home, ".config/BraveSoftware")); !os.IsNotExist(err) {
		t.Errorf("connecting a browser not found wrote to its folder")
	}
	if _, err := r.Install("Netscape"); err == nil || !strings.Contains(err.Error(), `no browser "Netscape"`) {
		t.Errorf("unknown browser: %v", err)
	}
	// A file where the manifest folder should be: even root cannot write there.
	blocker := filepath.Join(home, ".config/google-chrome/NativeMessagingHosts")
	if err := os.WriteFile(blocker, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Install("Chrome"); err == nil || !strings.Contains(err.Error(), "Chrome") || !strings.Contains(err.Error(), "not a directory") {
		t.Errorf("unwritable folder: %v", err)
	}
}

// A data folder chosen with --data-dir is passed on by a launcher script,
// which the manifest starts; a manifest under Huntbook's name that is not
// Huntbook's is reported and left alone.
func TestRegistrarCustomDataDirAndForeignManifest(t *testing.T) {
	home, data := fakeHome(t), t.TempDir()
	r := linuxRegistrar(home, data, true)
	st, err := r.Install("Chrome")
	if err != nil {
		t.Fatal(err)
	}
	chrome := stateNamed(t, st, "Chrome")
	if chrome.Starts != filepath.Join(data, "browser-host.sh") {
		t.Fatalf("starts %s", chrome.Starts)
	}
	script, err := os.ReadFile(chrome.Starts)
	exe, _ := launch.Helper()
	if err != nil || !strings.Contains(string(script), shellQuote(exe)+" --data-dir "+shellQuote(data)) {
		t.Fatalf("launcher %q, %v", script, err)
	}
	ff := filepath.Join(home, ".mozilla/native-messaging-hosts", HostName+".json")
	if err := os.MkdirAll(filepath.Dir(ff), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(ff, []byte(`{"name":"someone.else","path":"/bin/true"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	st, _ = r.Status()
	if s := stateNamed(t, st, "Firefox").State; s != "foreign" {
		t.Fatalf("firefox %s", s)
	}
	if _, err := r.Uninstall("Firefox"); err == nil {
		t.Fatal("removed someone else's manifest")
	}
	if _, err := os.Stat(ff); err != nil {
		t.Fatalf("foreign manifest gone: %v", err)
	}
}
