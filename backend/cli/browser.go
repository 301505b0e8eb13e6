package cli

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/huntbook/huntbook/backend/appdir"
	"github.com/huntbook/huntbook/backend/launch"
	"github.com/huntbook/huntbook/backend/nativehost"
)

func init() {
	register("native-host", "native-host [ORIGIN]", "serve the browser extension (started by the browser)", runNativeHost)
	register("browser", "browser <install|uninstall|status> [--profile DIR]", "register the browser extension's host", runBrowser)
}

// runNativeHost speaks the native-messaging protocol on stdin/stdout. The
// browser passes the extension's origin (or, Firefox, the manifest path and
// the extension id); the manifest already limits who may start it. Nothing
// but protocol frames goes to stdout; problems go to stderr, which the
// browser keeps in its log.
func runNativeHost(env *Env, _ []string) error {
	h := &nativehost.Host{Version: env.Version}
	h.Services, h.OpenErr = env.Services()
	h.DataDir, _ = appdir.Resolve(env.DataDir) // "open" starts the window on it; Services already checked it
	if h.OpenErr != nil {
		fmt.Fprintln(env.Stderr, "huntbook native-host:", h.OpenErr)
	}
	return h.Serve(env.Stdin, env.Stdout)
}

func runBrowser(env *Env, args []string) error {
	if len(args) == 0 {
		return usagef("browser: which one? install, uninstall or status")
	}
	sub := map[string]func(*Env, []string) error{"install": browserInstall, "uninstall": browserUninstall, "status": browserStatus}[args[0]]
	if sub == nil {
		return usagef("browser: unknown command %q (install, uninstall, status)", args[0])
	}
	return sub(env, args[1:])
}

// browserTargets picks the browsers a command acts on: the one profile
// folder given, the one browser named, or every supported browser.
func browserTargets(env *Env, profile, name string) ([]nativehost.Browser, error) {
	if profile != "" {
		abs, err := filepath.Abs(profile)
		if err != nil {
			return nil, fmt.Errorf("profile folder: %w", err)
		}
		return []nativehost.Browser{nativehost.ProfileBrowser(abs)}, nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return nil, fmt.Errorf("find home folder: %w", err)
	}
	dir, err := appdir.Resolve(env.DataDir)
	if err != nil {
		return nil, err
	}
	all := nativehost.Browsers(runtime.GOOS, home, dir)
	if name == "" {
		return all, nil
	}
	for _, b := range all {
		if strings.EqualFold(b.Name, name) {
			return []nativehost.Browser{b}, nil
		}
	}
	return nil, usagef("browser: unknown browser %q (chrome, chromium, brave, edge, vivaldi, firefox)", name)
}

func browserFlags(name string) (*flag.FlagSet, *string, *string) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	profile := fs.String("profile", "", "a Chromium profile folder (--user-data-dir) to register in")
	browser := fs.String("browser", "", "only this browser, even if not found")
	return fs, profile, browser
}

// hostPath is what the manifests start: this binary (or from
// huntbook-desktop, huntbook beside it: launch.Helper), or when the data
// folder was chosen by --data-dir or HUNTBOOK_DATA_DIR, a launcher that
// passes it on.
func hostPath(env *Env) (string, error) {
	exe, err := launch.Helper()
	if err != nil {
		return "", err
	}
	if env.DataDir == "" && os.Getenv(appdir.EnvVar) == "" {
		return exe, nil
	}
	if runtime.GOOS == "windows" {
		return "", errors.New("browser install: a data folder other than the default is not supported on Windows yet")
	}
	dir, err := appdir.Resolve(env.DataDir)
	if err != nil {
		return "", err
	}
	return nativehost.Launcher(exe, dir)
}

func browserInstall(env *Env, args []string) error {
	set, profile, name := browserFlags("browser install")
	if err := parseNone(set, args); err != nil {
		return err
	}
	targets, err := browserTargets(env, *profile, *name)
	if err != nil {
		return err
	}
	path, err := hostPath(env)
	if err != nil {
		return err
	}
	n := 0
	for _, b := range targets {
		if *profile == "" && *name == "" && !b.Found() {
			continue
		}
		if err := nativehost.Install(b, path); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "%s: registered %s\n", b.Name, b.ManifestPath())
		n++
	}
	if n == 0 {
		return errors.New("browser install: no supported browser found for this user (Chrome, Chromium, Brave, Edge, Vivaldi," +
			" Firefox); name one with --browser")
	}
	return nil
}

func browserUninstall(env *Env, args []string) error {
	set, profile, name := browserFlags("browser uninstall")
	if err := parseNone(set, args); err != nil {
		return err
	}
	targets, err := browserTargets(env, *profile, *name)
	if err != nil {
		return err
	}
	for _, b := range targets {
		removed, err := nativehost.Uninstall(b)
		if err != nil {
			return err
		}
		if removed {
			fmt.Fprintf(env.Stdout, "%s: removed %s\n", b.Name, b.ManifestPath())
		}
	}
	return nil
}

// browserStatus says, per browser, whether it is found and whether the host
// is registered and points at a program that exists.
func browserStatus(env *Env, args []string) error {
	set, profile, name := browserFlags("browser status")
	if err := parseNone(set, args); err != nil {
		return err
	}
	targets, err := browserTargets(env, *profile, *name)
	if err != nil {
		return err
	}
	tw := newTable(env.Stdout, 0)
	fmt.Fprintln(tw, "BROWSER\tFOUND\tHOST\tSTARTS")
	for _, b := range targets {
		state, starts := "not registered", ""
		m, err := nativehost.ReadManifest(b)
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			state = "unreadable manifest"
		case m.Name != nativehost.HostName:
			state = "someone else's manifest"
		default:
			state, starts = "registered", m.Path
			if _, err := os.Stat(m.Path); err != nil {
				state = "registered, program missing"
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", b.Name, yesNo(b.Found()), state, starts)
	}
	return tw.Flush()
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// browserLaunch turns how a browser starts the host (see
// nativehost.BrowserLaunch) into the native-host command.
func browserLaunch(args []string) []string {
	if nativehost.BrowserLaunch(args) {
		return append([]string{"native-host"}, args...)
	}
	return args
}
