package cli

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/huntbook/huntbook/backend/model"
)

func runApp(env *Env, args []string) error {
	if len(args) == 0 {
		return usagef("app: which one? add, list, show, move, outcome or note")
	}
	sub := map[string]func(*Env, []string) error{
		"add": appAdd, "list": appList, "show": appShow, "move": appMove, "outcome": appOutcome, "note": appNote,
	}[args[0]]
	if sub == nil {
		return usagef("app: unknown command %q (add, list, show, move, outcome, note)", args[0])
	}
	return sub(env, args[1:])
}

func appAdd(env *Env, args []string) error {
	fs := flag.NewFlagSet("app add", flag.ContinueOnError)
	var a model.Application
	var tags strList
	var stage, descFile, remote string
	var asJSON bool
	fs.StringVar(&a.Company, "company", "", "company")
	fs.StringVar(&a.Title, "title", "", "job title")
	fs.StringVar(&stage, "stage", "", "stage name")
	fs.StringVar(&a.URL, "url", "", "job URL")
	fs.StringVar(&a.Location, "location", "", "location")
	fs.StringVar(&remote, "remote", "", "onsite, hybrid or remote")
	fs.StringVar(&a.DateApplied, "applied", "", "date applied YYYY-MM-DD")
	fs.StringVar(&a.Deadline, "deadline", "", "deadline YYYY-MM-DD")
	fs.StringVar(&a.FollowUp, "follow-up", "", "next follow-up YYYY-MM-DD")
	fs.StringVar(&a.Source, "source", "", "where you found it")
	fs.StringVar(&descFile, "description-file", "", "file with the job description")
	fs.Var(&tags, "tag", "tag (repeatable)")
	fs.BoolVar(&asJSON, "json", false, "print JSON")
	if err := parseNone(fs, args); err != nil {
		return err
	}
	if a.Company == "" || a.Title == "" {
		return usagef("app add: --company and --title are required")
	}
	var err error
	if a.Remote, err = model.ParseRemote(remote); err != nil {
		return err
	}
	a.Tags = tags
	if descFile != "" {
		b, err := os.ReadFile(descFile) //nolint:gosec // G304: the file the user named with --description-file
		if err != nil {
			return fmt.Errorf("read description: %w", err)
		}
		a.Description = string(b)
	}
	out, err := addApplication(env, a, stage)
	if err != nil {
		return err
	}
	if asJSON {
		return env.printJSON(out)
	}
	fmt.Fprintln(env.Stdout, out.ID)
	return nil
}

// addApplication creates a in the named stage ("" for the first) and
// notes on stderr the applications it may duplicate.
func addApplication(env *Env, a model.Application, stage string) (model.Application, error) {
	svc, err := env.Services()
	if err != nil {
		return a, err
	}
	if stage != "" {
		st, err := env.db.StageByName(svcCtx, stage)
		if err != nil {
			return a, err
		}
		a.StageID = st.ID
	}
	dups, _ := svc.Applications.Duplicates(model.DuplicateQuery{Company: a.Company, Title: a.Title, URL: a.URL})
	out, err := svc.Applications.Create(a)
	if err != nil {
		return a, err
	}
	for _, d := range dups {
		why := "same company and title"
		if d.Reason == model.DuplicateSameURL {
			why = "same link"
		}
		fmt.Fprintf(env.Stderr, "huntbook: note: you already track %s at %s (id %d): %s\n", d.Application.Title, d.Application.Company, d.Application.ID, why)
	}
	return out, nil
}

func appList(env *Env, args []string) error {
	fs := flag.NewFlagSet("app list", flag.ContinueOnError)
	var q model.ListQuery
	var outcome, sort string
	var asJSON bool
	fs.StringVar(&q.Stage, "stage", "", "only this stage")
	fs.StringVar(&outcome, "outcome", "", "only this outcome")
	fs.StringVar(&q.Search, "search", "", "full-text search")
	fs.StringVar(&q.Tag, "tag", "", "only this tag")
	fs.StringVar(&q.AppliedFrom, "from", "", "applied on or after YYYY-MM-DD")
	fs.StringVar(&q.AppliedTo, "to", "", "applied on or before YYYY-MM-DD")
	fs.StringVar(&sort, "sort", "", "updated, created, applied, company, title, stage, priority, deadline, followUp")
	fs.BoolVar(&q.Desc, "desc", false, "sort descending")
	fs.IntVar(&q.Limit, "limit", 0, "at most this many")
	fs.BoolVar(&asJSON, "json", false, "print JSON")
	if err := parseNone(fs, args); err != nil {
		return err
	}
	q.Sort = model.SortField(sort)
	if outcome != "" {
		o, err := model.ParseOutcome(outcome)
		if err != nil {
			return err
		}
		q.Outcomes = []model.Outcome{o}
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	if asJSON {
		res, err := svc.Applications.List(q)
		if err != nil {
			return err
		}
		return env.printJSON(res)
	}
	// The table shows six fields: read the applications' cards (the
	// board's narrow rows, a third of the columns) and name their stages,
	// not every field of every application.
	res, err := svc.Applications.Cards(q)
	if err != nil {
		return err
	}
	stages, err := svc.Pipeline.Stages()
	if err != nil {
		return err
	}
	stageName := make(map[int64]string, len(stages))
	for _, st := range stages {
		stageName[st.ID] = st.Name
	}
	tw := newTable(env.Stdout, 0)
	fmt.Fprintln(tw, "ID\tSTAGE\tOUTCOME\tCOMPANY\tTITLE\tAPPLIED")
	var row []byte // one row at a time, no formatting per field
	for _, a := range res.Items {
		row = strconv.AppendInt(row[:0], a.ID, 10)
		for _, f := range [...]string{stageName[a.StageID], string(a.Outcome), oneLine(a.Company), oneLine(a.Title), a.DateApplied} {
			row = append(append(row, '\t'), f...)
		}
		if _, err := tw.Write(append(row, '\n')); err != nil {
			return fmt.Errorf("write table: %w", err)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, count(res.Total, "application"))
	return nil
}

func oneLine(s string) string {
	if !needsFolding(s) {
		return s
	}
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 48 {
		return s[:47] + "…"
	}
	return s
}

// needsFolding tells whether oneLine has work to do on s: it is longer
// than a cell, or has a space other than single ASCII spaces between words
// (a listing of 10,000 applications would otherwise split and join every
// name).
func needsFolding(s string) bool {
	if len(s) > 48 || s == "" {
		return len(s) > 48
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return true
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return true // Unicode spaces are checked by strings.Fields
		case c == ' ' && s[i+1] == ' ':
			return true
		}
	}
	return false
}

func idArg(cmd, s string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, usagef("%s: %q is not an application id", cmd, s)
	}
	return id, nil
}

