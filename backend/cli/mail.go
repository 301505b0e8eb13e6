package cli

import (
	"flag"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/service"
)

func init() {
	register("mail", "mail <import|list|confirm|dismiss> ...",
		"read job e-mail from files or a read-only IMAP account and propose what changed", runMail)
	usageOf["mail"] = func() string { return "mail <" + strings.Join(mailSubNames(), "|") + "> ..." }
	registerMail("import", mailImport)
	registerMail("list", mailList)
	registerMail("proposals", mailList)
	registerMail("confirm", mailConfirm)
	registerMail("dismiss", mailDismiss)
}

// mailSubs are the `mail` subcommands; other files add theirs with
// registerMail in their init.
var mailSubs = map[string]func(*Env, []string) error{}

func registerMail(name string, fn func(*Env, []string) error) { mailSubs[name] = fn }

func mailSubNames() []string {
	names := []string{"import", "list", "confirm", "dismiss"}
	for n := range mailSubs {
		if n != "proposals" && !contains(names, n) {
			names = append(names, n)
		}
	}
	sort.Strings(names[4:])
	return names
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func runMail(env *Env, args []string) error {
	names := strings.Join(mailSubNames(), ", ")
	if len(args) == 0 {
		return usagef("mail: which one? %s", names)
	}
	sub := mailSubs[args[0]]
	if sub == nil {
		return usagef("mail: unknown command %q (%s)", args[0], names)
	}
	return sub(env, args[1:])
}

func mailImport(env *Env, args []string) error {
	fs := flag.NewFlagSet("mail import", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return usagef("mail import: usage: mail import FILE.eml|FILE.mbox|FOLDER... [--json]")
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	rep, err := svc.Mail.ImportNow(pos)
	if err != nil {
		return err
	}
	if *asJSON {
		return env.printJSON(rep)
	}
	printMailReport(env.Stdout, rep)
	return nil
}

func printMailReport(w io.Writer, rep service.MailImportReport) {
	fmt.Fprintf(w, "read %d message(s): %d job e-mail kept", rep.Read, rep.Kept)
	if rep.AutoApplied > 0 {
		fmt.Fprintf(w, " (%d applied automatically)", rep.AutoApplied)
	}
	fmt.Fprintf(w, ", %d read before, %d not job-related, %d unreadable\n", rep.Known, rep.Other, len(rep.Broken))
	for _, b := range rep.Broken {
		fmt.Fprintf(w, "  unreadable: %s, message %d: %s\n", b.Source, b.Position, b.Error)
	}
	if rep.Cancelled {
		fmt.Fprintln(w, "stopped before the end")
	}
	if rep.Kept > rep.AutoApplied {
		fmt.Fprintln(w, "see them with `huntbook mail list`, or in the window's Inbox")
	}
}

func mailList(env *Env, args []string) error {
	fs := flag.NewFlagSet("mail list", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	all := fs.Bool("all", false, "also list messages already confirmed or dismissed")
	if err := parseNone(fs, args); err != nil {
		return err
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	ps, err := svc.Mail.Proposals()
	if err != nil {
		return err
	}
	if *all {
		h, err := svc.Mail.History(1000)
		if err != nil {
			return err
		}
		ps = append(ps, h...)
	}
	if *asJSON {
		return env.printJSON(ps)
	}
	tw := newTable(env.Stdout, 0)
	fmt.Fprintln(tw, "ID\tDATE\tSTATUS\tPROPOSAL\tCONFIDENCE")
	for _, p := range ps {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%.0f%%\n", p.ID, p.Date.Local().Format("2006-01-02"), p.Status, describeMail(p, time.Local), p.Confidence*100)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	n := 0
	for _, p := range ps {
		if p.Status == model.MailProposed {
			n++
		}
	}
	fmt.Fprintf(env.Stdout, "%d message(s) to confirm or dismiss (`huntbook mail confirm ID [APP_ID|new]`)\n", n)
	return nil
}

// describeMail is a proposal in one sentence: "Rejection from Rapid7 for
// Analyst -> set outcome Rejected".
func describeMail(p model.MailMessage, loc *time.Location) string {
	who := p.Facts.Company
	title := p.Facts.Title
	if p.Match != nil {
		who, title = p.Match.Company, p.Match.Title
	}
	if who == "" {
		who = p.FromName
	}
	if who == "" {
		who = p.FromEmail
	}
	var b strings.Builder
	switch p.Kind {
	case model.MailInterview:
		b.WriteString("Interview with " + who)
		if p.Facts.Interview != nil {
			b.WriteString(" on " + p.Facts.Interview.Start.In(loc).Format("Mon 2 Jan 15:04"))
		}
	default:
		b.WriteString(p.Kind.Label() + " from " + who)
	}
	if title != "" {
		b.WriteString(" for " + title)
	}
	b.WriteString(" -> ")
	if p.Match == nil {
		switch p.Kind {
		case model.MailOutreach, model.MailConfirmation:
			b.WriteString("add a new application")
		default:
			b.WriteString("choose an application")
		}
		return b.String()
	}
	switch p.Kind {
	case model.MailRejection:
		b.WriteString("set outcome Rejected")
	case model.MailInterview:
		if p.Facts.Interview != nil {
			b.WriteString("add interview, ")
		}
		b.WriteString("move to Interviewing")
	case model.MailOffer:
		b.WriteString("move to Offer")
	case model.MailConfirmation:
		b.WriteString("mark as Applied")
	case model.MailAssessment:
		b.WriteString("add a note and a follow-up")
	default:
		b.WriteString("add to the timeline")
	}
	return b.String()
}

func mailConfirm(env *Env, args []string) error {
	fs := flag.NewFlagSet("mail confirm", flag.ContinueOnError)
	kind := fs.String("kind", "", "what the message is, if not what was read (rejection, interview, ...)")
	at := fs.String("at", "", "the interview's start, \"YYYY-MM-DD HH:MM\" (local time) or RFC 3339")
	slot := fs.Int("slot", 0, "which of the proposed interview times (1, 2, ...)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) < 1 || len(pos) > 2 {
		return usagef("mail confirm: usage: mail confirm ID [APP_ID|new] [--kind KIND] [--at TIME] [--slot N]")
	}
	in := model.MailConfirm{Kind: model.MailKind(*kind), Slot: *slot}
	if in.ID, err = strconv.ParseInt(pos[0], 10, 64); err != nil || in.ID <= 0 {
		return usagef("mail confirm: %q is not a message id", pos[0])
	}
	if len(pos) == 2 {
		if pos[1] == "new" {
			in.NewApplication = true
		} else if in.ApplicationID, err = strconv.ParseInt(pos[1], 10, 64); err != nil || in.ApplicationID <= 0 {
			return usagef("mail confirm: %q is not an application id (or \"new\")", pos[1])
		}
	}
	if *at != "" {
		t, err := time.ParseInLocation("2006-01-02 15:04", *at, time.Local)
		if err != nil {
			if t, err = time.Parse(time.RFC3339, *at); err != nil {
				return usagef("mail confirm: --at %q is not \"YYYY-MM-DD HH:MM\" or RFC 3339", *at)
			}
		}
		in.InterviewStart = t.Format(time.RFC3339)
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	got, err := svc.Mail.Confirm(in)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "confirmed: %s\n", describeMail(got, time.Local))
	if got.Match != nil {
		fmt.Fprintf(env.Stdout, "application %d, %s — %s (%s)\n", got.Match.ApplicationID, got.Match.Title, got.Match.Company, got.Match.Stage)
	}
	return nil
}

func mailDismiss(env *Env, args []string) error {
	if len(args) != 1 {
		return usagef("mail dismiss: usage: mail dismiss ID")
	}
	id, err := strconv.ParseInt(args[0], 10, 64)
	if err != nil || id <= 0 {
		return usagef("mail dismiss: %q is not a message id", args[0])
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	if _, err := svc.Mail.Dismiss(id); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "dismissed message %d: it will not be proposed again\n", id)
	return nil
}
