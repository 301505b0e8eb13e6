// Package launch ties Huntbook's two programs together: huntbook, the
// command line (no GTK or WebKit), and huntbook-desktop, the window. The
// command line finds and starts the window (FindDesktop, StartDetached);
// the window finds the command line beside it to run its document-reading
// child and the browser's native-messaging host (Helper), because that
// program starts in a few milliseconds where the window's binary loads GTK
// and WebKit first. It imports nothing of ours.
package launch

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
)

// The programs' base names (".exe" is added on Windows).
const (
	CLIName     = "huntbook"
	DesktopName = "huntbook-desktop"
)

// EnvDesktop names the window's program explicitly, before any search
// (tests, or an unusual install).
const EnvDesktop = "HUNTBOOK_DESKTOP"

// ErrNoDisplay says the window cannot open because there is no graphical
// session (Linux and the BSDs without DISPLAY or WAYLAND_DISPLAY).
var ErrNoDisplay = errors.New("no display found: Huntbook's window needs a desktop session. " +
	"Use the command line instead: huntbook app list (huntbook help lists the commands)")

// exeName is name as a program file on goos.
func exeName(name, goos string) string {
	if goos == "windows" {
		return name + ".exe"
	}
	return name
}

// Self is the running program's path, symlinks resolved (so a
// /usr/local/bin/huntbook link still finds what is installed beside its
// target).
func Self() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", fmt.Errorf("find huntbook's path: %w", err)
	}
	if resolved, err := filepath.EvalSymlinks(exe); err == nil {
		exe = resolved
	}
	return exe, nil
}

// DesktopCandidates is where the window's program is looked for, in order,
// for the command line at self: beside it (build/bin, a .tar.gz, Windows,
// the macOS .app's Contents/MacOS), then on Linux and the BSDs in the
// packaged layout, <prefix>/lib/huntbook/ next to <prefix>/bin/, and
// /usr/lib/huntbook/. EnvDesktop, when set, comes before them all.
func DesktopCandidates(self, goos string) []string {
	dir := filepath.Dir(self)
	name := exeName(DesktopName, goos)
	out := []string{filepath.Join(dir, name)}
	if goos != "windows" && goos != "darwin" {
		out = append(out, filepath.Join(dir, "..", "lib", "huntbook", name), filepath.Join("/usr/lib/huntbook", name))
	}
	return dedupe(out)
}

// FindDesktop returns the path of the window's program for the command line
// at self (see DesktopCandidates), or an error that says where it looked.
func FindDesktop(self, goos string) (string, error) {
	if p := os.Getenv(EnvDesktop); p != "" {
		if !isProgram(p) {
			return "", fmt.Errorf("the desktop window is not installed: %s=%s is not a program", EnvDesktop, p)
		}
		return p, nil
	}
	cands := DesktopCandidates(self, goos)
	for _, p := range cands {
		if isProgram(p) {
			return p, nil
		}
	}
	return "", fmt.Errorf("the desktop window is not installed: no %s in %s "+
		"(install Huntbook's desktop package, or set %s to its path; the command line works without it: huntbook help)",
		exeName(DesktopName, goos), strings.Join(cands, ", "), EnvDesktop)
}

// CLICandidates is where the window at self looks for the command line:
// beside it, then for the packaged layout <prefix>/lib/huntbook/ its
// <prefix>/bin/. Only a program named huntbook-desktop looks: any other
// build (go run, the e2e binary) is its own helper.
func CLICandidates(self, goos string) []string {
	if filepath.Base(self) != exeName(DesktopName, goos) {
		return nil
	}
	dir := filepath.Dir(self)
	name := exeName(CLIName, goos)
	out := []string{filepath.Join(dir, name)}
	if filepath.Base(dir) == "huntbook" && filepath.Base(filepath.Dir(dir)) == "lib" {
		out = append(out, filepath.Join(dir, "..", "..", "bin", name))
	}
	return dedupe(out)
}

// HelperFor is the program that runs the document-reading child and the
// native-messaging host for the program at self: the command line installed
// with the window (see CLICandidates), or self when there is none.
func HelperFor(self, goos string) string {
	for _, p := range CLICandidates(self, goos) {
		if isProgram(p) {
			return p
		}
	}
	return self
}

// Helper is HelperFor the running program.
func Helper() (string, error) {
	self, err := Self()
	if err != nil {
		return "", err
	}
	return HelperFor(self, runtime.GOOS), nil
}

// CheckDisplay returns ErrNoDisplay on Linux and the BSDs when neither
// DISPLAY nor WAYLAND_DISPLAY is set; macOS and Windows always have one.
func CheckDisplay(goos string) error {
	switch goos {
	case "darwin", "windows", "ios", "android":
		return nil
	}
	if os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
		return ErrNoDisplay
	}
	return nil
}

// StartDetached starts argv (argv[0] the program) in a session of its own
// with no standard streams, so it outlives the terminal or browser that
// started it, and returns once it has started.
func StartDetached(argv []string) error {
	if len(argv) == 0 {
		return errors.New("start: no program given")
	}
	cmd := exec.Command(argv[0], argv[1:]...) //nolint:gosec // G204: our own program, found by FindDesktop or Self
	cmd.SysProcAttr = detached()
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start %s: %w", filepath.Base(argv[0]), err)
	}
	if err := cmd.Process.Release(); err != nil {
		return fmt.Errorf("start %s: %w", filepath.Base(argv[0]), err)
	}
	return nil
}

// isProgram reports whether p is a regular file that can be run.
func isProgram(p string) bool {
	st, err := os.Stat(p) //nolint:gosec // G703: a program path we look for, only stat-ed
	if err != nil || !st.Mode().IsRegular() {
		return false
	}
	if runtime.GOOS == "windows" {
		return true
	}
	return st.Mode().Perm()&0o111 != 0
}

func dedupe(ps []string) []string {
	seen := map[string]bool{}
	out := ps[:0]
	for _, p := range ps {
		p = filepath.Clean(p)
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}
