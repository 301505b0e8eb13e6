// Command huntbook-desktop is Huntbook's window (Wails: GTK and WebKit on
// Linux). The command people type is huntbook (cmd/huntbook), which starts
// this program for the window; given a command, this one runs the same
// command line too. It runs its document-reading child and registers the
// browser's native-messaging host through huntbook when that is installed
// beside it (backend/launch), itself otherwise (go run, the e2e build).
package main

import (
	"embed"
	"fmt"
	"os"

	"github.com/huntbook/huntbook/backend/buildinfo"
	"github.com/huntbook/huntbook/backend/cli"
	"github.com/huntbook/huntbook/backend/desktop"
	"github.com/huntbook/huntbook/backend/doctext"
)

//go:embed all:frontend/dist
var assets embed.FS

// version is the build's version (backend/buildinfo, stamped by the Makefile).
var version = buildinfo.Version()

func main() {
	args := os.Args[1:]
	// The document-reading child runs before anything else: no GTK, no database.
	if len(args) > 0 && args[0] == doctext.ChildCommand {
		os.Exit(doctext.ChildMain(args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	isCommand, dataDir, openID := parseArgs(args)
	if isCommand {
		os.Exit(cli.Run(args, &cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Version: version}))
	}
	if err := runWindow(dataDir, openID); err != nil {
		fmt.Fprintln(os.Stderr, "huntbook-desktop:", err)
		os.Exit(1)
	}
}

// parseArgs reads the window's command line (os.Args[1:]): the data folder
// (--data-dir, "" for the default) and the application to show
// (--open-application ID, the browser extension's "Open in Huntbook"; 0 for
// none), or that it asks for a command of the command line instead.
func parseArgs(args []string) (isCommand bool, dataDir string, openID int64) {
	if id, rest, err := desktop.OpenApplicationArg(args); err == nil && id > 0 && !cli.IsCommand(rest) {
		openID, args = id, rest
	}
	if cli.IsCommand(args) {
		return true, "", 0
	}
	return false, cli.WindowDataDir(args), openID
}
