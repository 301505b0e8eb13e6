// Package jobpost reads job descriptions (saved job pages, schema.org
// JobPosting JSON-LD, JSON and CSV records, LinkedIn text dumps, Markdown and
// plain text) into a Job with a clean, script-free description.
package jobpost

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/huntbook/huntbook/backend/lazyre"
	"github.com/huntbook/huntbook/backend/model"
)

// MaxInput is the largest job description input read, in bytes.
const MaxInput = 10 << 20

// Deadline is the longest one Read may take; a slower input is refused.
const Deadline = 2 * time.Second

// MaxRecords caps how many records one CSV or JSON array yields.
const MaxRecords = 10_000

// Job is one job description, read from whatever form it came in.
// Dates are "YYYY-MM-DD" or "". Description is clean Markdown-ish text.
type Job struct {
	Title          string       `json:"title"`
	Company        string       `json:"company"`
	Location       string       `json:"location"`
	Remote         model.Remote `json:"remote"`
	EmploymentType string       `json:"employmentType"` // full-time, part-time, contract, temporary, internship, freelance, or as written
	Salary         model.Salary `json:"salary"`
	DatePosted     string       `json:"datePosted"`
	ValidThrough   string       `json:"validThrough"`
	URL            string       `json:"url"`
	ApplyURL       string       `json:"applyUrl"` // where to apply, when the document names it
	Description    string       `json:"description"`
	Language       string       `json:"language"` // ISO 639-1 code, "" when unknown
	Source         string       `json:"source"`   // how it was read: jsonld, html, script, og, json, xml, csv, text, markdown
	Sources        Sources      `json:"sources"`  // where each field came from, in words a user understands

	postedRaw string // a relative date ("Posted 3 days ago") resolved against Options.Fetched
	path      string // a job's address relative to the response (Workday's externalPath)
}

// Options tell Read where a document came from.
type Options struct {
	Name    string    // file name, a hint at the format ("" when pasted)
	URL     string    // the page or API address it was read from, "" when unknown
	Fetched time.Time // when it was fetched or saved; relative dates need it (zero: left empty)
}

// Text returns the job as one text block for analysis: title, company and
// description.
func (j Job) Text() string {
	var b strings.Builder
	for _, s := range []string{j.Title, j.Company, j.Location, j.Description} {
		if s != "" {
			b.WriteString(s)
			b.WriteString("\n\n")
		}
	}
	return strings.TrimSpace(b.String())
}

// Application returns the tracker fields this job fills in.
func (j Job) Application() model.Application {
	return model.Application{
		Company: j.Company, Title: j.Title, URL: j.URL, Location: j.Location,
		Remote: j.Remote, Salary: j.Salary, Description: j.Description, Deadline: j.ValidThrough,
	}
}

// Parse reads one job description. name (a file name or "") hints at the
// format; the content decides when it is ambiguous. For a CSV or JSON array
// it returns the first record (ParseAll returns them all).
func Parse(data []byte, name string) (Job, error) {
	jobs, err := parse(data, name, 1)
	if err != nil {
		return Job{}, err
	}
	return jobs[0], nil
}

// ParseAll reads every job in data: each CSV row, each element of a JSON
// array, each JobPosting on a page; other inputs give one job.
func ParseAll(data []byte, name string) ([]Job, error) {
	return Read(data, Options{Name: name})
}

// Read reads every job in data (a page, an ATS API response, a feed, a
// record file or pasted text). It makes no network request, refuses input
// over MaxInput and gives up after Deadline. A document that holds no job
// gives an error for which IsNoJob is true, saying why.
func Read(data []byte, opt Options) ([]Job, error) {
	type result struct {
		jobs []Job
		err  error
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil { // a reader bug must not take the app down
				done <- result{nil, model.Errorf(model.CodeInternal, "read job: %v", r)}
			}
		}()
		jobs, err := read(data, opt, MaxRecords)
		done <- result{jobs, err}
	}()
	timer := time.NewTimer(Deadline)
	defer timer.Stop()
	select {
	case r := <-done:
		return r.jobs, r.err
	case <-timer.C:
		return nil, model.Errorf(model.CodeTooLarge, "read job: gave up after %s (the document is too complex)", Deadline)
	}
}

func parse(data []byte, name string, maxJobs int) ([]Job, error) {
	return read(data, Options{Name: name}, maxJobs)
}

func read(data []byte, opt Options, maxJobs int) ([]Job, error) {
	name := opt.Name
	if len(data) > MaxInput {
		return nil, model.Errorf(model.CodeTooLarge, "job description is too large (%d bytes, at most %d)", len(data), MaxInput)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, model.Invalid("description", "job description is empty")
	}
	if isBinary(data) {
		return nil, model.Errorf(model.CodeUnsupported, "this does not look like a job description (binary data)")
	}
	ext := strings.ToLower(filepath.Ext(name))
	trimmed := bytes.TrimSpace(data)
	var (
		jobs []Job
		err  error
	)
	switch {
	case ext == ".xml" || bytes.HasPrefix(trimmed, []byte("<?xml")) && !looksLikePage(trimmed):
		jobs, err = parseXML(trimmed, maxJobs)
	case ext == ".json" || (trimmed[0] == '{' || trimmed[0] == '[') && ext != ".md" && ext != ".markdown" && jsonInput(&trimmed):
		if ext == ".json" {
			jsonInput(&trimmed)
		}
		jobs, err = parseJSON(trimmed, maxJobs)
	case ext == ".html" || ext == ".htm" || looksLikePage(trimmed) || ext != ".md" && ext != ".markdown" && holdsMarkup(trimmed):
		jobs, err = parseHTML(data, maxJobs)
	case ext == ".csv" || ext == ".tsv":
		jobs, err = parseCSV(data, ext == ".tsv", maxJobs)
	default:
		jobs, err = parseText(string(data), ext == ".md" || ext == ".markdown")
	}
	if err != nil {
		return nil, err
	}
	out := jobs[:0]
	for _, j := range jobs {
		j.mark(sourceWords(j, opt)) // what the reader set; finish names what it adds
		j = finish(j, opt)
		if j.Description == "" && j.Title == "" {
			continue
		}
		out = append(out, j)
	}
	if len(out) == 0 {
		return nil, noJob("it holds no job title or description")
	}
	return out, nil
}

