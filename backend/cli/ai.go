package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"strings"

	"github.com/huntbook/huntbook/backend/llm"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/service"
)

func init() {
	register("ai", "ai <provider|cover-letter|interview-prep|tailor|insights|follow-up|thank-you|preview|ledger> ...",
		"AI drafts with the model server you choose", runAI)
	register("analyze", "analyze --app ID [--json]", "compare a job with your profile, offline (no model)", runAnalyze)
}

// aiTasks maps the command names to the assistant's tasks.
var aiTasks = map[string]string{
	"cover-letter": "cover-letter", "interview-prep": "interview-prep", "follow-up": "follow-up", "thank-you": "thank-you",
	"tailor": "cv-tailoring", "cv-tailoring": "cv-tailoring", "insights": "job-insights", "job-insights": "job-insights",
}

func runAI(env *Env, args []string) error {
	if len(args) == 0 {
		return usagef("ai: which one? provider, cover-letter, interview-prep, tailor, insights, follow-up, thank-you, preview or ledger")
	}
	switch args[0] {
	case "provider":
		return aiProvider(env, args[1:])
	case "preview":
		return aiPreview(env, args[1:])
	case "ledger":
		return aiLedger(env, args[1:])
	}
	if task, ok := aiTasks[args[0]]; ok {
		return aiRun(env, args[0], task, args[1:])
	}
	return usagef("ai: unknown command %q (provider, cover-letter, interview-prep, tailor, insights, follow-up, thank-you, preview, ledger)", args[0])
}

func aiProvider(env *Env, args []string) error {
	if len(args) == 0 {
		return usagef("ai provider: which one? set, list, confirm, test, default or delete")
	}
	switch args[0] {
	case "set":
		return aiProviderSet(env, args[1:])
	case "list":
		return aiProviderList(env, args[1:])
	case "test", "default", "delete", "confirm":
		fs := flag.NewFlagSet("ai provider "+args[0], flag.ContinueOnError)
		pos, err := parse(fs, args[1:])
		if err != nil {
			return err
		}
		if len(pos) != 1 {
			return usagef("ai provider %s: give one provider name", args[0])
		}
		svc, err := env.Services()
		if err != nil {
			return err
		}
		switch args[0] {
		case "default":
			if err := svc.Assistant.SetDefaultProvider(pos[0]); err != nil {
				return err
			}
			fmt.Fprintf(env.Stdout, "%s is now the default provider\n", pos[0])
			return nil
		case "delete":
			if err := svc.Assistant.DeleteProvider(pos[0]); err != nil {
				return err
			}
			fmt.Fprintf(env.Stdout, "deleted provider %s\n", pos[0])
			return nil
		case "confirm":
			return aiProviderConfirm(env, svc, pos[0])
		}
		if err := printDestination(env, svc, pos[0]); err != nil {
			return err
		}
		rep, err := svc.Assistant.TestProvider(pos[0])
		if err != nil {
			return err
		}
		for _, l := range rep.Lines() {
			fmt.Fprintln(env.Stdout, l)
		}
		if !rep.Reply.OK {
			return model.Errorf(model.CodeUnavailable, "provider %s cannot be used: %s", pos[0], rep.Reply.Detail)
		}
		return nil
	}
	return usagef("ai provider: unknown command %q (set, list, confirm, test, default, delete)", args[0])
}

// aiProviderConfirm shows where the provider sends and with which key, and
// records that the user confirmed it as shown.
func aiProviderConfirm(env *Env, svc *service.Services, name string) error {
	d, err := service.DestinationOf(svc.Assistant, name)
	if err != nil {
		return err
	}
	if d.Confirmed {
		fmt.Fprintf(env.Stdout, "%s was already confirmed: %s\n", d.Provider, d.Line())
		return nil
	}
	fmt.Fprintf(env.Stdout, "confirming %s, which was not confirmed: %s\n", d.Provider, strings.Join(d.Changes, "; "))
	info, err := svc.Assistant.ConfirmProvider(llm.Provider{Name: d.Provider, BaseURL: d.BaseURL, APIKeyEnv: d.KeyEnv, Kind: llm.Kind(d.Kind)})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "confirmed: %s\n", info.Destination.Line())
	return nil
}

