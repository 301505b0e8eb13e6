// Package cli is Huntbook's command line: `huntbook [--data-dir DIR] <command>`.
// It runs headless over the same service structs the window uses and never
// touches GTK, so it works over SSH and in CI; with no command (or `open`)
// it starts the window's own program, huntbook-desktop (window.go). The
// command table (allCommands) also writes the man page and the shell
// completions (docs.go). Exit codes: 0 success, 1 an error (one line on
// stderr), 2 bad usage.
package cli

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/huntbook/huntbook/backend/appdir"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/service"
	"github.com/huntbook/huntbook/backend/store"
)

// Exit codes.
const (
	ExitOK    = 0
	ExitError = 1
	ExitUsage = 2
)

// Env is what a command runs with.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	DataDir        string // from --data-dir, "" for the default
	Version        string
	services       *service.Services
	db             *store.DB
}

// command is one subcommand.
type command struct {
	name, usage, summary string
	run                  func(env *Env, args []string) error
}

// usageOf makes a command's usage at the time it is listed, for a group
// whose subcommands other files add from their own init (mail).
var usageOf = map[string]func() string{}

// usageError is a mistake in the command line itself (exit 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

func commands() []command {
	return []command{
		{"app", "app <add|list|show|move|outcome|note> ...", "track applications", runApp},
		{"export", "export FILE.zip", "export everything to one ZIP (JSON + CSV)", runExport},
		{"import", "import FILE.zip|FILE.csv", "import a Huntbook export or a tracker's CSV", runImport},
		{"wipe", "wipe --yes", "delete all data and backups", runWipe},
		{"info", "info [--json]", "show where the data lives and what it holds", runInfo},
		{"version", "version [--json]", "print the version, commit, build date and Go version", runVersion},
		{"open", "open [--open-application ID]", "open the desktop window (the same as no command)", runOpen},
		{"help", "help", "list the commands", nil},
	}
}

// extra holds the commands that other files of this package add from their
// init functions (cv, ai, calendar...), so each area keeps its commands in
// its own file.
var extra []command

// register adds a top-level command; run gets the args after the command name.
func register(name, usage, summary string, run func(env *Env, args []string) error) {
	extra = append(extra, command{name, usage, summary, run})
}

func allCommands() []command {
	cs := append(commands(), extra...)
	for i := range cs {
		if fn := usageOf[cs[i].name]; fn != nil {
			cs[i].usage = fn()
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	return cs
}

// IsCommand reports whether args (os.Args[1:]) ask for a command rather than
// the window: anything but no arguments or only the window's flags
// (--data-dir, --open-application ID).
func IsCommand(args []string) bool {
	g, err := globalFlags(args)
	return err != nil || len(g.rest) > 0
}

// WindowDataDir returns the --data-dir given to the window, if any.
func WindowDataDir(args []string) string {
	g, _ := globalFlags(args)
	return g.dataDir
}

// globals are the flags before the command.
type globals struct {
	dataDir string
	openID  appID    // --open-application: only for the window
	rest    []string // the command and its arguments
}

func globalFlags(args []string) (globals, error) {
	var g globals
	fs := flag.NewFlagSet("huntbook", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&g.dataDir, "data-dir", "", "")
	fs.Var(&g.openID, "open-application", "")
	if err := fs.Parse(args); err != nil {
		return globals{rest: args}, err
	}
	g.rest = fs.Args()
	return g, nil
}

// Run runs the command in args (os.Args[1:]) and returns the exit code. No
// command starts the window with args as they are (window.go).
func Run(args []string, env *Env) int {
	g, err := globalFlags(args)
	if err != nil || (len(g.rest) > 0 && (g.rest[0] == "help" || g.rest[0] == "-h" || g.rest[0] == "--help")) {
		if err != nil {
			printUsage(env.Stderr)
			fmt.Fprintln(env.Stderr, "huntbook:", err)
			return ExitUsage
		}
		if len(g.rest) > 1 {
			return printCommandHelp(env, g.rest[1:])
		}
		printUsage(env.Stdout)
		return ExitOK
	}
	env.DataDir = g.dataDir
	rest := g.rest
	if len(rest) == 0 {
		return env.exit(startWindow(args))
	}
	if g.openID != 0 && rest[0] != "open" {
		fmt.Fprintf(env.Stderr, "huntbook: --open-application is for the window; it does not go with %q\n", rest[0])
		return ExitUsage
	}
	rest = browserLaunch(rest)
	defer env.close()
	if len(rest) == 2 && isHelpFlag(rest[1]) {
		if c, ok := findCommand(rest[0]); ok && len(c.subcommands()) > 0 {
			return printCommandHelp(env, rest[:1])
		}
	}
	for _, c := range allCommands() {
		if c.name == rest[0] && c.run != nil {
			return env.exit(c.run(env, rest[1:]))
		}
	}
	fmt.Fprintf(env.Stderr, "huntbook: unknown command %q (run huntbook help)\n", rest[0])
	return ExitUsage
}

func (env *Env) exit(err error) int {
	if err == nil {
		return ExitOK
	}
	var he helpShown
	if errors.As(err, &he) {
		fmt.Fprint(env.Stdout, he.text)
		return ExitOK
	}
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintln(env.Stderr, "huntbook:", ue.msg)
		return ExitUsage
	}
	msg := strings.ReplaceAll(model.AsError(err).Message, "\n", " ")
	fmt.Fprintln(env.Stderr, "huntbook:", msg)
	return ExitError
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "Usage: huntbook [--data-dir DIR] <command> [arguments]")
	fmt.Fprintln(w, "\n"+aboutBinaries)
	fmt.Fprintln(w, "\nCommands:")
	for _, c := range allCommands() {
		fmt.Fprintf(w, "  %-44s %s\n", c.usage, c.summary)
	}
}

// aboutBinaries says which program does what (help and the man page).
const aboutBinaries = `huntbook is the command line: it runs every command below without a window
(over SSH, in scripts), and serves the browser extension. With no command,
or "huntbook open", it starts the desktop window, huntbook-desktop, which is
installed beside it, and returns at once. --data-dir DIR (or the
HUNTBOOK_DATA_DIR environment variable) chooses another data folder, for
the commands and the window alike.`

// Services opens the database (once) and returns the services over it.
func (env *Env) Services() (*service.Services, error) {
	if env.services != nil {
		return env.services, nil
	}
	dir, err := appdir.Resolve(env.DataDir)
	if err != nil {
		return nil, err
	}
	db, err := store.Open(filepath.Join(dir, store.FileName), store.Options{})
	if err != nil {
		return nil, err
	}
	env.db = db
	env.services = service.New(db, service.Deps{DataDir: dir, Version: env.Version, Browser: linkPrinter{env}})
	return env.services, nil
}

func (env *Env) close() {
	if env.db != nil {
		env.db.Close()
	}
}

// printJSON writes v as indented JSON.
func (env *Env) printJSON(v any) error {
	enc := json.NewEncoder(env.Stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// parse parses flags that may stand before, between or after positional
// arguments, and returns the positional ones.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, flagHelp(fs)
			}
			return nil, usagef("%s: %v", fs.Name(), err)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// parseNone parses flags for a command that takes no positional arguments.
func parseNone(fs *flag.FlagSet, args []string) error {
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("%s: unexpected argument %q", fs.Name(), pos[0])
	}
	return nil
}

// strList is a repeatable string flag.
type strList []string

func (s *strList) String() string     { return strings.Join(*s, ",") }
func (s *strList) Set(v string) error { *s = append(*s, v); return nil }
