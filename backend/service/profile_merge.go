package service

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/huntbook/huntbook/backend/model"
)

// entryKeys are the fields that identify an entry of each list when
// merging: an entry of the version whose keys match one of the master's
// updates it instead of being appended.
var entryKeys = map[string][]string{
	"work":         {"name", "position"},
	"volunteer":    {"organization", "position"},
	"education":    {"institution", "area", "studyType"},
	"awards":       {"title"},
	"certificates": {"name"},
	"publications": {"name"},
	"skills":       {"name"},
	"languages":    {"language"},
	"interests":    {"name"},
	"references":   {"name"},
	"projects":     {"name"},
	"profiles":     {"network"},
}

// mergeProfile copies the fields of src named by paths into dst (see
// Profile.MergeIntoMaster); no paths means every field of src.
func mergeProfile(dst, src model.Profile, paths []string) (model.Profile, error) {
	d, err := profileTree(dst)
	if err != nil {
		return dst, err
	}
	s, err := profileTree(src)
	if err != nil {
		return dst, err
	}
	if len(paths) == 0 {
		d = mergeValue(d, s, "").(map[string]any)
	}
	for _, path := range paths {
		segs, err := parseProfilePath(path)
		if err != nil {
			return dst, err
		}
		if err := mergePath(d, s, segs, path); err != nil {
			return dst, err
		}
	}
	b, err := json.Marshal(d)
	if err != nil {
		return dst, fmt.Errorf("merge profile: %w", err)
	}
	var out model.Profile
	if err := json.Unmarshal(b, &out); err != nil {
		return dst, fmt.Errorf("merge profile: %w", err)
	}
	return out, nil
}

// profileTree is p as generic JSON.
func profileTree(p model.Profile) (map[string]any, error) {
	b, err := json.Marshal(p)
	if err != nil {
		return nil, fmt.Errorf("merge profile: %w", err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("merge profile: %w", err)
	}
	return m, nil
}

// pathSeg is one step of a field path: a key, and an index when Index >= 0.
type pathSeg struct {
	Key   string
	Index int
}

// parseProfilePath reads "basics.profiles[1]" or "work[2].startDate",
// checking each key against model.Profile. A path inside a list entry is cut
// after the entry: entries are copied whole.
func parseProfilePath(path string) ([]pathSeg, error) {
	bad := func(why string) error {
		return model.Invalid("paths", "cannot copy %q: %s", path, why)
	}
	t := reflect.TypeOf(model.Profile{})
	var segs []pathSeg
	for _, part := range strings.Split(strings.TrimSpace(path), ".") {
		seg := pathSeg{Key: part, Index: -1}
		if k, idx, ok := strings.Cut(part, "["); ok {
			n, err := strconv.Atoi(strings.TrimSuffix(idx, "]"))
			if !strings.HasSuffix(idx, "]") || err != nil || n < 0 {
				return nil, bad("the index is not a number")
			}
			seg = pathSeg{Key: k, Index: n}
		}
		if t.Kind() != reflect.Struct {
			return nil, bad(fmt.Sprintf("%s has no fields", segs[len(segs)-1].Key))
		}
		f, ok := jsonField(t, seg.Key)
		if !ok {
			return nil, bad(fmt.Sprintf("there is no field %q", seg.Key))
		}
		t = f.Type
		if seg.Index >= 0 {
			if t.Kind() != reflect.Slice {
				return nil, bad(fmt.Sprintf("%s is not a list", seg.Key))
			}
			segs = append(segs, seg)
			return segs, nil // the whole entry
		}
		segs = append(segs, seg)
	}
	return segs, nil
}

func jsonField(t reflect.Type, name string) (reflect.StructField, bool) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if tag, _, _ := strings.Cut(f.Tag.Get("json"), ","); tag == name {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// mergePath copies src's value at segs into dst, creating the objects on
// the way; only the last step may carry an index.
func mergePath(dst, src map[string]any, segs []pathSeg, path string) error {
	for _, seg := range segs[:len(segs)-1] {
		next, _ := src[seg.Key].(map[string]any)
		if next == nil {
			return model.Invalid("paths", "the version has no %s", path)
		}
		d, _ := dst[seg.Key].(map[string]any)
		if d == nil {
			d = map[string]any{}
			dst[seg.Key] = d
		}
		src, dst = next, d
	}
	last := segs[len(segs)-1]
	val, ok := src[last.Key]
	if last.Index >= 0 {
		list, _ := val.([]any)
		if last.Index >= len(list) {
			return model.Invalid("paths", "the version has no %s (it has %d %s entries)", path, len(list), last.Key)
		}
		val = []any{list[last.Index]}
	} else if !ok || isEmptyJSON(val) {
		return model.Invalid("paths", "the version has no %s", path)
	}
	dst[last.Key] = mergeValue(dst[last.Key], val, last.Key)
	return nil
}

func isEmptyJSON(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return x == ""
	case []any:
		return len(x) == 0
	case map[string]any:
		for _, e := range x {
			if !isEmptyJSON(e) {
				return false
			}
		}
		return true
	}
	return false
}

// mergeValue merges src into dst: objects key by key, lists entry by entry
// (matching entries merged, new ones appended), and a non-empty text of src
// replaces dst's. key is the name dst and src stand under.
func mergeValue(dst, src any, key string) any {
	switch s := src.(type) {
	case map[string]any:
		d, _ := dst.(map[string]any)
		if d == nil {
			d = map[string]any{}
		}
		for k, v := range s {
			d[k] = mergeValue(d[k], v, k)
		}
		return d
	case []any:
		d, _ := dst.([]any)
		for _, e := range s {
			if i := findEntry(d, e, key); i >= 0 {
				d[i] = mergeValue(d[i], e, "")
			} else {
				d = append(d, e)
			}
		}
		return d
	case string:
		if s == "" {
			return dst
		}
	case nil:
		return dst
	}
	return src
}

// findEntry returns the index of the entry of list that e matches, or -1.
func findEntry(list []any, e any, key string) int {
	id := entryID(e, key)
	for i, x := range list {
		if entryID(x, key) == id {
			return i
		}
	}
	return -1
}

// entryID is what identifies e in a list called key: its key fields,
// folded, or the whole entry when they are empty.
func entryID(e any, key string) string {
	switch x := e.(type) {
	case string:
		return strings.ToLower(strings.Join(strings.Fields(x), " "))
	case map[string]any:
		var parts []string
		for _, k := range entryKeys[key] {
			s, _ := x[k].(string)
			parts = append(parts, strings.ToLower(strings.Join(strings.Fields(s), " ")))
		}
		if strings.Join(parts, "") != "" {
			return strings.Join(parts, "\x1f")
		}
	}
	b, _ := json.Marshal(e)
	return string(b)
}
