package service

import (
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// effects are bound methods this test does not call: they start jobs,
// reach the network or the keychain, open the browser, or write files. A
// verb must end the name or be followed by the next word: Backup matches
// BackupNow, not Backups, which is a read.
var effects = regexp.MustCompile(`^(Start|Sync|Cancel|ImportCV|Connect|Disconnect|Open|Wipe|Restore|Import|Export|Backup|` +
	`Register|Unregister|Probe|Test|Save|Set|Delete|Remove|Copy|Reveal|Confirm|Forget|Schedule|Run|Pick|Choose|` +
	`Install|Fetch|ReadLink|Watch|Discover)([A-Z]|$)`)

// TestBoundResultsHaveNoNullLists calls every bound read with an empty
// database (and one bare application, whose id it passes for every int64)
// and fails for each slice or map that reaches the page as null: the page's
// generated types promise lists and maps, never null.
func TestBoundResultsHaveNoNullLists(t *testing.T) {
	s, _ := newServices(t)
	app, err := s.Applications.Create(model.Application{Company: "Acme", Title: "Dev"})
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	var problems []string
	for _, b := range s.Bind() {
		v := reflect.ValueOf(b)
		for i := range v.NumMethod() {
			m := v.Type().Method(i)
			if effects.MatchString(m.Name) || m.Type.NumOut() != 2 {
				continue
			}
			name := v.Type().Elem().Name() + "." + m.Name
			out, ok := callWithin(t, v.Method(i), app.ID, 5*time.Second)
			if !ok {
				continue
			}
			checked++
			raw, err := json.Marshal(out.Interface())
			if err != nil {
				t.Fatalf("%s: marshal: %v", name, err)
			}
			var doc any
			if err := json.Unmarshal(raw, &doc); err != nil {
				t.Fatal(err)
			}
			problems = append(problems, nullLists(name, out.Type(), doc)...)
		}
	}
	if checked < 25 { // 27 when written
		t.Fatalf("only %d bound reads answered: the test checks too little", checked)
	}
	sort.Strings(problems)
	for _, p := range problems {
		t.Error(p)
	}
}

// callWithin calls m with zero arguments (id for each int64) and returns its
// value when it succeeded in time.
func callWithin(t *testing.T, m reflect.Value, id int64, limit time.Duration) (reflect.Value, bool) {
	t.Helper()
	args := make([]reflect.Value, m.Type().NumIn())
	for i := range args {
		at := m.Type().In(i)
		args[i] = reflect.New(at).Elem()
		if at.Kind() == reflect.Int64 {
			args[i].SetInt(id)
		}
	}
	done := make(chan []reflect.Value, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- nil
			}
		}()
		done <- m.Call(args)
	}()
	select {
	case res := <-done:
		if res == nil || !res[1].IsNil() {
			return reflect.Value{}, false
		}
		return res[0], true
	case <-time.After(limit):
		return reflect.Value{}, false
	}
}

// nullLists walks the JSON doc beside its Go type and names each slice or
// map that is null.
func nullLists(path string, t reflect.Type, doc any) []string {
	for t.Kind() == reflect.Pointer {
		if doc == nil {
			return nil
		}
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Slice, reflect.Map:
		if doc == nil {
			if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8 {
				return nil
			}
			return []string{path + " is null"}
		}
		var out []string
		switch d := doc.(type) {
		case []any:
			for i, e := range d {
				out = append(out, nullLists(fmt.Sprintf("%s[%d]", path, i), t.Elem(), e)...)
			}
		case map[string]any:
			for k, e := range d {
				out = append(out, nullLists(path+"."+k, t.Elem(), e)...)
			}
		}
		return out
	case reflect.Struct:
		d, ok := doc.(map[string]any)
		if !ok {
			return nil
		}
		var out []string
		for _, f := range wireFields(t) {
			if v, present := d[f.name]; present {
				out = append(out, nullLists(path+"."+f.name, f.typ, v)...)
			}
		}
		return out
	default:
		return nil
	}
}

type wireField struct {
	name string
	typ  reflect.Type
}

func wireFields(t reflect.Type) []wireField {
	var out []wireField
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			out = append(out, wireFields(f.Type)...)
			continue
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out = append(out, wireField{name, f.Type})
	}
	return out
}

// TestNullListsFindsThem: the walker names a null list, a null map and a
// null list inside a list, and leaves a null pointer, absent fields and
// null bytes alone.
func TestNullListsFindsThem(t *testing.T) {
	type inner struct {
		Tags []string `json:"tags"`
	}
	type outer struct {
		Items  []inner        `json:"items"`
		ByName map[string]int `json:"byName"`
		Empty  []int          `json:"empty"`
		Ptr    *inner         `json:"ptr"`
		Data   []byte         `json:"data"`
		Gone   []string       `json:"gone,omitempty"`
	}
	v := outer{Items: []inner{{Tags: []string{"a"}}, {}}, Empty: []int{}}
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	got := nullLists("x", reflect.TypeOf(v), doc)
	sort.Strings(got)
	want := []string{"x.byName is null", "x.items[1].tags is null"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
}
