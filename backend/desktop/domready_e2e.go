//go:build e2e

package desktop

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"

	wruntime "github.com/wailsapp/wails/v2/pkg/runtime"
)

// End-to-end protocol, active only in binaries built with -tags e2e and run
// with HUNTBOOK_E2E_SCRIPT set. After DOM ready the script runs in the real
// webview and talks back through Wails events:
//
//	e2e:log   {line}         progress line, printed at once
//	e2e:shot  {name}         take a screenshot of the X display to SHOTS/name.png,
//	                         answered with e2e:shot-done {name, ok, path, error}
//	e2e:done  {ok, log}      result; the process exits 0 when ok, 1 otherwise
//
// Variables: HUNTBOOK_E2E_SCRIPT (path), HUNTBOOK_E2E_SHOTS (screenshot folder,
// default build/e2e-shots), HUNTBOOK_E2E_TIMEOUT (Go duration, default 60s:
// past it the process prints the log so far and exits 1).
const (
	e2eScriptLimit  = 1 << 20
	e2eShotTimeout  = 20 * time.Second
	e2eQuitFallback = 10 * time.Second
)

var (
	e2eStart   = time.Now()
	e2eOnce    sync.Once
	e2eShotOK  = regexp.MustCompile(`^[A-Za-z0-9._-]{1,80}$`)
	e2eLogMu   sync.Mutex
	e2eFinMu   sync.Mutex
	e2eFinDone bool
)

// DomReady is called from Wails' OnDomReady. With the e2e build tag and
// HUNTBOOK_E2E_SCRIPT set, it runs the end-to-end script in the webview once.
func (r *Runtime) DomReady(ctx context.Context) {
	path := os.Getenv("HUNTBOOK_E2E_SCRIPT")
	if path == "" || !wailsContext(ctx) {
		return
	}
	e2eOnce.Do(func() {
		start := processStart()
		e2eLogf("dom-ready after %d ms since process start (start %d unix ms)",
			time.Since(start).Milliseconds(), start.UnixMilli())
		if err := startE2E(ctx, path); err != nil {
			e2eLogf("%v", err)
			e2eFinish(ctx, false)
		}
	})
}

// Mark prints a start-up milestone with its wall-clock time for `make
// measure`, which sets it against the process start it reads from the
// dom-ready line. It prints only when an e2e script is set.
func Mark(name string) {
	if os.Getenv("HUNTBOOK_E2E_SCRIPT") != "" {
		e2eLogf("mark %s at %d unix ms", name, time.Now().UnixMilli())
	}
}

// processStart is when the kernel started this process (Linux /proc, 10 ms
// resolution), which also counts loading the GTK and WebKit libraries; on
// other systems it falls back to when this package was initialised.
func processStart() time.Time {
	stat, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return e2eStart
	}
	uptime, err := os.ReadFile("/proc/uptime")
	if err != nil {
		return e2eStart
	}
	now := time.Now()
	// Field 22 (starttime, clock ticks since boot) counts from after the
	// command name, which may hold spaces but ends with ')'.
	rest := string(stat[strings.LastIndexByte(string(stat), ')')+1:])
	fields := strings.Fields(rest)
	var up float64
	var ticks int64
	if len(fields) < 20 {
		return e2eStart
	}
	if _, err := fmt.Sscan(fields[19], &ticks); err != nil {
		return e2eStart
	}
	if _, err := fmt.Sscan(strings.Fields(string(uptime))[0], &up); err != nil {
		return e2eStart
	}
	const clockTicks = 100 // USER_HZ on every Linux architecture Go supports
	age := time.Duration(up*float64(time.Second)) - time.Duration(ticks)*time.Second/clockTicks
	if age < 0 || age > time.Since(e2eStart)+time.Minute {
		return e2eStart
	}
	return now.Add(-age)
}

// e2eLogf prints one harness line on stderr.
func e2eLogf(format string, args ...any) {
	e2eLogMu.Lock()
	defer e2eLogMu.Unlock()
	fmt.Fprintf(os.Stderr, "e2e: "+format+"\n", args...)
}

