package cli

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/huntbook/huntbook/backend/buildinfo"
	"github.com/huntbook/huntbook/backend/lazyre"
)

// The man page and the shell completions are written from the command
// table (allCommands), so a command added there is in both at once.

func init() {
	register("man", "man", "print the manual page (roff) for man(1)", runMan)
	register("completion", "completion <bash|zsh|fish>", "print the shell completion script", runCompletion)
}

// subPattern finds a command's subcommands in its usage: "cv <parse|import> ...".
var subPattern = lazyre.New(`^\S+ <([a-z][a-z|-]*)>`)

// subcommands are the words that may follow c's name, from its usage.
func (c command) subcommands() []string {
	m := subPattern.FindStringSubmatch(c.usage)
	if m == nil {
		return nil
	}
	return strings.Split(m[1], "|")
}

func runMan(env *Env, args []string) error {
	if err := parseNone(flag.NewFlagSet("man", flag.ContinueOnError), args); err != nil {
		return err
	}
	return writeMan(env.Stdout, buildinfo.Get())
}

func runCompletion(env *Env, args []string) error {
	args, err := parse(flag.NewFlagSet("completion", flag.ContinueOnError), args)
	if err != nil {
		return err
	}
	if len(args) != 1 {
		return usagef("completion: which shell? bash, zsh or fish")
	}
	w, ok := map[string]func(io.Writer) error{"bash": writeBash, "zsh": writeZsh, "fish": writeFish}[args[0]]
	if !ok {
		return usagef("completion: unknown shell %q (bash, zsh, fish)", args[0])
	}
	return w(env.Stdout)
}

// roff escapes text for a man page: backslashes, hyphens (so they print as
// ASCII minus signs for copy and paste) and a control character at the
// start of a line.
func roff(s string) string {
	s = strings.ReplaceAll(s, `\`, `\e`)
	s = strings.ReplaceAll(s, "-", `\-`)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, ".") || strings.HasPrefix(l, "'") {
			lines[i] = `\&` + l
		}
	}
	return strings.Join(lines, "\n")
}

// roffUsage is a command's usage for the man page: long lists of
// subcommands may break after a "|" (hyphenation is off: .nh).
func roffUsage(s string) string { return strings.ReplaceAll(roff(s), "|", `|\:`) }

func writeMan(w io.Writer, in buildinfo.Info) error {
	date := in.Date
	if len(date) >= 10 {
		date = date[:10]
	}
	var b strings.Builder
	fmt.Fprintf(&b, ".TH HUNTBOOK 1 \"%s\" \"huntbook %s\" \"User Commands\"\n.nh\n.ad l\n", date, roff(in.Version))
	b.WriteString(".SH NAME\nhuntbook \\- track a job search: applications, CVs, interviews, from the command line or a window\n")
	b.WriteString(".SH SYNOPSIS\n.B huntbook\n[\\fB\\-\\-data\\-dir\\fR \\fIDIR\\fR] \\fIcommand\\fR [\\fIarguments\\fR]\n.br\n" +
		".B huntbook\n[\\fB\\-\\-data\\-dir\\fR \\fIDIR\\fR] [\\fBopen\\fR] [\\fB\\-\\-open\\-application\\fR \\fIID\\fR]\n")
	b.WriteString(".SH DESCRIPTION\n" + roff(strings.ReplaceAll(aboutBinaries, "\n", " ")) + "\n")
	b.WriteString(".PP\nEach command prints its own usage when given wrong arguments; " +
		"\\fBhuntbook help\\fR lists them all.\n")
	b.WriteString(".SH COMMANDS\n")
	for _, c := range allCommands() {
		fmt.Fprintf(&b, ".TP\n.B %s\n%s\n", roffUsage(c.usage), roff(c.summary))
	}
	b.WriteString(".SH OPTIONS\n.TP\n.BI \\-\\-data\\-dir \" DIR\"\n" +
		"Use the data folder \\fIDIR\\fR (created when missing) instead of the default one.\n" +
		".TP\n.BI \\-\\-open\\-application \" ID\"\nOpen the window on application \\fIID\\fR (the browser extension's " +
		"\\(lqOpen in Huntbook\\(rq).\n")
	b.WriteString(".SH ENVIRONMENT\n.TP\n.B HUNTBOOK_DATA_DIR\nThe data folder, when \\fB\\-\\-data\\-dir\\fR is not given.\n" +
		".TP\n.B HUNTBOOK_DESKTOP\nThe window's program, instead of looking for \\fBhuntbook\\-desktop\\fR beside \\fBhuntbook\\fR, " +
		"then in \\fI../lib/huntbook/\\fR and \\fI/usr/lib/huntbook/\\fR.\n")
	b.WriteString(".SH FILES\n.TP\n.I ~/.local/share/huntbook/\nThe default data folder on Linux " +
		"(\\fI$XDG_DATA_HOME/huntbook\\fR when set): the SQLite database, its daily backups and imported files.\n")
	b.WriteString(".SH EXIT STATUS\n0 on success, 1 when the command failed (one line on standard error), " +
		"2 when the command line itself is wrong.\n")
	b.WriteString(".SH SEE ALSO\nReleases: " + roff(buildinfo.ReleasesURL) + "\n")
	_, err := io.WriteString(w, b.String())
	if err != nil {
		return fmt.Errorf("write the manual page: %w", err)
	}
	return nil
}

// commandNames are the names of every command, in the table's order.
func commandNames() []string {
	var names []string
	for _, c := range allCommands() {
		names = append(names, c.name)
	}
	return names
}

func writeBash(w io.Writer) error {
	var b strings.Builder
	b.WriteString(`# bash completion for huntbook (written by "huntbook completion bash")
_huntbook() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
  if [[ $prev == --data-dir || $prev == -data-dir ]]; then
    COMPREPLY=($(compgen -d -- "$cur"))
    return
  fi
  local i cmd=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      --data-dir | -data-dir | --open-application | -open-application) ((i++)) ;;
      -*) ;;
      *) cmd=${COMP_WORDS[i]}; break ;;
    esac
  done
  if [[ -z $cmd ]]; then
    COMPREPLY=($(compgen -W "` + strings.Join(commandNames(), " ") + ` --data-dir" -- "$cur"))
    return
  fi
  if ((i + 1 == COMP_CWORD)); then
    case $cmd in
