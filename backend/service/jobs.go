package service

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"path/filepath"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/jobpost"
	"github.com/huntbook/huntbook/backend/model"
)

// MaxPosting is the largest posting ReadPosting and ReadPostingFile read, in
// bytes: a saved LinkedIn page is over 1 MB.
const MaxPosting = 10 << 20

// postingFiles are the kinds of file ReadPostingFile reads.
var postingFiles = map[string]bool{".html": true, ".htm": true, ".mhtml": true, ".txt": true, ".md": true, ".markdown": true}

// JobDraft is what the job reader found in a posting, for the Add form to
// show prefilled and the user to correct before anything is saved.
// Description is clean text or Markdown, never HTML. From says how the
// reader read the posting ("JSON-LD", "page text", "pasted text", ...); the
// reader reports that for the whole posting, not field by field.
type JobDraft struct {
	Title       string       `json:"title"`
	Company     string       `json:"company"`
	Location    string       `json:"location"`
	Remote      model.Remote `json:"remote"`
	Salary      model.Salary `json:"salary"`
	Description string       `json:"description"`
	URL         string       `json:"url"`
	Deadline    string       `json:"deadline"` // the posting's valid-through date, "YYYY-MM-DD" or ""
	From        string       `json:"from"`
	// Sources says where each filled field came from ("JSON-LD", "page
	// title", "URL"...), keyed by this struct's JSON field names.
	Sources map[string]string `json:"sources"`
}

// ReadPosting reads a pasted job posting (a page's HTML, its text, or
// Markdown) offline and returns one draft per job found in it, first the
// main one. pageURL, when known, is where the posting came from: it names
// the input for the reader and is the draft's URL when the posting states
// none. A posting holding no job (a sign-in wall, an empty page) gives a
// CodeNotFound error on field "posting" that says why. Nothing is saved.
func (s *Applications) ReadPosting(text, pageURL string) ([]JobDraft, error) {
	if len(text) > MaxPosting {
		return nil, &model.Error{Code: model.CodeTooLarge, Field: "posting",
			Message: fmt.Sprintf("the posting is %d MB, more than the %d MB Huntbook reads", len(text)>>20, MaxPosting>>20)}
	}
	if strings.TrimSpace(text) == "" {
		return nil, model.Invalid("posting", "paste a job posting (its page or its text) first")
	}
	pageURL = strings.TrimSpace(pageURL)
	if pageURL != "" && model.ValidateURL("url", pageURL) != nil {
		return nil, model.Invalid("url", "%q is not a web address (https://...)", pageURL)
	}
	return readPosting([]byte(text), pastedName(text), pageURL)
}

// pastedName is the file name the reader gets for pasted text: none, or
// "posting.html" for pasted markup, so that a copied fragment such as a
// <script type="application/ld+json"> block is read as HTML, not as text
// with tags in it (the reader takes only whole pages for pages).
func pastedName(text string) string {
	t := strings.TrimSpace(text)
	if strings.HasPrefix(t, "<") && !strings.HasPrefix(t, "<?xml") {
		return "posting.html"
	}
	return ""
}

// ReadPostingFile reads a job posting saved as a file (.html, .htm, .mhtml,
// .txt or .md) like ReadPosting. In the window the file must have been
// dropped on it or chosen in a dialog.
func (s *Applications) ReadPostingFile(path string) ([]JobDraft, error) {
	if err := s.grants.allow(path, false); err != nil {
		return nil, err
	}
	ext := strings.ToLower(filepath.Ext(path))
	if !postingFiles[ext] {
		return nil, &model.Error{Code: model.CodeUnsupported, Field: "posting",
			Message: fmt.Sprintf("%s is not a job posting Huntbook reads (a saved page .html, .htm or .mhtml, or text .txt or .md)", filepath.Base(path))}
	}
	data, err := readLimited(path, MaxPosting)
	if err != nil {
		return nil, fmt.Errorf("read posting: %w", err)
	}
	name, pageURL := filepath.Base(path), ""
	if ext == ".mhtml" {
		data, pageURL, err = mhtmlPage(data)
		if err != nil {
			return nil, &model.Error{Code: model.CodeCorrupt, Field: "posting",
				Message: fmt.Sprintf("%s is not a readable web archive: %v", filepath.Base(path), err), Err: err}
		}
		name = strings.TrimSuffix(name, filepath.Ext(name)) + ".html"
	}
	return readPosting(data, name, pageURL)
}