func appShow(env *Env, args []string) error {
	fs := flag.NewFlagSet("app show", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("app show: give one application id")
	}
	id, err := idArg("app show", pos[0])
	if err != nil {
		return err
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	d, err := svc.Applications.Get(id)
	if err != nil {
		return err
	}
	if *asJSON {
		return env.printJSON(d)
	}
	a := d.Application
	w := env.Stdout
	fmt.Fprintf(w, "%s — %s (#%d)\n", a.Title, a.Company, a.ID)
	fmt.Fprintf(w, "Stage: %s   Outcome: %s\n", a.Stage, a.Outcome)
	for _, kv := range [][2]string{{"URL", a.URL}, {"Location", a.Location}, {"Remote", string(a.Remote)}, {"Applied", a.DateApplied},
		{"Deadline", a.Deadline}, {"Follow up", a.FollowUp}, {"Source", a.Source}, {"Tags", strings.Join(a.Tags, ", ")}} {
		if kv[1] != "" {
			fmt.Fprintf(w, "%s: %s\n", kv[0], kv[1])
		}
	}
	if !a.Salary.IsZero() {
		fmt.Fprintf(w, "Salary: %s–%s %s per %s\n", money(a.Salary.Min), money(a.Salary.Max), a.Salary.Currency, a.Salary.Period)
	}
	if a.Description != "" {
		fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(a.Description))
	}
	if len(d.Events) > 0 {
		fmt.Fprintln(w, "\nTimeline:")
		for _, e := range d.Events {
			fmt.Fprintf(w, "  %s  %s %s → %s\n", e.At.Local().Format("2006-01-02 15:04"), e.Kind, e.From, e.To)
		}
	}
	if len(d.Notes) > 0 {
		fmt.Fprintln(w, "\nNotes:")
		for _, n := range d.Notes {
			fmt.Fprintf(w, "  [%s] %s\n", n.CreatedAt.Local().Format("2006-01-02 15:04"), strings.ReplaceAll(n.Body, "\n", "\n    "))
		}
	}
	for _, c := range d.Contacts {
		fmt.Fprintf(w, "Contact: %s (%s) %s\n", c.Name, c.Role, c.Email)
	}
	for _, t := range d.Tasks {
		fmt.Fprintf(w, "Task: %s %s\n", t.Title, t.Due)
	}
	for _, dup := range d.Duplicates {
		fmt.Fprintf(w, "Possible duplicate: #%d %s at %s\n", dup.ID, dup.Title, dup.Company)
	}
	return nil
}

func money(minor int64) string {
	if minor%100 == 0 {
		return strconv.FormatInt(minor/100, 10)
	}
	return fmt.Sprintf("%d.%02d", minor/100, minor%100)
}

func appMove(env *Env, args []string) error {
	if len(args) != 2 {
		return usagef("app move: usage: app move ID STAGE")
	}
	id, err := idArg("app move", args[0])
	if err != nil {
		return err
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	st, err := env.db.StageByName(svcCtx, args[1])
	if err != nil {
		return err
	}
	a, err := svc.Applications.Move(id, st.ID)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "#%d %s at %s is now in %s\n", a.ID, a.Title, a.Company, a.Stage)
	return nil
}

func appOutcome(env *Env, args []string) error {
	if len(args) != 2 {
		return usagef("app outcome: usage: app outcome ID OUTCOME (open, accepted, rejected, withdrawn, ghosted, expired)")
	}
	id, err := idArg("app outcome", args[0])
	if err != nil {
		return err
	}
	o, err := model.ParseOutcome(args[1])
	if err != nil {
		return err
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	a, err := svc.Applications.SetOutcome(id, string(o))
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "#%d %s at %s: %s\n", a.ID, a.Title, a.Company, a.Outcome)
	return nil
}

func appNote(env *Env, args []string) error {
	if len(args) < 2 {
		return usagef("app note: usage: app note ID TEXT")
	}
	id, err := idArg("app note", args[0])
	if err != nil {
		return err
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	n, err := svc.Applications.AddNote(id, strings.Join(args[1:], " "))
	if err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, n.ID)
	return nil
}
