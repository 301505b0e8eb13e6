package e2e

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/model"
)

// checkDetail reads back what scenarios/detail.js edited and added in the
// application detail: the new location, the salary typed in euros (stored in
// cents), the note, the contact and the task.
func checkDetail(t *testing.T, bin, dataDir string) {
	out := runCLI(t, bin, dataDir, "app", "show", "1", "--json")
	var d model.ApplicationDetail
	if err := json.Unmarshal(out, &d); err != nil {
		t.Fatalf("huntbook app show 1 --json is not an application detail: %v\n%s", err, out)
	}
	a := d.Application
	if a.Company != "Acme Robotics" || a.Location != "Munich" {
		t.Errorf("company %q location %q, want Acme Robotics in Munich", a.Company, a.Location)
	}
	if a.Salary.Min != 5_500_000 || a.Salary.Currency != "EUR" || a.Salary.Period != model.PeriodYear {
		t.Errorf("salary %+v, want 55000 EUR a year stored as 5500000 cents", a.Salary)
	}
	if a.Deadline != "" {
		t.Errorf("deadline %q: the discarded bad date was saved", a.Deadline)
	}
	if len(d.Notes) != 1 || !strings.Contains(d.Notes[0].Body, "**Dana**") {
		t.Errorf("notes %+v, want the one Markdown note", d.Notes)
	}
	if len(d.Contacts) != 1 || d.Contacts[0].Name != "Dana Scully" || d.Contacts[0].Email != "dana@acme.example" || d.Contacts[0].Role != "Recruiter" {
		t.Errorf("contacts %+v, want Dana Scully linked", d.Contacts)
	}
	if len(d.Tasks) != 1 || d.Tasks[0].Title != "Send portfolio" || d.Tasks[0].Due != "2030-01-15" || d.Tasks[0].Done {
		t.Errorf("tasks %+v, want the open task due 2030-01-15", d.Tasks)
	}
}
