package service

import "github.com/huntbook/huntbook/backend/buildinfo"

// About is the running build, for Settings → About.
type About struct {
	Version   string `json:"version"`   // git describe, "dev" for an unstamped build
	Commit    string `json:"commit"`    // full hash, "" when unknown
	BuildDate string `json:"buildDate"` // the commit's time (RFC 3339, UTC), "" when unknown
	GoVersion string `json:"goVersion"`
	// Releases is where new versions are published. The app shows it and
	// never fetches it: there is no update check.
	Releases string `json:"releases"`
}

// About says which build is running (backend/buildinfo; the version the
// window was started with, when set) and where releases are published.
func (s *Data) About() (About, error) {
	in := buildinfo.Get()
	if s.deps.Version != "" {
		in.Version = s.deps.Version
	}
	return About{Version: in.Version, Commit: in.Commit, BuildDate: in.Date, GoVersion: in.GoVersion, Releases: buildinfo.ReleasesURL}, nil
}
