//go:build windows

package nativehost

import (
	"fmt"
	"os/exec"
)

// setRegistry sets key's default value with reg.exe (untested: Windows
// builds cannot run on the build machine).
func setRegistry(key, value string) error {
	if out, err := exec.Command("reg", "add", key, "/ve", "/t", "REG_SZ", "/d", value, "/f").CombinedOutput(); err != nil {
		return fmt.Errorf("set registry key %s: %v: %s", key, err, out)
	}
	return nil
}

// deleteRegistry deletes key; a key that is not there is not an error.
func deleteRegistry(key string) error {
	if err := exec.Command("reg", "query", key).Run(); err != nil {
		return nil
	}
	if out, err := exec.Command("reg", "delete", key, "/f").CombinedOutput(); err != nil {
		return fmt.Errorf("delete registry key %s: %v: %s", key, err, out)
	}
	return nil
}
