package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/cvparse"
	"github.com/huntbook/huntbook/backend/doctext"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/service"
)

func init() {
	register("cv", "cv <parse|import|list|show|merge|delete|link|unlink> ...", "read CV files, keep them as versions, merge into your profile", runCV)
	register("profile", "profile <show|export|import> ...", "your master profile (JSON Resume)", runProfile)
}

func runCV(env *Env, args []string) error {
	if len(args) == 0 {
		return usagef("cv: which one? parse, import, list, show, merge, delete, link or unlink")
	}
	sub := map[string]func(*Env, []string) error{
		"parse": cvParse, "import": cvImport, "list": cvList, "show": cvShow, "merge": cvMerge,
		"delete": cvDelete, "link": cvLink, "unlink": cvUnlink,
	}[args[0]]
	if sub == nil {
		return usagef("cv: unknown command %q (parse, import, list, show, merge, delete, link, unlink)", args[0])
	}
	return sub(env, args[1:])
}

// cvParse reads a CV file and prints its JSON Resume document, touching no
// database. Warnings (such as cvparse.NotACV for a cover letter) go to
// stderr, one per line, and do not change the exit code: the profile
// printed then holds only what was really found.
func cvParse(env *Env, args []string) error {
	fs := flag.NewFlagSet("cv parse", flag.ContinueOnError)
	password := fs.String("password", "", "password of an encrypted PDF")
	timeout := fs.Duration("timeout", doctext.DefaultTimeout, "give up reading after this long")
	full := fs.Bool("full", false, "print {profile, fields, warnings}: where each value came from")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("usage: huntbook cv parse FILE [--password P] [--timeout 10s] [--full]")
	}
	if *timeout <= 0 || *timeout > 10*time.Minute {
		return usagef("cv parse: --timeout must be between 1ns and 10m")
	}
	doc, err := doctext.Read(context.Background(), pos[0], doctext.Options{Password: *password, Timeout: *timeout})
	if err != nil {
		return err
	}
	res := cvparse.ParseDocument(doc)
	for _, w := range res.Warnings {
		fmt.Fprintln(env.Stderr, "huntbook: warning:", w)
	}
	if *full {
		return env.printJSON(res)
	}
	return env.printJSON(res.Profile)
}

func cvImport(env *Env, args []string) error {
	fs := flag.NewFlagSet("cv import", flag.ContinueOnError)
	label := fs.String("label", "", "a name for this version (default: the file name)")
	password := fs.String("password", "", "password of an encrypted PDF")
	asJSON := fs.Bool("json", false, "print the version as JSON")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("usage: huntbook cv import FILE [--label L] [--password P] [--json]")
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	res, err := svc.Profile.ImportCVNow(pos[0], *label, *password)
	if err != nil {
		return err
	}
	if !res.Created {
		fmt.Fprintf(env.Stderr, "huntbook: this file was already imported as version %d (%s)\n", res.Version.ID, res.Version.Label)
	} else {
		for _, w := range res.Version.Warnings {
			fmt.Fprintln(env.Stderr, "huntbook: warning:", w)
		}
	}
	if *asJSON {
		return env.printJSON(res)
	}
	fmt.Fprintln(env.Stdout, res.Version.ID)
	return nil
}

// versionArg reads a CV version id.
func versionArg(cmd, s string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, usagef("%s: %q is not a CV version id (see huntbook cv list)", cmd, s)
	}
	return id, nil
}

