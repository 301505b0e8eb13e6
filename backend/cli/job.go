package cli

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/jobpost"
	"github.com/huntbook/huntbook/backend/model"
)

func init() {
	register("job", "job <parse|add> FILE|URL [--url PAGE_URL] ...", "read a job page (saved or fetched), ATS response or posting; save it", runJob)
}

func runJob(env *Env, args []string) error {
	if len(args) == 0 {
		return usagef("job: parse or add?")
	}
	switch args[0] {
	case "parse":
		return jobParse(env, args[1:])
	case "add":
		return jobAdd(env, args[1:])
	}
	return usagef("job: unknown subcommand %q (parse, add)", args[0])
}

// readJobs reads the one FILE or URL argument with the page address given
// by --url, and returns the jobs and the page address (--url, else the
// fetched address). A file's modification time stands for when the page
// was saved, so "Posted 3 days ago" counts from then; a URL is fetched as
// the window's "Add from a link" does (recorded in the request ledger),
// telling stderr each host it asks.
func readJobs(env *Env, name string, pos []string, pageURL string) ([]jobpost.Job, string, error) {
	if len(pos) != 1 {
		return nil, "", usagef("%s: give one FILE or URL", name)
	}
	file := pos[0]
	if strings.HasPrefix(file, "http://") || strings.HasPrefix(file, "https://") {
		svc, err := env.Services()
		if err != nil {
			return nil, "", err
		}
		res, err := svc.FetchLink(svcCtx, file, func(host string) { fmt.Fprintf(env.Stderr, "fetching %s…\n", host) })
		if err != nil {
			return nil, "", err
		}
		pageURL = cmp.Or(pageURL, res.URL)
		jobs, err := jobpost.Read(res.Body, jobpost.Options{Name: res.Name, URL: pageURL, Fetched: time.Now()})
		return jobs, pageURL, err
	}
	f, err := os.Open(file) //nolint:gosec // G304: the file the user named
	if err != nil {
		return nil, "", fmt.Errorf("read job file: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, "", fmt.Errorf("read job file: %w", err)
	}
	if st.IsDir() {
		return nil, "", model.Invalid("file", "%s is a folder, not a file", file)
	}
	data, err := io.ReadAll(io.LimitReader(f, jobpost.MaxInput+1))
	if err != nil {
		return nil, "", fmt.Errorf("read job file: %w", err)
	}
	jobs, err := jobpost.Read(data, jobpost.Options{Name: file, URL: pageURL, Fetched: st.ModTime()})
	return jobs, pageURL, err
}

func jobParse(env *Env, args []string) error {
	fs := flag.NewFlagSet("job parse", flag.ContinueOnError)
	pageURL := fs.String("url", "", "the address the page was saved from")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	jobs, _, err := readJobs(env, "job parse", pos, *pageURL)
	if err != nil {
		return err
	}
	if *asJSON {
		out := struct {
			Jobs []jobJSON `json:"jobs"`
		}{}
		for _, j := range jobs {
			out.Jobs = append(out.Jobs, toJobJSON(j))
		}
		return env.printJSON(out)
	}
	for i, j := range jobs {
		if i > 0 {
			fmt.Fprintln(env.Stdout)
		}
		printJob(env.Stdout, toJobJSON(j))
	}
	return nil
}

func jobAdd(env *Env, args []string) error {
	fs := flag.NewFlagSet("job add", flag.ContinueOnError)
	pageURL := fs.String("url", "", "the address the page was saved from")
	stage := fs.String("stage", "", "stage name (default: the first, Wishlist)")
	company := fs.String("company", "", "company, when the document does not name it")
	title := fs.String("title", "", "job title, when the document does not name it")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	jobs, page, err := readJobs(env, "job add", pos, *pageURL)
	if err != nil {
		return err
	}
	j := jobs[0]
	if len(jobs) > 1 {
		fmt.Fprintf(env.Stderr, "huntbook: note: the file holds %d jobs; saving the first (huntbook job parse lists them)\n", len(jobs))
	}
	a := j.Application()
	if *company != "" {
		a.Company = *company
	}
	if *title != "" {
		a.Title = *title
	}
	if a.URL == "" {
		a.URL = cmp.Or(j.ApplyURL, page)
	}
	if a.Company == "" {
		return model.Invalid("company", "the document does not name the company: give it with --company")
	}
	if a.Title == "" {
		return model.Invalid("title", "the document does not name the job title: give it with --title")
	}
	out, err := addApplication(env, a, *stage)
	if err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, out.ID)
	return nil
}

