// Package appdir finds the folder that holds Huntbook's data: the
// --data-dir flag, else HUNTBOOK_DATA_DIR, else the per-OS user data folder
// (Linux: $XDG_DATA_HOME/huntbook or ~/.local/share/huntbook; macOS:
// ~/Library/Application Support/Huntbook; Windows: %AppData%\Huntbook).
package appdir

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// EnvVar overrides the data folder.
const EnvVar = "HUNTBOOK_DATA_DIR"

// Resolve returns the data folder, preferring flag, then the environment,
// then the OS convention. It does not create the folder.
func Resolve(flag string) (string, error) {
	if flag != "" {
		return filepath.Abs(flag)
	}
	if env := os.Getenv(EnvVar); env != "" {
		return filepath.Abs(env)
	}
	return defaultDir(runtime.GOOS)
}

func defaultDir(goos string) (string, error) {
	switch goos {
	case "windows", "darwin":
		base, err := os.UserConfigDir() // %AppData%, ~/Library/Application Support
		if err != nil {
			return "", fmt.Errorf("find data folder: %w", err)
		}
		return filepath.Join(base, "Huntbook"), nil
	default:
		if x := os.Getenv("XDG_DATA_HOME"); x != "" && filepath.IsAbs(x) {
			return filepath.Join(x, "huntbook"), nil
		}
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("find data folder: %w", err)
		}
		return filepath.Join(home, ".local", "share", "huntbook"), nil
	}
}
