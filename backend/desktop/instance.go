package desktop

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/huntbook/huntbook/backend/shellport"
	"github.com/wailsapp/wails/v2/pkg/options"
	wruntime "github.com/wailsapp/wails/v2/pkg/runtime"
)

// InstanceID names the window of one data folder: a second start with the
// same folder finds the first by it, while windows of different folders
// (--data-dir) still open side by side. It is made of letters, digits and
// underscores only, as a D-Bus name element must be (Wails builds the Linux
// bus name "org.wails_app_<id>.SingleInstance" from it; Windows and macOS
// make a mutex name of it).
func InstanceID(dataDir string) string {
	if abs, err := filepath.Abs(dataDir); err == nil {
		dataDir = abs
	}
	sum := sha256.Sum256([]byte(filepath.Clean(dataDir)))
	return "huntbook_" + hex.EncodeToString(sum[:12])
}

// SingleInstance is the window's lock for dataDir: a second start with the
// same folder exits and the first window is shown, unminimised and raised
// instead; when that start asked for an application (OpenApplicationFlag)
// the page is told to show it. On Linux Wails claims a name on the D-Bus
// session bus; with no session bus (see SkipMissingSessionBus) it gives up
// silently and every start opens its own window, as before.
func (r *Runtime) SingleInstance(dataDir string) *options.SingleInstanceLock {
	return &options.SingleInstanceLock{
		UniqueId: InstanceID(dataDir),
		OnSecondInstanceLaunch: func(d options.SecondInstanceData) {
			r.Focus()
			SecondInstance(r, d.Args)
		},
	}
}

// OpenApplicationFlag is the window's argument that shows one application
// (the browser extension's "Open in Huntbook" starts the window with it).
const OpenApplicationFlag = "--open-application"

// OpenApplicationArg takes OpenApplicationFlag and its id out of args (the
// window's command line, without the program): it returns the id, 0 when
// the flag is absent, and the other arguments in order. The id must be a
// positive whole number: anything else is an error. Both "--flag N" and
// "--flag=N" are read, with one dash or two, as Go's flag package does.
func OpenApplicationArg(args []string) (int64, []string, error) {
	var id int64
	rest := make([]string, 0, len(args))
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, value, hasValue := strings.Cut(a, "=")
		if name != OpenApplicationFlag && name != OpenApplicationFlag[1:] {
			rest = append(rest, a)
			continue
		}
		if !hasValue {
			if i+1 >= len(args) {
				return 0, nil, fmt.Errorf("%s: no application id given", OpenApplicationFlag)
			}
			i++
			value = args[i]
		}
		n, err := strconv.ParseInt(value, 10, 64)
		if err != nil || n <= 0 || strconv.FormatInt(n, 10) != value {
			return 0, nil, fmt.Errorf("%s: %q is not an application id", OpenApplicationFlag, value)
		}
		id = n
	}
	return id, rest, nil
}

// SecondInstance handles the command line of a second start (Wails passes
// it to the first window): when it names an application, e is told to open
// it with shellport.EventOpenApplication. A bad id is logged and ignored:
// anyone can start the program with any arguments.
func SecondInstance(e shellport.Emitter, args []string) {
	id, _, err := OpenApplicationArg(args)
	if err != nil {
		log.Printf("huntbook: second start: %v", err)
		return
	}
	OpenApplication(e, id)
}

// OpenApplication asks the page to show application id (none when id is 0).
func OpenApplication(e shellport.Emitter, id int64) {
	if id > 0 {
		e.Emit(shellport.EventOpenApplication, shellport.OpenApplicationRequest{ID: id})
	}
}

// Focus brings the window to the front: shown, unminimised (on Linux
// gtk_window_present, which also raises and focuses it). Before Startup it
// does nothing.
func (r *Runtime) Focus() {
	ctx := r.context()
	if ctx == nil {
		return
	}
	wruntime.WindowShow(ctx)
	wruntime.WindowUnminimise(ctx)
}
