// Command tsgen writes the TypeScript contract between Go and the page:
// frontend/src/api/generated.ts declares every type that crosses the Wails
// binding (bound methods' arguments and results, event payloads, job
// results) from the Go types, const groups of a named string type as string
// unions, and each bound struct's methods; with -models it also puts the
// classes of Wails' models.ts in a fixed order. `make bindings` runs it; the test
// beside it fails when the committed file is stale.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"

	"github.com/huntbook/huntbook/backend/nativehost"
	"github.com/huntbook/huntbook/backend/service"
	"github.com/huntbook/huntbook/backend/shellport"
)

// Output is the generated file, relative to the module root.
const Output = "frontend/src/api/generated.ts"

// bound lists the structs app.go binds, as Wails names them.
func bound() []Bound {
	var out []Bound
	for _, s := range (&service.Services{}).Bind() {
		t := reflect.TypeOf(s)
		out = append(out, Bound{Pkg: "service", Name: t.Elem().Name(), Type: t})
	}
	out = append(out,
		Bound{Pkg: "service", Name: "Startup", Type: reflect.TypeFor[*service.Startup]()},
		Bound{Pkg: "nativehost", Name: "Registrar", Type: reflect.TypeFor[*nativehost.Registrar]()})
	return out
}

// extra are types that cross without a bound method naming them: event
// payloads and the results jobs report in job:done.
func extra() []reflect.Type {
	return []reflect.Type{
		reflect.TypeFor[shellport.AppChanged](),
		reflect.TypeFor[shellport.OpenApplicationRequest](),
		reflect.TypeFor[shellport.JobProgress](),
		reflect.TypeFor[shellport.JobDone](),
		reflect.TypeFor[shellport.AIDelta](),
		reflect.TypeFor[shellport.ReminderDue](),
		reflect.TypeFor[shellport.MailChanged](),
		reflect.TypeFor[service.OutsideChange](),
		reflect.TypeFor[service.CVImport](),
		reflect.TypeFor[service.CVImportFailure](),
		reflect.TypeFor[service.GenerationResult](),
		reflect.TypeFor[service.SyncReport](),
		reflect.TypeFor[service.MailImportReport](),
		reflect.TypeFor[service.MailSyncReport](),
	}
}

func main() {
	root := flag.String("root", ".", "the module's directory")
	models := flag.String("models", "", "also sort this models.ts of `wails generate module` in place")
	flag.Parse()
	if err := run(*root, *models); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(root, models string) error {
	if models != "" {
		src, err := os.ReadFile(models) //nolint:gosec // G304: the file named on the command line
		if err != nil {
			return fmt.Errorf("tsgen: %w", err)
		}
		if err := os.WriteFile(models, []byte(SortModels(string(src))), 0o644); err != nil { //nolint:gosec // G306: a source file
			return fmt.Errorf("tsgen: %w", err)
		}
	}
	out, err := Generate(root, bound(), extra())
	if err != nil {
		return err
	}
	path := filepath.Join(root, filepath.FromSlash(Output))
	if err := os.WriteFile(path, []byte(out), 0o644); err != nil { //nolint:gosec // G306: a source file, read by everyone
		return fmt.Errorf("tsgen: write %s: %w", path, err)
	}
	return nil
}
