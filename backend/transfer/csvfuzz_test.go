package transfer

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/huntbook/huntbook/backend/corpus"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/store"
)

// FuzzReadCSV: ReadCSV never panics, refuses with an invalid (or too large)
// error and no dataset, or returns a dataset whose every record passes the
// model's validation, holds only valid UTF-8 without NULs, and imports into
// a real database.
func FuzzReadCSV(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*"))
	// The kinds of files the shared corpus holds: other text a user might
	// pick by mistake (ICS, e-mail, JSON, HTML, CSV, TSV).
	if dir := corpus.Path(f, "."); dir != "" {
		for _, sub := range []string{"jd", "ics", "email", "jobs", "gcal", "cv", "bad-pdf"} {
			entries, _ := os.ReadDir(filepath.Join(dir, sub))
			seen := map[string]bool{}
			for _, e := range entries {
				ext := filepath.Ext(e.Name())
				if info, err := e.Info(); err != nil || e.IsDir() || seen[ext] || info.Size() > 64<<10 {
					continue
				}
				seen[ext] = true
				files = append(files, filepath.Join(dir, sub, e.Name()))
			}
		}
	}
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		"Company,Title\nAcme,Dev\n",
		"Company,Title,Status,Notes\nAcme,Dev,\"x\ny\",\"a\"\"b\"\n",
		"sep=\t\nCompany\tTitle\nA\tB\n",
		"Company;Title;Salary;Date Applied\nA;B;€60k-70k;31/01/2026\n",
		"Company,Title\rA,\"B\r\"\"C\"\r",
		"\xff\xfeC\x00,\x00T\x00\n\x00",
		"Company,Title\nZ\xfcrich,\"D\xe9v\n",
		"Company,Title,Tags,Priority,URL\n'=A,@B,\"x,y\",★★,https://x.example\n",
	} {
		f.Add([]byte(s))
	}
	db, err := store.Open(filepath.Join(f.TempDir(), store.FileName), store.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { db.Close() })

	f.Fuzz(func(t *testing.T, data []byte) {
		ds, err := ReadCSV(bytes.NewReader(data))
		if err != nil {
			if ds != nil {
				t.Fatalf("an error and a dataset: %v", err)
			}
			if c := model.ErrorCode(err); c != model.CodeInvalid && c != model.CodeTooLarge {
				t.Fatalf("error of code %s: %v", c, err)
			}
			return
		}
		for i := range ds.Applications {
			a := ds.Applications[i].Application
			for _, s := range append([]string{a.Company, a.Title, a.URL, a.Location, a.Source, a.Description, a.Stage}, a.Tags...) {
				if !utf8.ValidString(s) || strings.ContainsRune(s, 0) {
					t.Fatalf("application %d holds %q", i+1, s)
				}
			}
			a.Normalize()
			if err := a.Validate(); err != nil {
				t.Fatalf("application %d %+v: %v", i+1, a, err)
			}
			for _, n := range ds.Applications[i].Notes {
				if err := n.Validate(); err != nil || !utf8.ValidString(n.Body) || strings.ContainsRune(n.Body, 0) {
					t.Fatalf("application %d note %q: %v", i+1, n.Body, err)
				}
			}
		}
		if _, err := db.Import(ctx, ds); err != nil {
			t.Fatalf("import of what ReadCSV returned: %v", err)
		}
	})
}
