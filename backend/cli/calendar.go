package cli

import (
	"flag"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/huntbook/huntbook/backend/secrets"
	"github.com/huntbook/huntbook/backend/service"
)

func init() {
	register("calendar", "calendar <import|connect|sync|status|disconnect|export|proposals|confirm|reject> ...",
		"bring interviews in from .ics files and Google Calendar", runCalendar)
	register("interviews", "interviews [--from DATE] [--to DATE] [--json]", "list upcoming interviews", runInterviews)
}

// tokenStore is the keychain the calendar commands keep the Google grant
// in, opened once per process (tests replace it).
var tokenStore = sync.OnceValue(func() secrets.Store { return secrets.Open("huntbook") })

// calendarService opens the services and wires the calendar for a terminal.
func calendarService(env *Env) (*service.Calendar, error) {
	svc, err := env.Services()
	if err != nil {
		return nil, err
	}
	c := svc.Calendar
	c.Tokens = tokenStore()
	return c, nil
}

// linkPrinter is the command line's browser (service.Deps.Browser): it
// prints the link for the user to open. Only the calendar's Google sign-in
// asks for one.
type linkPrinter struct{ env *Env }

func (p linkPrinter) OpenURL(u string) error {
	fmt.Fprintf(p.env.Stdout, "Open this link in your browser to let Huntbook read your Google Calendar:\n\n  %s\n\n"+
		"Waiting for Google to send you back...\n", u)
	return nil
}

func runCalendar(env *Env, args []string) error {
	if len(args) == 0 {
		return usagef("calendar: which one? import, connect, sync, status, disconnect, export, proposals, confirm or reject")
	}
	sub := map[string]func(*Env, []string) error{
		"import": calImport, "connect": calConnect, "sync": calSync, "status": calStatus, "disconnect": calDisconnect,
		"export": calExport, "proposals": calProposals, "confirm": calConfirm, "reject": calReject,
	}[args[0]]
	if sub == nil {
		return usagef("calendar: unknown command %q (import, connect, sync, status, disconnect, export, proposals, confirm, reject)", args[0])
	}
	return sub(env, args[1:])
}

func calImport(env *Env, args []string) error {
	fs := flag.NewFlagSet("calendar import", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("calendar import: usage: calendar import FILE.ics [--json]")
	}
	c, err := calendarService(env)
	if err != nil {
		return err
	}
	rep, err := c.ImportICS(pos[0])
	if err != nil {
		return err
	}
	if *asJSON {
		return env.printJSON(rep)
	}
	fmt.Fprintf(env.Stdout, "read %d events (%d unreadable, skipped), %d interviews, %d matched to applications\n", rep.Read, rep.Skipped, rep.Interviews,
		rep.Matched)
	fmt.Fprintf(env.Stdout, "%d occurrences in the import window: %d new, %d already imported, %d cancelled removed\n", rep.Events, rep.Added, rep.Updated,
		rep.Deleted)
	if rep.LeftOut > 0 {
		more := ""
		if rep.LeftOutMore {
			more = " or more"
		}
		fmt.Fprintf(env.Stdout, "left out %d%s occurrences of repeating interviews: one file adds at most %d\n", rep.LeftOut, more, rep.OccurrenceCap)
	}
	if rep.NotRepeated > 0 {
		if rep.NotRepeated == 1 {
			fmt.Fprintln(env.Stdout, "1 repeating event does not look like an interview: only its first date was imported")
		} else {
			fmt.Fprintf(env.Stdout, "%d repeating events do not look like interviews: only their first date was imported\n", rep.NotRepeated)
		}
	}
	for _, w := range rep.Warnings {
		fmt.Fprintln(env.Stderr, "warning:", w)
	}
	return nil
}

func calConnect(env *Env, args []string) error {
	fs := flag.NewFlagSet("calendar connect", flag.ContinueOnError)
	clientID := fs.String("client-id", "", "your Google OAuth client ID (Desktop app)")
	clientSecret := fs.String("client-secret", "", "its client secret")
	andSync := fs.Bool("sync", false, "sync right after connecting")
	if err := parseNone(fs, args); err != nil {
		return err
	}
	c, err := calendarService(env)
	if err != nil {
		return err
	}
	c.ClientID, c.ClientSecret = *clientID, *clientSecret
	st, err := c.Connect()
	if err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, "Google Calendar connected (read-only).")
	if !st.Persistent {
		fmt.Fprintln(env.Stderr, "warning: no OS keychain here, so the grant lasts only while this command runs; use --sync to sync now")
	}
	if *andSync {
		rep, err := c.SyncNow()
		if err != nil {
			return err
		}
		printSync(env, rep)
	}
	return nil
}

