package cli

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/service"
)

// previewImport prints what importing a CSV file would do, as the window's
// preview shows it, and writes nothing.
func previewImport(env *Env, svc *service.Services, path string, asJSON bool) error {
	p, err := svc.Data.PreviewImport(path, model.CSVMapping{})
	if err != nil {
		return err
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
	tw := tabwriter.NewWriter(out, 2, 4, 2, ' ', 0)
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
		tw = tabwriter.NewWriter(out, 2, 4, 2, ' ', 0)
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
	fmt.Fprintln(out, "nothing was written (--dry-run)")
	return nil
}

// count says "1 row", "2 rows".
func count(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
