package jobrun

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/shellport"
)

// waitDone waits for the job:done of id and returns it with every
// job:progress of id sent before it.
func waitDone(t *testing.T, f *shellport.Fake, id string, done <-chan struct{}) (shellport.JobDone, []shellport.JobProgress) {
	t.Helper()
	<-done
	var progress []shellport.JobProgress
	var end *shellport.JobDone
	for _, e := range f.Emitted() {
		switch p := e.Payload.(type) {
		case shellport.JobProgress:
			if p.ID == id {
				if end != nil {
					t.Fatalf("progress %+v after job:done", p)
				}
				progress = append(progress, p)
			}
		case shellport.JobDone:
			if p.ID == id {
				if end != nil {
					t.Fatalf("two job:done for %s", id)
				}
				end = &p
			}
		}
	}
	if end == nil {
		t.Fatalf("no job:done for %s in %+v", id, f.Emitted())
	}
	return *end, progress
}

// doneEmitter closes a channel at each job:done so tests can wait for it.
type doneEmitter struct {
	*shellport.Fake
	done chan struct{}
}

func (d doneEmitter) Emit(event string, payload any) {
	d.Fake.Emit(event, payload)
	if event == shellport.EventJobDone {
		d.done <- struct{}{}
	}
}

func newRunner() (*Runner, *shellport.Fake, chan struct{}) {
	f := &shellport.Fake{}
	done := make(chan struct{}, 16)
	return New(doneEmitter{Fake: f, done: done}), f, done
}

// A thousand quick reports become a handful of events, and the last report
// is among them, sent before job:done.
func TestProgressIsThrottledAndTheLastIsSent(t *testing.T) {
	r, f, done := newRunner()
	id := r.Start("cv-import", func(_ context.Context, j *Job) (any, error) {
		for i := int64(1); i <= 1000; i++ {
			j.Progress(i, 1000, fmt.Sprintf("step %d", i))
		}
		return "saved", nil
	})
	end, progress := waitDone(t, f, id, done)
	if !end.OK || end.Result != "saved" || end.ErrorCode != "" {
		t.Fatalf("job:done %+v", end)
	}
	if len(progress) == 0 || len(progress) > 20 {
		t.Fatalf("%d progress events for 1000 quick reports, want 1 to 20", len(progress))
	}
	if last := progress[len(progress)-1]; last.Done != 1000 || last.Total != 1000 || last.Message != "step 1000" {
		t.Fatalf("last progress %+v, want step 1000 of 1000", last)
	}
	if !strings.HasPrefix(id, "cv-import-") {
		t.Errorf("id %q", id)
	}
}

// A report held back by the throttle still goes out while the job runs on.
func TestHeldBackProgressIsSentWhileTheJobRuns(t *testing.T) {
	r, f, done := newRunner()
	seen := make(chan struct{})
	id := r.Start("ai", func(ctx context.Context, j *Job) (any, error) {
		j.Progress(1, 2, "first")
		j.Progress(2, 2, "second") // held back: too soon after the first
		for {
			for _, p := range f.Named(shellport.EventJobProgress) {
				if p.(shellport.JobProgress).Message == "second" {
					close(seen)
					return nil, nil
				}
			}
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-time.After(time.Millisecond):
			}
		}
	})
	<-seen
	end, progress := waitDone(t, f, id, done)
	if !end.OK || len(progress) != 2 {
		t.Fatalf("done %+v, progress %+v", end, progress)
	}
}

// Cancel stops the job, job:done says cancelled with the canceled code, and
// a finished or unknown job, or one of another kind, cannot be cancelled.
func TestCancel(t *testing.T) {
	r, f, done := newRunner()
	started := make(chan struct{})
	id := r.Start("calendar-sync", func(ctx context.Context, _ *Job) (any, error) {
		close(started)
		<-ctx.Done()
		return map[string]int{"saved": 3}, fmt.Errorf("sync: %w", ctx.Err())
	})
	<-started
	if got := r.Running("calendar-sync"); len(got) != 1 || got[0] != id {
		t.Fatalf("Running = %v, want [%s]", got, id)
	}
	if r.Cancel("ai", id) {
		t.Fatal("cancelled a calendar sync as an AI run")
	}
	if !r.Cancel("calendar-sync", id) {
		t.Fatal("Cancel found no job")
	}
	end, _ := waitDone(t, f, id, done)
	if end.OK || !end.Cancelled || end.ErrorCode != string(model.CodeCanceled) || !strings.Contains(end.ErrorMessage, "sync: context canceled") {
		t.Fatalf("job:done %+v", end)
	}
	if res, ok := end.Result.(map[string]int); !ok || res["saved"] != 3 {
		t.Fatalf("result of the cancelled job %#v, want what it returned", end.Result)
	}
	if r.Cancel("calendar-sync", id) || r.Cancel("calendar-sync", "calendar-sync-99") {
		t.Fatal("cancelled a finished or unknown job")
	}
	if got := r.Running("calendar-sync"); len(got) != 0 {
		t.Fatalf("still running: %v", got)
	}
}