// startE2E reads the script, wires the result events, arms the deadline and
// injects the script into the page.
func startE2E(ctx context.Context, path string) error {
	script, err := readScript(path)
	if err != nil {
		return err
	}
	timeout := 60 * time.Second
	if v := os.Getenv("HUNTBOOK_E2E_TIMEOUT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return fmt.Errorf("HUNTBOOK_E2E_TIMEOUT %q: want a positive Go duration like 60s", v)
		}
		timeout = d
	}
	shots := os.Getenv("HUNTBOOK_E2E_SHOTS")
	if shots == "" {
		shots = filepath.Join("build", "e2e-shots")
	}
	time.AfterFunc(timeout, func() {
		e2eLogf("deadline of %s exceeded: the script did not report e2e:done", timeout)
		e2eFinish(ctx, false)
	})
	wruntime.EventsOn(ctx, "e2e:log", func(data ...any) {
		e2eLogf("| %s", field(data, "line"))
	})
	wruntime.EventsOn(ctx, "e2e:shot", func(data ...any) {
		name := field(data, "name")
		go func() {
			file, err := screenshot(shots, name)
			reply := map[string]any{"name": name, "ok": err == nil, "path": file}
			if err != nil {
				reply["error"] = err.Error()
				e2eLogf("screenshot %q: %v", name, err)
			} else {
				e2eLogf("screenshot %s", file)
			}
			wruntime.EventsEmit(ctx, "e2e:shot-done", reply)
		}()
	})
	wruntime.EventsOn(ctx, "e2e:done", func(data ...any) {
		ok := false
		if m, isMap := first(data).(map[string]any); isMap {
			ok, _ = m["ok"].(bool)
		}
		// The lines were streamed as e2e:log; repeat them only on failure,
		// as a summary at the end of the output.
		if log := field(data, "log"); log != "" && !ok {
			e2eLogf("log:")
			for _, line := range strings.Split(strings.TrimRight(log, "\n"), "\n") {
				e2eLogf("  %s", line)
			}
		}
		e2eFinish(ctx, ok)
	})
	// The page's Content-Security-Policy forbids eval and new Function, but
	// WindowExecJS runs outside it: the script goes in as text, and a second
	// call reports a script that did not even start (a syntax error).
	wruntime.WindowExecJS(ctx, "(function(){window.__huntbookE2EStarted=true;try{\n"+string(script)+
		"\n}catch(e){window.runtime.EventsEmit('e2e:done',{ok:false,log:'script error: '+e+'\\n'+(e&&e.stack||'')});}})();")
	wruntime.WindowExecJS(ctx, "if(!window.__huntbookE2EStarted){window.runtime.EventsEmit('e2e:done',"+
		"{ok:false,log:'the e2e script did not start: a syntax error? (node --check it)'});}")
	e2eLogf("script %s injected (deadline %s)", path, timeout)
	return nil
}

// readScript reads the scenario with a size limit.
func readScript(path string) ([]byte, error) {
	f, err := os.Open(path) //nolint:gosec // G304: the scenario the developer named (HUNTBOOK_E2E_SCRIPT), in e2e builds only
	if err != nil {
		return nil, fmt.Errorf("open e2e script: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, e2eScriptLimit+1))
	if err != nil {
		return nil, fmt.Errorf("read e2e script: %w", err)
	}
	if len(b) > e2eScriptLimit {
		return nil, fmt.Errorf("e2e script %s is over %d bytes", path, e2eScriptLimit)
	}
	return b, nil
}

// screenshot captures the whole X display with ImageMagick's import.
func screenshot(dir, name string) (string, error) {
	if !e2eShotOK.MatchString(name) {
		return "", fmt.Errorf("screenshot name %q: use letters, digits, dot, dash, underscore", name)
	}
	if err := os.MkdirAll(dir, 0o750); err != nil { //nolint:gosec // G703: the folder the developer named (HUNTBOOK_E2E_SHOTS)
		return "", fmt.Errorf("screenshot folder: %w", err)
	}
	tool, err := exec.LookPath("import")
	if err != nil {
		return "", fmt.Errorf("screenshot needs ImageMagick's import (apt-get install imagemagick): %w", err)
	}
	file := filepath.Join(dir, name+".png")
	ctx, cancel := context.WithTimeout(context.Background(), e2eShotTimeout)
	defer cancel()
	// G702: an argv, no shell, and name passed e2eShotOK above.
	out, err := exec.CommandContext(ctx, tool, "-window", "root", file).CombinedOutput() //nolint:gosec // see above
	if err != nil {
		return "", fmt.Errorf("import -window root: %w: %s", err, strings.TrimSpace(string(out)))
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		return file, nil
	}
	return abs, nil
}

// e2eFinish ends the run once: on success it quits the app normally (so the
// database is closed by the app's own shutdown) with a fallback exit; on
// failure it exits 1 at once.
func e2eFinish(ctx context.Context, ok bool) {
	e2eFinMu.Lock()
	defer e2eFinMu.Unlock()
	if e2eFinDone {
		return
	}
	e2eFinDone = true
	if !ok {
		e2eLogf("FAIL after %d ms", time.Since(e2eStart).Milliseconds())
		os.Exit(1)
	}
	e2eLogf("PASS after %d ms", time.Since(e2eStart).Milliseconds())
	time.AfterFunc(e2eQuitFallback, func() {
		e2eLogf("app did not quit within %s: exiting", e2eQuitFallback)
		os.Exit(0)
	})
	go wruntime.Quit(ctx)
}

// first returns the first event argument, or nil.
func first(data []any) any {
	if len(data) == 0 {
		return nil
	}
	return data[0]
}

// field returns a string field of the first event argument: the argument
// itself when it is a string, else map[key] formatted.
func field(data []any, key string) string {
	switch v := first(data).(type) {
	case string:
		return v
	case map[string]any:
		if s, ok := v[key].(string); ok {
			return s
		}
		if v[key] != nil {
			return fmt.Sprint(v[key])
		}
	}
	return ""
}
