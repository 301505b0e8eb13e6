package model

import (
	"context"
	"errors"
	"fmt"
	"testing"
)

func TestNormalizeCompany(t *testing.T) {
	same := [][]string{
		{"ACME, Inc.", "Acme", "acme inc", "Acme GmbH", "ACME Corp.", "acme, llc"},
		{"Émile & Fils S.A.", "émile fils"},
		{"Company Co", "company"},
	}
	for _, group := range same {
		for _, name := range group[1:] {
			if NormalizeCompany(name) != NormalizeCompany(group[0]) {
				t.Errorf("%q and %q should match: %q vs %q", name, group[0], NormalizeCompany(name), NormalizeCompany(group[0]))
			}
		}
	}
	if NormalizeCompany("Acme") == NormalizeCompany("Acme Robotics") {
		t.Error("different companies match")
	}
	if NormalizeCompany("Inc") == "" {
		t.Error("a company called only a suffix lost its name")
	}
}

func TestValidateApplication(t *testing.T) {
	ok := Application{Company: "A", Title: "B", URL: "https://x.example/j", DateApplied: "2024-02-29", Remote: RemoteHybrid,
		Salary: Salary{Min: 1, Max: 2, Currency: "EUR", Period: PeriodYear}, Priority: 3}
	ok.Normalize()
	if err := ok.Validate(); err != nil {
		t.Fatal(err)
	}
	for field, mutate := range map[string]func(*Application){
		"dateApplied": func(a *Application) { a.DateApplied = "2023-02-29" },
		"url":         func(a *Application) { a.URL = "www.example.com" },
		"priority":    func(a *Application) { a.Priority = 4 },
		"salary":      func(a *Application) { a.Salary.Currency = "euro" },
		"remote":      func(a *Application) { a.Remote = "moon" },
		"tags":        func(a *Application) { a.Tags = []string{string(make([]byte, 61))} },
	} {
		a := ok
		mutate(&a)
		var e *Error
		if err := a.Validate(); !errors.As(err, &e) || e.Field != field || e.Code != CodeInvalid {
			t.Errorf("%s: got %v", field, err)
		}
	}
}

func TestErrorCodes(t *testing.T) {
	wrapped := fmt.Errorf("import: %w", Invalid("company", "company is required"))
	if ErrorCode(wrapped) != CodeInvalid {
		t.Fatal(ErrorCode(wrapped))
	}
	e := AsError(wrapped)
	if e.Field != "company" || e.Message != "import: company is required" {
		t.Fatalf("%+v", e)
	}
	if ErrorCode(fmt.Errorf("x: %w", context.Canceled)) != CodeCanceled || ErrorCode(errors.New("boom")) != CodeInternal {
		t.Fatal("codes")
	}
	if AsError(nil) != nil || ErrorCode(nil) != "" {
		t.Fatal("nil")
	}
}

func TestParsers(t *testing.T) {
	if o, err := ParseOutcome(" Rejected "); err != nil || o != OutcomeRejected {
		t.Fatal(o, err)
	}
	if _, err := ParseOutcome("maybe"); err == nil {
		t.Fatal("unknown outcome accepted")
	}
	if r, _ := ParseRemote("On-site"); r != RemoteOnsite {
		t.Fatal(r)
	}
	if got := NormalizeTags([]string{" Go", "go", "", "Rust "}); len(got) != 2 || got[0] != "go" || got[1] != "rust" {
		t.Fatal(got)
	}
}
