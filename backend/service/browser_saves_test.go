package service

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/shellport"
	"github.com/huntbook/huntbook/backend/store"
)

// outsideServices are the services another process (the native host, the
// command line) runs over the window's file.
func outsideServices(t *testing.T, s *Services) *Services {
	t.Helper()
	db, err := store.Open(s.Applications.db.Path(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return New(db, Deps{DataDir: t.TempDir()})
}

// waitChange runs the watcher until it emits an app:changed whose payload
// ok accepts, writing with write before each look (the watcher may not have
// taken its starting point yet), and returns that payload.
func waitChange(t *testing.T, s *Services, fake *shellport.Fake, write func(), ok func(OutsideChange) bool) OutsideChange {
	t.Helper()
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { s.WatchOutsideWrites(ctx, 5*time.Millisecond); close(done) }()
	defer func() { stop(); <-done }()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		write()
		for _, ev := range fake.Named(shellport.EventAppChanged) {
			// The window's own writes emit shellport.AppChanged with their ids.
			if p, isOutside := ev.(OutsideChange); isOutside && ok(p) {
				return p
			}
		}
	}
	t.Fatal("no app:changed with the expected payload")
	return OutsideChange{}
}

// A job the native host saves while the window is open reaches the page in
// app:changed with its id, title and company, once; a plain outside write
// (the command line's add) names no browser save.
func TestBrowserSaveWhileTheWindowIsOpenIsAnnounced(t *testing.T) {
	s, fake := newServices(t)
	outside := outsideServices(t, s)
	saved := map[int64]bool{}
	p := waitChange(t, s, fake, func() {
		a, err := outside.SaveFromBrowser(model.Application{Company: "Acme", Title: "Go Engineer", URL: "https://acme.example/jobs/1"})
		if err != nil {
			t.Fatal(err)
		}
		saved[a.ID] = true
	}, func(p OutsideChange) bool { return len(p.SavedFromBrowser) > 0 })
	for _, v := range p.SavedFromBrowser {
		if !saved[v.ID] || v.Title != "Go Engineer" || v.Company != "Acme" {
			t.Fatalf("announced %+v, saved %v", v, saved)
		}
	}
	b, _ := json.Marshal(p)
	var back struct {
		IDs   []int64 `json:"ids"`
		Saved []struct {
			ID      int64  `json:"id"`
			Title   string `json:"title"`
			Company string `json:"company"`
		} `json:"savedFromBrowser"`
	}
	if err := json.Unmarshal(b, &back); err != nil || back.IDs == nil || len(back.IDs) != 0 || back.Saved[0].Company != "Acme" {
		t.Fatalf("payload JSON %s (%v)", b, err)
	}
	// Every save is announced once over all the events.
	seen := map[int64]int{}
	for _, ev := range fake.Named(shellport.EventAppChanged) {
		p, _ := ev.(OutsideChange)
		for _, v := range p.SavedFromBrowser {
			seen[v.ID]++
		}
	}
	for id, n := range seen {
		if n != 1 {
			t.Fatalf("application %d announced %d times", id, n)
		}
	}
}

// The window's own create, an outside add by the command line and an import
// in another process announce nothing.
func TestOtherWritesAnnounceNoBrowserSave(t *testing.T) {
	s, fake := newServices(t)
	outside := outsideServices(t, s)
	if _, err := s.Applications.Create(model.Application{Company: "Mine", Title: "Typed"}); err != nil {
		t.Fatal(err)
	}
	cliDB := cli(t, s)
	// A dataset exported from a file where the extension saved a job.
	src, _ := newServices(t)
	a, err := src.SaveFromBrowser(model.Application{Company: "Initech", Title: "Analyst"})
	if err != nil {
		t.Fatal(err)
	}
	ds, err := src.Applications.db.Export(context.Background())
	if err != nil || len(ds.Tables["browser_saves"]) != 1 {
		t.Fatalf("export of a browser save (%d): %v", a.ID, err)
	}
	n := 0
	waitChange(t, s, fake, func() {
		n++
		if _, err := cliDB.CreateApplication(context.Background(), model.Application{Company: "Globex", Title: "Dev " + string(rune('A'+n%26))}); err != nil {
			t.Fatal(err)
		}
		if _, err := outside.Applications.db.Import(context.Background(), ds); err != nil {
			t.Fatal(err)
		}
	}, func(p OutsideChange) bool {
		if len(p.SavedFromBrowser) != 0 {
			t.Fatalf("announced %+v", p.SavedFromBrowser)
		}
		return n > 3
	})
}
