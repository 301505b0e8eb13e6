package nativehost

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The Chromium extension id is derived from the manifest's key: the first
// 128 bits of its SHA-256, each hex digit written as a letter a-p.
func TestExtensionIDMatchesManifestKey(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "frontend", "extension", "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Key      string `json:"key"`
		Settings struct {
			Gecko struct {
				ID string `json:"id"`
			} `json:"gecko"`
		} `json:"browser_specific_settings"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	der, err := base64.StdEncoding.DecodeString(m.Key)
	if err != nil {
		t.Fatalf("key: %v", err)
	}
	sum := sha256.Sum256(der)
	id := strings.Map(func(r rune) rune {
		if r <= '9' {
			return 'a' + (r - '0')
		}
		return 'a' + 10 + (r - 'a')
	}, hex.EncodeToString(sum[:16]))
	if id != ChromeExtensionID {
		t.Fatalf("manifest key gives id %s, ChromeExtensionID is %s", id, ChromeExtensionID)
	}
	if m.Settings.Gecko.ID != FirefoxExtensionID {
		t.Fatalf("gecko id %q, FirefoxExtensionID is %q", m.Settings.Gecko.ID, FirefoxExtensionID)
	}
}

func TestBrowserPlaces(t *testing.T) {
	want := map[string]string{
		"linux/Chrome":   "/h/.config/google-chrome/NativeMessagingHosts/app.huntbook.host.json",
		"linux/Brave":    "/h/.config/BraveSoftware/Brave-Browser/NativeMessagingHosts/app.huntbook.host.json",
		"linux/Firefox":  "/h/.mozilla/native-messaging-hosts/app.huntbook.host.json",
		"darwin/Edge":    "/h/Library/Application Support/Microsoft Edge/NativeMessagingHosts/app.huntbook.host.json",
		"darwin/Firefox": "/h/Library/Application Support/Mozilla/NativeMessagingHosts/app.huntbook.host.json",
	}
	for _, goos := range []string{"linux", "darwin"} {
		bs := Browsers(goos, "/h", "/d")
		if len(bs) != 6 {
			t.Fatalf("%s: %d browsers", goos, len(bs))
		}
		for _, b := range bs {
			if w, ok := want[goos+"/"+b.Name]; ok && filepath.ToSlash(b.ManifestPath()) != w {
				t.Errorf("%s %s: %s, want %s", goos, b.Name, b.ManifestPath(), w)
			}
			if b.RegKey != "" {
				t.Errorf("%s %s has a registry key", goos, b.Name)
			}
		}
	}
	for _, b := range Browsers("windows", "/h", "/d") {
		if !strings.HasPrefix(filepath.ToSlash(b.Root), "/h/AppData/") || !strings.HasPrefix(filepath.ToSlash(b.Dir), "/d/") {
			t.Errorf("windows %s: found by %s, manifest in %s", b.Name, b.Root, b.Dir)
		}
		if !strings.HasPrefix(b.RegKey, `HKCU\Software\`) || !strings.HasSuffix(b.RegKey, `\NativeMessagingHosts\`+HostName) {
			t.Errorf("windows %s: key %q", b.Name, b.RegKey)
		}
	}
}

func TestInstallRefusesOthersManifest(t *testing.T) {
	b := ProfileBrowser(t.TempDir())
	if err := Install(b, "relative/huntbook"); err == nil {
		t.Fatal("a relative host path was accepted")
	}
	if err := os.MkdirAll(b.Dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b.ManifestPath(), []byte(`{"name":"com.other.host"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Uninstall(b); err == nil {
		t.Fatal("removed someone else's manifest")
	}
	if _, err := os.Stat(b.ManifestPath()); err != nil {
		t.Fatalf("other manifest gone: %v", err)
	}
}

func TestBrowserLaunch(t *testing.T) {
	yes := [][]string{
		{"chrome-extension://" + ChromeExtensionID + "/"},
		{"chrome-extension://" + ChromeExtensionID + "/", "--parent-window=0"},
		{"/home/u/.mozilla/native-messaging-hosts/app.huntbook.host.json", FirefoxExtensionID},
	}
	no := [][]string{nil, {"app", "list"}, {"import", "x.json"}, {"/tmp/app.huntbook.host.json", "other@id"}}
	for _, a := range yes {
		if !BrowserLaunch(a) {
			t.Errorf("%q is a browser launch", a)
		}
	}
	for _, a := range no {
		if BrowserLaunch(a) {
			t.Errorf("%q is not a browser launch", a)
		}
	}
}
