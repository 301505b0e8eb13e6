//go:build e2e

package nativehost

import "os"

// RecordEnv names the file the e2e build's host records "open" launches
// in, instead of starting a window (frontend/extension/e2e.mjs sets it).
// Release builds ignore it.
const RecordEnv = "HUNTBOOK_E2E_OPEN_RECORD"

// DefaultStarter records the launch when RecordEnv is set (this is the e2e
// build) and starts the window otherwise.
func DefaultStarter() Starter {
	if p := os.Getenv(RecordEnv); p != "" {
		return RecordTo(p)
	}
	return StartDetached
}
