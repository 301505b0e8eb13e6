package nativehost

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// HostName is the name the extension passes to runtime.sendNativeMessage.
const HostName = "app.huntbook.host"

// ChromeExtensionID is the extension's id in the Chromium family, fixed by
// the "key" in frontend/extension/manifest.json (a test checks they agree).
const ChromeExtensionID = "lakmcombflgnnpdbbkkmonjklfcachof"

// FirefoxExtensionID is the extension's id in Firefox
// (browser_specific_settings.gecko.id in the same manifest).
const FirefoxExtensionID = "huntbook@huntbook.app"

// Browser is one browser the host can be registered with.
type Browser struct {
	Name    string // "Chrome", "Chromium", "Brave", "Edge", "Vivaldi", "Firefox" or "Profile"
	Firefox bool   // Firefox's manifest form (allowed_extensions)
	Root    string // the browser's own settings folder: it is "found" when this exists
	Dir     string // where the host manifest goes
	RegKey  string // Windows: the HKCU key naming the manifest ("" elsewhere)
}

// ManifestPath is the host manifest's path for b.
func (b Browser) ManifestPath() string { return filepath.Join(b.Dir, HostName+".json") }

// Found reports whether the browser seems installed for this user.
func (b Browser) Found() bool {
	_, err := os.Stat(b.Root)
	return err == nil
}

