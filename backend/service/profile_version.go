package service

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/huntbook/huntbook/backend/cvparse"
	"github.com/huntbook/huntbook/backend/model"
)

// SaveVersionProfile validates and saves the profile of CV version id as
// the user corrected it, and returns the version. The rules are the master
// profile's (see SaveMaster); the error names the field. Where a value came
// from in the document is kept for the values left as read and dropped for
// the ones changed: those no longer come from the document.
func (p *Profile) SaveVersionProfile(id int64, prof model.Profile) (CVVersion, error) {
	if err := normaliseProfile(&prof); err != nil {
		return CVVersion{}, err
	}
	p.versionMu.Lock()
	defer p.versionMu.Unlock()
	cur, err := p.db.GetCVVersion(p.ctx(), id)
	if err != nil {
		return CVVersion{}, err
	}
	var fields []cvparse.Field
	if len(cur.Fields) > 0 {
		if err := json.Unmarshal(cur.Fields, &fields); err != nil {
			fields = nil // damaged provenance: none is kept
		}
	}
	old := cur.Profile
	_ = normaliseProfile(&old) // compared as it would be saved
	kept, err := keptFields(old, prof, fields)
	if err != nil {
		return CVVersion{}, err
	}
	b, err := json.Marshal(kept)
	if err != nil {
		return CVVersion{}, fmt.Errorf("encode provenance: %w", err)
	}
	v, err := p.db.SaveCVVersionProfile(p.ctx(), id, prof, b)
	if err != nil {
		return CVVersion{}, err
	}
	return toCVVersion(v), nil
}

// keptFields returns the provenance entries whose value is the same in the
// old and the new profile.
func keptFields(old, cur model.Profile, fields []cvparse.Field) ([]cvparse.Field, error) {
	a, err := profileTree(old)
	if err != nil {
		return nil, err
	}
	b, err := profileTree(cur)
	if err != nil {
		return nil, err
	}
	kept := []cvparse.Field{}
	for _, f := range fields {
		was, ok1 := treeValue(a, f.Path)
		is, ok2 := treeValue(b, f.Path)
		if ok1 && ok2 && reflect.DeepEqual(was, is) {
			kept = append(kept, f)
		}
	}
	return kept, nil
}

// treeValue returns the value at a provenance path ("basics.email",
// "work[1].startDate", "skills[0]") in a profile as generic JSON.
func treeValue(tree map[string]any, path string) (any, bool) {
	var cur any = tree
	for _, part := range strings.Split(path, ".") {
		key, idx, hasIdx := strings.Cut(part, "[")
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		if cur, ok = m[key]; !ok {
			return nil, false
		}
		if hasIdx {
			n, err := strconv.Atoi(strings.TrimSuffix(idx, "]"))
			list, ok := cur.([]any)
			if err != nil || !strings.HasSuffix(idx, "]") || !ok || n < 0 || n >= len(list) {
				return nil, false
			}
			cur = list[n]
		}
	}
	return cur, true
}