// finish fills derived fields and tidies the job.
func finish(j Job, opt Options) Job {
	if j.URL == "" && opt.URL != "" && j.Source != "json" && j.Source != "xml" && j.Source != "csv" {
		j.URL = opt.URL // a page's own address; a list response's address is not each job's
		j.Sources.URL = "page address"
	}
	if j.URL == "" && j.path != "" {
		j.URL = jobAddress(opt.URL, j.path)
		j.Sources.URL = sourceWords(j, opt)
	}
	if j.DatePosted == "" && j.postedRaw != "" {
		j.DatePosted = relativeDate(j.postedRaw, opt.Fetched)
		j.Sources.DatePosted = "relative date"
	}
	j.ApplyURL = strings.TrimSpace(j.ApplyURL)
	if j.ApplyURL != "" && model.ValidateURL("applyUrl", j.ApplyURL) != nil {
		j.ApplyURL = ""
	}
	if j.Company == "" {
		j.Company = companyFromURL(firstNonEmpty(j.URL, j.ApplyURL, opt.URL))
		j.Sources.Company = "URL"
	}
	if j.Company == "" {
		j.Company = companyFromMail(j.Description)
		j.Sources.Company = "apply address"
	}
	if r, ok := remoteWords[strings.ToLower(strings.TrimSpace(j.Location))]; ok {
		if j.Remote == "" {
			j.Remote = r
			j.Sources.Remote = j.Sources.Location
		}
		j.Location = ""
	}
	j.Title = clip(oneLine(j.Title), model.MaxShortText)
	j.Company = clip(oneLine(j.Company), model.MaxShortText)
	j.Location = clip(oneLine(j.Location), model.MaxShortText)
	j.EmploymentType = normalizeEmployment(oneLine(j.EmploymentType))
	j.URL = strings.TrimSpace(j.URL)
	if j.URL != "" && model.ValidateURL("url", j.URL) != nil {
		j.URL = ""
	}
	j.Description = clip(fixMojibake(j.Description), model.MaxLongText)
	head := clip(j.Description, factWindow)
	if j.Remote == "" {
		j.Remote = detectRemote(j.Title + "\n" + j.Location + "\n" + head)
		j.Sources.Remote = "text"
	}
	if j.Salary.IsZero() {
		j.Salary = salaryInText(head)
		j.Sources.Salary = "text"
	}
	if j.Salary.Validate() != nil {
		j.Salary = model.Salary{}
	}
	if j.Language == "" || len(j.Language) > 3 {
		j.Language = DetectLanguage(j.Title + "\n" + clip(j.Description, languageWindow))
		j.Sources.Language = "text"
	}
	j.tidySources()
	return j
}

// factWindow is how much of a description is searched for facts stated in
// prose (salary, remote policy): postings state them well within it.
const factWindow = 48 << 10

// languageWindow is how much of a description DetectLanguage reads.
const languageWindow = 20000

// clip cuts s to at most n bytes on a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// isBinary reports inputs that are not text: NUL bytes or mostly invalid UTF-8
// in the first 8 KB.
func isBinary(b []byte) bool {
	head := b
	if len(head) > 8192 {
		head = head[:8192]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	bad := 0
	for len(head) > 0 {
		r, size := utf8.DecodeRune(head)
		if r == utf8.RuneError && size == 1 && len(head) > 3 {
			bad++
		}
		head = head[size:]
	}
	return bad > 64
}

// jsonInput reports whether b is a JSON document, repairing in place what
// pasted JSON-LD often gets wrong (trailing commas, comments, raw line
// breaks in strings) so that it is read as JSON and not as prose.
func jsonInput(b *[]byte) bool {
	if json.Valid(*b) {
		return true
	}
	if fixed := []byte(looseJSON(string(*b))); json.Valid(fixed) {
		*b = fixed
		return true
	}
	return false
}

// looksLikePage reports HTML documents.
func looksLikePage(b []byte) bool {
	head := b
	if len(head) > 2048 {
		head = head[:2048]
	}
	l := bytes.ToLower(head)
	return bytes.Contains(l, []byte("<!doctype html")) || bytes.Contains(l, []byte("<html")) ||
		bytes.HasPrefix(l, []byte("<script")) || // a pasted <script type="application/ld+json"> block
		bytes.Contains(l, []byte("application/ld+json")) ||
		bytes.Contains(l, []byte("<body")) || bytes.Contains(l, []byte("<head")) ||
		(bytes.HasPrefix(l, []byte("<")) && htmlTag.Match(head))
}

// pageTag matches tags that only page source holds.
var pageTag = lazyre.New(`(?i)<(?:link|meta|script|style|div|span|p|ul|li|br|h[1-6]|table|a)\b[^>]*>`)

// holdsMarkup reports pasted text that is really HTML source (a page or a
// fragment copied as source): several tags in its first 64 KB.
func holdsMarkup(b []byte) bool {
	head := b
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	return len(pageTag.FindAllIndex(head, 4)) >= 4
}
