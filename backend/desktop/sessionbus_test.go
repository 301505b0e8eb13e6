package desktop

import (
	"net"
	"os"
	"path/filepath"
	"testing"
)

func TestSkipMissingSessionBus(t *testing.T) {
	skipOffFreedesktop(t)
	empty := t.TempDir() // a PATH without dbus-launch
	withLaunch := t.TempDir()
	launch := filepath.Join(withLaunch, "dbus-launch")
	if err := os.WriteFile(launch, []byte("#!/bin/sh\n"), 0o755); err != nil { //nolint:gosec // G306: a stand-in program is executable
		t.Fatal(err)
	}
	withSocket := t.TempDir()
	l, err := net.Listen("unix", filepath.Join(withSocket, "bus"))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()

	cases := []struct {
		name, address, runtimeDir, path string
		want                            string
	}{
		{"no bus, no way to start one", "", t.TempDir(), empty, noBusAddress},
		{"an address is set", "unix:path=/run/user/1000/bus", "", empty, "unix:path=/run/user/1000/bus"},
		{"the user bus socket exists", "", withSocket, empty, ""},
		{"dbus-launch can start one", "", "", withLaunch, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv("DBUS_SESSION_BUS_ADDRESS", c.address)
			t.Setenv("XDG_RUNTIME_DIR", c.runtimeDir)
			t.Setenv("PATH", c.path)
			set := SkipMissingSessionBus()
			if got := os.Getenv("DBUS_SESSION_BUS_ADDRESS"); got != c.want {
				t.Errorf("DBUS_SESSION_BUS_ADDRESS = %q, want %q", got, c.want)
			}
			if set != (c.want == noBusAddress) {
				t.Errorf("SkipMissingSessionBus() = %v", set)
			}
		})
	}
}
