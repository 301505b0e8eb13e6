package doctext

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// readyChild waits until the pool holds a child that has said it is ready
// and returns it (left in the pool).
func readyChild(t testing.TB) *child {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		pool.Lock()
		c := pool.ready
		pool.Unlock()
		if c != nil {
			select {
			case <-c.ready:
				return c
			case <-time.After(time.Until(deadline)):
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatal("no warm child became ready")
	return nil
}

// TestWarmChild reads through a child started in advance: the same text as
// a cold read, the child is gone after its one file, a successor is ready
// for the next read, and cooling down ends the waiting child.
func TestWarmChild(t *testing.T) {
	t.Cleanup(cool)
	data := makePDF([][]textItem{cvPage(1)})
	want, err := Extract(data, "cv.pdf", "")
	if err != nil {
		t.Fatal(err)
	}
	Warm()
	first := readyChild(t)
	doc, run, err := readChild(context.Background(), "cv.pdf", data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !run.warm {
		t.Errorf("the read did not take the warm child")
	}
	if doc.Text() != want.Text() {
		t.Errorf("warm child text differs:\n%s\n---\n%s", doc.Text(), want.Text())
	}
	if !first.exited() {
		t.Errorf("the warm child still runs after its file")
	}
	next := readyChild(t)
	if next == first || next.cmd.Process.Pid == first.cmd.Process.Pid {
		t.Fatalf("no successor was started")
	}
	cool()
	select {
	case <-next.done:
	case <-time.After(5 * time.Second):
		t.Fatalf("the waiting child outlived cool()")
	}
	if _, run, err := readChild(context.Background(), "cv.pdf", data, Options{}); err != nil || run.warm {
		t.Errorf("after cool(): warm=%v err=%v, want a cold read", run.warm, err)
	}
}

// TestWarmChildDeadlineFromRequest: a warm child's deadline counts from the
// read, not from its start; a warm child that hangs is still killed at it.
func TestWarmChildDeadlineFromRequest(t *testing.T) {
	t.Cleanup(cool)
	data := makePDF([][]textItem{cvPage(1)})
	opt := Options{Timeout: 1500 * time.Millisecond}
	Warm()
	readyChild(t)
	time.Sleep(opt.Timeout + 500*time.Millisecond)
	if _, run, err := readChild(context.Background(), "cv.pdf", data, opt); err != nil || !run.warm {
		t.Fatalf("a child that waited longer than the deadline: warm=%v err=%v", run.warm, err)
	}

	cool()
	t.Setenv(envMisbehave, "hang") // inherited by the children started from now on
	Warm()
	readyChild(t)
	start := time.Now()
	_, run, err := readChild(context.Background(), "cv.pdf", data, opt)
	if !run.warm {
		t.Errorf("the hanging read did not take the warm child")
	}
	wantCode(t, err, model.CodeCorrupt, "took longer than 1.5s")
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("the hanging warm child was killed after %v", d)
	}
}

// TestWarmChildGone: a warm child that died while waiting (killed, say) is
// not used; the read starts a child of its own.
func TestWarmChildGone(t *testing.T) {
	t.Cleanup(cool)
	Warm()
	c := readyChild(t)
	if err := c.cmd.Process.Signal(os.Kill); err != nil {
		t.Fatal(err)
	}
	<-c.done
	doc, run, err := readChild(context.Background(), "cv.pdf", makePDF([][]textItem{cvPage(1)}), Options{})
	if err != nil || run.warm || len(doc.Pages) != 1 {
		t.Fatalf("warm=%v err=%v doc=%v, want a cold read that works", run.warm, err, doc)
	}
}

// TestWarmUpPDF: the PDF a warm child reads while it waits is read in full.
func TestWarmUpPDF(t *testing.T) {
	doc, err := Extract(warmUpPDF(), "warm-up.pdf", "")
	if err != nil {
		t.Fatal(err)
	}
	text := doc.Text()
	for _, want := range []string{"Warm Up\n", "Engineer, Example Ltd\t2020 - 2024\n", "Line 23: built things with care.\n"} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in:\n%s", want, text)
		}
	}
}
