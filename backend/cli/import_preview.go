package cli

import (
	"fmt"
	"strings"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/service"
)

// previewImport prints what importing a CSV file would do, as the window's
// preview shows it, and writes nothing.
func previewImport(env *Env, svc *service.Services, path, skippedTo string, asJSON bool) error {
	p, err := svc.Data.PreviewImport(path, model.CSVMapping{})
	if err != nil {
		return err
	}
	if skippedTo != "" && p.Kind != "zip" {
		n, err := service.WriteSkippedRowsTo(svc.Data, path, p.Mapping, skippedTo)
		if err != nil {
			return err
		}
		if !asJSON && n > 0 {
			defer fmt.Fprintf(env.Stdout, "%s written to %s, with a column saying why\n", count(n, "skipped row"), skippedTo)
		} else if !asJSON {
			defer fmt.Fprintf(env.Stdout, "no row is skipped: %s was not written\n", skippedTo)
		}
	}
	if asJSON {
		return env.printJSON(p)
	}
	if p.Kind == "zip" {
		fmt.Fprintf(env.Stdout, "%s is a Huntbook export: it is imported as it is (no preview); run without --dry-run\n", path)
		return nil
	}
	out := env.Stdout
	fmt.Fprintf(out, "%s: %s, %s-separated, %d rows\n", path, p.Encoding, p.Delimiter, p.Total)
	if p.Remembered {
		fmt.Fprintln(out, "columns and statuses as you chose them for the last file with these headers")
	}
	label := map[string]string{}
	for _, f := range p.Fields {
		label[f.Value] = f.Label
	}
	fmt.Fprintln(out, "\ncolumns:")
	tw := newTable(out, 2)
	for _, c := range p.Columns {
		to := label[c.Field]
		if to == "" {
			to = "(ignored)"
		}
		fmt.Fprintf(tw, "  %s\t-> %s\t%s\n", c.Header, to, strings.Join(c.Samples, " | "))
	}
	tw.Flush()
	if len(p.Missing) > 0 {
		fmt.Fprintf(out, "\nno column holds %s: nothing can be imported (rename the column in the file)\n", strings.Join(p.Missing, " or "))
		return nil
	}
	if len(p.Statuses) > 0 {
		target := map[string]string{}
		for _, t := range p.Targets {
			target[t.Value] = t.Label
		}
		fmt.Fprintln(out, "\nstatuses:")
		tw = newTable(out, 2)
		for _, s := range p.Statuses {
			to := target[s.Target]
			if to == "" {
				to = "New stage: " + strings.TrimPrefix(s.Target, "new:")
			}
			fmt.Fprintf(tw, "  %s (%d)\t-> %s\t%s\n", s.Status, s.Count, to, s.Reason)
		}
		tw.Flush()
	}
	fmt.Fprintf(out, "\ndates: %s\n", p.DateReason)
	fmt.Fprintf(out, "\n%s would be imported with %s; %s skipped\n", count(p.Good, "row"), count(p.Contacts, "contact"), count(p.Bad, "row"))
	for i, s := range p.Skipped {
		if i == 20 {
			fmt.Fprintf(out, "  and %d more\n", p.Bad-20)
			break
		}
		fmt.Fprintf(out, "  line %d: %s (%s)\n", s.Line, strings.Join(s.Problems, "; "), s.Text)
	}
	fmt.Fprintln(out, "nothing was imported (--dry-run)")
	return nil
}

// importCSV imports the CSV file at path as the window's preview would
// with its mapping (the one remembered for these headers, or the one
// detected): the good rows with their contacts, each application's stage
// and outcome recorded as estimated history, the bad rows left out and
// listed (and written to skippedTo when given). done is false for a
// Huntbook export, which the caller imports as it is.
func importCSV(env *Env, svc *service.Services, path, skippedTo string, asJSON bool) (done bool, err error) {
	p, err := svc.Data.PreviewImport(path, model.CSVMapping{})
	if err != nil {
		return true, err
	}
	if p.Kind == "zip" {
		if skippedTo != "" {
			return true, usagef("import: --skipped is for CSV files; %s is a Huntbook export", path)
		}
		return false, nil
	}
	if len(p.Missing) > 0 {
		return true, model.Invalid("columns",
			"import: no column of %s holds %s: nothing was imported (rename the column in the file; huntbook import %s --dry-run shows how it is read)",
			path, strings.Join(p.Missing, " or "), path)
	}
	written := 0
	if skippedTo != "" {
		// Written first: when no row can be imported, the file says why for each.
		if written, err = service.WriteSkippedRowsTo(svc.Data, path, p.Mapping, skippedTo); err != nil {
			return true, err
		}
	}
	res, err := svc.Data.ImportCSV(path, p.Mapping)
	if err != nil {
		return true, err
	}
	if asJSON {
		file := ""
		if written > 0 {
			file = skippedTo
		}
		return true, env.printJSON(struct {
			model.CSVImportResult
			SkippedRows []model.CSVSkippedRow `json:"skippedRows"`
			SkippedFile string                `json:"skippedFile,omitempty"`
		}{res, p.Skipped, file})
	}
	printCSVImport(env, p, res, skippedTo, written)
	return true, nil
}

// printCSVImport reports a CSV import: what was imported, how the
// statuses were read, the history it recorded and the rows left out.
func printCSVImport(env *Env, p model.CSVPreview, res model.CSVImportResult, skippedTo string, written int) {
	out := env.Stdout
	how := "columns as detected"
	if p.Remembered {
		how = "columns as you chose them for the last file with these headers"
	}
	fmt.Fprintf(out, "imported %s, %s, %s from %s (%s)\n", count(res.Applications, "application"), count(res.Contacts, "contact"),
		count(res.Notes, "note"), res.Path, how)
	if len(p.Statuses) > 0 {
		target := map[string]string{}
		for _, t := range p.Targets {
			target[t.Value] = t.Label
		}
		parts := make([]string, 0, len(p.Statuses))
		for _, s := range p.Statuses {
			to := target[s.Target]
			if to == "" {
				to = "new stage " + strings.TrimPrefix(s.Target, "new:")
			}
			parts = append(parts, fmt.Sprintf("%s -> %s (%d)", s.Status, to, s.Count))
		}
		fmt.Fprintf(out, "statuses: %s\n", strings.Join(parts, "; "))
	}
	if res.Stages > 0 {
		fmt.Fprintf(out, "added %s to your pipeline\n", count(res.Stages, "stage"))
	}
	fmt.Fprintln(out, "each application's stage and outcome are in its history, dated from its date applied and the row's dates, marked as estimated")
	if res.Skipped == 0 {
		return
	}
	fmt.Fprintf(out, "skipped %s:\n", count(res.Skipped, "row"))
	for i, s := range p.Skipped {
		if i == 20 {
			fmt.Fprintf(out, "  and %d more\n", p.Bad-20)
			break
		}
		fmt.Fprintf(out, "  line %d: %s (%s)\n", s.Line, strings.Join(s.Problems, "; "), s.Text)
	}
	if written > 0 {
		fmt.Fprintf(out, "the skipped rows are in %s, with a column saying why: fix them there and import that file\n", skippedTo)
	} else {
		fmt.Fprintf(out, "to get them as a CSV file to fix (importing nothing again): huntbook import %s --dry-run --skipped FILE.csv\n", res.Path)
	}
}

// count says "1 row", "2 rows".
func count(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
