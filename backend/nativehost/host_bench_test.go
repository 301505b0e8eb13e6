package nativehost

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/model"
)

// BenchmarkReadAndSave is the host's share of click-to-saved: reading the
// page and saving the job, in process (the browser's start of the host
// process, ~150 ms for the desktop binary, comes on top).
func BenchmarkReadAndSave(b *testing.B) {
	h, _ := newHostTB(b)
	for i := 0; b.Loop(); i++ {
		page := strings.NewReplacer("Backend Engineer", fmt.Sprintf("Backend Engineer %d", i),
			"/backend-engineer", fmt.Sprintf("/backend-engineer-%d", i)).Replace(jobPage)
		read, _ := json.Marshal(Request{Type: "read", URL: fmt.Sprintf("https://jobs.example/%d", i), HTML: page})
		r := h.Handle(read)
		if r.Type != "job" {
			b.Fatalf("read: %+v", r)
		}
		save, _ := json.Marshal(Request{Type: "save", Job: r.Job})
		if r := h.Handle(save); r.Type != "saved" || r.Already {
			b.Fatalf("save: %+v", r)
		}
	}
}

// BenchmarkReadWith5000Saved is reading a page when 5,000 applications are
// saved: the link check is the store's indexed lookup by joburl.Key.
func BenchmarkReadWith5000Saved(b *testing.B) {
	h, svc := newHostTB(b)
	for i := range 5000 {
		a := model.Application{Company: fmt.Sprintf("Company %d", i), Title: "Engineer",
			URL: fmt.Sprintf("https://jobs.example/%d", i), Description: strings.Repeat("Build things. ", 300)}
		if _, err := svc.Applications.Create(a); err != nil {
			b.Fatal(err)
		}
	}
	read, _ := json.Marshal(Request{Type: "read", URL: "https://jobs.example/new", HTML: jobPage})
	for b.Loop() {
		if r := h.Handle(read); r.Type != "job" || r.Saved != nil {
			b.Fatalf("read: %+v", r)
		}
	}
}
