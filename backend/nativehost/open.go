package nativehost

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"

	"github.com/huntbook/huntbook/backend/launch"
)

// OpenFlag is the window's argument that shows one application:
// `huntbook --data-dir DIR --open-application ID`. A window already open on
// DIR receives it as a second start (backend/desktop/instance.go).
const OpenFlag = "--open-application"

// Starter starts a program detached from the host: argv[0] is its path,
// the rest its arguments. It returns once the program has started.
type Starter func(argv []string) error

// OpenArgs is the command line that opens the window of dataDir on the
// application id, with exe as the program.
func OpenArgs(exe, dataDir string, id int64) []string {
	return []string{exe, "--data-dir", dataDir, OpenFlag, strconv.FormatInt(id, 10)}
}

// open shows an application in the window: it checks that the application
// exists, then starts this very program on the same data folder with the
// window's arguments (huntbook hands them to huntbook-desktop). Only a positive integer id (checked by decodeRequest) reaches the
// command line.
func (h *Host) open(req Request) Reply {
	if _, err := h.Services.Applications.Get(req.ID); err != nil {
		return errorReply(fmt.Errorf("open application %d: %w", req.ID, err))
	}
	if h.DataDir == "" {
		return errorReply(fmt.Errorf("open application %d: the host does not know the data folder", req.ID))
	}
	exe, err := launch.Self()
	if err != nil {
		return errorReply(fmt.Errorf("open application %d: %w", req.ID, err))
	}
	start := h.Start
	if start == nil {
		start = DefaultStarter()
	}
	if err := start(OpenArgs(exe, h.DataDir, req.ID)); err != nil {
		return errorReply(fmt.Errorf("open application %d: %w", req.ID, err))
	}
	return Reply{Type: "opened", ID: req.ID}
}

// StartDetached starts argv in a session of its own with no standard
// streams, so it lives on when the browser closes the host's stdin and ends
// the host.
func StartDetached(argv []string) error { return launch.StartDetached(argv) }

// RecordTo is a Starter that starts nothing: it appends argv as one JSON
// line to the file at path. The extension's end-to-end test uses it (see
// open_e2e.go) to see what "Open in Huntbook" would start without opening
// a window.
func RecordTo(path string) Starter {
	return func(argv []string) error {
		line, err := json.Marshal(argv)
		if err != nil {
			return fmt.Errorf("record launch: %w", err)
		}
		f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600) //nolint:gosec // G304: the e2e harness's record file
		if err != nil {
			return fmt.Errorf("record launch: %w", err)
		}
		if _, err := f.Write(append(line, '\n')); err != nil {
			f.Close()
			return fmt.Errorf("record launch: %w", err)
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("record launch: %w", err)
		}
		return nil
	}
}
