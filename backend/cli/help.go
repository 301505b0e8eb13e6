package cli

import (
	"flag"
	"fmt"
	"strings"
)

// helpShown is what a command returns when it was asked for its help
// (-h or --help): the text goes to standard output and the exit code is 0,
// as with git and go.
type helpShown struct{ text string }

func (h helpShown) Error() string { return h.text }

// flagHelp is the help of the command whose flags fs holds: its usage line
// from the command table when there is one, and every flag with its meaning.
func flagHelp(fs *flag.FlagSet) helpShown {
	var b strings.Builder
	fmt.Fprintf(&b, "Usage: huntbook %s", fs.Name())
	hasFlags := false
	fs.VisitAll(func(*flag.Flag) { hasFlags = true })
	if hasFlags {
		b.WriteString(" [flags]")
	}
	b.WriteString("\n")
	if c, ok := findCommand(strings.Fields(fs.Name())[0]); ok {
		fmt.Fprintf(&b, "\n%s.\n", upperFirst(c.summary))
	}
	if hasFlags {
		b.WriteString("\nFlags:\n")
		fs.VisitAll(func(f *flag.Flag) {
			name, usage := flag.UnquoteUsage(f)
			fmt.Fprintf(&b, "  --%s", f.Name)
			if name != "" {
				fmt.Fprintf(&b, " %s", strings.ToUpper(name))
			}
			fmt.Fprintf(&b, "\n      %s\n", usage)
		})
	}
	return helpShown{b.String()}
}

// printCommandHelp answers `huntbook help COMMAND [SUB]`: the command's
// usage and summary, or a subcommand's flags by asking it for --help.
func printCommandHelp(env *Env, args []string) int {
	c, ok := findCommand(args[0])
	if !ok || c.run == nil {
		fmt.Fprintf(env.Stderr, "huntbook: no help for %q: it is not a command (run huntbook help)\n", args[0])
		return ExitUsage
	}
	if len(args) > 1 {
		defer env.close()
		return env.exit(c.run(env, []string{args[1], "--help"}))
	}
	fmt.Fprintf(env.Stdout, "Usage: huntbook %s\n\n%s.\n", c.usage, upperFirst(c.summary))
	if subs := c.subcommands(); len(subs) > 0 {
		fmt.Fprintf(env.Stdout, "\nRun \"huntbook %s %s --help\" for a subcommand's flags.\n", c.name, subs[0])
	}
	return ExitOK
}

func findCommand(name string) (command, bool) {
	for _, c := range allCommands() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func isHelpFlag(arg string) bool { return arg == "-h" || arg == "--help" || arg == "-help" }
