package service

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/shellport"
)

func guardedServices(t *testing.T) (*Services, *shellport.Fake) {
	t.Helper()
	return newServicesWith(t, func(d *Deps) { d.GuardPaths = true })
}

// In the window, a path that did not come from a dialog or a drop is
// refused by every bound method that takes one: script in the page cannot
// write or read files of its choosing.
func TestBoundPathsOnlyFromDialogsAndDrops(t *testing.T) {
	s, fake := guardedServices(t)
	dir := t.TempDir()
	target := filepath.Join(dir, "authorized_keys")
	secret := filepath.Join(dir, "id_ed25519")
	if err := os.WriteFile(secret, []byte("-----BEGIN OPENSSH PRIVATE KEY-----"), 0o600); err != nil {
		t.Fatal(err)
	}

	refused := func(what string, err error) {
		t.Helper()
		if model.ErrorCode(err) != model.CodeInvalid || !strings.Contains(err.Error(), "chose in a file dialog") {
			t.Errorf("%s: got %v, want a refusal", what, err)
		}
	}
	_, err := s.Data.ExportTo(target)
	refused("ExportTo", err)
	_, err = s.Data.ImportFile(secret)
	refused("ImportFile", err)
	_, err = s.Calendar.ExportICS(target, nil)
	refused("ExportICS", err)
	_, err = s.Calendar.ImportICS(secret)
	refused("ImportICS", err)
	refused("ExportProfile", s.Profile.ExportProfile(target))
	_, err = s.Profile.ImportProfile(secret)
	refused("ImportProfile", err)
	_, err = s.Profile.ImportCV(secret, "", "")
	refused("ImportCV", err)
	if _, err := os.Stat(target); !os.IsNotExist(err) {
		t.Fatalf("a refused export wrote the file: %v", err)
	}

	// A file chosen in the save dialog may be written, with the extension
	// the app adds.
	fake.SavePath = filepath.Join(dir, "backup")
	if r, err := s.Data.Export(); err != nil || r.Path != fake.SavePath+".zip" {
		t.Fatalf("export through the dialog: %+v %v", r, err)
	}
	if _, err := s.Data.ExportTo(fake.SavePath + ".zip"); err != nil {
		t.Fatalf("writing the chosen file again: %v", err)
	}
	// A dropped document may be read, not written; a dropped file of
	// another kind is not even read.
	zip := fake.SavePath + ".zip"
	s.Dropped([]string{zip, secret})
	if _, err := s.Data.ImportFile(zip); err != nil {
		t.Fatalf("reading a dropped export: %v", err)
	}
	_, err = s.Data.ImportFile(secret)
	refused("ImportFile of a dropped key file", err)
	dropped := filepath.Join(dir, "cv.pdf")
	s.Dropped([]string{dropped})
	_, err = s.Data.ExportTo(dropped)
	refused("ExportTo a dropped file", err)
}

// The command line is not guarded: its user types the path.
func TestCommandLinePathsAreNotGuarded(t *testing.T) {
	s, _ := newServices(t)
	if _, err := s.Data.ExportTo(filepath.Join(t.TempDir(), "x.zip")); err != nil {
		t.Fatal(err)
	}
}
