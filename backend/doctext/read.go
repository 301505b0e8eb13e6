package doctext

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/launch"
	"github.com/huntbook/huntbook/backend/model"
)

// maxResponse bounds the child's JSON output.
const maxResponse = 256 << 20

// childExecutable is the binary run as the child: the command line, huntbook,
// when the window's program has it beside it (it starts without loading GTK
// and WebKit), else the running binary (the test binary in tests).
var childExecutable = launch.Helper

// Read reads the file at path in an isolated child process (huntbook, or
// the running binary, run with ChildCommand) and returns its Document.
func Read(ctx context.Context, path string, opt Options) (*Document, error) {
	opt = opt.withDefaults()
	f, err := os.Open(path) //nolint:gosec // G304: the file the user chose to import
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, &model.Error{Code: model.CodeNotFound, Message: fmt.Sprintf("the file %s does not exist", filepath.Base(path)), Err: err}
		}
		return nil, &model.Error{Code: model.CodeInvalid, Message: fmt.Sprintf("the file %s cannot be opened: %v", filepath.Base(path), err), Err: err}
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil {
		if st.IsDir() {
			return nil, model.Errorf(model.CodeInvalid, "%s is a folder, not a document", filepath.Base(path))
		}
		if st.Size() > opt.MaxBytes {
			return nil, tooLargeError(st.Size(), opt.MaxBytes)
		}
	}
	data, err := io.ReadAll(io.LimitReader(f, opt.MaxBytes+1))
	if err != nil {
		return nil, &model.Error{Code: model.CodeInvalid, Message: fmt.Sprintf("the file %s cannot be read: %v", filepath.Base(path), err), Err: err}
	}
	return ReadBytes(ctx, filepath.Base(path), data, opt)
}

// ReadBytes is Read for bytes already in memory (piped to the child).
func ReadBytes(ctx context.Context, name string, data []byte, opt Options) (*Document, error) {
	doc, _, err := readChild(ctx, name, data, opt)
	return doc, err
}

// childRun describes one run of the child, for benchmarks.
type childRun struct {
	peakRSS int64 // bytes
	wall    time.Duration
	warm    bool // the child was started in advance
}

// readChild runs an extraction child on data (a warm one when one is
// ready) and decodes its answer.
func readChild(ctx context.Context, name string, data []byte, opt Options) (*Document, childRun, error) {
	opt = opt.withDefaults()
	var run childRun
	if int64(len(data)) > opt.MaxBytes {
		return nil, run, tooLargeError(int64(len(data)), opt.MaxBytes)
	}
	if err := ctx.Err(); err != nil {
		return nil, run, canceledError(err)
	}
	exe, err := childExecutable()
	if err != nil {
		return nil, run, &model.Error{Code: model.CodeInternal, Message: "the document reader cannot start", Err: fmt.Errorf("find executable: %w", err)}
	}
	// The password goes to our own child over its stdin pipe, not to disk.
	header, err := json.Marshal(childRequest{Name: filepath.Base(name), Password: opt.Password, //nolint:gosec // G117: see above
		MaxBytes: opt.MaxBytes, MaxMemory: opt.MaxMemory, Timeout: opt.Timeout})
	if err != nil {
		return nil, run, fmt.Errorf("encode request: %w", err)
	}
	header = append(header, '\n')

	start := time.Now()
	c := takeWarm(exe)
	run.warm = c != nil
	if c == nil {
		if c, err = startChild(exe, false); err != nil {
			return nil, run, &model.Error{Code: model.CodeInternal, Message: "the document reader cannot start", Err: err}
		}
	}
	timedOut, canceled := c.serve(ctx, header, data, opt.Timeout)
	run.wall = time.Since(start)
	run.peakRSS = peakRSS(c.cmd)
	if warming() {
		Warm() // the successor starts now, not while this child works: two cores
	}

	switch {
	case canceled:
		return nil, run, canceledError(ctx.Err())
	case timedOut:
		return nil, run, &model.Error{Code: model.CodeCorrupt, Err: fmt.Errorf("read %s: child killed after %v", name, opt.Timeout),
			Message: fmt.Sprintf("reading this file took longer than %v, so it was stopped: the file may be damaged; open it and save or export it again",
				opt.Timeout)}
	}
	cmd, stdout := c.cmd, c.stdout
	if cmd.ProcessState != nil && cmd.ProcessState.ExitCode() == childOK && !stdout.over {
		var resp childResponse
		if err := json.Unmarshal(stdout.buf.Bytes(), &resp); err == nil {
			if resp.Error != nil {
				return nil, run, resp.Error
			}
			if resp.Doc != nil {
				return resp.Doc, run, nil
			}
		}
	}
	return nil, run, crashError(name, cmd, c.waitErr, c.stderr.String(), stdout.over, opt)
}

func canceledError(err error) error {
	return &model.Error{Code: model.CodeCanceled, Message: "reading the document was canceled", Err: err}
}

// crashError describes a child that ended without an answer.
func crashError(name string, cmd *exec.Cmd, waitErr error, stderr string, overflow bool, opt Options) error {
	cause := fmt.Errorf("read %s: child: %w: %s", name, waitErr, lastLine(stderr))
	lower := strings.ToLower(stderr)
	code := -1
	if cmd.ProcessState != nil {
		code = cmd.ProcessState.ExitCode()
	}
	switch {
	case overflow:
		return &model.Error{Code: model.CodeTooLarge, Err: cause, Message: "this file holds too much text to read"}
	case strings.Contains(lower, "out of memory") || strings.Contains(lower, "cannot allocate memory") ||
		strings.Contains(lower, "failed to allocate") || // the race detector's runtime
		code == childOverLimit || signaled(cmd) && !strings.Contains(lower, "panic"):
		return &model.Error{Code: model.CodeCorrupt, Err: cause,
			Message: fmt.Sprintf("reading this file needed more than %s of memory,"+
				" so it was stopped: the file may be damaged; open it and save or export it again", megabytes(opt.MaxMemory))}
	case code == childWatchdog:
		return &model.Error{Code: model.CodeCorrupt, Err: cause,
			Message: "reading this file took too long, so it was stopped: the file may be damaged"}
	default:
		return &model.Error{Code: model.CodeCorrupt, Err: cause,
			Message: "the document reader crashed on this file: it may be damaged; open it and save or export it again"}
	}
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "fatal error") || strings.HasPrefix(l, "panic:") {
			return l
		}
	}
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// capWriter keeps up to max bytes and notes an overflow; first, if set, is
// closed at the first write.
type capWriter struct {
	buf   bytes.Buffer
	max   int
	over  bool
	first chan struct{}
	wrote bool
}

func (w *capWriter) Write(p []byte) (int, error) {
	if !w.wrote && len(p) > 0 {
		w.wrote = true
		if w.first != nil {
			close(w.first)
		}
	}
	if w.buf.Len()+len(p) > w.max {
		w.over = true
		return len(p), nil
	}
	return w.buf.Write(p)
}

// tailWriter keeps the first max bytes written (the start of a crash report
// names its cause).
type tailWriter struct {
	buf bytes.Buffer
	max int
}

func (w *tailWriter) Write(p []byte) (int, error) {
	if room := w.max - w.buf.Len(); room > 0 {
		w.buf.Write(p[:min(room, len(p))])
	}
	return len(p), nil
}

func (w *tailWriter) String() string { return w.buf.String() }
