package service

import (
	"bytes"
	"mime/quotedprintable"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/corpus"
	"github.com/huntbook/huntbook/backend/jobpost"
	"github.com/huntbook/huntbook/backend/model"
)

// pageMarkup is markup a description must never carry to the form.
var pageMarkup = regexp.MustCompile(`(?i)<\s*/?\s*(?:p|div|span|br|ul|li|link|script|style|meta|html|body|a)\b[^>]*>`)

// Every real posting in the corpus that the reader finds a job in comes back
// as drafts with the reader's fields and a description free of page markup;
// pasting its text and dropping its file give the same drafts.
func TestReadPostingFromCorpus(t *testing.T) {
	s, _ := guardedServices(t)
	var files []string
	for _, sub := range []string{"jobs", "jd"} {
		for _, pat := range []string{"*.html", "*.htm", "*.txt", "*.md"} {
			m, _ := filepath.Glob(filepath.Join(corpus.Path(t, sub), pat))
			files = append(files, m...)
		}
	}
	if len(files) < 10 {
		t.Fatalf("only %d corpus postings found", len(files))
	}
	read := 0
	for _, f := range files {
		if strings.HasSuffix(f, "README.md") || strings.HasSuffix(f, "SOURCES.md") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		jobs, jerr := jobpost.ParseAll(data, filepath.Base(f))
		drafts, err := s.Applications.ReadPosting(string(data), "")
		if jerr != nil {
			if model.ErrorCode(err) != model.CodeNotFound || model.AsError(err).Field != "posting" {
				t.Errorf("%s: the reader found no job (%v) but ReadPosting gave %v", filepath.Base(f), jerr, err)
			}
			continue
		}
		if err != nil || len(drafts) != len(jobs) {
			t.Errorf("%s: %d drafts, %v; the reader found %d jobs", filepath.Base(f), len(drafts), err, len(jobs))
			continue
		}
		read++
		for i, d := range drafts {
			j := jobs[i]
			if d.Title != j.Title || d.Company != j.Company || d.Location != j.Location || d.Remote != j.Remote ||
				d.Salary != j.Salary || d.URL != j.URL || d.Deadline != j.ValidThrough || d.From != sourceLabel(j.Source) {
				t.Errorf("%s: draft %d = %+v, reader said %+v", filepath.Base(f), i, d, j)
			}
			if m := pageMarkup.FindString(d.Description); m != "" {
				t.Errorf("%s: description carries page markup %q", filepath.Base(f), m)
			}
		}
		s.Dropped([]string{f})
		fromFile, err := s.Applications.ReadPostingFile(f)
		if err != nil || len(fromFile) != len(drafts) || !reflect.DeepEqual(fromFile[0], drafts[0]) {
			t.Errorf("%s: dropped file gave %+v, %v; pasted gave %+v", filepath.Base(f), fromFile, err, drafts[0])
		}
	}
	if read < 10 {
		t.Errorf("only %d corpus postings read", read)
	}
}

// What the reader says it read is named for the user, and a pasted page
// without an address of its own takes the one the user gave.
func TestReadPostingFieldsAndProvenance(t *testing.T) {
	s, _ := newServices(t)
	page, err := os.ReadFile(filepath.Join(corpus.Path(t, "jobs"), "schemaorg_eg-0028_jsonld.html"))
	if err != nil {
		t.Fatal(err)
	}
	drafts, err := s.Applications.ReadPosting(string(page), "https://jobs.example.com/software-engineer")
	if err != nil {
		t.Fatal(err)
	}
	d := drafts[0]
	if d.Title != "Software Engineer" || d.From != "JSON-LD" || !strings.Contains(d.Location, "Kirkland") {
		t.Errorf("draft = %+v", d)
	}
	if d.URL != "https://jobs.example.com/software-engineer" {
		t.Errorf("url = %q, want the page's address", d.URL)
	}
	if d.Sources["title"] != "JSON-LD" || d.Sources["url"] != "page address" || d.Sources["company"] != "" {
		t.Errorf("sources = %v, want title from JSON-LD, url from the page address, none for the empty company", d.Sources)
	}

	text, err := os.ReadFile(filepath.Join(corpus.Path(t, "jd"), "linkedin_4149956952.txt"))
	if err != nil {
		t.Fatal(err)
	}
	drafts, err = s.Applications.ReadPosting(string(text), "")
	if err != nil {
		t.Fatal(err)
	}
	if d := drafts[0]; d.Title != "Remote Math Teacher (Pre-K to K)" || d.Company != "Think Academy U.S" ||
		d.Remote != model.RemoteRemote || d.From != "pasted text" || d.URL != "https://www.linkedin.com/jobs/view/4149956952/" {
		t.Errorf("draft = %+v", d)
	}

	if _, err := s.Applications.ReadPosting(string(text), "javascript:alert(1)"); model.ErrorCode(err) != model.CodeInvalid ||
		model.AsError(err).Field != "url" {
		t.Errorf("a bad page address: %v", err)
	}
}

