// Package buildinfo says which build of Huntbook is running: the version,
// commit and build date stamped in by the Makefile (-ldflags -X, from git),
// the Go version, and where releases are published. Both binaries
// (huntbook and huntbook-desktop) read it. It imports nothing of ours.
package buildinfo

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

// Set at build time by the Makefile:
//
//	-X github.com/huntbook/huntbook/backend/buildinfo.version=$(git describe --tags --always --dirty)
//	-X github.com/huntbook/huntbook/backend/buildinfo.commit=$(git rev-parse HEAD)
//	-X github.com/huntbook/huntbook/backend/buildinfo.date=<commit time, UTC, RFC 3339>
var (
	version = ""
	commit  = ""
	date    = ""
)

// ReleasesURL is where Huntbook's releases are published. The app only
// shows it: it never checks for updates.
const ReleasesURL = "https://github.com/huntbook/huntbook/releases"

// Info is one build's identity.
type Info struct {
	Version   string `json:"version"`   // "v1.2.0", "v1.2.0-3-gabc1234-dirty"; "dev" when not stamped
	Commit    string `json:"commit"`    // full hash, "" when unknown
	Date      string `json:"date"`      // commit time (RFC 3339, UTC), "" when unknown
	GoVersion string `json:"goVersion"` // the Go toolchain that built it
}

// Get returns the running build's Info. What -ldflags did not set is taken
// from the VCS stamp Go embeds on its own (go build in a git checkout), so
// a plain `go build` still names its commit.
func Get() Info {
	in := Info{Version: version, Commit: commit, Date: date, GoVersion: runtime.Version()}
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			switch {
			case s.Key == "vcs.revision" && in.Commit == "":
				in.Commit = s.Value
			case s.Key == "vcs.time" && in.Date == "":
				in.Date = s.Value
			}
		}
	}
	if in.Version == "" {
		in.Version = "dev"
	}
	return in
}

// Version is the version alone ("dev" for an unstamped build).
func Version() string { return Get().Version }

// String is the multi-line text `huntbook version` prints.
func (in Info) String() string {
	return fmt.Sprintf("huntbook %s\ncommit:     %s\nbuilt:      %s\ngo version: %s\nreleases:   %s\n",
		in.Version, orUnknown(in.Commit), orUnknown(in.Date), in.GoVersion, ReleasesURL)
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}
