package doctext

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

func wantCode(t *testing.T, err error, code model.Code, contains string) {
	t.Helper()
	var me *model.Error
	if !errors.As(err, &me) {
		t.Fatalf("err = %T %v, want a *model.Error %s", err, err, code)
	}
	if me.Code != code || !strings.Contains(me.Message, contains) || strings.Contains(me.Message, "\n") {
		t.Fatalf("err = {%s %q}, want code %s and a one-line message containing %q", me.Code, me.Message, code, contains)
	}
}

func TestReadThroughChild(t *testing.T) {
	data := makePDF([][]textItem{cvPage(1)})
	path := filepath.Join(t.TempDir(), "cv.pdf")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	doc, err := Read(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want, err := Extract(data, "cv.pdf", "")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text() != want.Text() || len(doc.Pages[0].Lines) != len(want.Pages[0].Lines) {
		t.Fatalf("child text differs from in-process text:\n%s\n---\n%s", doc.Text(), want.Text())
	}
	if doc.Pages[0].Lines[0] != want.Pages[0].Lines[0] {
		t.Errorf("line through JSON %+v, in process %+v", doc.Pages[0].Lines[0], want.Pages[0].Lines[0])
	}
}

func TestReadErrors(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	big := filepath.Join(dir, "big.pdf")
	if err := os.WriteFile(big, make([]byte, 3<<20), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Read(ctx, big, Options{MaxBytes: 1 << 20})
	wantCode(t, err, model.CodeTooLarge, "the file is 3 MB; Huntbook reads CVs up to 1 MB")

	_, err = ReadBytes(ctx, "big.pdf", make([]byte, 3<<20), Options{MaxBytes: 1 << 20})
	wantCode(t, err, model.CodeTooLarge, "3 MB")

	_, err = Read(ctx, filepath.Join(dir, "missing.pdf"), Options{})
	wantCode(t, err, model.CodeNotFound, "does not exist")

	_, err = ReadBytes(ctx, "cv.pdf", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 legacy word"), Options{})
	wantCode(t, err, model.CodeUnsupported, "save it as .docx or PDF")

	_, err = ReadBytes(ctx, "cv.pdf", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), Options{})
	wantCode(t, err, model.CodeUnsupported, "image")

	_, err = ReadBytes(ctx, "cv.pdf", []byte("%PDF-1.4\n1 0 obj << >> endobj\ntrailer <<>>\n%%EOF"), Options{})
	wantCode(t, err, model.CodeCorrupt, "damaged")

	_, err = ReadBytes(ctx, "empty.txt", []byte("  \n\n"), Options{})
	wantCode(t, err, model.CodeInvalid, "empty")

	canceled, cancel := context.WithCancel(ctx)
	cancel()
	_, err = ReadBytes(canceled, "cv.pdf", makePDF([][]textItem{cvPage(1)}), Options{})
	wantCode(t, err, model.CodeCanceled, "canceled")
}

// TestChildMisbehaving makes the real child hog memory, hang, crash or exit:
// each ends as a one-line error in the parent, which keeps running.
func TestChildMisbehaving(t *testing.T) {
	data := makePDF([][]textItem{cvPage(1)})
	cases := []struct {
		mode     string
		code     model.Code
		contains string
	}{
		{"hog", model.CodeCorrupt, "memory"},
		{"huge", model.CodeCorrupt, "memory"},
		{"hang", model.CodeCorrupt, "took longer than 1.5s"},
		{"crash", model.CodeCorrupt, "crashed"},
		{"exit", model.CodeCorrupt, "crashed"},
	}
	for _, tc := range cases {
		t.Run(tc.mode, func(t *testing.T) {
			t.Setenv(envMisbehave, tc.mode)
			_, run, err := readChild(context.Background(), "cv.pdf", data, Options{Timeout: 1500 * time.Millisecond, MaxMemory: 256 << 20})
			t.Logf("%s: %v (cause: %v; child peak RSS %d MB, %v)", tc.mode, err, errors.Unwrap(err), run.peakRSS>>20, run.wall.Round(time.Millisecond))
			wantCode(t, err, tc.code, tc.contains)
		})
	}
}

func TestReadCancelKillsChild(t *testing.T) {
	t.Setenv(envMisbehave, "hang")
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(200 * time.Millisecond); cancel() }()
	_, err := ReadBytes(ctx, "cv.pdf", makePDF([][]textItem{cvPage(1)}), Options{Timeout: time.Minute})
	wantCode(t, err, model.CodeCanceled, "canceled")
}
