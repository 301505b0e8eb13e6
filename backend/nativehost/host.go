package nativehost

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/huntbook/huntbook/backend/jobpost"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/service"
)

// Request is one message from the extension:
//
//	{"type":"read", "url":PAGE_URL, "html":RENDERED_PAGE}
//	{"type":"save", "job":{...}, "stage":"Wishlist"}
//	{"type":"status"}
//	{"type":"open", "id":APPLICATION_ID}
type Request struct {
	Type  string `json:"type"`
	URL   string `json:"url,omitempty"`
	HTML  string `json:"html,omitempty"`
	Job   *Job   `json:"job,omitempty"`
	Stage string `json:"stage,omitempty"`
	ID    int64  `json:"id,omitempty"` // open: the application to show
}

// Job is the part of a job posting the extension shows and saves.
type Job struct {
	Title       string       `json:"title"`
	Company     string       `json:"company"`
	Location    string       `json:"location"`
	Salary      model.Salary `json:"salary"`
	Remote      model.Remote `json:"remote"`
	Description string       `json:"description"`
	URL         string       `json:"url"`
}

// Saved names an application already in Huntbook that matches a job.
type Saved struct {
	ID      int64  `json:"id"`
	Title   string `json:"title"`
	Company string `json:"company"`
	Stage   string `json:"stage"`
	Match   string `json:"match"` // "url" or "company+title"
}

// Reply is the host's answer. Type is "job" (to read), "saved" (to save),
// "opened" (to open), "status" or "error".
type Reply struct {
	Type    string   `json:"type"`
	Error   string   `json:"error,omitempty"`
	Job     *Job     `json:"job,omitempty"`
	Saved   *Saved   `json:"saved,omitempty"` // the matching application, if any
	ID      int64    `json:"id,omitempty"`    // the application saved (or already there)
	Already bool     `json:"already,omitempty"`
	Stages  []string `json:"stages,omitempty"`
	Version string   `json:"version,omitempty"`
}

// Host answers the extension's requests over the services.
type Host struct {
	Services *service.Services
	Version  string
	// OpenErr, when set, is why the data could not be opened: every
	// request is answered with it, so the extension can say so.
	OpenErr error
	// DataDir is the data folder the window is opened on ("open").
	DataDir string
	// Start starts the window on "open" (see open.go); nil means
	// DefaultStarter.
	Start Starter
}

// Serve answers requests from r on w until r ends. A request that is too
// large or of the wrong shape gets an error reply and changes nothing; only
// a broken stream ends Serve with an error.
func (h *Host) Serve(r io.Reader, w io.Writer) error {
	for {
		raw, err := ReadMessage(r)
		if errors.Is(err, io.EOF) {
			return nil
		}
		var reply Reply
		switch {
		case errors.Is(err, ErrTooLarge):
			reply = errorReply(err)
		case err != nil:
			return fmt.Errorf("native host: %w", err)
		default:
			reply = h.Handle(raw)
		}
		if err := WriteMessage(w, reply); err != nil {
			if !errors.Is(err, ErrTooLarge) {
				return fmt.Errorf("native host: %w", err)
			}
			if err := WriteMessage(w, errorReply(fmt.Errorf("reply is too large: %w", err))); err != nil {
				return fmt.Errorf("native host: %w", err)
			}
		}
	}
}

// Handle answers one request body.
func (h *Host) Handle(raw []byte) Reply {
	req, err := decodeRequest(raw)
	if err != nil {
		return errorReply(err)
	}
	if h.OpenErr != nil || h.Services == nil {
		return errorReply(fmt.Errorf("open Huntbook's data: %w", h.OpenErr))
	}
	switch req.Type {
	case "read":
		return h.read(req)
	case "save":
		return h.save(req)
	case "open":
		return h.open(req)
	default:
		return h.status()
	}
}

