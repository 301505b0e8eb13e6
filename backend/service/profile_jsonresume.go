package service

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/shellport"
)

// jsonResumeSchema is the schema a JSON Resume export declares.
const jsonResumeSchema = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"

// maxJSONResumeBytes bounds a JSON Resume file to import.
const maxJSONResumeBytes = 5 << 20

var jsonResumeFilter = shellport.FileFilter{Name: "JSON Resume (*.json)", Pattern: "*.json"}

// ExportProfile writes the master profile to path as a JSON Resume file
// (mode 0600, replaced atomically).
func (p *Profile) ExportProfile(path string) error {
	if strings.TrimSpace(path) == "" {
		return model.Invalid("path", "choose where to save the profile")
	}
	if err := p.grants.allow(path, true); err != nil {
		return err
	}
	m, err := p.master(p.ctx())
	if err != nil {
		return err
	}
	b, err := encodeJSONResume(m)
	if err != nil {
		return err
	}
	if err := writeFileAtomic(path, b); err != nil {
		return fmt.Errorf("export profile: %w", err)
	}
	return nil
}

// ExportProfileDialog asks where to save, then exports like ExportProfile.
// It returns the path, or "" when the user cancelled.
func (p *Profile) ExportProfileDialog() (string, error) {
	if p.deps.Dialogs == nil {
		return "", model.Errorf(model.CodeUnavailable, "no window to show a file dialog in")
	}
	path, err := p.deps.Dialogs.SaveFile("Export the profile as JSON Resume", "resume.json", []shellport.FileFilter{jsonResumeFilter})
	if err != nil || path == "" {
		return "", err
	}
	if !strings.HasSuffix(strings.ToLower(path), ".json") {
		path += ".json"
		p.grants.chosen(path) // the name the user chose, with its extension
	}
	return path, p.ExportProfile(path)
}

// ImportProfile reads a JSON Resume file and makes it the master profile.
// Fields Huntbook does not keep are ignored; a malformed file or a bad
// value is refused with an error naming the field, and nothing changes.
func (p *Profile) ImportProfile(path string) (model.Profile, error) {
	if err := p.grants.allow(path, false); err != nil {
		return model.Profile{}, err
	}
	data, err := readLimited(path, maxJSONResumeBytes)
	if err != nil {
		return model.Profile{}, err
	}
	prof, err := decodeJSONResume(data)
	if err != nil {
		return prof, fmt.Errorf("import %s: %w", filepath.Base(path), err)
	}
	return p.SaveMaster(prof)
}

// ImportProfileDialog asks for a JSON Resume file, then imports it like
// ImportProfile. The profile is empty and nothing changes when the user
// cancelled.
func (p *Profile) ImportProfileDialog() (model.Profile, error) {
	if p.deps.Dialogs == nil {
		return model.Profile{}, model.Errorf(model.CodeUnavailable, "no window to show a file dialog in")
	}
	path, err := p.deps.Dialogs.OpenFile("Import a JSON Resume file", []shellport.FileFilter{jsonResumeFilter})
	if err != nil || path == "" {
		return model.Profile{}, err
	}
	return p.ImportProfile(path)
}

func encodeJSONResume(m model.Profile) ([]byte, error) {
	doc := struct {
		Schema string `json:"$schema"`
		model.Profile
	}{jsonResumeSchema, m}
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("export profile: %w", err)
	}
	return append(b, '\n'), nil
}

// decodeJSONResume reads a JSON Resume document: numbers where text is
// expected are taken as text, unknown fields are ignored, and a value of
// the wrong kind is an error naming its field ("work[1].highlights").
func decodeJSONResume(data []byte) (model.Profile, error) {
	var prof model.Profile
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var root any
	if err := dec.Decode(&root); err != nil {
		return prof, jsonSyntaxError(data, err)
	}
	if dec.More() {
		return prof, model.Invalid("file", "the file holds more than one JSON document")
	}
	obj, ok := root.(map[string]any)
	if !ok {
		return prof, model.Invalid("file", "a JSON Resume file is one JSON object; this is not")
	}
	numbersToText(obj)
	pv := reflect.ValueOf(&prof).Elem()
	known := 0
	for i := 0; i < pv.NumField(); i++ {
		f := pv.Type().Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		raw, ok := obj[name]
		if !ok || raw == nil {
			continue
		}
		known++
		if f.Type.Kind() == reflect.Slice {
			list, ok := raw.([]any)
			if !ok {
				return prof, model.Invalid(name, "%s should be a list", name)
			}
			out := reflect.MakeSlice(f.Type, len(list), len(list))
			for k, e := range list {
				if err := decodeInto(e, out.Index(k).Addr().Interface(), fmt.Sprintf("%s[%d]", name, k)); err != nil {
					return prof, err
				}
			}
			pv.Field(i).Set(out)
			continue
		}
		if err := decodeInto(raw, pv.Field(i).Addr().Interface(), name); err != nil {
			return prof, err
		}
	}
	unknown := 0
	for k := range obj {
		if k != "$schema" && k != "meta" && !jsonResumeKey(k) {
			unknown++
		}
	}
	// Other CV formats share a key or two with JSON Resume ("education"):
	// without "basics", a file that is mostly foreign keys is not one.
	if known == 0 || obj["basics"] == nil && unknown > known {
		return prof, model.Invalid("file", "this is not a JSON Resume document: it lacks basics, work, education, skills and the other JSON Resume sections")
	}
	return prof, nil
}

// jsonResumeKey reports whether k is a section model.Profile keeps.
func jsonResumeKey(k string) bool {
	_, ok := jsonField(reflect.TypeOf(model.Profile{}), k)
	return ok
}

// decodeInto decodes the generic value v into dst, naming the field of a
// type error under prefix.
func decodeInto(v any, dst any, prefix string) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("decode %s: %w", prefix, err)
	}
	if err := json.Unmarshal(b, dst); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			field := prefix
			if te.Field != "" {
				field += "." + te.Field
			}
			want := te.Type.Kind().String()
			switch te.Type.Kind() {
			case reflect.Slice:
				want = "a list"
			case reflect.Struct:
				want = "an object"
			case reflect.String:
				want = "text"
			}
			return model.Invalid(field, "%s should be %s, not %s", field, want, te.Value)
		}
		return model.Invalid(prefix, "%s cannot be read: %v", prefix, err)
	}
	return nil
}

// numbersToText turns every number in the tree into its text, in place:
// JSON Resume fields are all text, yet files in the wild write "score": 3.8.
func numbersToText(v any) any {
	switch x := v.(type) {
	case json.Number:
		return x.String()
	case map[string]any:
		for k, e := range x {
			x[k] = numbersToText(e)
		}
	case []any:
		for i, e := range x {
			x[i] = numbersToText(e)
		}
	}
	return v
}

// jsonSyntaxError describes a JSON syntax error with its line and column.
func jsonSyntaxError(data []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		line, col := 1, 1
		for _, c := range data[:min(int(se.Offset), len(data))] {
			if c == '\n' {
				line, col = line+1, 1
			} else {
				col++
			}
		}
		msg := fmt.Sprintf("this is not valid JSON: line %d, column %d: %v", line, col, se)
		return &model.Error{Code: model.CodeInvalid, Field: "file", Message: msg, Err: err}
	}
	return &model.Error{Code: model.CodeInvalid, Field: "file", Message: fmt.Sprintf("this is not valid JSON: %v", err), Err: err}
}
