package service

import (
	"runtime"
	"testing"

	"github.com/huntbook/huntbook/backend/buildinfo"
)

func TestAboutSaysTheBuildAndWhereReleasesAre(t *testing.T) {
	s, _ := newServicesWith(t, func(d *Deps) { d.Version = "v1.4.0" })
	a, err := s.Data.About()
	if err != nil {
		t.Fatal(err)
	}
	if a.Version != "v1.4.0" || a.GoVersion != runtime.Version() || a.Releases != buildinfo.ReleasesURL {
		t.Fatalf("about: %+v", a)
	}
	s, _ = newServicesWith(t, func(d *Deps) { d.Version = "" })
	if a, _ := s.Data.About(); a.Version != "dev" {
		t.Fatalf("an unstamped build says %q", a.Version)
	}
}
