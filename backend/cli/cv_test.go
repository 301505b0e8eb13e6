package cli

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/corpus"
	"github.com/huntbook/huntbook/backend/cvparse"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/service"
	"github.com/huntbook/huntbook/backend/store"
)

// cvGolden is the truth about a corpus CV, written by hand from its source
// for cvparse's own tests (backend/cvparse/testdata/golden).
type cvGolden struct {
	Name, Email string
	NotCV       bool
}

func cvGoldens(t *testing.T) map[string]cvGolden {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "cvparse", "testdata", "golden", "*.json"))
	out := map[string]cvGolden{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g cvGolden
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out[strings.TrimSuffix(filepath.Base(f), ".json")+".pdf"] = g
	}
	return out
}

// TestCVParseCorpus runs `cv parse` on every corpus CV through the real
// reader child: each prints a JSON Resume document with the name and email
// the CV really has, the cover letter warns on stderr that it is not a CV
// and invents nothing, and no database is created.
func TestCVParseCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpus.Path(t, "cv"), "*.pdf"))
	if len(files) == 0 {
		t.Fatal("no corpus CVs")
	}
	goldens := cvGoldens(t)
	dir := t.TempDir()
	var named, mailed, withName, withEmail int
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			r := run(t, dir, "cv", "parse", f)
			if r.code != ExitOK {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			var p model.Profile
			dec := json.NewDecoder(strings.NewReader(r.stdout))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&p); err != nil {
				t.Fatalf("stdout is not a JSON Resume profile: %v\n%.300s", err, r.stdout)
			}
			g, ok := goldens[name]
			if !ok {
				return
			}
			notCV := strings.Contains(r.stderr, "huntbook: warning: "+cvparse.NotACV)
			if g.NotCV {
				if !notCV || len(p.Work) != 0 || len(p.Education) != 0 || len(p.Skills) != 0 {
					t.Errorf("not a CV: warned=%v, invented %d jobs, %d schools, %d skills; stderr %q", notCV, len(p.Work), len(p.Education), len(p.Skills),
						r.stderr)
				}
				return
			}
			if notCV {
				t.Errorf("a CV was called not a CV: %q", r.stderr)
			}
			if g.Name != "" {
				withName++
				if strings.EqualFold(strings.Join(strings.Fields(p.Basics.Name), " "), g.Name) {
					named++
				} else {
					t.Errorf("name %q, want %q", p.Basics.Name, g.Name)
				}
			}
			if g.Email != "" {
				withEmail++
				if strings.EqualFold(p.Basics.Email, g.Email) {
					mailed++
				} else {
					t.Errorf("email %q, want %q", p.Basics.Email, g.Email)
				}
			}
		})
	}
	t.Logf("names %d/%d, emails %d/%d", named, withName, mailed, withEmail)
	if withName == 0 || withEmail == 0 {
		t.Errorf("no golden names or emails: is backend/cvparse/testdata/golden there?")
	}
	if _, err := os.Stat(filepath.Join(dir, store.FileName)); !os.IsNotExist(err) {
		t.Fatalf("cv parse touched the database: %v", err)
	}
}

// TestCVParseBadPDFs runs every malformed, encrypted or hostile corpus PDF
// through `cv parse`: each ends with exit 0 or exit 1 and one line on
// stderr; none hangs or crashes the command.
func TestCVParseBadPDFs(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpus.Path(t, "bad-pdf"), "*.pdf"))
	if len(files) == 0 {
		t.Fatal("no corpus PDFs")
	}
	dir := t.TempDir()
	t.Run("all", func(t *testing.T) {
		for _, f := range files {
			f := f
			t.Run(filepath.Base(f), func(t *testing.T) {
				t.Parallel()
				r := run(t, dir, "cv", "parse", f, "--timeout", "3s")
				switch r.code {
				case ExitOK:
					var p model.Profile
					if err := json.Unmarshal([]byte(r.stdout), &p); err != nil {
						t.Errorf("exit 0 without a profile: %v %q", err, r.stdout)
					}
				case ExitError:
					if r.stdout != "" || !strings.HasPrefix(r.stderr, "huntbook: ") || strings.Count(r.stderr, "\n") != 1 {
						t.Errorf("error is not one line on stderr: stdout %q stderr %q", r.stdout, r.stderr)
					}
				default:
					t.Errorf("exit %d: %s", r.code, r.stderr)
				}
			})
		}
	})
	// An encrypted file asks for a password, and a wrong one is told apart.
	enc := filepath.Join(corpus.Path(t, "bad-pdf"), "qpdf_encrypted-40-bit-R3.pdf")
	r := run(t, dir, "cv", "parse", enc)
	if r.code != ExitError || !strings.Contains(r.stderr, "protected by a password") {
		t.Fatalf("encrypted: %d %q", r.code, r.stderr)
	}
	if r := run(t, dir, "cv", "parse", enc, "--password", "guess"); r.code != ExitError || !strings.Contains(r.stderr, "password does not open") {
		t.Fatalf("wrong password: %d %q", r.code, r.stderr)
	}
}

