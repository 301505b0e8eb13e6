package nativehost

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
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
