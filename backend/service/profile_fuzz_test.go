package service

import (
	"errors"
	"testing"

	"github.com/huntbook/huntbook/backend/model"
)

// FuzzJSONResume feeds untrusted JSON to the JSON Resume reader, the
// profile checks and a merge: each ends with a profile or a typed error,
// never a panic, and a profile that passed the checks passes them again.
func FuzzJSONResume(f *testing.F) {
	for _, s := range []string{
		`{"basics": {"name": "Ada", "email": "ada@example.org", "url": "ada.example.org"}, "work": [{"name": "A", "startDate": "2020-02"}]}`,
		`{"work": [{"highlights": "x"}]}`,
		`{"skills": [{"name": 1.5, "keywords": [1, "a", null]}], "meta": {}}`,
		`{"education": {}}`,
		`[1]`,
		`{"basics": {"profiles": [{"url": "javascript:x"}]}}`,
		"\ufeff{\"basics\":{}}",
		`{"basics": {"location": "Paris"}}`,
	} {
		f.Add([]byte(s), "work[0]")
	}
	f.Fuzz(func(t *testing.T, data []byte, path string) {
		p, err := decodeJSONResume(data)
		if err != nil {
			var me *model.Error
			if !errors.As(err, &me) || me.Message == "" {
				t.Fatalf("untyped error %T %v", err, err)
			}
			return
		}
		if err := normaliseProfile(&p); err != nil {
			if model.AsError(err).Field == "" {
				t.Fatalf("check error names no field: %v", err)
			}
			return
		}
		again := p
		if err := normaliseProfile(&again); err != nil {
			t.Fatalf("a checked profile failed its checks again: %v", err)
		}
		if _, err := mergeProfile(model.Profile{}, p, []string{path}); err != nil && model.ErrorCode(err) != model.CodeInvalid {
			t.Fatalf("merge %q: %v", path, err)
		}
		if _, err := mergeProfile(p, p, nil); err != nil {
			t.Fatalf("merge all: %v", err)
		}
	})
}