// A posting with no job in it, an empty one, a huge one or a file of another
// kind gives a typed error on the "posting" field, never a draft.
func TestReadPostingRefusals(t *testing.T) {
	s, _ := newServices(t)
	cases := []struct {
		name, text string
		code       model.Code
	}{
		{"blank", " \n\t ", model.CodeInvalid},
		{"empty page", "<!doctype html><html><head></head><body><script>window.x = 1</script></body></html>", model.CodeNotFound},
		{"too large", strings.Repeat("a", MaxPosting+1), model.CodeTooLarge},
		{"binary", "\x00\x01\x02 not a posting \x00", model.CodeUnsupported},
	}
	for _, c := range cases {
		drafts, err := s.Applications.ReadPosting(c.text, "")
		me := model.AsError(err)
		if drafts != nil || me.Code != c.code || me.Field != "posting" {
			t.Errorf("%s: got %v, %+v; want a %s error on posting", c.name, drafts, me, c.code)
		}
		if c.code == model.CodeNotFound && !strings.HasPrefix(me.Message, "No job") {
			t.Errorf("%s: message %q does not say no job was found", c.name, me.Message)
		}
	}

	dir := t.TempDir()
	pdf := filepath.Join(dir, "job.pdf")
	if err := os.WriteFile(pdf, []byte("%PDF-1.7"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Applications.ReadPostingFile(pdf); model.ErrorCode(err) != model.CodeUnsupported {
		t.Errorf("a .pdf: %v", err)
	}
	if _, err := s.Applications.ReadPostingFile(filepath.Join(dir, "gone.html")); model.ErrorCode(err) != model.CodeNotFound {
		t.Errorf("a missing file: %v", err)
	}
}

// In the window a posting file is read only when it was dropped on it:
// saved pages (.html, .htm, .mhtml) as well as text.
func TestReadPostingFileOnlyWhenDropped(t *testing.T) {
	s, _ := guardedServices(t)
	src := filepath.Join(corpus.Path(t, "jobs"), "schemaorg_eg-0028_jsonld.html")
	page, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, name := range []string{"job.html", "job.htm"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, page, 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Applications.ReadPostingFile(p); err == nil || !strings.Contains(err.Error(), "chose in a file dialog") {
			t.Fatalf("%s before the drop: %v, want a refusal", name, err)
		}
		s.Dropped([]string{p})
		drafts, err := s.Applications.ReadPostingFile(p)
		if err != nil || drafts[0].Title != "Software Engineer" {
			t.Fatalf("%s after the drop: %+v, %v", name, drafts, err)
		}
	}

	// Chromium's "Webpage, single file": the page inside the archive, and
	// the address it was saved from.
	var qp bytes.Buffer
	w := quotedprintable.NewWriter(&qp)
	if _, err := w.Write(page); err != nil {
		t.Fatal(err)
	}
	w.Close()
	archive := "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://careers.example.com/jobs/42\r\n" +
		"Subject: Software Engineer\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--x\"\r\n\r\n" +
		"------MultipartBoundary--x\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n" +
		"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: https://careers.example.com/jobs/42\r\n\r\n" +
		qp.String() + "\r\n------MultipartBoundary--x--\r\n"
	mh := filepath.Join(dir, "job.mhtml")
	if err := os.WriteFile(mh, []byte(archive), 0o600); err != nil {
		t.Fatal(err)
	}
	s.Dropped([]string{mh})
	drafts, err := s.Applications.ReadPostingFile(mh)
	if err != nil || drafts[0].Title != "Software Engineer" || drafts[0].From != "JSON-LD" {
		t.Fatalf("mhtml: %+v, %v", drafts, err)
	}
	if strings.Contains(drafts[0].Description, "=3D") || pageMarkup.MatchString(drafts[0].Description) {
		t.Errorf("mhtml description not decoded: %q", drafts[0].Description)
	}
}

// The page's address reaches the reader: a posting that names no company
// gets the one in the address of a job board that puts it there.
func TestReadPostingCompanyFromPageAddress(t *testing.T) {
	s, _ := newServices(t)
	text, err := os.ReadFile(filepath.Join(corpus.Path(t, "jobs"), "jamiedongjae_pasted_jd_nl.txt"))
	if err != nil {
		t.Fatal(err)
	}
	bare, err := s.Applications.ReadPosting(string(text), "")
	if err != nil {
		t.Fatal(err)
	}
	if bare[0].Company != "" {
		t.Fatalf("the posting names a company after all (%q): pick another file", bare[0].Company)
	}
	drafts, err := s.Applications.ReadPosting(string(text), "https://jobs.lever.co/rotterdam-data-co/5b1c2d3e")
	if err != nil {
		t.Fatal(err)
	}
	if drafts[0].Company == "" || drafts[0].URL != "https://jobs.lever.co/rotterdam-data-co/5b1c2d3e" {
		t.Errorf("draft with the page address = company %q, url %q", drafts[0].Company, drafts[0].URL)
	}
}