// Errors reach job:done with their model code and full message; other
// errors are internal.
func TestErrorCodes(t *testing.T) {
	r, f, done := newRunner()
	cases := []struct {
		err      error
		code     model.Code
		message  string
		canceled bool
	}{
		{fmt.Errorf("import cv.pdf: %w", model.Errorf(model.CodeTooLarge, "cv.pdf is 30 MB")), model.CodeTooLarge, "import cv.pdf: cv.pdf is 30 MB", false},
		{&model.Error{Code: model.CodeInvalid, Field: "password", Message: "the PDF needs a password"}, model.CodeInvalid, "the PDF needs a password", false},
		{errors.New("disk full"), model.CodeInternal, "disk full", false},
		{context.DeadlineExceeded, model.CodeCanceled, "context deadline exceeded", true},
	}
	for _, c := range cases {
		id := r.Start("ai", func(context.Context, *Job) (any, error) { return nil, c.err })
		end, _ := waitDone(t, f, id, done)
		if end.OK || end.ErrorCode != string(c.code) || end.ErrorMessage != c.message || end.Cancelled != c.canceled || end.Result != nil {
			t.Errorf("%v: job:done %+v", c.err, end)
		}
	}
}

// A panicking job ends with an internal error in job:done, the process goes
// on, and the job is no longer running.
func TestPanicBecomesAnError(t *testing.T) {
	r, f, done := newRunner()
	id := r.Start("cv-import", func(_ context.Context, j *Job) (any, error) {
		j.Progress(1, 4, "Reading the file")
		n := -len("x")
		return strings.Repeat("x", n), nil // panics: negative Repeat count

	})
	end, progress := waitDone(t, f, id, done)
	if end.OK || end.ErrorCode != string(model.CodeInternal) || !strings.Contains(end.ErrorMessage, "negative Repeat count") {
		t.Fatalf("job:done %+v", end)
	}
	if len(progress) != 1 {
		t.Fatalf("progress %+v", progress)
	}
	if got := r.Running("cv-import"); len(got) != 0 {
		t.Fatalf("still running: %v", got)
	}
	res, err := r.RunOne(context.Background(), "cv-import", func(context.Context, *Job) (any, error) { panic("again") })
	if res != nil || model.ErrorCode(err) != model.CodeInternal || !strings.Contains(err.Error(), "again") {
		t.Fatalf("RunOne after a panic = %v, %v", res, err)
	}
	<-done
}

// StartOne and RunOne run one job of a kind at a time: StartOne hands back
// the running job's id, RunOne refuses with ErrBusy; other kinds still run.
func TestOneAtATime(t *testing.T) {
	r, f, done := newRunner()
	release := make(chan struct{})
	first, started := r.StartOne("calendar-sync", func(context.Context, *Job) (any, error) {
		<-release
		return "first", nil
	})
	if !started {
		t.Fatal("the first sync did not start")
	}
	if again, started := r.StartOne("calendar-sync", func(context.Context, *Job) (any, error) { return nil, nil }); started || again != first {
		t.Fatalf("second StartOne = %q, %v; want %q, false", again, started, first)
	}
	if _, err := r.RunOne(context.Background(), "calendar-sync", func(context.Context, *Job) (any, error) { return nil, nil }); !errors.Is(err, ErrBusy) {
		t.Fatalf("RunOne while one runs: %v", err)
	}
	res, err := r.RunOne(context.Background(), "ai", func(_ context.Context, j *Job) (any, error) {
		j.Progress(1, 1, "done")
		return j.ID(), nil
	})
	if err != nil || !strings.HasPrefix(res.(string), "ai-") {
		t.Fatalf("RunOne of another kind = %v, %v", res, err)
	}
	<-done
	close(release)
	end, _ := waitDone(t, f, first, done)
	if !end.OK || end.Result != "first" {
		t.Fatalf("job:done %+v", end)
	}
	if _, started := r.StartOne("calendar-sync", func(context.Context, *Job) (any, error) { return nil, nil }); !started {
		t.Fatal("no new sync after the first ended")
	}
	<-done
}

// A nil Job is silent, for work run outside a Runner.
func TestNilJobIsSilent(t *testing.T) {
	var j *Job
	j.Progress(1, 2, "x")
	if j.ID() != "" {
		t.Fatal("nil job has an id")
	}
}
