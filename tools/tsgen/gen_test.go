package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// TestGeneratedUpToDate fails when frontend/src/api/generated.ts is not what
// the Go types give: someone changed a type without `make bindings`, or
// edited the file by hand.
func TestGeneratedUpToDate(t *testing.T) {
	root := filepath.Join("..", "..")
	want, err := Generate(root, bound(), extra())
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(Output)))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Fatalf("%s is stale or edited by hand: run `make bindings` and commit it (first difference at line %d)",
			Output, firstDiffLine(string(got), want))
	}
}

func firstDiffLine(a, b string) int {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return i + 1
		}
	}
	return min(len(al), len(bl)) + 1
}

// TestGenerateIsDeterministic: the order the structs are listed in, and the
// order types are met, change nothing.
func TestGenerateIsDeterministic(t *testing.T) {
	b := bound()
	first, err := Generate("../..", b, extra())
	if err != nil {
		t.Fatal(err)
	}
	rev := make([]Bound, len(b))
	for i := range b {
		rev[len(b)-1-i] = b[i]
	}
	ex := extra()
	for i, j := 0, len(ex)-1; i < j; i, j = i+1, j-1 {
		ex[i], ex[j] = ex[j], ex[i]
	}
	second, err := Generate("../..", rev, ex)
	if err != nil {
		t.Fatal(err)
	}
	if first != second {
		t.Fatalf("two runs differ at line %d", firstDiffLine(first, second))
	}
}

type inner struct {
	Shared string `json:"shared"`
}

type probe struct {
	inner
	Name     string           `json:"name"`
	Hidden   string           `json:"-"`
	Maybe    *model.Salary    `json:"maybe,omitempty"`
	Nullable *model.Salary    `json:"nullable"`
	Data     []byte           `json:"data"`
	Tags     []string         `json:"tags"`
	ByKey    map[string][]int `json:"byKey"`
	At       time.Time        `json:"at"`
	Remote   model.Remote     `json:"remote"`
	Count    int64            `json:"count,string"`
	Untagged bool
	Extra    map[string]string `json:"extra,omitzero"`
}

type probeService struct{}

func (probeService) Get(int64, string) (probe, error) { return probe{}, nil }
func (probeService) Delete(int64) error               { return nil }
func (probeService) Put(model.Salary) error           { return nil }

// TestGenerateTypes checks the mapping on one struct of every kind of field
// and a model const group.
func TestGenerateTypes(t *testing.T) {
	out, err := Generate("../..", []Bound{{Pkg: "service", Name: "Probe", Type: reflect.TypeFor[probeService]()}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"export interface probe {\n  shared: string;\n  name: string;\n",
		"  maybe?: Salary;\n", "  nullable: Salary | null;\n", "  data: string;\n", "  tags: string[];\n",
		"  byKey: Record<string, number[]>;\n", "  at: string;\n", "  remote: Remote;\n", "  count: string;\n",
		"  Untagged: boolean;\n", "  extra?: Record<string, string>;\n",
		"export type Remote = '' | 'onsite' | 'hybrid' | 'remote';\n",
		"export type Period = '' | 'year' | 'month' | 'hour';\n",
		"/** Salary is a pay range in integer minor units (cents) of Currency. */\nexport interface Salary {",
		"export interface ProbeMethods {\n  Delete(arg1: number): Promise<void>;\n  Get(arg1: number, arg2: string): Promise<probe>;\n" +
			"  Put(arg1: Input<Salary>): Promise<void>;\n}\n",
		"  service: {\n    Probe: ProbeMethods;\n  };\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Hidden") || strings.Contains(out, "hidden") {
		t.Errorf(`a json:"-" field was generated:\n%s`, out)
	}
}

// TestSortModels: classes come out by name whatever order Wails wrote them
// in, nothing is lost, and sorting twice changes nothing.
func TestSortModels(t *testing.T) {
	a := "export namespace b {\n\t\n\texport class Z {\n\t    z: string;\n\t}\n" +
		"\texport class A {\n\t    a: Z;\n\t\n\t}\n\n}\n\nexport namespace a {\n\t\n\texport class Y {\n\t}\n\n}\n\n"
	got := SortModels(a)
	want := "export namespace a {\n\t\n\texport class Y {\n\t}\n\n}\n\n" +
		"export namespace b {\n\t\n\texport class A {\n\t    a: Z;\n\t\n\t}\n\texport class Z {\n\t    z: string;\n\t}\n\n}\n"
	if got != want {
		t.Fatalf("got\n%q\nwant\n%q", got, want)
	}
	if again := SortModels(got); again != got {
		t.Fatalf("sorting twice changed it:\n%q", again)
	}
}
