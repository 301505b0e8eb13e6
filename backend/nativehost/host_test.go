package nativehost

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/service"
	"github.com/huntbook/huntbook/backend/store"
)

const jobPage = `<!doctype html><html><head><title>Jobs</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting",
"title":"Backend Engineer","hiringOrganization":{"@type":"Organization","name":"Acme Robotics"},
"jobLocation":{"@type":"Place","address":{"addressLocality":"Berlin","addressCountry":"DE"}},
"description":"<p>Build <b>robots</b> in Go.</p>","url":"https://jobs.acme.example/backend-engineer"}</script>
</head><body><h1>Backend Engineer</h1><p>Build robots in Go.</p></body></html>`

// newHost opens a real SQLite file in a temp folder, as the CLI would.
func newHost(t *testing.T) (*Host, *service.Services) { return newHostTB(t) }

func newHostTB(t testing.TB) (*Host, *service.Services) {
	t.Helper()
	dir := t.TempDir()
	db, err := store.Open(filepath.Join(dir, store.FileName), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	svc := service.New(db, service.Deps{DataDir: dir, Version: "test"})
	return &Host{Services: svc, Version: "test"}, svc
}

// session runs Serve over in-memory pipes and sends requests one by one.
type session struct {
	t    *testing.T
	in   *io.PipeWriter
	out  *io.PipeReader
	done chan error
}

func start(t *testing.T, h *Host) *session {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	s := &session{t: t, in: inW, out: outR, done: make(chan error, 1)}
	go func() {
		err := h.Serve(inR, outW)
		outW.CloseWithError(io.EOF)
		s.done <- err
	}()
	t.Cleanup(func() { inW.Close() })
	return s
}

func (s *session) send(raw []byte) Reply {
	s.t.Helper()
	var head [4]byte
	binary.NativeEndian.PutUint32(head[:], uint32(len(raw))) //nolint:gosec // G115: the tests' messages are far below 4 GB
	go func() {
		// A host that refuses the message stops reading: the write then
		// fails, and the reply read below is what the test checks.
		_, _ = s.in.Write(head[:])
		_, _ = s.in.Write(raw)
	}()
	body, err := ReadMessage(s.out)
	if err != nil {
		s.t.Fatalf("read reply: %v", err)
	}
	var r Reply
	if err := json.Unmarshal(body, &r); err != nil {
		s.t.Fatalf("reply %s: %v", body, err)
	}
	return r
}

func (s *session) call(req any) Reply {
	s.t.Helper()
	b, err := json.Marshal(req)
	if err != nil {
		s.t.Fatal(err)
	}
	return s.send(b)
}

func count(t *testing.T, svc *service.Services) int {
	t.Helper()
	res, err := svc.Applications.List(model.ListQuery{})
	if err != nil {
		t.Fatal(err)
	}
	return res.Total
}

func TestFramingRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteMessage(&buf, map[string]string{"type": "status", "x": "<é>"}); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()
	if n := binary.NativeEndian.Uint32(b[:4]); int(n) != len(b)-4 {
		t.Fatalf("length prefix %d, body %d bytes", n, len(b)-4)
	}
	got, err := ReadMessage(&buf)
	if err != nil || string(got) != `{"type":"status","x":"<é>"}` {
		t.Fatalf("read back %q, %v", got, err)
	}
	if _, err := ReadMessage(&buf); !errors.Is(err, io.EOF) {
		t.Fatalf("at the end: %v, want io.EOF", err)
	}
	if _, err := ReadMessage(bytes.NewReader([]byte{5, 0})); err == nil || errors.Is(err, io.EOF) {
		t.Fatalf("cut length: %v, want an error other than EOF", err)
	}
	if err := WriteMessage(io.Discard, strings.Repeat("x", MaxMessage)); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("over 1 MB reply: %v, want ErrTooLarge", err)
	}
}

