package cli

import (
	"context"
	"flag"
	"fmt"
)

var svcCtx = context.Background()

func runExport(env *Env, args []string) error {
	if len(args) != 1 {
		return usagef("export: usage: export FILE.zip")
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	if err := svc.Data.ExportTo(args[0]); err != nil {
		return err
	}
	info, err := svc.Data.Info()
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "exported %d applications, %d notes, %d contacts, %d tasks to %s\n", info.Applications, info.Notes, info.Contacts, info.Tasks, args[0])
	return nil
}

func runImport(env *Env, args []string) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("import: usage: import FILE.zip|FILE.csv")
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	rep, err := svc.Data.ImportFile(pos[0])
	if err != nil {
		return err
	}
	if *asJSON {
		return env.printJSON(rep)
	}
	fmt.Fprintf(env.Stdout, "imported %d applications, %d notes, %d contacts, %d tasks from %s\n", rep.Applications, rep.Notes, rep.Contacts, rep.Tasks, pos[0])
	if rep.Stages > 0 {
		fmt.Fprintf(env.Stdout, "added %d stage(s) to your pipeline for statuses it did not have\n", rep.Stages)
	}
	return nil
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
