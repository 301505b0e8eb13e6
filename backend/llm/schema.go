package llm

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode/utf8"
)

// schema is the subset of JSON Schema that structured replies are checked
// against: type (one or a list), properties, required, additionalProperties
// false, items, enum, minItems/maxItems, minLength/maxLength, minimum/maximum.
// Other keywords are passed to the server but not checked here.
type schema struct {
	Type                 typeList           `json:"type"`
	Properties           map[string]*schema `json:"properties"`
	Required             []string           `json:"required"`
	AdditionalProperties json.RawMessage    `json:"additionalProperties"`
	Items                *schema            `json:"items"`
	Enum                 []any              `json:"enum"`
	MinItems             *int               `json:"minItems"`
	MaxItems             *int               `json:"maxItems"`
	MinLength            *int               `json:"minLength"`
	MaxLength            *int               `json:"maxLength"`
	Minimum              *float64           `json:"minimum"`
	Maximum              *float64           `json:"maximum"`
}

// typeList is "type": either one name or a list of names.
type typeList []string

func (t *typeList) UnmarshalJSON(b []byte) error {
	var one string
	if json.Unmarshal(b, &one) == nil {
		*t = typeList{one}
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return fmt.Errorf("type must be a string or a list of strings")
	}
	*t = many
	return nil
}

// parseSchema reads a schema for validation.
func parseSchema(raw json.RawMessage) (*schema, error) {
	var s schema
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, fmt.Errorf("parse schema: %w", err)
	}
	return &s, nil
}

// maxSchemaErrors bounds the list of problems sent back in a repair request.
const maxSchemaErrors = 12

// validate checks v (decoded with UseNumber) against s and returns the
// problems found, each naming its path ("$.items[2].name").
func (s *schema) validate(v any) []string {
	var errs []string
	s.check(v, "$", &errs)
	return errs
}

func (s *schema) check(v any, path string, errs *[]string) {
	if s == nil || len(*errs) >= maxSchemaErrors {
		return
	}
	add := func(format string, args ...any) {
		if len(*errs) < maxSchemaErrors {
			*errs = append(*errs, path+": "+fmt.Sprintf(format, args...))
		}
	}
	if len(s.Type) > 0 && !s.typeOK(v) {
		add("want %s, got %s", strings.Join(s.Type, " or "), kindOf(v))
		return
	}
	if len(s.Enum) > 0 && !inEnum(v, s.Enum) {
		add("%s is not one of %s", short(v), enumList(s.Enum))
	}
	switch x := v.(type) {
	case map[string]any:
		s.checkObject(x, path, errs, add)
	case []any:
		if s.MinItems != nil && len(x) < *s.MinItems {
			add("want at least %d items, got %d", *s.MinItems, len(x))
		}
		if s.MaxItems != nil && len(x) > *s.MaxItems {
			add("want at most %d items, got %d", *s.MaxItems, len(x))
		}
		for i, item := range x {
			s.Items.check(item, fmt.Sprintf("%s[%d]", path, i), errs)
		}
	case string:
		n := utf8.RuneCountInString(x)
		if s.MinLength != nil && n < *s.MinLength {
			add("want at least %d characters, got %d", *s.MinLength, n)
		}
		if s.MaxLength != nil && n > *s.MaxLength {
			add("want at most %d characters, got %d", *s.MaxLength, n)
		}
	case json.Number:
		f, _ := x.Float64()
		if s.Minimum != nil && f < *s.Minimum {
			add("%s is below the minimum %v", x, *s.Minimum)
		}
		if s.Maximum != nil && f > *s.Maximum {
			add("%s is above the maximum %v", x, *s.Maximum)
		}
	}
}

// checkObject checks an object's required fields and, in name order, its
// properties; a closed schema reports fields it does not name.
func (s *schema) checkObject(x map[string]any, path string, errs *[]string, add func(string, ...any)) {
	for _, name := range s.Required {
		if _, ok := x[name]; !ok {
			add("missing required field %q", name)
		}
	}
	names := make([]string, 0, len(x))
	for name := range x {
		names = append(names, name)
	}
	sort.Strings(names)
	closed := bytes.Equal(bytes.TrimSpace(s.AdditionalProperties), []byte("false"))
	for _, name := range names {
		if p, ok := s.Properties[name]; ok {
			p.check(x[name], path+"."+name, errs)
		} else if closed {
			add("unexpected field %q", name)
		}
	}
}

func (s *schema) typeOK(v any) bool {
	for _, t := range s.Type {
		switch t {
		case "object":
			if _, ok := v.(map[string]any); ok {
				return true
			}
		case "array":
			if _, ok := v.([]any); ok {
				return true
			}
		case "string":
			if _, ok := v.(string); ok {
				return true
			}
		case "boolean":
			if _, ok := v.(bool); ok {
				return true
			}
		case "null":
			if v == nil {
				return true
			}
		case "number":
			if _, ok := v.(json.Number); ok {
				return true
			}
		case "integer":
			if n, ok := v.(json.Number); ok {
				f, err := n.Float64()
				if err == nil && f == math.Trunc(f) {
					return true
				}
			}
		}
	}
	return false
}

func kindOf(v any) string {
	switch v.(type) {
	case map[string]any:
		return "an object"
	case []any:
		return "an array"
	case string:
		return "a string"
	case bool:
		return "a boolean"
	case json.Number:
		return "a number"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%T", v)
}

func inEnum(v any, enum []any) bool {
	for _, e := range enum {
		switch ev := e.(type) {
		case float64:
			if n, ok := v.(json.Number); ok {
				if f, err := n.Float64(); err == nil && f == ev {
					return true
				}
			}
		default:
			if e == v {
				return true
			}
		}
	}
	return false
}

func enumList(enum []any) string {
	parts := make([]string, len(enum))
	for i, e := range enum {
		parts[i] = short(e)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func short(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	if len(b) > 60 {
		return string(b[:60]) + "…"
	}
	return string(b)
}