// Browsers lists the per-user places of every supported browser on goos
// ("linux", "darwin" or "windows") for the user whose home is home.
// On Windows the manifests live in dataDir and the registry points at them.
func Browsers(goos, home, dataDir string) []Browser {
	type place struct {
		name, linux, mac, win, reg string
		firefox                    bool
	}
	places := []place{
		{"Chrome", ".config/google-chrome", "Google/Chrome", "Local/Google/Chrome", `Software\Google\Chrome`, false},
		{"Chromium", ".config/chromium", "Chromium", "Local/Chromium", `Software\Chromium`, false},
		{"Brave", ".config/BraveSoftware/Brave-Browser", "BraveSoftware/Brave-Browser", "Local/BraveSoftware/Brave-Browser",
			`Software\BraveSoftware\Brave-Browser`, false},
		{"Edge", ".config/microsoft-edge", "Microsoft Edge", "Local/Microsoft/Edge", `Software\Microsoft\Edge`, false},
		{"Vivaldi", ".config/vivaldi", "Vivaldi", "Local/Vivaldi", `Software\Vivaldi`, false},
		{"Firefox", ".mozilla", "Mozilla", "Roaming/Mozilla/Firefox", `Software\Mozilla`, true},
	}
	var out []Browser
	for _, p := range places {
		b := Browser{Name: p.name, Firefox: p.firefox}
		switch goos {
		case "windows":
			b.Root = filepath.Join(home, "AppData", filepath.FromSlash(p.win)) // %LOCALAPPDATA% or %APPDATA%
			b.Dir = filepath.Join(dataDir, "NativeMessagingHosts", strings.ToLower(p.name))
			b.RegKey = `HKCU\` + p.reg + `\NativeMessagingHosts\` + HostName
		case "darwin":
			b.Root = filepath.Join(home, "Library", "Application Support", filepath.FromSlash(p.mac))
			b.Dir = filepath.Join(b.Root, "NativeMessagingHosts")
		default:
			b.Root = filepath.Join(home, filepath.FromSlash(p.linux))
			b.Dir = filepath.Join(b.Root, "NativeMessagingHosts")
			if p.firefox {
				b.Dir = filepath.Join(b.Root, "native-messaging-hosts")
			}
		}
		out = append(out, b)
	}
	return out
}

// ProfileBrowser is a Chromium-family browser started with a profile folder
// of its own (--user-data-dir): it looks for host manifests inside it.
func ProfileBrowser(profileDir string) Browser {
	return Browser{Name: "Profile", Root: profileDir, Dir: filepath.Join(profileDir, "NativeMessagingHosts")}
}

// Manifest is a native-messaging host manifest.
type Manifest struct {
	Name              string   `json:"name"`
	Description       string   `json:"description"`
	Path              string   `json:"path"`
	Type              string   `json:"type"`
	AllowedOrigins    []string `json:"allowed_origins,omitempty"`
	AllowedExtensions []string `json:"allowed_extensions,omitempty"`
}

// ManifestFor returns the manifest that lets only Huntbook's extension in b
// start the host at path.
func ManifestFor(b Browser, path string) Manifest {
	m := Manifest{Name: HostName, Description: "Huntbook: save jobs from the browser", Path: path, Type: "stdio"}
	if b.Firefox {
		m.AllowedExtensions = []string{FirefoxExtensionID}
	} else {
		m.AllowedOrigins = []string{"chrome-extension://" + ChromeExtensionID + "/"}
	}
	return m
}

// Install writes b's host manifest pointing at path (and on Windows the
// registry key naming it).
func Install(b Browser, path string) error {
	if !filepath.IsAbs(path) {
		return fmt.Errorf("register with %s: the host path %q is not absolute", b.Name, path)
	}
	if err := os.MkdirAll(b.Dir, 0o755); err != nil { //nolint:gosec // G301: the browser's own config folder, its usual mode
		return fmt.Errorf("register with %s: %w", b.Name, err)
	}
	data, err := json.MarshalIndent(ManifestFor(b, path), "", "  ")
	if err != nil {
		return fmt.Errorf("register with %s: %w", b.Name, err)
	}
	tmp := b.ManifestPath() + ".tmp"
	if err := os.WriteFile(tmp, append(data, '\n'), 0o644); err != nil { //nolint:gosec // G306: browsers read manifests as other files
		return fmt.Errorf("register with %s: %w", b.Name, err)
	}
	if err := os.Rename(tmp, b.ManifestPath()); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("register with %s: %w", b.Name, err)
	}
	if b.RegKey != "" {
		if err := setRegistry(b.RegKey, b.ManifestPath()); err != nil {
			return fmt.Errorf("register with %s: %w", b.Name, err)
		}
	}
	return nil
}

// Uninstall removes b's host manifest if it is Huntbook's. It reports
// whether there was one.
func Uninstall(b Browser) (bool, error) {
	m, err := ReadManifest(b)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err == nil && m.Name != HostName {
		return false, fmt.Errorf("unregister from %s: %s is not Huntbook's", b.Name, b.ManifestPath())
	}
	if err := os.Remove(b.ManifestPath()); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return false, fmt.Errorf("unregister from %s: %w", b.Name, err)
	}
	if b.RegKey != "" {
		if err := deleteRegistry(b.RegKey); err != nil {
			return true, fmt.Errorf("unregister from %s: %w", b.Name, err)
		}
	}
	return true, nil
}

// ReadManifest reads b's installed host manifest.
func ReadManifest(b Browser) (Manifest, error) {
	var m Manifest
	data, err := os.ReadFile(b.ManifestPath())
	if err != nil {
		return m, err
	}
	if err := json.Unmarshal(data, &m); err != nil {
		return m, fmt.Errorf("read %s: %w", b.ManifestPath(), err)
	}
	return m, nil
}

// Launcher writes, beside the data, a script that starts the host on that
// data folder: the browser cannot pass --data-dir, and a manifest takes no
// arguments. It returns the script's path.
func Launcher(exe, dataDir string) (string, error) {
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return "", fmt.Errorf("write host launcher: %w", err)
	}
	p := filepath.Join(dataDir, "browser-host.sh")
	script := "#!/bin/sh\n# Written by huntbook browser install: starts Huntbook's native-messaging host.\nexec " +
		shellQuote(exe) + " --data-dir " + shellQuote(dataDir) + " native-host \"$@\"\n"
	if err := os.WriteFile(p, []byte(script), 0o755); err != nil { //nolint:gosec // G306: the browser executes this launcher
		return "", fmt.Errorf("write host launcher: %w", err)
	}
	return p, nil
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

// BrowserLaunch reports whether args (after global flags) are how a browser
// starts the host named in a manifest: Chromium passes the caller's origin
// ("chrome-extension://ID/", on Windows then --parent-window=N), Firefox the
// manifest's path and the extension's id.
func BrowserLaunch(args []string) bool {
	if len(args) == 0 {
		return false
	}
	if strings.HasPrefix(args[0], "chrome-extension://") {
		return true
	}
	return len(args) == 2 && strings.HasSuffix(args[0], HostName+".json") && args[1] == FirefoxExtensionID
}
