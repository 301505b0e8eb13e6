package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/huntbook/huntbook/backend/nativehost"
)

// The packaged manifests name the installed program and only Huntbook's
// extension, in each browser family's form.
func TestWriteManifests(t *testing.T) {
	dir := t.TempDir()
	if err := write(dir, "/usr/bin/huntbook"); err != nil {
		t.Fatal(err)
	}
	read := func(name string) nativehost.Manifest {
		t.Helper()
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		var m nativehost.Manifest
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return m
	}
	c := read("chromium.json")
	if c.Name != nativehost.HostName || c.Path != "/usr/bin/huntbook" || c.Type != "stdio" ||
		len(c.AllowedOrigins) != 1 || c.AllowedOrigins[0] != "chrome-extension://"+nativehost.ChromeExtensionID+"/" ||
		len(c.AllowedExtensions) != 0 {
		t.Fatalf("chromium.json: %+v", c)
	}
	f := read("firefox.json")
	if f.Name != nativehost.HostName || f.Path != "/usr/bin/huntbook" ||
		len(f.AllowedExtensions) != 1 || f.AllowedExtensions[0] != nativehost.FirefoxExtensionID || len(f.AllowedOrigins) != 0 {
		t.Fatalf("firefox.json: %+v", f)
	}
}

func TestWriteNeedsBothFlags(t *testing.T) {
	if err := write(t.TempDir(), ""); err == nil {
		t.Fatal("no -path: want an error")
	}
	if err := write("", "/usr/bin/huntbook"); err == nil {
		t.Fatal("no -out: want an error")
	}
}
