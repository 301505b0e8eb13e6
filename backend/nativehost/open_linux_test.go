//go:build linux

package nativehost

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// sessionOf reads a process's session id (field 6 of /proc/PID/stat).
func sessionOf(t *testing.T, stat string) string {
	t.Helper()
	i := strings.LastIndexByte(stat, ')') // the command name may hold spaces
	f := strings.Fields(stat[i+1:])
	if len(f) < 4 {
		t.Fatalf("stat %q", stat)
	}
	return f[3] // state, ppid, pgrp, session
}

// StartDetached runs the program in a session of its own, so the browser
// ending the host's session does not end the window.
func TestStartDetachedLeavesTheSession(t *testing.T) {
	out := filepath.Join(t.TempDir(), "stat")
	if err := StartDetached([]string{"/bin/sh", "-c", `cat /proc/$$/stat > "$0.tmp" && mv "$0.tmp" "$0"`, out}); err != nil {
		t.Fatal(err)
	}
	var child []byte
	for i := 0; i < 500; i++ { // wait for the child to write, up to 10 s
		if b, err := os.ReadFile(out); err == nil {
			child = b
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if child == nil {
		t.Fatal("the detached program never ran")
	}
	self, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		t.Fatal(err)
	}
	if sessionOf(t, string(child)) == sessionOf(t, string(self)) {
		t.Fatalf("child in the host's session %s", sessionOf(t, string(self)))
	}
	if err := StartDetached(nil); err == nil {
		t.Fatal("no program: no error")
	}
}