func decodeRequest(raw []byte) (Request, error) {
	var req Request
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return req, fmt.Errorf("request is not of the expected shape: %w", err)
	}
	if dec.More() {
		return req, errors.New("request is not of the expected shape: data after the JSON object")
	}
	switch req.Type {
	case "read":
		if strings.TrimSpace(req.HTML) == "" {
			return req, errors.New("read: the page is empty")
		}
		if err := checkPageURL(req.URL); err != nil {
			return req, fmt.Errorf("read: %w", err)
		}
	case "save":
		if req.Job == nil {
			return req, errors.New("save: no job given")
		}
	case "open":
		if req.ID <= 0 {
			return req, errors.New("open: no application id given")
		}
	case "status":
	case "":
		return req, errors.New("request has no type")
	default:
		return req, fmt.Errorf("unknown request type %q (read, save, open or status)", req.Type)
	}
	return req, nil
}

func checkPageURL(s string) error {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%q is not a web page address", s)
	}
	return nil
}

func errorReply(err error) Reply {
	return Reply{Type: "error", Error: strings.ReplaceAll(model.AsError(err).Message, "\n", " ")}
}

func (h *Host) read(req Request) Reply {
	jobs, err := jobpost.ParseAll([]byte(req.HTML), req.URL)
	if err != nil {
		return errorReply(fmt.Errorf("read job: %w", err))
	}
	j := jobs[0]
	job := &Job{Title: j.Title, Company: j.Company, Location: j.Location, Salary: j.Salary,
		Remote: j.Remote, Description: j.Description, URL: j.URL}
	if job.URL == "" {
		job.URL = req.URL
	}
	saved, err := h.findSaved(job, req.URL)
	if err != nil {
		return errorReply(err)
	}
	stages, err := h.stageNames()
	if err != nil {
		return errorReply(err)
	}
	return Reply{Type: "job", Job: job, Saved: saved, Stages: stages}
}

func (h *Host) save(req Request) Reply {
	j := *req.Job
	saved, err := h.findSaved(&j, "")
	if err != nil {
		return errorReply(err)
	}
	if saved != nil {
		return Reply{Type: "saved", ID: saved.ID, Already: true, Saved: saved}
	}
	a := model.Application{Title: strings.TrimSpace(j.Title), Company: strings.TrimSpace(j.Company),
		Location: strings.TrimSpace(j.Location), Salary: j.Salary, Remote: j.Remote,
		Description: j.Description, URL: strings.TrimSpace(j.URL), Source: sourceOf(j.URL)}
	if a.Title == "" || a.Company == "" {
		return errorReply(errors.New("save: a job needs a title and a company"))
	}
	if req.Stage != "" {
		id, err := h.stageID(req.Stage)
		if err != nil {
			return errorReply(err)
		}
		a.StageID = id
	}
	out, err := h.Services.SaveFromBrowser(a) // marked, so an open window says "Saved from your browser"
	if err != nil {
		return errorReply(fmt.Errorf("save job: %w", err))
	}
	return Reply{Type: "saved", ID: out.ID}
}

func (h *Host) status() Reply {
	stages, err := h.stageNames()
	if err != nil {
		return errorReply(err)
	}
	return Reply{Type: "status", Version: h.Version, Stages: stages}
}

func (h *Host) stageNames() ([]string, error) {
	st, err := h.Services.Pipeline.Stages()
	if err != nil {
		return nil, fmt.Errorf("list stages: %w", err)
	}
	names := make([]string, len(st))
	for i, s := range st {
		names[i] = s.Name
	}
	return names, nil
}

func (h *Host) stageID(name string) (int64, error) {
	st, err := h.Services.Pipeline.Stages()
	if err != nil {
		return 0, fmt.Errorf("list stages: %w", err)
	}
	for _, s := range st {
		if strings.EqualFold(s.Name, strings.TrimSpace(name)) {
			return s.ID, nil
		}
	}
	return 0, fmt.Errorf("save: there is no stage %q", name)
}

// sourceOf names the site a job came from: its host without "www.".
func sourceOf(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}
