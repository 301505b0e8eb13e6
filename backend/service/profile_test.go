package service

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/corpus"
	"github.com/huntbook/huntbook/backend/cvparse"
	"github.com/huntbook/huntbook/backend/doctext"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/shellport"
	pdfcpuapi "github.com/pdfcpu/pdfcpu/pkg/api"
	pdfcpumodel "github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// TestMain makes the test binary act as the document reader's child when
// run with doctext.ChildCommand, so CV imports go through the real process
// isolation.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == doctext.ChildCommand {
		os.Exit(doctext.ChildMain(os.Args[2:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// cvText is a short plain-text CV.
const cvText = `Ada Lovelace
Software Engineer
ada.lovelace@example.org | +44 20 7946 0958 | London, UK

EXPERIENCE
Programmer, Analytical Engines Ltd	Mar 2019 – Present
- Wrote the first published algorithm for a computing machine
- Cut batch run times by 40%

EDUCATION
University of London	2015 – 2018
BSc Mathematics

SKILLS
Go, Rust, PostgreSQL, Kubernetes
`

// cvWrite writes data to a file called name in a temp folder.
func cvWrite(t testing.TB, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// cvDOCX builds a Word document with one paragraph per line of text; lines
// in capitals get the Heading1 style, as Word's own CV templates do.
func cvDOCX(t testing.TB, text string) []byte {
	t.Helper()
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	var body strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		style := ""
		if line != "" && line == strings.ToUpper(line) && strings.IndexFunc(line, func(r rune) bool { return r >= 'A' && r <= 'Z' }) >= 0 {
			style = `<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>`
		}
		var runs strings.Builder
		for i, part := range strings.Split(line, "\t") {
			if i > 0 {
				runs.WriteString(`<w:r><w:tab/></w:r>`)
			}
			var esc bytes.Buffer
			if err := xml.EscapeText(&esc, []byte(part)); err != nil {
				t.Fatal(err)
			}
			runs.WriteString(`<w:r><w:t xml:space="preserve">` + esc.String() + `</w:t></w:r>`)
		}
		body.WriteString(`<w:p>` + style + runs.String() + `</w:p>`)
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, content := range map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?>` +
			`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ` +
			`ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + ns + `><w:body>` +
			body.String() + `</w:body></w:document>`,
		"word/styles.xml": `<?xml version="1.0" encoding="UTF-8"?><w:styles ` + ns + `><w:style w:type="paragraph" w:styleId="Heading1">` +
			`<w:name w:val="heading 1"/><w:rPr><w:b/></w:rPr></w:style></w:styles>`,
	} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(content)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// cvWaitDone waits for the job:done event of id.
func cvWaitDone(t testing.TB, fake *shellport.Fake, id string) shellport.JobDone {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		for _, p := range fake.Named(shellport.EventJobDone) {
			if d := p.(shellport.JobDone); d.ID == id {
				return d
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("no job:done for %s", id)
	return shellport.JobDone{}
}

func TestImportCVJobReportsProgressAndDeduplicates(t *testing.T) {
	path := filepath.Join(corpus.Path(t, "cv"), "rendercv_John_Doe_ClassicTheme_CV.pdf")
	s, fake := newServices(t)
	id, err := s.Profile.ImportCV(path, "Classic", "")
	if err != nil || id == "" {
		t.Fatalf("start: %q %v", id, err)
	}
	done := cvWaitDone(t, fake, id)
	if !done.OK || done.ErrorCode != "" {
		t.Fatalf("done %+v", done)
	}
	res := done.Result.(CVImport)
	v := res.Version
	if !res.Created || v.ID == 0 || v.Label != "Classic" || v.MediaType != "application/pdf" || v.NotACV ||
		v.Profile.Basics.Name != "John Doe" || v.Profile.Basics.Email == "" || len(v.Profile.Work) == 0 || len(v.Fields) == 0 {
		t.Fatalf("imported %+v", res)
	}
	var steps []int64
	for _, p := range fake.Named(shellport.EventJobProgress) {
		pr := p.(shellport.JobProgress)
		if pr.ID != id || pr.Total != 4 || pr.Message == "" {
			t.Fatalf("progress %+v", pr)
		}
		steps = append(steps, pr.Done)
	}
	if len(steps) < 2 || steps[0] != 0 || steps[len(steps)-1] != 4 {
		t.Fatalf("progress steps %v", steps)
	}
	for i := 1; i < len(steps); i++ {
		if steps[i] < steps[i-1] {
			t.Fatalf("progress went back: %v", steps)
		}
	}
	// The same bytes under another name: the existing version, no copy.
	data, _ := os.ReadFile(path)
	again, err := s.Profile.ImportCVNow(cvWrite(t, "copy.pdf", data), "Other", "")
	if err != nil || again.Created || again.Version.ID != v.ID || again.Version.Label != "Classic" {
		t.Fatalf("again %+v %v", again, err)
	}
	file, err := s.Profile.VersionFile(v.ID)
	if err != nil || !bytes.Equal(file.Data, data) || file.FileName != filepath.Base(path) {
		t.Fatalf("file %d bytes %v", len(file.Data), err)
	}
	b, _ := json.Marshal(file)
	if !strings.Contains(string(b), `"data":"JVBERi0`) { // %PDF- in base64
		t.Fatalf("file JSON does not carry base64: %.80s", b)
	}
	list, err := s.Profile.Versions()
	if err != nil || len(list) != 1 || list[0].ID != v.ID || len(list[0].Fields) != len(v.Fields) {
		t.Fatalf("versions %+v %v", list, err)
	}
}

func TestImportCVNeedsAPassword(t *testing.T) {
	s, fake := newServices(t)
	// An encrypted corpus file: the job fails with a password error the
	// UI can tell apart.
	enc := filepath.Join(corpus.Path(t, "bad-pdf"), "qpdf_encrypted-40-bit-R3.pdf")
	id, err := s.Profile.ImportCV(enc, "", "")
	if err != nil {
		t.Fatal(err)
	}
	done := cvWaitDone(t, fake, id)
	fail, _ := done.Result.(CVImportFailure)
	if done.OK || done.ErrorCode != string(model.CodeInvalid) || fail.Field != "password" || !strings.Contains(done.ErrorMessage, "password") {
		t.Fatalf("encrypted: %+v", done)
	}

	// A real CV encrypted with a user password: refused without it or with
	// a wrong one, read with the right one.
	plain, err := os.ReadFile(filepath.Join(corpus.Path(t, "cv"), "jakegut_resume_compiled_pdftex.pdf"))
	if err != nil {
		t.Fatalf("missing test input: %v", err)
	}
	pdfcpuapi.DisableConfigDir()
	var out bytes.Buffer
	if err := pdfcpuapi.Encrypt(bytes.NewReader(plain), &out, pdfcpumodel.NewAESConfiguration("s3cret", "owner", 256)); err != nil {
		t.Fatalf("encrypt: %v", err)
	}
	locked := cvWrite(t, "locked.pdf", out.Bytes())
	for _, pw := range []string{"", "wrong"} {
		_, err := s.Profile.ImportCVNow(locked, "", pw)
		if me := model.AsError(err); me == nil || me.Code != model.CodeInvalid || me.Field != "password" {
			t.Fatalf("password %q: %v", pw, err)
		}
	}
	res, err := s.Profile.ImportCVNow(locked, "Locked", "s3cret")
	if err != nil || !res.Created || res.Version.Profile.Basics.Name == "" || res.Version.Profile.Basics.Email == "" {
		t.Fatalf("right password: %+v %v", res, err)
	}
	if list, _ := s.Profile.Versions(); len(list) != 1 {
		t.Fatalf("failed imports stored versions: %d", len(list))
	}
}

func TestImportGeneratedDOCXAndText(t *testing.T) {
	s, fake := newServices(t)
	for _, tc := range []struct{ name, media string }{
		{"ada.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
		{"ada.txt", "text/plain"},
		{"ada.md", "text/markdown"},
	} {
		data := []byte(cvText)
		switch tc.name {
		case "ada.docx":
			data = cvDOCX(t, cvText)
		case "ada.md":
			data = []byte(strings.NewReplacer("EXPERIENCE", "## Experience", "EDUCATION", "## Education", "SKILLS", "## Skills").Replace(cvText))
		}
		res, err := s.Profile.ImportCVNow(cvWrite(t, tc.name, data), "", "")
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		v := res.Version
		p := v.Profile
		if v.MediaType != tc.media || v.Label != strings.TrimSuffix(tc.name, filepath.Ext(tc.name)) {
			t.Errorf("%s: media %q label %q", tc.name, v.MediaType, v.Label)
		}
		if p.Basics.Name != "Ada Lovelace" || p.Basics.Email != "ada.lovelace@example.org" || len(p.Work) != 1 ||
			!strings.Contains(p.Work[0].Name+p.Work[0].Position, "Analytical Engines") || p.Work[0].StartDate != "2019-03" || len(p.Skills) == 0 {
			t.Errorf("%s: profile %+v", tc.name, p)
		}
	}
	// The dialog path: a cancelled dialog starts nothing.
	if id, err := s.Profile.ImportCVDialog(""); id != "" || err != nil {
		t.Fatalf("cancelled dialog: %q %v", id, err)
	}
	fake.OpenPath = cvWrite(t, "other.txt", []byte(strings.Replace(cvText, "Ada Lovelace", "Charles Babbage", 1)))
	id, err := s.Profile.ImportCVDialog("From the dialog")
	if err != nil || id == "" {
		t.Fatalf("dialog: %q %v", id, err)
	}
	done := cvWaitDone(t, fake, id)
	if !done.OK || done.Result.(CVImport).Version.Label != "From the dialog" {
		t.Fatalf("dialog import %+v", done)
	}
	asked := fake.Asked()
	if len(asked) != 2 || asked[1].Kind != "open" || !strings.Contains(asked[1].Filters[0].Pattern, "*.docx") {
		t.Fatalf("dialogs %+v", asked)
	}
}

func TestImportCVErrors(t *testing.T) {
	s, fake := newServices(t)
	dir := t.TempDir()
	if _, err := s.Profile.ImportCV("", "", ""); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("empty path: %v", err)
	}
	if _, err := s.Profile.ImportCV(filepath.Join(dir, "missing.pdf"), "", ""); model.ErrorCode(err) != model.CodeNotFound {
		t.Fatalf("missing: %v", err)
	}
	if _, err := s.Profile.ImportCV(dir, "", ""); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("folder: %v", err)
	}
	big := filepath.Join(dir, "big.pdf")
	if err := os.WriteFile(big, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, 21<<20); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Profile.ImportCVNow(big, "", ""); model.ErrorCode(err) != model.CodeTooLarge {
		t.Fatalf("too large: %v", err)
	}
	// A file that is no document at all reaches job:done as a typed error.
	id, err := s.Profile.ImportCV(cvWrite(t, "cv.pdf", []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3}), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if done := cvWaitDone(t, fake, id); done.OK || done.ErrorCode != string(model.CodeUnsupported) || done.ErrorMessage == "" {
		t.Fatalf("png: %+v", done)
	}
	if err := s.Profile.CancelImport(id); model.ErrorCode(err) != model.CodeNotFound {
		t.Fatalf("cancel a finished job: %v", err)
	}
	if list, _ := s.Profile.Versions(); len(list) != 0 {
		t.Fatalf("stored %d versions", len(list))
	}
}

func TestCoverLetterIsNotACV(t *testing.T) {
	s, _ := newServices(t)
	res, err := s.Profile.ImportCVNow(filepath.Join(corpus.Path(t, "cv"), "awesomecv_coverletter.pdf"), "", "")
	if err != nil {
		t.Fatal(err)
	}
	v := res.Version
	if !v.NotACV || !cvHas(v.Warnings, cvparse.NotACV) || len(v.Profile.Work) != 0 || len(v.Profile.Education) != 0 {
		t.Fatalf("cover letter: notACV=%v warnings %q work %d", v.NotACV, v.Warnings, len(v.Profile.Work))
	}
}

func cvHas(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestLinkCVToApplications(t *testing.T) {
	s, fake := newServices(t)
	app, err := s.Applications.Create(model.Application{Company: "Acme", Title: "Engineer"})
	if err != nil {
		t.Fatal(err)
	}
	res, err := s.Profile.ImportCVNow(cvWrite(t, "ada.txt", []byte(cvText)), "", "")
	if err != nil {
		t.Fatal(err)
	}
	vid := res.Version.ID
	if v, err := s.Profile.LinkedCV(app.ID); v != nil || err != nil {
		t.Fatalf("linked before linking: %+v %v", v, err)
	}
	before := len(fake.Named(shellport.EventAppChanged))
	if err := s.Profile.LinkCV(app.ID, vid); err != nil {
		t.Fatal(err)
	}
	if len(fake.Named(shellport.EventAppChanged)) != before+1 {
		t.Fatal("linking did not tell the UI")
	}
	if v, err := s.Profile.LinkedCV(app.ID); err != nil || v == nil || v.ID != vid || v.Applications[0] != app.ID {
		t.Fatalf("linked %+v %v", v, err)
	}
	if err := s.Profile.DeleteVersion(vid, false); model.ErrorCode(err) != model.CodeConflict || !strings.Contains(err.Error(), "Engineer at Acme") {
		t.Fatalf("delete linked: %v", err)
	}
	if err := s.Profile.UnlinkCV(app.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.Profile.LinkCV(app.ID, vid); err != nil {
		t.Fatal(err)
	}
	if err := s.Profile.DeleteVersion(vid, true); err != nil {
		t.Fatal(err)
	}
	if v, err := s.Profile.LinkedCV(app.ID); v != nil || err != nil {
		t.Fatalf("after forced delete: %+v %v", v, err)
	}
	if _, err := s.Profile.Version(vid); model.ErrorCode(err) != model.CodeNotFound {
		t.Fatalf("deleted version: %v", err)
	}
}

func TestCancelImport(t *testing.T) {
	// This corpus file makes the PDF reader loop until its deadline (10 s):
	// cancelling ends the job at once.
	s, fake := newServices(t)
	id, err := s.Profile.ImportCV(filepath.Join(corpus.Path(t, "bad-pdf"), "qpdf_issue-149.pdf"), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Profile.CancelImport(id); err != nil {
		t.Fatal(err)
	}
	done := cvWaitDone(t, fake, id)
	if done.OK || !done.Cancelled || done.ErrorCode != string(model.CodeCanceled) {
		t.Fatalf("cancelled: %+v", done)
	}
	if list, _ := s.Profile.Versions(); len(list) != 0 {
		t.Fatalf("a cancelled import stored %d versions", len(list))
	}
}
