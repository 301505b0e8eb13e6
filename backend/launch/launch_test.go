package launch

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// program writes an executable file at p (its folders made).
func program(t *testing.T, p string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte("#!/bin/sh\n"), 0o755); err != nil { //nolint:gosec // G306: a program
		t.Fatal(err)
	}
	return p
}

func TestFindDesktopBesideThenPackagedLayout(t *testing.T) {
	t.Setenv(EnvDesktop, "")
	root := t.TempDir()
	self := filepath.Join(root, "usr", "bin", "huntbook")
	// Packaged: /usr/bin/huntbook and /usr/lib/huntbook/huntbook-desktop.
	packaged := program(t, filepath.Join(root, "usr", "lib", "huntbook", "huntbook-desktop"))
	if got, err := FindDesktop(self, "linux"); err != nil || got != packaged {
		t.Fatalf("packaged layout: %q, %v; want %q", got, err, packaged)
	}
	// A program beside the command line comes first (build/bin, a .tar.gz).
	beside := program(t, filepath.Join(root, "usr", "bin", "huntbook-desktop"))
	if got, err := FindDesktop(self, "linux"); err != nil || got != beside {
		t.Fatalf("beside: %q, %v; want %q", got, err, beside)
	}
	// Windows and macOS look only beside it, with .exe on Windows.
	if got, err := FindDesktop(filepath.Join(root, "usr", "bin", "huntbook.exe"), "windows"); err == nil {
		t.Fatalf("windows found %q without huntbook-desktop.exe", got)
	}
	exe := program(t, filepath.Join(root, "usr", "bin", "huntbook-desktop.exe"))
	if got, err := FindDesktop(filepath.Join(root, "usr", "bin", "huntbook.exe"), "windows"); err != nil || got != exe {
		t.Fatalf("windows: %q, %v", got, err)
	}
	if c := DesktopCandidates(self, "darwin"); len(c) != 1 || c[0] != beside {
		t.Fatalf("macOS candidates %q", c)
	}
}

func TestFindDesktopMissingSaysWhereItLooked(t *testing.T) {
	t.Setenv(EnvDesktop, "")
	root := t.TempDir()
	self := filepath.Join(root, "bin", "huntbook")
	_, err := FindDesktop(self, "linux")
	if err == nil {
		t.Fatal("found a window that is not there")
	}
	msg := err.Error()
	for _, want := range []string{"the desktop window is not installed", filepath.Join(root, "bin", "huntbook-desktop"),
		filepath.Join(root, "lib", "huntbook", "huntbook-desktop"), "/usr/lib/huntbook/huntbook-desktop", EnvDesktop} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not say %q", msg, want)
		}
	}
	// A file that is not a program does not count.
	if err := os.MkdirAll(filepath.Join(root, "bin"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "bin", "huntbook-desktop"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if got, err := FindDesktop(self, "linux"); err == nil && got == filepath.Join(root, "bin", "huntbook-desktop") {
		t.Fatalf("took a file that cannot run: %q", got)
	}
}

func TestFindDesktopEnvOverride(t *testing.T) {
	root := t.TempDir()
	self := program(t, filepath.Join(root, "bin", "huntbook"))
	program(t, filepath.Join(root, "bin", "huntbook-desktop"))
	other := program(t, filepath.Join(root, "elsewhere", "window"))
	t.Setenv(EnvDesktop, other)
	if got, err := FindDesktop(self, "linux"); err != nil || got != other {
		t.Fatalf("override: %q, %v", got, err)
	}
	t.Setenv(EnvDesktop, filepath.Join(root, "nope"))
	if _, err := FindDesktop(self, "linux"); err == nil || !strings.Contains(err.Error(), "the desktop window is not installed") ||
		!strings.Contains(err.Error(), EnvDesktop+"=") {
		t.Fatalf("a missing override: %v", err)
	}
}

func TestHelperIsTheCommandLineBesideTheWindow(t *testing.T) {
	root := t.TempDir()
	// build/bin: huntbook-desktop uses huntbook beside it once it exists.
	desktop := program(t, filepath.Join(root, "build", "bin", "huntbook-desktop"))
	if got := HelperFor(desktop, "linux"); got != desktop {
		t.Fatalf("without huntbook the window is its own helper, got %q", got)
	}
	cli := program(t, filepath.Join(root, "build", "bin", "huntbook"))
	if got := HelperFor(desktop, "linux"); got != cli {
		t.Fatalf("helper %q, want %q", got, cli)
	}
	// Packaged: /usr/lib/huntbook/huntbook-desktop uses /usr/bin/huntbook.
	pkgDesktop := program(t, filepath.Join(root, "usr", "lib", "huntbook", "huntbook-desktop"))
	pkgCLI := program(t, filepath.Join(root, "usr", "bin", "huntbook"))
	if got := HelperFor(pkgDesktop, "linux"); got != pkgCLI {
		t.Fatalf("packaged helper %q, want %q", got, pkgCLI)
	}
	// Any other program (go run, the e2e build, the CLI itself) is its own.
	e2e := program(t, filepath.Join(root, "build", "bin", "huntbook-e2e"))
	if got := HelperFor(e2e, "linux"); got != e2e {
		t.Fatalf("e2e helper %q", got)
	}
	if got := HelperFor(cli, "linux"); got != cli {
		t.Fatalf("the command line's helper %q", got)
	}
	// Windows: huntbook-desktop.exe uses huntbook.exe.
	winDesktop := program(t, filepath.Join(root, "win", "huntbook-desktop.exe"))
	winCLI := program(t, filepath.Join(root, "win", "huntbook.exe"))
	if got := HelperFor(winDesktop, "windows"); got != winCLI {
		t.Fatalf("windows helper %q", got)
	}
}

func TestCheckDisplay(t *testing.T) {
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	if err := CheckDisplay("linux"); !errors.Is(err, ErrNoDisplay) {
		t.Fatalf("no display: %v", err)
	}
	if err := CheckDisplay("windows"); err != nil {
		t.Fatalf("windows: %v", err)
	}
	t.Setenv("WAYLAND_DISPLAY", "wayland-0")
	if err := CheckDisplay("linux"); err != nil {
		t.Fatalf("wayland: %v", err)
	}
}
