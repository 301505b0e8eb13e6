package cli

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/service"
)

// envIMAPPassword gives `mail connect` and `mail sync` the IMAP password
// without a prompt or the keychain.
const envIMAPPassword = "HUNTBOOK_IMAP_PASSWORD" //nolint:gosec // G101: the name of a variable, not a password

func init() {
	registerMail("connect", mailConnect)
	registerMail("sync", mailSync)
	registerMail("status", mailStatus)
	registerMail("disconnect", mailDisconnect)
}

// mailPassword reads the password from the environment, or the first line
// of standard input with --password-stdin.
func mailPassword(env *Env, fromStdin bool) (string, error) {
	if fromStdin {
		line, err := bufio.NewReader(env.Stdin).ReadString('\n')
		if err != nil && line == "" {
			return "", model.Invalid("password", "--password-stdin: no password on standard input")
		}
		return strings.TrimRight(line, "\r\n"), nil
	}
	return os.Getenv(envIMAPPassword), nil
}

// mailConnect saves the read-only IMAP account; the password goes to the
// keychain (a system without one keeps it for this command only).
func mailConnect(env *Env, args []string) error {
	fs := flag.NewFlagSet("mail connect", flag.ContinueOnError)
	host := fs.String("host", "", "IMAP server, e.g. imap.gmail.com")
	port := fs.Int("port", 0, "port (default 993 for tls, 143 for starttls)")
	security := fs.String("security", "tls", "tls or starttls")
	user := fs.String("user", "", "user name, usually the e-mail address")
	folders := fs.String("folders", "INBOX", "folders to read, separated by commas")
	since := fs.Int("since-days", 90, "how far back the first check reads, in days")
	every := fs.Int("interval", 0, "minutes between checks while the window is open (0: only when asked)")
	stdin := fs.Bool("password-stdin", false, "read the password from standard input (else $"+envIMAPPassword+")")
	test := fs.Bool("test", true, "test the connection before saving")
	if err := parseNone(fs, args); err != nil {
		return err
	}
	pw, err := mailPassword(env, *stdin)
	if err != nil {
		return err
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	in := service.MailAccountInput{Host: *host, Port: *port, Security: *security, User: *user, Password: pw,
		RememberPassword: true, Folders: strings.Split(*folders, ","), SinceDays: *since, IntervalMinutes: *every}
	if *test {
		rep, err := svc.Mail.TestMailAccount(in)
		if err != nil {
			return err
		}
		fmt.Fprintln(env.Stdout, rep.Message)
	}
	acct, err := svc.Mail.SaveMailAccount(in)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "E-mail account saved: %s on %s (read-only).\n", acct.User, acct.Host)
	if !acct.PasswordRemembered {
		fmt.Fprintf(env.Stderr, "warning: no OS keychain here, so the password is not kept; give it to `mail sync` in $%s\n", envIMAPPassword)
	}
	return nil
}

// mailSync checks for new mail now and prints what it kept.
func mailSync(env *Env, args []string) error {
	fs := flag.NewFlagSet("mail sync", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseNone(fs, args); err != nil {
		return err
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	rep, err := svc.Mail.SyncMailNow(os.Getenv(envIMAPPassword))
	if err != nil {
		return err
	}
	if *asJSON {
		return env.printJSON(rep)
	}
	fmt.Fprintf(env.Stdout, "read %d new message(s): %d kept for review, %d already kept, %d not job-related, %d unreadable\n",
		rep.Fetched, rep.Kept, rep.Known, rep.NotJob, rep.Broken)
	return nil
}

// mailStatus prints the account (never the password) and its last check.
func mailStatus(env *Env, args []string) error {
	fs := flag.NewFlagSet("mail status", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseNone(fs, args); err != nil {
		return err
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	a, err := svc.Mail.MailAccount()
	if err != nil {
		return err
	}
	if *asJSON {
		return env.printJSON(a)
	}
	if !a.Configured {
		fmt.Fprintln(env.Stdout, "No e-mail account: `huntbook mail connect --host HOST --user USER` sets one up (read-only).")
		return nil
	}
	last := a.LastSync
	if last == "" {
		last = "never"
	}
	fmt.Fprintf(env.Stdout, "%s on %s:%d (%s), folders %s, read-only\nlast check: %s\n", a.User, a.Host, a.Port, a.Security,
		strings.Join(a.Folders, ", "), last)
	if a.LastError != "" {
		fmt.Fprintf(env.Stdout, "last error: %s\n", a.LastError)
	}
	for _, f := range a.FolderStates {
		fmt.Fprintf(env.Stdout, "%s: read up to message %d\n", f.Folder, f.LastUID)
	}
	return nil
}

// mailDisconnect forgets the account and its password; kept messages stay.
func mailDisconnect(env *Env, args []string) error {
	fs := flag.NewFlagSet("mail disconnect", flag.ContinueOnError)
	if err := parseNone(fs, args); err != nil {
		return err
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	if err := svc.Mail.DisconnectMailAccount(); err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, "E-mail account removed; the messages already kept stay.")
	return nil
}
