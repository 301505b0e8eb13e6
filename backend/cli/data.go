package cli

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"github.com/huntbook/huntbook/backend/service"
)

var svcCtx = context.Background()

func runExport(env *Env, args []string) error {
	args, err := parse(flag.NewFlagSet("export", flag.ContinueOnError), args)
	if err != nil {
		return err
	}
	if len(args) != 1 {
		return usagef("export: usage: export FILE.zip")
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	rep, err := svc.Data.ExportTo(args[0])
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "exported %s, %s, %s, %s to %s\n", count(rep.Applications, "application"), count(rep.Notes, "note"),
		count(rep.Contacts, "contact"), count(rep.Tasks, "task"), args[0])
	if len(rep.Unreadable) > 0 {
		fmt.Fprintf(env.Stdout, "the database is damaged: left out what could not be read (%s); everything else is in the file\n",
			strings.Join(rep.Unreadable, ", "))
	}
	return nil
}

func runImport(env *Env, args []string) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	settingsOnly := fs.Bool("settings-only", false, "import no data: list (and with --apply-settings apply) the file's settings")
	apply := fs.String("apply-settings", "", "apply these settings found in the file: IDs as listed, comma-separated, or all")
	dryRun := fs.Bool("dry-run", false, "CSV: show how the file would be read (columns, statuses, dates, rows skipped) and import nothing")
	skippedTo := fs.String("skipped", "", "CSV: write the rows that cannot be imported to this file, with a column saying why")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("import: usage: import FILE.zip|FILE.csv [--dry-run] [--skipped FILE.csv] [--settings-only] [--apply-settings ID,...|all]")
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	if *dryRun {
		return previewImport(env, svc, pos[0], *skippedTo, *asJSON)
	}
	if !*settingsOnly && *apply == "" {
		// A CSV file goes through the window's preview: mapped columns and
		// statuses, good rows imported, bad ones reported. A ZIP goes on below.
		if done, err := importCSV(env, svc, pos[0], *skippedTo, *asJSON); done || err != nil {
			return err
		}
	}
	rep, err := service.ImportFileWith(svc.Data, pos[0], service.ImportOptions{SettingsOnly: *settingsOnly})
	if err != nil {
		return err
	}
	var applied []service.FoundSetting
	if *apply != "" {
		if applied, err = svc.Data.ApplyImportedSettings(rep.SettingsToken, splitList(*apply)); err != nil {
			return err
		}
	}
	if *asJSON {
		return env.printJSON(struct {
			service.ImportReport
			Applied []service.FoundSetting `json:"applied"`
		}{rep, orNone(applied)})
	}
	if !*settingsOnly {
		fmt.Fprintf(env.Stdout, "imported %s, %s, %s, %s from %s\n", count(rep.Applications, "application"), count(rep.Notes, "note"),
			count(rep.Contacts, "contact"), count(rep.Tasks, "task"), pos[0])
		if rep.Stages > 0 {
			fmt.Fprintf(env.Stdout, "added %s to your pipeline for statuses it did not have\n", count(rep.Stages, "stage"))
		}
	}
	printFoundSettings(env, rep, applied, pos[0])
	return nil
}

// printFoundSettings lists the file's settings with what each would change,
// and which were applied.
func printFoundSettings(env *Env, rep service.ImportReport, applied []service.FoundSetting, path string) {
	if len(rep.Settings) == 0 {
		return
	}
	done := map[string]bool{}
	for _, a := range applied {
		done[a.ID] = true
	}
	fmt.Fprintf(env.Stdout, "settings found in this file (%d applied):\n", len(applied))
	for _, f := range rep.Settings {
		mark := "not applied"
		switch {
		case done[f.ID]:
			mark = "APPLIED"
		case f.Problem != "":
			mark = "cannot apply: " + f.Problem
		}
		fmt.Fprintf(env.Stdout, "  %s  %s: %s  [%s]\n", f.ID, f.Label, f.Value, mark)
		if f.BaseURL != "" {
			fmt.Fprintf(env.Stdout, "      sends requests to %s\n", f.BaseURL)
		}
		if f.KeyEnv != "" {
			fmt.Fprintf(env.Stdout, "      attaches the API key from $%s\n", f.KeyEnv)
		}
		if f.Current != "" {
			fmt.Fprintf(env.Stdout, "      yours now: %s\n", f.Current)
		}
		if f.Warning != "" {
			fmt.Fprintf(env.Stdout, "      warning: %s\n", f.Warning)
		}
	}
	if len(applied) < len(rep.Settings) {
		fmt.Fprintf(env.Stdout, "to apply some: huntbook import %s --settings-only --apply-settings ID[,ID...]\n", path)
	}
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func orNone[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func runWipe(env *Env, args []string) error {
	fs := flag.NewFlagSet("wipe", flag.ContinueOnError)
	yes := fs.Bool("yes", false, "really delete everything")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if !*yes {
		return usagef("wipe deletes every application, note, contact, task and backup; run `huntbook wipe --yes` to confirm")
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	if err := svc.Data.Wipe(); err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, "all data deleted")
	return nil
}

func runInfo(env *Env, args []string) error {
	fs := flag.NewFlagSet("info", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	info, err := svc.Data.Info()
	if err != nil {
		return err
	}
	if *asJSON {
		return env.printJSON(info)
	}
	fmt.Fprintf(env.Stdout, "Data folder: %s\nDatabase: %s (%d KB, schema %d)\nApplications: %d  Notes: %d  Contacts: %d  Tasks: %d\n",
		info.DataDir, info.DBPath, info.DBBytes>>10, info.SchemaVersion, info.Applications, info.Notes, info.Contacts, info.Tasks)
	return nil
}
