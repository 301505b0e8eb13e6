// Package jobrun runs the app's long work (a CV import, an AI run, a
// calendar sync) as jobs the page can follow and stop: each job gets an id at
// once, reports job:progress at most every 100 ms (the last report always
// goes out), can be cancelled by id, and ends with one job:done carrying the
// result or the error's code and message (model.AsError). A panic in a job
// ends it with an internal error instead of the process.
package jobrun

import (
	"context"
	"errors"
	"fmt"
	"log"
	"runtime/debug"
	"sync"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/shellport"
)

// Work is what a job does. It should stop soon after ctx is cancelled and
// report progress through job. Its result goes into job:done even with an
// error (a partial AI reply, say); a nil result leaves it out.
type Work func(ctx context.Context, job *Job) (any, error)

// ErrBusy is returned by RunOne when a job of the same kind is running.
var ErrBusy = errors.New("a job of this kind is already running")

// Runner starts jobs and remembers the running ones. Its zero value is not
// usable; call New.
type Runner struct {
	emit shellport.Emitter

	mu      sync.Mutex
	seq     int64
	running map[string]*Job
}

// New returns a Runner that reports through emit (nil drops the events).
func New(emit shellport.Emitter) *Runner {
	if emit == nil {
		emit = shellport.Discard{}
	}
	return &Runner{emit: emit, running: map[string]*Job{}}
}

// Start runs work in the background as a job of kind and returns its id
// ("<kind>-<n>") at once. Any number of jobs of a kind may run together.
func (r *Runner) Start(kind string, work Work) string {
	r.mu.Lock()
	j := r.register(context.Background(), kind)
	r.mu.Unlock()
	go r.background(j, work)
	return j.id
}

// StartOne is Start for work that runs one at a time: when a job of kind is
// already running it starts nothing and returns that job's id and false.
func (r *Runner) StartOne(kind string, work Work) (id string, started bool) {
	r.mu.Lock()
	if ids := r.runningLocked(kind); len(ids) > 0 {
		r.mu.Unlock()
		return ids[0], false
	}
	j := r.register(context.Background(), kind)
	r.mu.Unlock()
	go r.background(j, work)
	return j.id, true
}

// RunOne runs work as a job of kind on the caller's goroutine (the command
// line's way) and reports it like Start; ctx ends it like Cancel does. When
// a job of kind is already running it returns ErrBusy and runs nothing.
func (r *Runner) RunOne(ctx context.Context, kind string, work Work) (any, error) {
	r.mu.Lock()
	if len(r.runningLocked(kind)) > 0 {
		r.mu.Unlock()
		return nil, ErrBusy
	}
	j := r.register(ctx, kind)
	r.mu.Unlock()
	return r.run(j, work)
}

// Cancel stops the running job id of kind and reports whether there was
// one; the job still ends with job:done (Cancelled when it stopped in time).
func (r *Runner) Cancel(kind, id string) bool {
	r.mu.Lock()
	j := r.running[id]
	r.mu.Unlock()
	if j == nil || j.kind != kind {
		return false
	}
	j.cancel()
	return true
}

// Running returns the ids of the running jobs of kind.
func (r *Runner) Running(kind string) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.runningLocked(kind)
}

func (r *Runner) runningLocked(kind string) []string {
	ids := []string{}
	for id, j := range r.running {
		if j.kind == kind {
			ids = append(ids, id)
		}
	}
	return ids
}

// register adds a job of kind under a new id; r.mu is held.
func (r *Runner) register(parent context.Context, kind string) *Job {
	r.seq++
	ctx, cancel := context.WithCancel(parent)
	j := &Job{id: fmt.Sprintf("%s-%d", kind, r.seq), kind: kind, ctx: ctx, cancel: cancel, emit: r.emit}
	r.running[j.id] = j
	return j
}

// background runs work for j on its own goroutine: job:done reports the
// outcome.
func (r *Runner) background(j *Job, work Work) {
	_, _ = r.run(j, work)
}

// run runs work for j, then forgets j and sends job:done.
func (r *Runner) run(j *Job, work Work) (res any, err error) {
	defer func() {
		if p := recover(); p != nil {
			log.Printf("huntbook: job %s panicked: %v\n%s", j.id, p, debug.Stack())
			res, err = nil, model.Errorf(model.CodeInternal, "%s stopped on an internal error: %v", j.id, p)
		}
		j.cancel()
		r.mu.Lock()
		delete(r.running, j.id)
		r.mu.Unlock()
		j.finish()
		r.emit.Emit(shellport.EventJobDone, doneEvent(j.id, res, err))
	}()
	return work(j.ctx, j)
}

// doneEvent is the job:done payload for a job that returned res and err.
func doneEvent(id string, res any, err error) shellport.JobDone {
	done := shellport.JobDone{ID: id, OK: err == nil, Result: res}
	if err != nil {
		e := model.AsError(err)
		done.ErrorCode, done.ErrorMessage = string(e.Code), e.Message
		done.Cancelled = e.Code == model.CodeCanceled
	}
	return done
}
