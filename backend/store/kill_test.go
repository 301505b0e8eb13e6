package store

import (
	"bufio"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

const killChildEnv = "HUNTBOOK_STORE_KILL_CHILD"

func TestMain(m *testing.M) {
	if p := os.Getenv(killChildEnv); p != "" {
		os.Exit(writeUntilKilled(p))
	}
	os.Exit(m.Run())
}

// writeUntilKilled is the child: it writes applications, notes and moves
// as fast as it can and prints the id of each committed application.
func writeUntilKilled(path string) int {
	db, err := Open(path, Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 3
	}
	stages, _ := db.Stages(ctx)
	for i := 0; ; i++ {
		a, err := db.CreateApplication(ctx, model.Application{Company: fmt.Sprintf("Company %d", i), Title: "Engineer",
			Description: strings.Repeat("lorem ipsum ", 50), Tags: []string{"t" + strconv.Itoa(i%7)}})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 4
		}
		fmt.Fprintf(os.Stdout, "%d\n", a.ID)
		if _, err := db.AddNote(ctx, a.ID, "note "+strconv.Itoa(i)); err != nil {
			return 5
		}
		if _, err := db.MoveApplication(ctx, a.ID, stages[i%len(stages)].ID); err != nil {
			return 6
		}
	}
}

// TestSurvivesSIGKILL kills a writing child process many times mid-write and
// checks that the file stays intact and every write the child reported as
// committed is there.
func TestSurvivesSIGKILL(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("SIGKILL is Unix")
	}
	rounds := 25
	if testing.Short() {
		rounds = 5
	}
	path := filepath.Join(t.TempDir(), FileName)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(1))
	committed := map[int64]bool{}
	for round := 0; round < rounds; round++ {
		cmd := exec.Command(exe, "-test.run=^$")
		cmd.Env = append(os.Environ(), killChildEnv+"="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		ids := make(chan int64, 1024)
		go func() {
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				if id, err := strconv.ParseInt(sc.Text(), 10, 64); err == nil {
					ids <- id
				}
			}
			close(ids)
		}()
		// Let it get going (first round: open + migrate), then kill at a random moment.
		wait := time.Duration(30+rng.Intn(120)) * time.Millisecond
		seen := 0
		deadline := time.After(10 * time.Second)
	collect:
		for {
			select {
			case id, ok := <-ids:
				if !ok {
					break collect
				}
				committed[id] = true
				if seen++; seen == 1 {
					time.AfterFunc(wait, func() { _ = cmd.Process.Kill() }) // Wait below reports the end
				}
			case <-deadline:
				_ = cmd.Process.Kill() // failing anyway
				t.Fatalf("round %d: child wrote nothing in 10 s: %s", round, stderr.String())
			}
		}
		_ = cmd.Wait() // "signal: killed" is the expected end
		if seen == 0 {
			t.Fatalf("round %d: child died before writing: %s", round, stderr.String())
		}
	}
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var check string
	if err := db.write.QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check: %q %v", check, err)
	}
	if _, err := db.write.Exec(`INSERT INTO application_fts (application_fts) VALUES ('integrity-check')`); err != nil {
		t.Fatalf("fts integrity: %v", err)
	}
	missing := 0
	for id := range committed {
		if _, err := db.GetApplication(ctx, id); err != nil {
			missing++
		}
	}
	if missing > 0 {
		t.Fatalf("%d of %d committed applications are missing", missing, len(committed))
	}
	t.Logf("%d rounds, %d committed applications all present, integrity ok", rounds, len(committed))
}
