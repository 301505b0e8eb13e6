package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/model"
)

// TestImportDryRun shows how a CSV file would be read and writes nothing.
func TestImportDryRun(t *testing.T) {
	dir := t.TempDir()
	csv := filepath.Join(t.TempDir(), "teal.csv")
	body := "\ufeffCompany Name;Role Title;Status;Date Applied;Recruiter Email\n" +
		"Acme;Dev;Offer Received;25/03/2026;ada@acme.example\n;Dev;Ghosted;01/04/2026;\nBeta;Ops;Ghosted;02/04/2026;\n"
	if err := os.WriteFile(csv, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	out := must(t, run(t, dir, "import", csv, "--dry-run")).stdout
	for _, want := range []string{"UTF-8, semicolon-separated, 3 rows", "Role Title", "-> Job title", "Offer Received (1)", "-> Stage: Offer",
		"Ghosted (2)", "-> Closed: no answer (ghosted)", "Day first: line 2", "2 rows would be imported with 1 contact; 1 row skipped",
		"line 3: company is empty", "nothing was imported"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if info := must(t, run(t, dir, "info", "--json")).stdout; !strings.Contains(info, `"applications": 0`) {
		t.Fatalf("the dry run wrote: %s", info)
	}
	js := must(t, run(t, dir, "import", csv, "--dry-run", "--json")).stdout
	if !strings.Contains(js, `"good": 2`) || !strings.Contains(js, `"dateOrder": "dmy"`) {
		t.Errorf("json: %s", js)
	}
}

// TestImportCSVAsThePreviewReadsIt imports a CSV file from the command
// line through the window's preview: statuses mapped to stages and
// outcomes (no stage made up), the good rows imported with their contacts
// and an estimated history, the bad rows listed and written to a file.
func TestImportCSVAsThePreviewReadsIt(t *testing.T) {
	dir := t.TempDir()
	csv := filepath.Join(t.TempDir(), "teal.csv")
	body := "\ufeffCompany Name;Role Title;Status;Date Applied;Recruiter Email\n" +
		"Acme;Dev;Offer Received;25/03/2026;ada@acme.example\n;Dev;Ghosted;01/04/2026;\nBeta;Ops;Ghosted;02/04/2026;\n"
	if err := os.WriteFile(csv, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	skipped := filepath.Join(t.TempDir(), "skipped.csv")
	out := must(t, run(t, dir, "import", csv, "--skipped", skipped)).stdout
	for _, want := range []string{"imported 2 applications, 1 contact, 0 notes from " + csv + " (columns as detected)",
		"Offer Received -> Stage: Offer (1)", "Ghosted -> Closed: no answer (ghosted) (2)", "marked as estimated",
		"skipped 1 row:", "line 3: company is empty", "the skipped rows are in " + skipped} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "added") {
		t.Errorf("a stage was made up for a status:\n%s", out)
	}
	back, err := os.ReadFile(skipped)
	if err != nil {
		t.Fatal(err)
	}
	if s := string(back); !strings.Contains(s, "Import problems") || !strings.Contains(s, "company is empty") || strings.Contains(s, "Acme") {
		t.Errorf("skipped file: %q", s)
	}

	var list model.ListResult
	if err := json.Unmarshal([]byte(must(t, run(t, dir, "app", "list", "--json")).stdout), &list); err != nil {
		t.Fatal(err)
	}
	got := map[string]model.Application{}
	for _, a := range list.Items {
		got[a.Company] = a
	}
	if len(got) != 2 || got["Acme"].Stage != "Offer" || got["Acme"].DateApplied != "2026-03-25" ||
		got["Beta"].Outcome != model.OutcomeGhosted || got["Beta"].DateApplied != "2026-04-02" {
		t.Fatalf("imported: %+v", list.Items)
	}
	var d model.ApplicationDetail
	if err := json.Unmarshal([]byte(must(t, run(t, dir, "app", "show", idOf(got["Acme"]), "--json")).stdout), &d); err != nil {
		t.Fatal(err)
	}
	if len(d.Contacts) != 1 || d.Contacts[0].Email != "ada@acme.example" {
		t.Errorf("contacts: %+v", d.Contacts)
	}
	var path []string
	for _, e := range d.Events {
		if !e.Estimated {
			t.Errorf("history entry not marked estimated: %+v", e)
		}
		if e.Kind == model.EventStage {
			path = append(path, e.To)
			if e.To == "Applied" && e.At.Format(model.DateLayout) != "2026-03-25" {
				t.Errorf("sent on %s, want its date applied", e.At)
			}
		}
	}
	if strings.Join(path, ">") != "Applied>Screening>Interviewing>Offer" {
		t.Errorf("stage history: %v (%+v)", path, d.Events)
	}
	if err := json.Unmarshal([]byte(must(t, run(t, dir, "app", "show", idOf(got["Beta"]), "--json")).stdout), &d); err != nil {
		t.Fatal(err)
	}
	if last := d.Events[len(d.Events)-1]; last.Kind != model.EventOutcome || last.To != string(model.OutcomeGhosted) || !last.Estimated {
		t.Errorf("outcome history: %+v", d.Events)
	}

	// A file no row of which can be imported changes nothing and says why.
	bad := filepath.Join(t.TempDir(), "bad.csv")
	if err := os.WriteFile(bad, []byte("Company,Title\n,Dev\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if r := run(t, dir, "import", bad); r.code != ExitError || !strings.Contains(r.stderr, "none of the 1 rows can be imported") {
		t.Errorf("all bad: %d %q", r.code, r.stderr)
	}
	noCompany := filepath.Join(t.TempDir(), "titles.csv")
	if err := os.WriteFile(noCompany, []byte("Title,Status\nDev,Applied\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if r := run(t, dir, "import", noCompany); r.code != ExitError || !strings.Contains(r.stderr, "holds Company: nothing was imported") {
		t.Errorf("no company column: %d %q", r.code, r.stderr)
	}
	if r := run(t, dir, "import", filepath.Join(t.TempDir(), "missing.csv")); r.code != ExitError {
		t.Errorf("missing file: %d", r.code)
	}
	if info := must(t, run(t, dir, "info", "--json")).stdout; !strings.Contains(info, `"applications": 2`) {
		t.Errorf("after the refused files: %s", info)
	}
}

func idOf(a model.Application) string { return strconv.FormatInt(a.ID, 10) }
