package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
		"line 3: company is empty", "nothing was written"} {
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
