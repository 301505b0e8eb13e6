package cli

import (
	"flag"
	"fmt"
	"runtime"
	"strconv"

	"github.com/huntbook/huntbook/backend/buildinfo"
	"github.com/huntbook/huntbook/backend/launch"
)

// appID is the value of --open-application: a positive whole number, as
// the window reads it (desktop.OpenApplicationArg).
type appID int64

func (a *appID) String() string { return strconv.FormatInt(int64(*a), 10) }

func (a *appID) Set(v string) error {
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n <= 0 || strconv.FormatInt(n, 10) != v {
		return fmt.Errorf("%q is not an application id", v)
	}
	*a = appID(n)
	return nil
}

// runOpen starts the window with the arguments after "open", behind the
// --data-dir given before it.
func runOpen(env *Env, args []string) error {
	fs := flag.NewFlagSet("open", flag.ContinueOnError)
	var id appID
	fs.Var(&id, "open-application", "")
	fs.String("data-dir", "", "")
	if err := parseNone(fs, args); err != nil {
		return err
	}
	var argv []string
	if env.DataDir != "" {
		argv = append(argv, "--data-dir", env.DataDir)
	}
	return startWindow(append(argv, args...))
}

// startWindow starts huntbook-desktop (see launch.FindDesktop) with args,
// detached: the window outlives the terminal, and huntbook returns at once.
func startWindow(args []string) error {
	self, err := launch.Self()
	if err != nil {
		return err
	}
	exe, err := launch.FindDesktop(self, runtime.GOOS)
	if err != nil {
		return err
	}
	if err := launch.CheckDisplay(runtime.GOOS); err != nil {
		return err
	}
	if err := launch.StartDetached(append([]string{exe}, args...)); err != nil {
		return fmt.Errorf("open the window: %w", err)
	}
	return nil
}

// runVersion prints the build: the version (env.Version when the caller
// set one), commit, build date, Go version and where releases are.
func runVersion(env *Env, args []string) error {
	fs := flag.NewFlagSet("version", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "")
	if err := parseNone(fs, args); err != nil {
		return err
	}
	in := buildinfo.Get()
	if env.Version != "" {
		in.Version = env.Version
	}
	if *asJSON {
		return env.printJSON(struct {
			buildinfo.Info
			Releases string `json:"releases"`
		}{in, buildinfo.ReleasesURL})
	}
	if _, err := fmt.Fprint(env.Stdout, in.String()); err != nil {
		return fmt.Errorf("print the version: %w", err)
	}
	return nil
}