func cvList(env *Env, args []string) error {
	fs := flag.NewFlagSet("cv list", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseNone(fs, args); err != nil {
		return err
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	vs, err := svc.Profile.Versions()
	if err != nil {
		return err
	}
	if *asJSON {
		return env.printJSON(vs)
	}
	tw := newTable(env.Stdout, 0)
	fmt.Fprintln(tw, "ID\tLABEL\tFILE\tSIZE\tNAME\tIMPORTED\tSENT WITH")
	for _, v := range vs {
		name := v.Profile.Basics.Name
		if v.NotACV {
			name = "(not a CV?)"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d KB\t%s\t%s\t%s\n", v.ID, v.Label, v.FileName, (v.Size+1023)/1024, name,
			v.CreatedAt.Local().Format("2006-01-02 15:04"), count(len(v.Applications), "application"))
	}
	tw.Flush()
	fmt.Fprintln(env.Stdout, count(len(vs), "CV version"))
	return nil
}

func cvShow(env *Env, args []string) error {
	fs := flag.NewFlagSet("cv show", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("usage: huntbook cv show VERSION [--json]")
	}
	id, err := versionArg("cv show", pos[0])
	if err != nil {
		return err
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	v, err := svc.Profile.Version(id)
	if err != nil {
		return err
	}
	if *asJSON {
		return env.printJSON(v)
	}
	fmt.Fprintf(env.Stdout, "Version %d: %s (%s, %s, %d bytes)\n", v.ID, v.Label, v.FileName, v.MediaType, v.Size)
	for _, w := range v.Warnings {
		fmt.Fprintln(env.Stdout, "Warning:", w)
	}
	fmt.Fprintln(env.Stdout)
	printProfile(env.Stdout, v.Profile)
	return nil
}

// cvMerge copies a version into the master profile: every field with
// --all, or the named fields ("basics.email", "work[0]", "skills").
func cvMerge(env *Env, args []string) error {
	fs := flag.NewFlagSet("cv merge", flag.ContinueOnError)
	all := fs.Bool("all", false, "merge every field of the version")
	asJSON := fs.Bool("json", false, "print the merged profile as JSON")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 || *all == (len(pos) > 1) {
		return usagef("usage: huntbook cv merge VERSION --all, or huntbook cv merge VERSION FIELD... (e.g. basics.email work[0] skills)")
	}
	id, err := versionArg("cv merge", pos[0])
	if err != nil {
		return err
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	m, err := svc.Profile.MergeIntoMaster(id, pos[1:])
	if err != nil {
		return err
	}
	if *asJSON {
		return env.printJSON(m)
	}
	fmt.Fprintf(env.Stdout, "merged version %d into your profile\n", id)
	return nil
}

func cvDelete(env *Env, args []string) error {
	fs := flag.NewFlagSet("cv delete", flag.ContinueOnError)
	force := fs.Bool("force", false, "delete even if it was sent with applications (unlinks them)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("usage: huntbook cv delete VERSION [--force]")
	}
	id, err := versionArg("cv delete", pos[0])
	if err != nil {
		return err
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	if err := svc.Profile.DeleteVersion(id, *force); err != nil {
		if model.ErrorCode(err) == model.CodeConflict {
			return fmt.Errorf("%w (use --force)", err)
		}
		return err
	}
	fmt.Fprintf(env.Stdout, "deleted version %d\n", id)
	return nil
}

func cvLink(env *Env, args []string) error {
	if len(args) != 2 {
		return usagef("usage: huntbook cv link APP VERSION")
	}
	app, err := idArg("cv link", args[0])
	if err != nil {
		return err
	}
	id, err := versionArg("cv link", args[1])
	if err != nil {
		return err
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	return svc.Profile.LinkCV(app, id)
}

func cvUnlink(env *Env, args []string) error {
	if len(args) != 1 {
		return usagef("usage: huntbook cv unlink APP")
	}
	app, err := idArg("cv unlink", args[0])
	if err != nil {
		return err
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	return svc.Profile.UnlinkCV(app)
}

func runProfile(env *Env, args []string) error {
	if len(args) == 0 {
		return usagef("profile: which one? show, export or import")
	}
	sub := map[string]func(*Env, *service.Services, []string, bool) error{
		"show": profileShow, "export": profileExport, "import": profileImport,
	}[args[0]]
	if sub == nil {
		return usagef("profile: unknown command %q (show, export, import)", args[0])
	}
	fs := flag.NewFlagSet("profile "+args[0], flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parse(fs, args[1:])
	if err != nil {
		return err
	}
	if args[0] == "show" && len(pos) != 0 || args[0] != "show" && len(pos) != 1 {
		return usagef("usage: huntbook profile show [--json] | profile export FILE.json | profile import FILE.json")
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	return sub(env, svc, pos, *asJSON)
}

func profileShow(env *Env, svc *service.Services, _ []string, asJSON bool) error {
	m, err := svc.Profile.Master()
	if err != nil {
		return err
	}
	if asJSON {
		return env.printJSON(m)
	}
	if isEmptyProfile(m) {
		fmt.Fprintln(env.Stdout, "Your profile is empty: huntbook profile import FILE.json, or huntbook cv import FILE then huntbook cv merge VERSION --all")
		return nil
	}
	printProfile(env.Stdout, m)
	return nil
}

func profileExport(env *Env, svc *service.Services, args []string, _ bool) error {
	if err := svc.Profile.ExportProfile(args[0]); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "exported your profile to %s\n", args[0])
	return nil
}

func profileImport(env *Env, svc *service.Services, args []string, asJSON bool) error {
	m, err := svc.Profile.ImportProfile(args[0])
	if err != nil {
		return err
	}
	if asJSON {
		return env.printJSON(m)
	}
	fmt.Fprintf(env.Stdout, "imported %s as your profile\n", args[0])
	return nil
}

func isEmptyProfile(p model.Profile) bool {
	b := p.Basics
	return b.Name == "" && b.Email == "" && b.Label == "" && b.Summary == "" && len(p.Work) == 0 && len(p.Education) == 0 &&
		len(p.Skills) == 0 && len(p.Projects) == 0 && len(p.Languages) == 0
}

// printProfile writes the main parts of a profile as plain text.
func printProfile(w io.Writer, p model.Profile) {
	b := p.Basics
	line := func(label, v string) {
		if v != "" {
			fmt.Fprintf(w, "%s: %s\n", label, v)
		}
	}
	line("Name", b.Name)
	line("Title", b.Label)
	line("Email", b.Email)
	line("Phone", b.Phone)
	line("Location", cvJoin(", ", b.Location.City, b.Location.Region, b.Location.CountryCode))
	line("Website", b.URL)
	for _, sp := range b.Profiles {
		line(cvOr(sp.Network, "Profile"), cvOr(sp.URL, sp.Username))
	}
	if b.Summary != "" {
		fmt.Fprintf(w, "\n%s\n", b.Summary)
	}
	if len(p.Work) > 0 {
		fmt.Fprintln(w, "\nExperience:")
		for _, e := range p.Work {
			fmt.Fprintf(w, "  %s%s\n", cvJoin(", ", e.Position, e.Name), cvPeriod(e.StartDate, e.EndDate))
			for _, h := range e.Highlights {
				fmt.Fprintf(w, "    - %s\n", h)
			}
		}
	}
	if len(p.Education) > 0 {
		fmt.Fprintln(w, "\nEducation:")
		for _, e := range p.Education {
			fmt.Fprintf(w, "  %s%s\n", cvJoin(", ", cvJoin(" ", e.StudyType, e.Area), e.Institution), cvPeriod(e.StartDate, e.EndDate))
		}
	}
	if len(p.Skills) > 0 {
		names := make([]string, 0, len(p.Skills))
		for _, s := range p.Skills {
			n := s.Name
			if len(s.Keywords) > 0 {
				n = cvJoin(": ", n, strings.Join(s.Keywords, ", "))
			}
			names = append(names, n)
		}
		fmt.Fprintf(w, "\nSkills: %s\n", strings.Join(names, "; "))
	}
	if len(p.Languages) > 0 {
		langs := make([]string, 0, len(p.Languages))
		for _, l := range p.Languages {
			langs = append(langs, cvJoin(" ", l.Language, cvParen(l.Fluency)))
		}
		fmt.Fprintf(w, "Languages: %s\n", strings.Join(langs, ", "))
	}
	for _, s := range []struct {
		name string
		n    int
	}{{"projects", len(p.Projects)}, {"certificates", len(p.Certificates)}, {"publications", len(p.Publications)},
		{"awards", len(p.Awards)}, {"volunteering roles", len(p.Volunteer)}, {"references", len(p.References)}} {
		if s.n > 0 {
			fmt.Fprintf(w, "And %d %s (see --json)\n", s.n, s.name)
		}
	}
}

func cvJoin(sep string, parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}

func cvOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func cvParen(s string) string {
	if s == "" {
		return ""
	}
	return "(" + s + ")"
}

func cvPeriod(start, end string) string {
	switch {
	case start == "" && end == "":
		return ""
	case end == "":
		return fmt.Sprintf(" (%s – now)", start)
	}
	return fmt.Sprintf(" (%s – %s)", cvOr(start, "?"), end)
}
