package doctext

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// ChildCommand is the hidden argv[1] that makes the binary act as the
// extraction child.
const ChildCommand = "__doctext-child"

// warmUpFlag, after ChildCommand, makes a child started in advance warm
// itself up while it waits (see warmUp).
const warmUpFlag = "--warm-up"

// childRequest is the first line the parent writes to the child's stdin;
// the document's bytes follow it.
type childRequest struct {
	Name      string        `json:"name"`
	Password  string        `json:"password,omitempty"`
	MaxBytes  int64         `json:"maxBytes"`
	MaxMemory int64         `json:"maxMemory"`
	Timeout   time.Duration `json:"timeout"`
}

// childResponse is what the child writes to stdout: a document or an error.
type childResponse struct {
	Doc   *Document    `json:"doc,omitempty"`
	Error *model.Error `json:"error,omitempty"`
}

// Exit codes of the child.
const (
	childOK        = 0 // a response (document or error) was written
	childBadInput  = 2 // the request could not be read
	childWatchdog  = 3 // the child's own deadline fired
	childOverLimit = 4 // the child's memory watchdog fired (where no rlimit exists)
)

// childExtract is what the child runs; tests of the isolation replace it in
// the child process (see TestMain) with code that hogs memory, hangs or
// crashes.
var childExtract = Extract

// ChildMain runs the child side: reads the request from stdin, writes the
// Document (JSON) to stdout, returns the exit code. args are what follows
// ChildCommand. main.go calls it when
// os.Args[1] == ChildCommand, before anything else (no GTK, no database).
func ChildMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == warmUpFlag {
		warmUp()
	}
	// The ready mark: a newline (JSON whitespace) tells a parent that
	// started this child in advance that it is loaded and waiting.
	if _, err := stdout.Write([]byte{'\n'}); err != nil {
		return childBadInput
	}
	br := bufio.NewReaderSize(stdin, 64<<10)
	header, err := br.ReadSlice('\n')
	if err != nil {
		fmt.Fprintf(stderr, "doctext child: read request: %v\n", err)
		return childBadInput
	}
	var req childRequest
	if err := json.Unmarshal(header, &req); err != nil {
		fmt.Fprintf(stderr, "doctext child: decode request: %v\n", err)
		return childBadInput
	}
	req.MaxBytes = max(req.MaxBytes, 1)
	if req.MaxMemory > 0 {
		limitMemory(req.MaxMemory, stderr)
	}
	debug.SetMaxStack(64 << 20)
	runtime.GOMAXPROCS(min(runtime.GOMAXPROCS(0), 2))
	if req.Timeout > 0 {
		// The parent kills the child at the deadline; this is the backstop
		// for a parent that is gone.
		time.AfterFunc(req.Timeout+2*time.Second, func() { os.Exit(childWatchdog) })
	}
	data, err := io.ReadAll(io.LimitReader(br, req.MaxBytes+1))
	if err != nil {
		fmt.Fprintf(stderr, "doctext child: read document: %v\n", err)
		return childBadInput
	}
	var resp childResponse
	if int64(len(data)) > req.MaxBytes {
		resp.Error = tooLargeError(int64(len(data)), req.MaxBytes)
	} else if doc, err := childExtract(data, req.Name, req.Password); err != nil {
		resp.Error = model.AsError(err)
		resp.Error.Message = userMessage(err)
	} else {
		resp.Doc = doc
	}
	if err := json.NewEncoder(stdout).Encode(&resp); err != nil {
		fmt.Fprintf(stderr, "doctext child: write response: %v\n", err)
		return childBadInput
	}
	return childOK
}

// userMessage is the message of the first *model.Error in err's chain (the
// one written for users), or err's text.
func userMessage(err error) string {
	var me *model.Error
	for e := err; errors.As(e, &me); e = me.Err {
		if me.Message != "" {
			return me.Message
		}
	}
	return err.Error()
}

func tooLargeError(size, limit int64) *model.Error {
	return model.Errorf(model.CodeTooLarge, "the file is %s; Huntbook reads CVs up to %s", megabytes(size), megabytes(limit))
}

func megabytes(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KB", (n+1023)>>10)
	}
	return fmt.Sprintf("%d MB", (n+(1<<19))>>20)
}