const cliCVText = `Grace Hopper
Computer Scientist
grace.hopper@example.org | +1 202 555 0143 | Arlington, VA

EXPERIENCE
Senior Programmer, Eckert-Mauchly Computer Corporation	Jun 1949 – Dec 1952
- Wrote the A-0 compiler

EDUCATION
Yale University	1930 – 1934
PhD Mathematics

SKILLS
COBOL, FLOW-MATIC, Compilers
`

// cliDOCX builds a Word document with one paragraph per line.
func cliDOCX(t *testing.T, text string) []byte {
	t.Helper()
	var body strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		var esc bytes.Buffer
		if err := xml.EscapeText(&esc, []byte(line)); err != nil {
			t.Fatal(err)
		}
		body.WriteString(`<w:p><w:r><w:t xml:space="preserve">` + strings.ReplaceAll(esc.String(), "\t", `</w:t><w:tab/><w:t>`) + `</w:t></w:r></w:p>`)
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, part := range []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8"?>` +
			`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
			body.String() + `</w:body></w:document>`},
	} {
		w, err := zw.Create(part.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(w, part.body); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestCVImportMergeAndProfileCommands(t *testing.T) {
	dir := t.TempDir()
	files := t.TempDir()
	docx := filepath.Join(files, "grace.docx")
	txt := filepath.Join(files, "grace.txt")
	if err := os.WriteFile(docx, cliDOCX(t, cliCVText), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(txt, []byte(cliCVText), 0o600); err != nil {
		t.Fatal(err)
	}

	// cv parse on generated DOCX and text CVs.
	for _, f := range []string{docx, txt} {
		var p model.Profile
		if err := json.Unmarshal([]byte(must(t, run(t, dir, "cv", "parse", f)).stdout), &p); err != nil {
			t.Fatal(err)
		}
		if p.Basics.Name != "Grace Hopper" || p.Basics.Email != "grace.hopper@example.org" || len(p.Work) != 1 || p.Work[0].StartDate != "1949-06" {
			t.Errorf("%s: %+v", filepath.Base(f), p)
		}
	}
	var full cvparse.Result
	if err := json.Unmarshal([]byte(must(t, run(t, dir, "cv", "parse", "--full", txt)).stdout), &full); err != nil || len(full.Fields) == 0 {
		t.Fatalf("--full: %v %+v", err, full)
	}

	// cv import twice: the same id (SHA-256 de-duplication).
	id := strings.TrimSpace(must(t, run(t, dir, "cv", "import", docx, "--label", "Word version")).stdout)
	again := must(t, run(t, dir, "cv", "import", docx))
	if strings.TrimSpace(again.stdout) != id || !strings.Contains(again.stderr, "already imported as version "+id) {
		t.Fatalf("second import: %q %q, want id %s", again.stdout, again.stderr, id)
	}
	txtID := strings.TrimSpace(must(t, run(t, dir, "cv", "import", txt)).stdout)
	if txtID == id {
		t.Fatal("different files got the same version")
	}
	var list []service.CVVersion
	if err := json.Unmarshal([]byte(must(t, run(t, dir, "cv", "list", "--json")).stdout), &list); err != nil || len(list) != 2 {
		t.Fatalf("list %v %+v", err, list)
	}
	table := must(t, run(t, dir, "cv", "list")).stdout
	if !strings.Contains(table, "Word version") || !strings.Contains(table, "Grace Hopper") || !strings.Contains(table, "2 CV versions") {
		t.Fatalf("table:\n%s", table)
	}

	// The master starts empty; merge chosen fields, then everything.
	if r := must(t, run(t, dir, "profile", "show")); !strings.Contains(r.stdout, "profile is empty") {
		t.Fatalf("empty profile: %q", r.stdout)
	}
	must(t, run(t, dir, "cv", "merge", id, "basics.email"))
	var m model.Profile
	if err := json.Unmarshal([]byte(must(t, run(t, dir, "profile", "show", "--json")).stdout), &m); err != nil {
		t.Fatal(err)
	}
	if m.Basics.Email != "grace.hopper@example.org" || m.Basics.Name != "" || len(m.Work) != 0 {
		t.Fatalf("after merging the email: %+v", m)
	}
	must(t, run(t, dir, "cv", "merge", id, "--all"))
	if err := json.Unmarshal([]byte(must(t, run(t, dir, "profile", "show", "--json")).stdout), &m); err != nil {
		t.Fatal(err)
	}
	if m.Basics.Name != "Grace Hopper" || len(m.Work) != 1 || len(m.Education) != 1 {
		t.Fatalf("after merging all: %+v", m)
	}
	human := must(t, run(t, dir, "profile", "show")).stdout
	for _, want := range []string{"Name: Grace Hopper", "Email: grace.hopper@example.org", "Experience:", "Eckert-Mauchly", "(1949-06 – 1952-12)", "Skills:"} {
		if !strings.Contains(human, want) {
			t.Errorf("profile show lacks %q:\n%s", want, human)
		}
	}

	// JSON Resume export and import round trip, into another data folder.
	out := filepath.Join(files, "resume.json")
	must(t, run(t, dir, "profile", "export", out))
	other := t.TempDir()
	must(t, run(t, other, "profile", "import", out))
	var m2 model.Profile
	if err := json.Unmarshal([]byte(must(t, run(t, other, "profile", "show", "--json")).stdout), &m2); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(m, m2) {
		t.Fatalf("round trip:\n got %+v\nwant %+v", m2, m)
	}

	// Link to an application; deleting needs --force.
	app := strings.TrimSpace(must(t, run(t, dir, "app", "add", "--company", "Remington Rand", "--title", "Programmer")).stdout)
	must(t, run(t, dir, "cv", "link", app, id))
	var v service.CVVersion
	if err := json.Unmarshal([]byte(must(t, run(t, dir, "cv", "show", id, "--json")).stdout), &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Applications) != 1 || v.Label != "Word version" {
		t.Fatalf("show %+v", v)
	}
	if r := run(t, dir, "cv", "delete", id); r.code != ExitError || !strings.Contains(r.stderr, "Programmer at Remington Rand") ||
		!strings.Contains(r.stderr, "--force") {
		t.Fatalf("delete linked: %d %q", r.code, r.stderr)
	}
	must(t, run(t, dir, "cv", "delete", id, "--force"))
	must(t, run(t, dir, "cv", "delete", txtID))
	if r := must(t, run(t, dir, "cv", "list")); !strings.Contains(r.stdout, "0 CV versions") {
		t.Fatalf("after deleting: %s", r.stdout)
	}
}

func TestCVCommandErrors(t *testing.T) {
	dir := t.TempDir()
	files := t.TempDir()
	bad := filepath.Join(files, "bad.json")
	if err := os.WriteFile(bad, []byte(`{"work": [{"name": "A", "startDate": "last spring"}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	png := filepath.Join(files, "cv.pdf")
	if err := os.WriteFile(png, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR"), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args []string
		code int
		says string
	}{
		{[]string{"cv"}, ExitUsage, "which one"},
		{[]string{"cv", "frobnicate"}, ExitUsage, "unknown command"},
		{[]string{"cv", "parse"}, ExitUsage, "usage"},
		{[]string{"cv", "parse", filepath.Join(files, "missing.pdf")}, ExitError, "does not exist"},
		{[]string{"cv", "parse", png}, ExitError, "this is an image, not a document"},
		{[]string{"cv", "parse", png, "--timeout", "-1s"}, ExitUsage, "--timeout"},
		{[]string{"cv", "import", png}, ExitError, "this is an image, not a document"},
		{[]string{"cv", "show", "x"}, ExitUsage, "not a CV version id"},
		{[]string{"cv", "show", "9"}, ExitError, "CV version 9 not found"},
		{[]string{"cv", "merge", "1"}, ExitUsage, "--all"},
		{[]string{"cv", "merge", "1", "--all", "basics.email"}, ExitUsage, "--all"},
		{[]string{"cv", "merge", "9", "--all"}, ExitError, "not found"},
		{[]string{"cv", "link", "1"}, ExitUsage, "usage"},
		{[]string{"cv", "link", "5", "1"}, ExitError, "application 5 not found"},
		{[]string{"profile"}, ExitUsage, "which one"},
		{[]string{"profile", "show", "extra"}, ExitUsage, "usage"},
		{[]string{"profile", "export"}, ExitUsage, "usage"},
		{[]string{"profile", "import", bad}, ExitError, `work[0].startDate "last spring" is not a date`},
		{[]string{"profile", "import", filepath.Join(files, "none.json")}, ExitError, "does not exist"},
	}
	for _, c := range cases {
		r := run(t, dir, c.args...)
		if r.code != c.code || !strings.Contains(r.stderr, c.says) {
			t.Errorf("%v: exit %d stderr %q; want %d with %q", c.args, r.code, r.stderr, c.code, c.says)
		}
		if c.code == ExitError && strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 {
			t.Errorf("%v: error is not one line: %q", c.args, r.stderr)
		}
	}
}
