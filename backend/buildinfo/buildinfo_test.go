package buildinfo

import (
	"runtime"
	"strings"
	"testing"
)

func TestUnstampedBuildSaysDev(t *testing.T) {
	in := Get()
	if in.Version != "dev" || in.GoVersion != runtime.Version() {
		t.Fatalf("unstamped: %+v", in)
	}
	text := in.String()
	for _, want := range []string{"huntbook dev\n", "go version: " + runtime.Version(), "releases:   " + ReleasesURL} {
		if !strings.Contains(text, want) {
			t.Errorf("%q does not say %q", text, want)
		}
	}
}

func TestStampedBuildSaysItsCommit(t *testing.T) {
	old := [3]string{version, commit, date}
	t.Cleanup(func() { version, commit, date = old[0], old[1], old[2] })
	version, commit, date = "v1.2.3", "abc123", "2026-12-08T00:00:00Z"
	in := Get()
	if in.Version != "v1.2.3" || in.Commit != "abc123" || in.Date != "2026-12-08T00:00:00Z" || Version() != "v1.2.3" {
		t.Fatalf("stamped: %+v", in)
	}
	if !strings.Contains(in.String(), "commit:     abc123\nbuilt:      2026-12-08T00:00:00Z\n") {
		t.Errorf("text: %q", in.String())
	}
}
