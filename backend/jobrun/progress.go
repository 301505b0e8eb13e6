package jobrun

import (
	"context"
	"sync"
	"time"

	"github.com/huntbook/huntbook/backend/shellport"
)

// ProgressEvery is the least time between two job:progress events of a job.
const ProgressEvery = 100 * time.Millisecond

// Job is one running job as its work sees it: its id and where it reports
// progress. A nil *Job is valid and silent, for work run outside a Runner.
type Job struct {
	id     string
	kind   string
	ctx    context.Context
	cancel context.CancelFunc
	emit   shellport.Emitter

	mu      sync.Mutex
	last    time.Time              // when the last progress event went out
	pending *shellport.JobProgress // a report held back by the throttle
	timer   *time.Timer            // sends pending when its turn comes
	ended   bool
}

// ID is the job's id ("" for a nil Job).
func (j *Job) ID() string {
	if j == nil {
		return ""
	}
	return j.id
}

// Progress reports done of total units (total 0 when unknown) and a short
// stage message. Events go out at most every ProgressEvery: a report that
// comes sooner is held back and sent when its turn comes, unless a newer one
// replaces it, so the last report is always sent (before job:done).
func (j *Job) Progress(done, total int64, message string) {
	if j == nil {
		return
	}
	p := shellport.JobProgress{ID: j.id, Done: done, Total: total, Message: message}
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.ended {
		return
	}
	wait := ProgressEvery - time.Since(j.last)
	if j.pending == nil && wait <= 0 {
		j.send(p)
		return
	}
	j.pending = &p
	if j.timer == nil {
		j.timer = time.AfterFunc(wait, j.flush)
	}
}

// flush sends the held-back report, if any.
func (j *Job) flush() {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.timer = nil
	if j.pending != nil && !j.ended {
		j.send(*j.pending)
	}
}

// finish sends the held-back report and stops reporting: the job is done.
func (j *Job) finish() {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.timer != nil {
		j.timer.Stop()
		j.timer = nil
	}
	if j.pending != nil {
		j.send(*j.pending)
	}
	j.ended = true
}

// send emits p now; j.mu is held, so events of one job keep their order.
func (j *Job) send(p shellport.JobProgress) {
	j.pending = nil
	j.last = time.Now()
	j.emit.Emit(shellport.EventJobProgress, p)
}