// printDestination prints, before a request, where it goes and which key
// it carries (never the key).
func printDestination(env *Env, svc *service.Services, provider string) error {
	d, err := service.DestinationOf(svc.Assistant, provider)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "huntbook: %s\n", d.Line())
	return nil
}

func aiProviderSet(env *Env, args []string) error {
	fs := flag.NewFlagSet("ai provider set", flag.ContinueOnError)
	var baseURL, mdl, kind, keyEnv string
	var ctxTokens int
	var makeDefault bool
	fs.StringVar(&baseURL, "base-url", "", "server address, e.g. http://localhost:11434/v1")
	fs.StringVar(&mdl, "model", "", "model name")
	fs.StringVar(&kind, "kind", "", "local or cloud")
	fs.StringVar(&keyEnv, "api-key-env", "", "environment variable holding the API key")
	fs.IntVar(&ctxTokens, "context", -1, "context window in tokens (0: unknown)")
	fs.BoolVar(&makeDefault, "default", false, "make it the default provider")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("ai provider set: give one provider name (quote names with spaces)")
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	// An existing provider keeps what the flags do not change; one that is
	// not confirmed stays so (the user may not have seen what it holds):
	// huntbook ai provider confirm does that.
	p := llm.Provider{Name: pos[0]}
	confirmed := true
	if list, err := svc.Assistant.Providers(); err == nil {
		for _, x := range list {
			if strings.EqualFold(x.Provider.Name, pos[0]) {
				p = x.Provider
				p.Name = pos[0]
				confirmed = x.Destination.Confirmed
			}
		}
	}
	if p.BaseURL == "" && (baseURL == "" || mdl == "") {
		return usagef("ai provider set: --base-url and --model are required for a new provider")
	}
	if baseURL != "" {
		p.BaseURL = baseURL
	}
	if mdl != "" {
		p.Model = mdl
	}
	if kind != "" {
		p.Kind = llm.Kind(kind)
	}
	if keyEnv != "" {
		p.APIKeyEnv = keyEnv
	}
	if ctxTokens >= 0 {
		p.ContextTokens = ctxTokens
	}
	save := svc.Assistant.SaveProvider
	if !confirmed {
		save = func(p llm.Provider) (service.ProviderInfo, error) {
			return service.SaveProviderUnconfirmed(svc.Assistant, p)
		}
	}
	info, err := save(p)
	if err != nil {
		return err
	}
	if makeDefault && !info.Default {
		if err := svc.Assistant.SetDefaultProvider(info.Provider.Name); err != nil {
			return err
		}
		info.Default = true
	}
	note := ""
	if info.Default {
		note = " (default)"
	}
	fmt.Fprintf(env.Stdout, "saved provider %s%s: %s %s at %s\n", info.Provider.Name, note, info.Provider.Kind, info.Provider.Model, info.Provider.BaseURL)
	if info.Provider.Kind == llm.KindCloud && info.KeySource == "" {
		hint := "set its API key in the app's settings"
		if info.Provider.APIKeyEnv != "" {
			hint = "set " + info.Provider.APIKeyEnv
		}
		fmt.Fprintf(env.Stderr, "huntbook: note: %s needs an API key: %s\n", info.Provider.Name, hint)
	}
	if !info.Destination.Confirmed {
		fmt.Fprintf(env.Stderr, "huntbook: note: %s\n", info.Destination.Line())
	}
	return nil
}