`)
	for _, c := range allCommands() {
		if subs := c.subcommands(); subs != nil {
			fmt.Fprintf(&b, "      %s) COMPREPLY=($(compgen -W %q -- \"$cur\")) ;;\n", c.name, strings.Join(subs, " "))
		}
	}
	b.WriteString(`    esac
  fi
}
complete -o default -F _huntbook huntbook
`)
	return writeScript(w, b.String())
}

// zshQuote quotes s in single quotes for zsh.
func zshQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func writeZsh(w io.Writer) error {
	var b strings.Builder
	b.WriteString(`#compdef huntbook
# zsh completion for huntbook (written by "huntbook completion zsh")
_huntbook() {
  local -a commands
  commands=(
`)
	for _, c := range allCommands() {
		fmt.Fprintf(&b, "    %s\n", zshQuote(c.name+":"+c.summary))
	}
	b.WriteString(`  )
  local curcontext=$curcontext state line
  _arguments -C \
    '--data-dir=[use this data folder]:folder:_files -/' \
    '--open-application=[open the window on this application]:id:' \
    '1: :->command' \
    '*:: :->argument'
  case $state in
    command) _describe -t commands 'huntbook command' commands ;;
    argument)
      case $words[1] in
`)
	for _, c := range allCommands() {
		if subs := c.subcommands(); subs != nil {
			fmt.Fprintf(&b, "        %s) if (( CURRENT == 2 )); then _values %s %s; else _files; fi ;;\n",
				c.name, zshQuote(c.name+" command"), strings.Join(subs, " "))
		}
	}
	b.WriteString(`        *) _files ;;
      esac ;;
  esac
}
if [[ $funcstack[1] == _huntbook ]]; then
  _huntbook "$@"
else
  compdef _huntbook huntbook
fi
`)
	return writeScript(w, b.String())
}

// fishQuote quotes s in single quotes for fish.
func fishQuote(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, "'", `\'`).Replace(s) + "'"
}

func writeFish(w io.Writer) error {
	var b strings.Builder
	b.WriteString(`# fish completion for huntbook (written by "huntbook completion fish")
complete -c huntbook -l data-dir -x -a '(__fish_complete_directories)' -d 'use this data folder'
complete -c huntbook -l open-application -x -d 'open the window on this application'
`)
	for _, c := range allCommands() {
		fmt.Fprintf(&b, "complete -c huntbook -f -n __fish_use_subcommand -a %s -d %s\n", c.name, fishQuote(c.summary))
	}
	for _, c := range allCommands() {
		if subs := c.subcommands(); subs != nil {
			words := strings.Join(subs, " ")
			fmt.Fprintf(&b, "complete -c huntbook -f -n '__fish_seen_subcommand_from %s; and not __fish_seen_subcommand_from %s' -a %s\n",
				c.name, words, fishQuote(words))
		}
	}
	return writeScript(w, b.String())
}

func writeScript(w io.Writer, s string) error {
	if _, err := io.WriteString(w, s); err != nil {
		return fmt.Errorf("write the completion script: %w", err)
	}
	return nil
}
