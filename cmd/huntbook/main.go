// Command huntbook is Huntbook's command line, built without GTK or WebKit
// so it starts at once: every command of `huntbook help`, the browser
// extension's native-messaging host and the document-reading child run
// here. With no command (or `huntbook open`) it starts the window's own
// program, huntbook-desktop, installed beside it (backend/launch).
package main

import (
	"os"

	"github.com/huntbook/huntbook/backend/buildinfo"
	"github.com/huntbook/huntbook/backend/cli"
	"github.com/huntbook/huntbook/backend/doctext"
)

func main() {
	args := os.Args[1:]
	// The document-reading child runs before anything else: no database.
	if len(args) > 0 && args[0] == doctext.ChildCommand {
		os.Exit(doctext.ChildMain(args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(cli.Run(args, &cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Version: buildinfo.Version()}))
}
