package nativehost

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/huntbook/huntbook/backend/launch"
)

// Registrar is the window's Settings → Browser: per browser found for this
// user, whether Huntbook's host is registered, and Connect/Disconnect. It
// does what `huntbook browser install|uninstall|status` does, for the data
// folder the window has open. Bound to the page (app.go).
type Registrar struct {
	dataDir   string
	customDir bool   // the folder came from --data-dir or HUNTBOOK_DATA_DIR
	home      string // "" means the user's home folder
	goos      string
}

// NewRegistrar registers hosts that serve dataDir. customDir says the
// folder was chosen by --data-dir or HUNTBOOK_DATA_DIR: the browser cannot
// pass it, so the manifest then starts a launcher script that does.
func NewRegistrar(dataDir string, customDir bool) *Registrar {
	return &Registrar{dataDir: dataDir, customDir: customDir, goos: runtime.GOOS}
}

// HostState says whether Huntbook's host is registered with a browser.
type HostState string

// The states of BrowserState.State.
const (
	HostRegistered     HostState = "registered"
	HostProgramMissing HostState = "program-missing" // registered, but the program it starts is gone
	HostNotRegistered  HostState = "not-registered"
	HostForeign        HostState = "foreign" // someone else's manifest under Huntbook's name
	HostUnreadable     HostState = "unreadable"
)

// BrowserState is one browser in Settings → Browser.
type BrowserState struct {
	Name         string    `json:"name"`
	Found        bool      `json:"found"` // the browser's settings folder exists
	State        HostState `json:"state"`
	ManifestPath string    `json:"manifestPath"`
	Starts       string    `json:"starts"` // the program the manifest starts, when registered
}

// BrowserStatus is everything Settings → Browser shows.
type BrowserStatus struct {
	Browsers []BrowserState `json:"browsers"`
	// ExtensionDir is the built extension beside the program
	// (build/bin/extension in a source build), "" when there is none.
	ExtensionDir       string `json:"extensionDir"`
	ChromeExtensionID  string `json:"chromeExtensionId"`
	FirefoxExtensionID string `json:"firefoxExtensionId"`
}

func (r *Registrar) browsers() ([]Browser, error) {
	home := r.home
	if home == "" {
		h, err := os.UserHomeDir()
		if err != nil {
			return nil, fmt.Errorf("find home folder: %w", err)
		}
		home = h
	}
	return Browsers(r.goos, home, r.dataDir), nil
}

func (r *Registrar) browser(name string) (Browser, error) {
	all, err := r.browsers()
	if err != nil {
		return Browser{}, err
	}
	for _, b := range all {
		if strings.EqualFold(b.Name, name) {
			return b, nil
		}
	}
	return Browser{}, fmt.Errorf("there is no browser %q (Chrome, Chromium, Brave, Edge, Vivaldi, Firefox)", name)
}

// Status says, per supported browser, whether it is found and whether the
// host is registered with it.
func (r *Registrar) Status() (BrowserStatus, error) {
	all, err := r.browsers()
	if err != nil {
		return BrowserStatus{}, fmt.Errorf("browser status: %w", err)
	}
	st := BrowserStatus{Browsers: []BrowserState{}, ChromeExtensionID: ChromeExtensionID, FirefoxExtensionID: FirefoxExtensionID}
	for _, b := range all {
		st.Browsers = append(st.Browsers, stateOf(b))
	}
	if exe, err := launch.Self(); err == nil {
		dir := filepath.Join(filepath.Dir(exe), "extension")
		if _, err := os.Stat(filepath.Join(dir, "manifest.json")); err == nil {
			st.ExtensionDir = dir
		}
	}
	return st, nil
}

func stateOf(b Browser) BrowserState {
	s := BrowserState{Name: b.Name, Found: b.Found(), State: HostNotRegistered, ManifestPath: b.ManifestPath()}
	m, err := ReadManifest(b)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		s.State = HostUnreadable
	case m.Name != HostName:
		s.State = HostForeign
	default:
		s.State, s.Starts = HostRegistered, m.Path
		if _, err := os.Stat(m.Path); err != nil {
			s.State = HostProgramMissing
		}
	}
	return s
}

// Install registers the host with the browser named (Connect): its
// manifest starts this very program. A browser not found for this user is
// refused, as is a folder that cannot be written (the error says which).
func (r *Registrar) Install(name string) (BrowserStatus, error) {
	b, err := r.browser(name)
	if err != nil {
		return BrowserStatus{}, fmt.Errorf("connect: %w", err)
	}
	if !b.Found() {
		return BrowserStatus{}, fmt.Errorf("connect: %s is not installed for this user (no %s)", b.Name, b.Root)
	}
	path, err := r.hostPath()
	if err != nil {
		return BrowserStatus{}, fmt.Errorf("connect %s: %w", b.Name, err)
	}
	if err := Install(b, path); err != nil {
		return BrowserStatus{}, fmt.Errorf("connect: %w", err)
	}
	return r.Status()
}

// Uninstall removes the host's manifest from the browser named
// (Disconnect); a manifest that is not Huntbook's is left alone.
func (r *Registrar) Uninstall(name string) (BrowserStatus, error) {
	b, err := r.browser(name)
	if err != nil {
		return BrowserStatus{}, fmt.Errorf("disconnect: %w", err)
	}
	if _, err := Uninstall(b); err != nil {
		return BrowserStatus{}, fmt.Errorf("disconnect: %w", err)
	}
	return r.Status()
}

// hostPath is what the manifests start: the command line installed beside
// the window (launch.Helper; this program when there is none), or for a
// data folder chosen by --data-dir or HUNTBOOK_DATA_DIR, a launcher that
// passes it on (as `huntbook browser install` does).
func (r *Registrar) hostPath() (string, error) {
	exe, err := launch.Helper()
	if err != nil {
		return "", err
	}
	if !r.customDir {
		return exe, nil
	}
	if r.goos == "windows" {
		return "", errors.New("a data folder other than the default is not supported on Windows yet")
	}
	return Launcher(exe, r.dataDir)
}