func aiProviderList(env *Env, args []string) error {
	fs := flag.NewFlagSet("ai provider list", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseNone(fs, args); err != nil {
		return err
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	list, err := svc.Assistant.Providers()
	if err != nil {
		return err
	}
	if *asJSON {
		return env.printJSON(list)
	}
	if len(list) == 0 {
		fmt.Fprintln(env.Stdout, "no AI provider yet: add one with huntbook ai provider set NAME --base-url URL --model M")
		return nil
	}
	tw := newTable(env.Stdout, 0)
	fmt.Fprintln(tw, "NAME\tKIND\tMODEL\tBASE URL\tKEY\tDEFAULT\tCONFIRMED")
	var unconfirmed []service.Destination
	for _, x := range list {
		key, def, conf := "-", "", "yes"
		if d := x.Destination; d.KeySource != "" {
			key = d.KeySource + " " + d.KeyName
		}
		if x.Default {
			def = "yes"
		}
		if !x.Destination.Confirmed {
			conf = "NO"
			unconfirmed = append(unconfirmed, x.Destination)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", x.Provider.Name, x.Provider.Kind, x.Provider.Model, x.Provider.BaseURL, key, def, conf)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, d := range unconfirmed {
		fmt.Fprintf(env.Stderr, "huntbook: note: %s\n", d.Line())
	}
	return nil
}

// runFlags are the flags every task command takes.
func runFlags(fs *flag.FlagSet, appID *string, opts *service.RunOptions) {
	fs.StringVar(appID, "app", "", "application id")
	fs.StringVar(&opts.Provider, "provider", "", "provider name (default: the default provider)")
	fs.StringVar(&opts.Options.Tone, "tone", "", "professional, warm, enthusiastic, concise...")
	fs.StringVar(&opts.Options.Length, "length", "", "short, medium or long")
	fs.StringVar(&opts.Options.Language, "language", "", "ISO 639-1 code (default: the job's language)")
	fs.StringVar(&opts.Options.Recipient, "to", "", "who the message goes to")
	fs.StringVar(&opts.Options.Extra, "extra", "", "extra instructions")
}

func appIDFlag(cmd, s string) (int64, error) {
	if s == "" {
		return 0, usagef("%s: --app ID is required", cmd)
	}
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, usagef("%s: %q is not an application id", cmd, s)
	}
	return id, nil
}

// aiRun runs a task, streaming the reply to stdout. Ctrl-C stops it; what
// arrived is saved as a partial generation.
func aiRun(env *Env, name, task string, args []string) error {
	fs := flag.NewFlagSet("ai "+name, flag.ContinueOnError)
	var appArg string
	var opts service.RunOptions
	runFlags(fs, &appArg, &opts)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("ai %s: unexpected argument %q", name, pos[0])
	}
	appID, err := appIDFlag("ai "+name, appArg)
	if err != nil {
		return err
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	if err := printDestination(env, svc, opts.Provider); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	streams := task != "cv-tailoring" && task != "job-insights"
	wrote := false
	res, err := service.Generate(ctx, svc.Assistant, task, appID, opts, func(d string) {
		if streams {
			fmt.Fprint(env.Stdout, d)
			wrote = wrote || d != ""
		}
	})
	if !streams && err == nil {
		fmt.Fprint(env.Stdout, res.Text)
		wrote = res.Text != ""
	}
	if wrote {
		fmt.Fprintln(env.Stdout)
	}
	if err != nil {
		if res.GenerationID != 0 {
			return fmt.Errorf("%s stopped (%s); the %d characters that arrived are saved as generation %d (partial)",
				name, model.AsError(err).Message, len(res.Text), res.GenerationID)
		}
		return err
	}
	fmt.Fprintf(env.Stderr, "huntbook: saved as generation %d\n", res.GenerationID)
	return nil
}

func aiPreview(env *Env, args []string) error {
	fs := flag.NewFlagSet("ai preview", flag.ContinueOnError)
	var appArg string
	var opts service.RunOptions
	runFlags(fs, &appArg, &opts)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("ai preview: name one task (cover-letter, interview-prep, tailor, insights, follow-up, thank-you)")
	}
	task, ok := aiTasks[pos[0]]
	if !ok {
		return usagef("ai preview: unknown task %q", pos[0])
	}
	appID, err := appIDFlag("ai preview", appArg)
	if err != nil {
		return err
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	pv, err := svc.Assistant.Preview(task, appID, opts)
	if err != nil {
		return err
	}
	note := "local: sent as is"
	if pv.Redacted {
		note = fmt.Sprintf("cloud: personal details replaced by %s", strings.Join(pv.Placeholders, " "))
		if len(pv.Placeholders) == 0 {
			note = "cloud: redacted, no personal details found"
		}
	}
	fmt.Fprintf(env.Stderr, "huntbook: %s\n", pv.Destination.Line())
	fmt.Fprintf(env.Stderr, "huntbook: POST %s (%s, ~%d tokens, prompt %s)\n", pv.URL, note, pv.Tokens, pv.PromptVersion)
	for _, o := range pv.Omitted {
		fmt.Fprintf(env.Stderr, "huntbook: left out to fit the budget: %s\n", o)
	}
	var b bytes.Buffer
	if err := json.Indent(&b, []byte(pv.Body), "", "  "); err != nil {
		return fmt.Errorf("preview: %w", err)
	}
	b.WriteByte('\n')
	_, err = env.Stdout.Write(b.Bytes())
	return err
}

func aiLedger(env *Env, args []string) error {
	fs := flag.NewFlagSet("ai ledger", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	asCSV := fs.Bool("csv", false, "print CSV")
	limit := fs.Int("limit", 0, "at most this many (newest first)")
	if err := parseNone(fs, args); err != nil {
		return err
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	if *asCSV {
		s, err := svc.Assistant.ExportLedger("csv")
		if err != nil {
			return err
		}
		_, err = fmt.Fprint(env.Stdout, s)
		return err
	}
	rows, err := svc.Assistant.Ledger(*limit)
	if err != nil {
		return err
	}
	if *asJSON {
		return env.printJSON(rows)
	}
	if len(rows) == 0 {
		fmt.Fprintln(env.Stdout, "no request has been sent")
		return nil
	}
	tw := newTable(env.Stdout, 0)
	fmt.Fprintln(tw, "WHEN (UTC)\tPROVIDER\tHOST\tTASK\tSENT\tRECEIVED\tTOOK\tSTATUS\tPLACEHOLDERS")
	for _, e := range rows {
		status := e.Status
		if e.Error != "" {
			status = strings.TrimSpace(status + " " + e.Error)
		}
		took := ""
		if e.DurationMs > 0 {
			took = fmt.Sprintf("%d ms", e.DurationMs)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%d\t%s\t%s\t%s\n", e.At.Format("2006-01-02 15:04:05"), e.Provider, e.Host, e.Task,
			e.BytesSent, e.BytesReceived, took, status, strings.Join(e.Placeholders, " "))
	}
	return tw.Flush()
}

func runAnalyze(env *Env, args []string) error {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	appArg := fs.String("app", "", "application id")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseNone(fs, args); err != nil {
		return err
	}
	appID, err := appIDFlag("analyze", *appArg)
	if err != nil {
		return err
	}
	svc, err := env.Services()
	if err != nil {
		return err
	}
	an, err := svc.Assistant.Analyze(appID)
	if err != nil {
		return err
	}
	if *asJSON {
		return env.printJSON(an)
	}
	w := env.Stdout
	fmt.Fprintf(w, "Match: %d/100\n", an.Score)
	list := func(title string, xs []string) {
		if len(xs) > 0 {
			fmt.Fprintf(w, "%s: %s\n", title, strings.Join(xs, ", "))
		}
	}
	list("You have", an.Matched)
	list("Missing", an.Missing)
	list("Missing (nice to have)", an.MissingNice)
	list("Key phrases", an.KeyPhrases)
	if len(an.Requirements) > 0 {
		fmt.Fprintln(w, "Requirements:")
		for _, r := range an.Requirements {
			fmt.Fprintf(w, "  [%s] %s: %s\n", r.Status, r.Kind, r.Value)
		}
	}
	return nil
}
