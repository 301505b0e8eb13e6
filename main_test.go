package main

import (
	"strings"
	"testing"
)

// The window honours --data-dir and --open-application as huntbook passes
// them on (cmd/huntbook's tests check what it passes); anything else is a
// command for the command line.
func TestParseArgs(t *testing.T) {
	cases := []struct {
		args    string
		command bool
		dataDir string
		openID  int64
	}{
		{"", false, "", 0},
		{"--data-dir /srv/hb", false, "/srv/hb", 0},
		{"--data-dir=/srv/hb --open-application 42", false, "/srv/hb", 42},
		{"--open-application=7 -data-dir /x", false, "/x", 7},
		{"--data-dir /x app list", true, "", 0},
		{"--open-application 0", true, "", 0},
		{"--open-application x", true, "", 0},
		{"--bogus", true, "", 0},
	}
	for _, c := range cases {
		command, dir, id := parseArgs(strings.Fields(c.args))
		if command != c.command || dir != c.dataDir || id != c.openID {
			t.Errorf("parseArgs(%q) = %v, %q, %d; want %v, %q, %d", c.args, command, dir, id, c.command, c.dataDir, c.openID)
		}
	}
}