// jobJSON is one job as `job parse --json` prints it: schema.org JobPosting
// spellings, salary in whole currency units, null for what is not stated.
type jobJSON struct {
	Title          *string     `json:"title"`
	Company        *string     `json:"company"`
	Location       *string     `json:"location"`
	Remote         *string     `json:"remote"`
	Salary         *salaryJSON `json:"salary"`
	DatePosted     *string     `json:"datePosted"`
	ValidThrough   *string     `json:"validThrough"`
	EmploymentType *string     `json:"employmentType"`
	Description    *string     `json:"description"`
	URL            *string     `json:"url"`
	ApplyURL       *string     `json:"applyUrl"`
	Language       *string     `json:"language"`
	Source         *string     `json:"source"`
}

type salaryJSON struct {
	Min      float64 `json:"min"`
	Max      float64 `json:"max"`
	Currency string  `json:"currency"`
	Period   string  `json:"period"`
}

func strOrNull(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// schemaEmployment spells an employment type as schema.org does.
var schemaEmployment = map[string]string{
	"full-time": "FULL_TIME", "part-time": "PART_TIME", "contract": "CONTRACTOR", "freelance": "CONTRACTOR",
	"temporary": "TEMPORARY", "internship": "INTERN", "volunteer": "VOLUNTEER", "per-diem": "PER_DIEM",
}

var schemaPeriod = map[model.Period]string{model.PeriodHour: "HOUR", model.PeriodMonth: "MONTH", model.PeriodYear: "YEAR"}

func toJobJSON(j jobpost.Job) jobJSON {
	out := jobJSON{
		Title: strOrNull(j.Title), Company: strOrNull(j.Company), Location: strOrNull(j.Location), Remote: strOrNull(string(j.Remote)),
		DatePosted: strOrNull(j.DatePosted), ValidThrough: strOrNull(j.ValidThrough), Description: strOrNull(j.Description),
		URL: strOrNull(j.URL), ApplyURL: strOrNull(j.ApplyURL), Language: strOrNull(j.Language), Source: strOrNull(j.Source),
	}
	if j.EmploymentType != "" {
		t, ok := schemaEmployment[j.EmploymentType]
		if !ok {
			t = "OTHER"
		}
		out.EmploymentType = &t
	}
	if !j.Salary.IsZero() {
		out.Salary = &salaryJSON{Min: float64(j.Salary.Min) / 100, Max: float64(j.Salary.Max) / 100, Currency: j.Salary.Currency,
			Period: schemaPeriod[j.Salary.Period]}
	}
	return out
}

// printJob writes the fields found, one a line, and the start of the
// description.
func printJob(w io.Writer, j jobJSON) {
	val := func(p *string) string {
		if p == nil {
			return "-"
		}
		return *p
	}
	fmt.Fprintln(w, val(j.Title))
	for _, f := range []struct {
		label string
		v     *string
	}{
		{"Company", j.Company}, {"Location", j.Location}, {"Remote", j.Remote}, {"Type", j.EmploymentType},
		{"Posted", j.DatePosted}, {"Valid through", j.ValidThrough}, {"URL", j.URL}, {"Apply", j.ApplyURL},
		{"Language", j.Language}, {"Read as", j.Source},
	} {
		fmt.Fprintf(w, "  %-14s %s\n", f.label+":", val(f.v))
	}
	salary := "-"
	if s := j.Salary; s != nil {
		salary = fmt.Sprintf("%s %s", s.Currency, trimNum(s.Min))
		if s.Max != s.Min {
			salary += "–" + trimNum(s.Max)
		}
		salary += " per " + strings.ToLower(s.Period)
	}
	fmt.Fprintf(w, "  %-14s %s\n", "Salary:", salary)
	if j.Description != nil {
		d := *j.Description
		if r := []rune(d); len(r) > 600 {
			cut := string(r[:600])
			if i := strings.LastIndexAny(cut, " \n"); i > 0 {
				cut = cut[:i]
			}
			d = strings.TrimSpace(cut) + " …"
		}
		fmt.Fprintf(w, "\n%s\n", d)
	}
}

func trimNum(f float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", f), "0"), ".")
}