func TestReadSaveAndAlreadySaved(t *testing.T) {
	h, svc := newHost(t)
	s := start(t, h)
	page := "https://www.jobs.acme.example/backend-engineer?utm_source=x#apply"

	r := s.call(Request{Type: "read", URL: page, HTML: jobPage})
	if r.Type != "job" || r.Job == nil {
		t.Fatalf("read: %+v", r)
	}
	if r.Job.Title != "Backend Engineer" || r.Job.Company != "Acme Robotics" || !strings.Contains(r.Job.Location, "Berlin") {
		t.Fatalf("read job %+v", r.Job)
	}
	if strings.Contains(r.Job.Description, "<") || !strings.Contains(r.Job.Description, "robots") {
		t.Fatalf("description %q", r.Job.Description)
	}
	if r.Saved != nil || len(r.Stages) == 0 || r.Stages[0] != "Wishlist" {
		t.Fatalf("saved %+v, stages %v", r.Saved, r.Stages)
	}

	job := *r.Job
	job.Title = "Senior Backend Engineer" // corrected by the user
	r = s.call(Request{Type: "save", Job: &job, Stage: "wishlist"})
	if r.Type != "saved" || r.ID == 0 || r.Already {
		t.Fatalf("save: %+v", r)
	}
	d, err := svc.Applications.Get(r.ID)
	if err != nil {
		t.Fatal(err)
	}
	a := d.Application
	if a.Title != "Senior Backend Engineer" || a.Company != "Acme Robotics" || a.Stage != "Wishlist" ||
		a.URL != "https://jobs.acme.example/backend-engineer" || a.Source != "jobs.acme.example" {
		t.Fatalf("stored %+v", a)
	}

	// The same page again (another tracking link): already saved, by link.
	r = s.call(Request{Type: "read", URL: "http://jobs.acme.example/backend-engineer/?trk=feed", HTML: jobPage})
	if r.Saved == nil || r.Saved.ID != a.ID || r.Saved.Match != "url" {
		t.Fatalf("second read: saved %+v", r.Saved)
	}
	// A second save does not make a second application.
	r = s.call(Request{Type: "save", Job: &job})
	if r.Type != "saved" || !r.Already || r.ID != a.ID {
		t.Fatalf("second save: %+v", r)
	}
	if n := count(t, svc); n != 1 {
		t.Fatalf("%d applications, want 1", n)
	}
}

func TestDuplicateByCompanyAndTitle(t *testing.T) {
	h, svc := newHost(t)
	old, err := svc.Applications.Create(model.Application{Company: "ACME Robotics", Title: "backend engineer"})
	if err != nil {
		t.Fatal(err)
	}
	r := start(t, h).call(Request{Type: "read", URL: "https://boards.example/acme/1", HTML: jobPage})
	if r.Saved == nil || r.Saved.ID != old.ID || r.Saved.Match != "company+title" {
		t.Fatalf("saved %+v", r.Saved)
	}
}

func TestBadRequestsChangeNothing(t *testing.T) {
	h, svc := newHost(t)
	s := start(t, h)
	job := &Job{Title: "T", Company: "C"}
	bad := map[string][]byte{
		"not JSON":       []byte(`{"type":`),
		"an array":       []byte(`[1,2]`),
		"no type":        []byte(`{"job":{"title":"T","company":"C"}}`),
		"unknown type":   []byte(`{"type":"delete","id":1}`),
		"unknown field":  mustJSON(t, map[string]any{"type": "save", "job": job, "sql": "drop"}),
		"wrong type":     []byte(`{"type":"save","job":"T at C"}`),
		"two objects":    []byte(`{"type":"status"}{"type":"status"}`),
		"save no job":    []byte(`{"type":"save"}`),
		"save no title":  mustJSON(t, Request{Type: "save", Job: &Job{Company: "C"}}),
		"bad stage":      mustJSON(t, Request{Type: "save", Job: job, Stage: "Nope"}),
		"read no html":   mustJSON(t, Request{Type: "read", URL: "https://x.example/"}),
		"read file url":  mustJSON(t, Request{Type: "read", URL: "file:///etc/passwd", HTML: jobPage}),
		"read no job":    mustJSON(t, Request{Type: "read", URL: "https://x.example/", HTML: "<html><body></body></html>"}),
		"empty message":  {},
		"over 1 MB save": mustJSON(t, Request{Type: "save", Job: &Job{Title: "T", Company: "C", Description: strings.Repeat("x", MaxMessage)}}),
	}
	for name, raw := range bad {
		r := s.send(raw)
		if r.Type != "error" || r.Error == "" {
			t.Errorf("%s: reply %+v, want an error", name, r)
		}
	}
	// The stream is still in step after every bad message.
	if r := s.call(Request{Type: "status"}); r.Type != "status" || r.Version != "test" || len(r.Stages) == 0 {
		t.Fatalf("status after bad requests: %+v", r)
	}
	if n := count(t, svc); n != 0 {
		t.Fatalf("%d applications after bad requests, want 0", n)
	}
}

func TestServeEndsWithInput(t *testing.T) {
	h, _ := newHost(t)
	s := start(t, h)
	s.call(Request{Type: "status"})
	s.in.Close()
	if err := <-s.done; err != nil {
		t.Fatalf("Serve after EOF: %v", err)
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
