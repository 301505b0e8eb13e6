// Command huntbook is Huntbook: with no command it opens the desktop window;
// `huntbook <command>` runs the command line headless (see `huntbook help`).
package main

import (
	"embed"
	"fmt"
	"os"

	"github.com/huntbook/huntbook/backend/cli"
	"github.com/huntbook/huntbook/backend/desktop"
	"github.com/huntbook/huntbook/backend/doctext"
)

//go:embed all:frontend/dist
var assets embed.FS

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	args := os.Args[1:]
	// The document-reading child runs before anything else: no GTK, no database.
	if len(args) > 0 && args[0] == doctext.ChildCommand {
		os.Exit(doctext.ChildMain(args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	// The window's own argument (the browser extension's "Open in Huntbook").
	var openID int64
	if id, rest, err := desktop.OpenApplicationArg(args); err == nil && id > 0 && !cli.IsCommand(rest) {
		openID, args = id, rest
	}
	if cli.IsCommand(args) {
		os.Exit(cli.Run(args, &cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Version: version}))
	}
	if err := runWindow(cli.WindowDataDir(args), openID); err != nil {
		fmt.Fprintln(os.Stderr, "huntbook:", err)
		os.Exit(1)
	}
}