// readPosting runs the job reader over data (name: a file name hinting at
// the format, "" when pasted; pageURL: where it came from, "" when unknown)
// and turns its jobs into drafts.
func readPosting(data []byte, name, pageURL string) ([]JobDraft, error) {
	jobs, err := jobpost.Read(data, jobpost.Options{Name: name, URL: pageURL, Fetched: time.Now()})
	if err != nil {
		return nil, noJob(err)
	}
	out := make([]JobDraft, 0, len(jobs))
	for _, j := range jobs {
		d := JobDraft{
			Title: j.Title, Company: j.Company, Location: j.Location, Remote: j.Remote, Salary: j.Salary,
			Description: j.Description, URL: j.URL, Deadline: j.ValidThrough, From: sourceLabel(j.Source),
			Sources: j.Sources.Map(),
		}
		if from, ok := d.Sources["validThrough"]; ok {
			d.Sources["deadline"] = from
		}
		if d.URL == "" {
			d.URL = pageURL
			d.Sources["url"] = "page address"
		}
		out = append(out, d)
	}
	return out, nil
}

// noJob gives the reader's refusal the "posting" field the form shows it
// on; "nothing in it is a job" (or nothing in it at all) becomes
// CodeNotFound, saying why.
func noJob(err error) error {
	var me *model.Error
	if !errors.As(err, &me) {
		return fmt.Errorf("read posting: %w", err)
	}
	out := &model.Error{Code: me.Code, Field: "posting", Message: me.Message, Err: err}
	if jobpost.IsNoJob(err) || me.Code == model.CodeInvalid || me.Code == model.CodeNotFound {
		out.Code = model.CodeNotFound
		reason := strings.TrimSpace(me.Message)
		if !strings.HasPrefix(strings.ToLower(reason), "no job") {
			reason = "No job found: " + reason
		}
		out.Message = strings.ToUpper(reason[:1]) + reason[1:]
	}
	return out
}

// sourceLabel names, for the user, how the reader read a posting.
func sourceLabel(source string) string {
	switch strings.ToLower(source) {
	case "jsonld", "json-ld":
		return "JSON-LD"
	case "html":
		return "page text"
	case "json":
		return "JSON"
	case "csv":
		return "CSV"
	case "text":
		return "pasted text"
	case "markdown":
		return "Markdown"
	}
	return source
}

// mhtmlPage returns the HTML page a web archive (.mhtml, as Chromium saves
// "Webpage, single file") holds, and the address it was saved from.
func mhtmlPage(data []byte) ([]byte, string, error) {
	msg, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		return nil, "", fmt.Errorf("read archive header: %w", err)
	}
	pageURL := strings.TrimSpace(msg.Header.Get("Snapshot-Content-Location"))
	if pageURL == "" {
		pageURL = strings.TrimSpace(msg.Header.Get("Content-Location"))
	}
	if model.ValidateURL("url", pageURL) != nil {
		pageURL = ""
	}
	mt, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil {
		return nil, "", fmt.Errorf("read archive type: %w", err)
	}
	if !strings.HasPrefix(mt, "multipart/") {
		page, err := decodePart(msg.Body, msg.Header.Get("Content-Transfer-Encoding"))
		return page, pageURL, err
	}
	r := multipart.NewReader(msg.Body, params["boundary"])
	for {
		p, err := r.NextRawPart()
		if errors.Is(err, io.EOF) {
			return nil, "", errors.New("no HTML page in it")
		}
		if err != nil {
			return nil, "", fmt.Errorf("read archive part: %w", err)
		}
		if pt, _, _ := mime.ParseMediaType(p.Header.Get("Content-Type")); pt == "text/html" {
			page, err := decodePart(p, p.Header.Get("Content-Transfer-Encoding"))
			return page, pageURL, err
		}
	}
}

// decodePart reads one MIME part in its transfer encoding.
func decodePart(r io.Reader, encoding string) ([]byte, error) {
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "quoted-printable":
		r = quotedprintable.NewReader(r)
	case "base64":
		r = base64.NewDecoder(base64.StdEncoding, r)
	}
	b, err := io.ReadAll(io.LimitReader(r, MaxPosting+1))
	if err != nil {
		return nil, fmt.Errorf("decode archive part: %w", err)
	}
	return b, nil
}