func calSync(env *Env, args []string) error {
	fs := flag.NewFlagSet("calendar sync", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseNone(fs, args); err != nil {
		return err
	}
	c, err := calendarService(env)
	if err != nil {
		return err
	}
	rep, err := c.SyncNow()
	if err != nil {
		return err
	}
	if *asJSON {
		return env.printJSON(rep)
	}
	printSync(env, rep)
	return nil
}

func printSync(env *Env, rep service.SyncReport) {
	kind := "incremental"
	if rep.FullResync {
		kind = "full"
	}
	fmt.Fprintf(env.Stdout, "synced %s (%s): %s received, %d new, %d updated, %d removed; %s, %d matched to applications\n",
		count(rep.Calendars, "calendar"), kind, count(rep.Received, "event"), rep.Added, rep.Updated, rep.Deleted,
		count(rep.Interviews, "interview"), rep.Matched)
	for _, w := range rep.Warnings {
		fmt.Fprintln(env.Stderr, "warning:", w)
	}
}

func calStatus(env *Env, args []string) error {
	fs := flag.NewFlagSet("calendar status", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	c, err := calendarService(env)
	if err != nil {
		return err
	}
	st, err := c.Status()
	if err != nil {
		return err
	}
	if *asJSON {
		return env.printJSON(st)
	}
	last := st.LastSync
	if last == "" {
		last = "never"
	}
	fmt.Fprintf(env.Stdout, "%s (%s)\nlast sync: %s\n", st.Message, st.State, last)
	return nil
}

func calDisconnect(env *Env, args []string) error {
	fs := flag.NewFlagSet("calendar disconnect", flag.ContinueOnError)
	del := fs.Bool("delete-events", false, "also delete the events imported from Google")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	c, err := calendarService(env)
	if err != nil {
		return err
	}
	rep, err := c.Disconnect(*del)
	if err != nil {
		return err
	}
	if rep.Warning != "" {
		fmt.Fprintln(env.Stderr, "warning:", rep.Warning)
	}
	fmt.Fprintf(env.Stdout, "Google Calendar disconnected; %s deleted\n", count(rep.EventsDeleted, "imported event"))
	return nil
}

func calExport(env *Env, args []string) error {
	fs := flag.NewFlagSet("calendar export", flag.ContinueOnError)
	var keys strList
	fs.Var(&keys, "event", "event key to export (repeatable; default: every interview)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("calendar export: usage: calendar export FILE.ics [--event KEY]...")
	}
	c, err := calendarService(env)
	if err != nil {
		return err
	}
	n, err := c.ExportICS(pos[0], keys)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "exported %d events to %s\n", n, pos[0])
	return nil
}

func calProposals(env *Env, args []string) error {
	fs := flag.NewFlagSet("calendar proposals", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	c, err := calendarService(env)
	if err != nil {
		return err
	}
	ps, err := c.Proposals()
	if err != nil {
		return err
	}
	if *asJSON {
		return env.printJSON(ps)
	}
	for _, p := range ps {
		fmt.Fprintf(env.Stdout, "%s  %s\n  key: %s\n", p.Start.Local().Format("2006-01-02 15:04"), p.Title, p.Key)
		for _, cd := range p.Candidates {
			fmt.Fprintf(env.Stdout, "  -> %d %s — %s (%.0f%%: %s)\n", cd.ApplicationID, cd.Title, cd.Company, cd.Confidence*100, strings.Join(cd.Reasons, "; "))
		}
	}
	fmt.Fprintf(env.Stdout, "%s to confirm or reject\n", count(len(ps), "event"))
	return nil
}

func calConfirm(env *Env, args []string) error {
	if len(args) != 2 {
		return usagef("calendar confirm: usage: calendar confirm EVENT-KEY APPLICATION-ID")
	}
	id, err := strconv.ParseInt(args[1], 10, 64)
	if err != nil || id <= 0 {
		return usagef("calendar confirm: %q is not an application id", args[1])
	}
	c, err := calendarService(env)
	if err != nil {
		return err
	}
	res, err := c.Confirm(args[0], id)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "confirmed %q as an interview for application %d\n", res.Interview.Title, id)
	if res.SuggestStage != "" {
		fmt.Fprintf(env.Stdout, "it is still in an earlier stage: move it with `huntbook app move %d %s`\n", id, strings.ToLower(res.SuggestStage))
	}
	return nil
}

func calReject(env *Env, args []string) error {
	if len(args) != 1 {
		return usagef("calendar reject: usage: calendar reject EVENT-KEY")
	}
	c, err := calendarService(env)
	if err != nil {
		return err
	}
	if err := c.Reject(args[0]); err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, "rejected: it will not be proposed again")
	return nil
}

func runInterviews(env *Env, args []string) error {
	fs := flag.NewFlagSet("interviews", flag.ContinueOnError)
	from := fs.String("from", "", "start date YYYY-MM-DD (default now)")
	to := fs.String("to", "", "end date YYYY-MM-DD (default 90 days after the start)")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseNone(fs, args); err != nil {
		return err
	}
	c, err := calendarService(env)
	if err != nil {
		return err
	}
	ivs, err := c.Interviews(*from, *to)
	if err != nil {
		return err
	}
	if *asJSON {
		return env.printJSON(ivs)
	}
	tw := newTable(env.Stdout, 0)
	fmt.Fprintln(tw, "WHEN\tINTERVIEW\tCOMPANY\tAPPLICATION\tJOIN")
	for _, iv := range ivs {
		when := iv.Start.Local().Format("Mon 2006-01-02 15:04")
		if iv.AllDay {
			when = iv.Start.Format("Mon 2006-01-02") + " (all day)"
		}
		app := ""
		if iv.Application != nil {
			app = strconv.FormatInt(iv.Application.ID, 10)
			if !iv.Confirmed {
				app += " (proposed)"
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", when, clipText(iv.Title, 50), iv.Company, app, iv.MeetingURL)
	}
	tw.Flush()
	fmt.Fprintln(env.Stdout, count(len(ivs), "interview"))
	return nil
}

func clipText(s string, n int) string {
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}
