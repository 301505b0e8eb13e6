// Command hostmanifest writes the browser extension's native-messaging host
// manifests for a package, from the ids and the format nativehost uses for
// `huntbook browser install`: chromium.json (Chrome, Chromium and the rest
// of the family: allowed_origins) and firefox.json (allowed_extensions),
// both naming the host program at -path.
//
//	go run ./packaging/hostmanifest -path /usr/bin/huntbook -out DIR
//
// On Windows the path may be relative to the manifest's folder
// (-path huntbook.exe); on Linux and macOS browsers want it absolute.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/huntbook/huntbook/backend/nativehost"
)

func main() {
	path := flag.String("path", "", "the installed host program (absolute, or on Windows relative to the manifest)")
	out := flag.String("out", "", "folder to write chromium.json and firefox.json into")
	flag.Parse()
	if err := write(*out, *path); err != nil {
		fmt.Fprintln(os.Stderr, "hostmanifest:", err)
		os.Exit(1)
	}
}

// write writes both manifests for the host at path into dir.
func write(dir, path string) error {
	if dir == "" || path == "" {
		return fmt.Errorf("both -path and -out are needed")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil { //nolint:gosec // G301: a package staging folder
		return fmt.Errorf("create %s: %w", dir, err)
	}
	for name, b := range map[string]nativehost.Browser{
		"chromium.json": {Name: "Chromium"},
		"firefox.json":  {Name: "Firefox", Firefox: true},
	} {
		data, err := json.MarshalIndent(nativehost.ManifestFor(b, path), "", "  ")
		if err != nil {
			return fmt.Errorf("encode %s: %w", name, err)
		}
		//nolint:gosec // G306: browsers read host manifests as any user
		if err := os.WriteFile(filepath.Join(dir, name), append(data, '\n'), 0o644); err != nil {
			return fmt.Errorf("write %s: %w", name, err)
		}
	}
	return nil
}
