package e2e

import (
	"encoding/json"
	"fmt"
	"testing"
)

// listedApp is the part of an application the board and list checks read.
type listedApp struct {
	ID      int64  `json:"id"`
	Company string `json:"company"`
	Title   string `json:"title"`
	Stage   string `json:"stage"`
	Outcome string `json:"outcome"`
}

// listApps reads `huntbook app list --json`, by company.
func listApps(t *testing.T, bin, dataDir string) (map[string]listedApp, int) {
	t.Helper()
	out := runCLI(t, bin, dataDir, "app", "list", "--json")
	var res struct {
		Items []listedApp `json:"items"`
		Total int         `json:"total"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("huntbook app list --json is not a list result: %v\n%s", err, out)
	}
	byCompany := make(map[string]listedApp, len(res.Items))
	for _, a := range res.Items {
		byCompany[a.Company] = a
	}
	return byCompany, res.Total
}

// checkBoard: the card added on the board was moved by keyboard to Applied,
// then dragged to Screening, and both moves are on its timeline.
func checkBoard(t *testing.T, bin, dataDir string) {
	apps, _ := listApps(t, bin, dataDir)
	hooli, ok := apps["Hooli"]
	if !ok {
		t.Fatalf("the database has no application for Hooli (the board's quick add): %v", apps)
	}
	if hooli.Title != "Platform Engineer" || hooli.Stage != "Screening" {
		t.Errorf("Hooli = %+v, want Platform Engineer in Screening", hooli)
	}
	if initech := apps["Initech"]; initech.Stage != "Applied" || initech.Outcome != "rejected" {
		t.Errorf("Initech = %+v, want Applied and rejected (quick add in Applied, outcome from the card menu)", initech)
	}
	out := runCLI(t, bin, dataDir, "app", "show", fmt.Sprint(hooli.ID), "--json")
	var d struct {
		Events []struct {
			Kind string `json:"kind"`
			From string `json:"from"`
			To   string `json:"to"`
		} `json:"events"`
	}
	if err := json.Unmarshal(out, &d); err != nil {
		t.Fatalf("huntbook app show --json: %v\n%s", err, out)
	}
	var moves []string
	for _, e := range d.Events {
		if e.Kind == "stage" {
			moves = append(moves, e.From+"->"+e.To)
		}
	}
	want := map[string]bool{"Wishlist->Applied": false, "Applied->Screening": false}
	for _, m := range moves {
		if _, ok := want[m]; ok {
			want[m] = true
		}
	}
	for m, seen := range want {
		if !seen {
			t.Errorf("Hooli's timeline lacks the move %s; stage events: %v", m, moves)
		}
	}
}

// checkList: the three Zephyr applications were moved to Interviewing in
// bulk, one was marked ghosted, and Obsolete Corp was deleted.
func checkList(t *testing.T, bin, dataDir string) {
	apps, total := listApps(t, bin, dataDir)
	if total != 59 {
		t.Errorf("%d applications, want 59 (60 created, 1 deleted)", total)
	}
	if _, ok := apps["Obsolete Corp"]; ok {
		t.Error("Obsolete Corp is still in the database after the bulk delete")
	}
	for _, n := range []string{"Zephyr Labs", "Zephyr Cloud", "Zephyr Health"} {
		a, ok := apps[n]
		if !ok {
			t.Errorf("%s is missing", n)
			continue
		}
		if a.Stage != "Interviewing" {
			t.Errorf("%s is in %q, want Interviewing (bulk move)", n, a.Stage)
		}
		wantOutcome := "open"
		if n == "Zephyr Labs" {
			wantOutcome = "ghosted"
		}
		if a.Outcome != wantOutcome {
			t.Errorf("%s outcome %q, want %q", n, a.Outcome, wantOutcome)
		}
	}
	if a := apps["Company 01"]; a.Stage != "Applied" || a.Outcome != "open" {
		t.Errorf("Company 01 = %+v, want untouched (Applied, open)", a)
	}
}
