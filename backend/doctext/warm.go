package doctext

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"
)

// A child is one extraction process: started, it waits on stdin for its one
// request. A warm child is started in advance (Warm), so that a read does
// not wait for the process to start: the app binary links WebKitGTK, whose
// dynamic loading is most of a cold read's time. Each child still reads one
// file, under the deadline and memory cap of that read, and is gone after.
type child struct {
	cmd     *exec.Cmd
	stdin   io.WriteCloser
	stdout  *capWriter
	stderr  *tailWriter
	ready   chan struct{} // closed when the child has written its ready mark
	done    chan struct{} // closed when the process has ended and been waited for
	waitErr error
}

// startChild starts exe as an extraction child. It returns as soon as the
// process exists; the child says it is ready by writing a newline (JSON
// whitespace, so the answer decodes the same). A child started in advance
// (ahead) warms itself up before it says so.
func startChild(exe string, ahead bool) (*child, error) {
	args := []string{ChildCommand}
	if ahead {
		args = append(args, warmUpFlag)
	}
	cmd := exec.Command(exe, args...)
	isolate(cmd)
	cmd.WaitDelay = 2 * time.Second
	cmd.Env = append(os.Environ(), "GOTRACEBACK=single")
	c := &child{cmd: cmd, ready: make(chan struct{}), done: make(chan struct{})}
	c.stdout = &capWriter{max: maxResponse, first: c.ready}
	c.stderr = &tailWriter{max: 4 << 10}
	cmd.Stdout, cmd.Stderr = c.stdout, c.stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, fmt.Errorf("child stdin: %w", err)
	}
	c.stdin = stdin
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start child: %w", err)
	}
	go func() {
		c.waitErr = cmd.Wait()
		close(c.done)
	}()
	return c, nil
}

// exited reports whether the child has already ended.
func (c *child) exited() bool {
	select {
	case <-c.done:
		return true
	default:
		return false
	}
}

// serve sends the request and the document, then waits for the child to end,
// killing it at the deadline (counted from now, not from its start) or when
// ctx is done.
func (c *child) serve(ctx context.Context, header, data []byte, timeout time.Duration) (timedOut, canceled bool) {
	go func() {
		// A child that dies or stops reading breaks the pipe: the writes
		// then fail, and the goroutine ends.
		if _, err := c.stdin.Write(header); err == nil {
			_, _ = io.Copy(c.stdin, bytes.NewReader(data))
		}
		_ = c.stdin.Close()
	}()
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case <-c.done:
	case <-ctx.Done():
		canceled = true
		_ = kill(c.cmd)
		<-c.done
	case <-t.C:
		timedOut = true
		_ = kill(c.cmd)
		<-c.done
	}
	return timedOut, canceled
}

// stop ends a child that was not used: its stdin closes (it exits on the
// empty request) and it is killed to be sure.
func (c *child) stop() {
	_ = c.stdin.Close()
	_ = kill(c.cmd)
	<-c.done
}

// warmIdle is how long warming lasts after the last Warm or warm read; then
// the waiting child is ended and its memory given back.
const warmIdle = 5 * time.Minute

// pool holds at most one warm child.
var pool struct {
	sync.Mutex
	ready    *child
	exe      string    // the binary ready runs
	until    time.Time // warming is on until then
	starting bool      // a child is being started for ready
	gen      int       // bumped when warming ends: a child started before is not kept
	timer    *time.Timer
}

// Warm starts an extraction child in advance, unless one is ready, and
// keeps one ready for the next few minutes: each read that takes it starts
// its successor. The window calls it when its CV view opens; the command
// line, which reads one file per process, does not.
func Warm() {
	pool.Lock()
	pool.until = time.Now().Add(warmIdle)
	if pool.timer == nil {
		pool.timer = time.AfterFunc(warmIdle, coolIfIdle)
	} else {
		pool.timer.Reset(warmIdle)
	}
	need := pool.ready == nil && !pool.starting
	pool.starting = pool.starting || need
	gen := pool.gen
	pool.Unlock()
	if need {
		go refill(gen)
	}
}

// refill starts a child for the pool, kept unless warming ended meanwhile.
func refill(gen int) {
	exe, err := childExecutable()
	var c *child
	if err == nil {
		c, err = startChild(exe, true)
	}
	pool.Lock()
	keep := false
	if pool.gen == gen {
		pool.starting = false
		keep = err == nil && pool.ready == nil && time.Now().Before(pool.until)
		if keep {
			pool.ready, pool.exe = c, exe
		}
	}
	pool.Unlock()
	if !keep && c != nil {
		c.stop()
	}
}

// takeWarm returns the ready child if it runs exe and is still alive, or nil.
func takeWarm(exe string) *child {
	pool.Lock()
	c, same := pool.ready, pool.exe == exe
	pool.ready = nil
	pool.Unlock()
	if c == nil {
		return nil
	}
	if !same || c.exited() {
		go c.stop()
		return nil
	}
	return c
}

// warming reports whether a child should be kept ready.
func warming() bool {
	pool.Lock()
	defer pool.Unlock()
	return time.Now().Before(pool.until)
}

// coolIfIdle ends warming once warmIdle has passed since the last use.
func coolIfIdle() {
	pool.Lock()
	if left := time.Until(pool.until); left > 0 {
		pool.timer.Reset(left)
		pool.Unlock()
		return
	}
	c := pool.ready
	pool.ready, pool.starting = nil, false
	pool.gen++
	pool.Unlock()
	if c != nil {
		c.stop()
	}
}

// cool ends warming at once and the waiting child with it (a child being
// started is not kept).
func cool() {
	pool.Lock()
	pool.until = time.Time{}
	pool.Unlock()
	coolIfIdle()
}

// warmUp reads a small PDF of the child's own and encodes the answer, before
// the real request: the code is paged in, the heap grown and the JSON type
// caches built while the child waits, not while the user does (the first
// file a process reads takes two to three times as long as the next).
func warmUp() {
	doc, err := Extract(warmUpPDF(), "warm-up.pdf", "")
	if err == nil {
		_ = json.NewEncoder(io.Discard).Encode(&childResponse{Doc: doc})
	}
	var req childRequest
	_ = json.Unmarshal([]byte(`{"name":"cv.pdf","maxBytes":1,"maxMemory":1,"timeout":1}`), &req)
}

// warmUpPDF is a one-page CV-like PDF: a heading, a title line with a
// right-aligned date, and lines of text, in two standard fonts.
func warmUpPDF() []byte {
	var content strings.Builder
	content.WriteString("BT /F2 16 Tf 60 780 Td (Warm Up) Tj ET\n")
	content.WriteString("BT /F2 11 Tf 60 750 Td [(Engineer, Example Ltd)] TJ 380 0 Td (2020 - 2024) Tj ET\n")
	for i := 0; i < 24; i++ {
		fmt.Fprintf(&content, "BT /F1 10 Tf 70 %d Td [(Line %d: built) -250 (things with) -250 (ca) 15 (re.)] TJ ET\n", 730-14*i, i)
	}
	return SimplePDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", content.Len(), content.String()),
	)
}
