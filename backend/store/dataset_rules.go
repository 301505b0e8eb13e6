package store

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// An import takes rows of other areas' tables only from this allow-list, and
// checks each row as the area's own save path would: the declared column
// types, sizes, times, JSON, enumerations, and values derived from others
// (a CV's digest and size) recomputed rather than trusted. A table that a
// migration adds must be named here or in ConfigTables, or the import
// refuses it (TestEveryTableHasAnImportRule keeps the two in step).

// importRule says how the rows of one table are checked.
type importRule struct {
	json     []string            // columns that hold JSON ("" allowed)
	required []string            // text columns that may not be empty
	enums    map[string][]string // column -> allowed values
	maxText  map[string]int      // column -> byte limit, past the default
	extra    func(row map[string]any) error
}

// maxCellText bounds one text cell unless the rule says otherwise.
const maxCellText = model.MaxLongText

var dataTables = map[string]importRule{
	"cv_versions": {
		json: []string{"fields", "warnings"}, required: []string{"created_at"},
		maxText: map[string]int{"profile": MaxProfileBytes, "fields": MaxProfileBytes},
		extra:   checkCVRow,
	},
	"profile_master":      {required: []string{"profile", "updated_at"}, maxText: map[string]int{"profile": MaxProfileBytes}, extra: checkProfileRow},
	"application_cv":      {required: []string{"linked_at"}},
	"description_sources": {required: []string{"source", "converted_at"}},
	"browser_saves":       {required: []string{"saved_at"}, extra: markImported},
	"nudges":              {required: []string{"nudged_at"}},
	"ai_generations": {
		required: []string{"task", "created_at", "updated_at"},
		enums:    map[string][]string{"format": {"markdown", "json"}},
	},
	"ai_generation_versions": {
		required: []string{"created_at"},
		enums:    map[string][]string{"author": {"model", "user"}},
		maxText:  map[string]int{"body": MaxGenerationBytes},
	},
	"ai_ledger": {required: []string{"at", "host"}},
	"calendar_events": {
		json:     []string{"people", "reasons", "proposals"},
		required: []string{"key", "source", "uid", "start_at", "end_at", "imported_at", "seen_at"},
		enums:    map[string][]string{"kind": {"", "phone", "video", "onsite", "other"}},
	},
	"mail_messages": {
		json:     []string{"reasons", "facts", "match_reasons"},
		required: []string{"message_key", "sent_at", "imported_at"},
		enums: map[string][]string{
			"kind":   {"confirmation", "rejection", "interview", "offer", "outreach", "assessment"},
			"status": {"proposed", "confirmed", "dismissed", "auto-applied"},
			"origin": {"", "file", "paste", "imap"},
		},
	},
	"calendar_decisions": {
		required: []string{"event_key", "decided_at"},
		enums:    map[string][]string{"decision": {"confirmed", "rejected"}},
	},
}

// check validates one row of table t against the rule, in place: a value
// derived from others is recomputed.
func (r importRule) check(t tableInfo, row map[string]any) error {
	for _, c := range t.columns {
		v, present := row[c]
		if !present || v == nil {
			continue
		}
		if err := checkCell(t.types[c], c, v, r.limit(c)); err != nil {
			return err
		}
	}
	for _, c := range r.required {
		if s, _ := row[c].(string); strings.TrimSpace(s) == "" {
			return model.Invalid(c, "%s is empty", c)
		}
	}
	for _, c := range t.columns {
		if s, ok := row[c].(string); ok && s != "" && isTimeColumn(c) {
			if _, err := time.Parse(time.RFC3339Nano, s); err != nil {
				return model.Invalid(c, "%s is not a time (%q)", c, truncate(s, 40))
			}
		}
	}
	for _, c := range r.json {
		if s, _ := row[c].(string); s != "" && !json.Valid([]byte(s)) {
			return model.Invalid(c, "%s is not valid JSON", c)
		}
	}
	for c, allowed := range r.enums {
		if s, ok := row[c].(string); ok && !oneOf(s, allowed) {
			return model.Invalid(c, "%s must be one of %s (not %q)", c, strings.Join(allowed, ", "), truncate(s, 40))
		}
	}
	if r.extra != nil {
		return r.extra(row)
	}
	return nil
}

func (r importRule) limit(col string) int {
	if n, ok := r.maxText[col]; ok {
		return n
	}
	return maxCellText
}

// checkCell checks a value against its column's declared type.
func checkCell(typ, col string, v any, limit int) error {
	switch typ {
	case "TEXT":
		s, ok := v.(string)
		if !ok {
			return model.Invalid(col, "%s must be text", col)
		}
		if len(s) > limit {
			return model.Errorf(model.CodeTooLarge, "%s is too long (%d bytes, at most %d)", col, len(s), limit)
		}
	case "INTEGER":
		if _, ok := toInt(v); !ok {
			return model.Invalid(col, "%s must be a whole number", col)
		}
		if n, ok := v.(json.Number); ok && strings.ContainsAny(n.String(), ".eE") {
			return model.Invalid(col, "%s must be a whole number", col)
		}
	case "REAL":
		if _, ok := v.(json.Number); !ok {
			if _, isFloat := v.(float64); !isFloat {
				return model.Invalid(col, "%s must be a number", col)
			}
		}
	case "BLOB":
		s, ok := v.(string)
		if !ok {
			return model.Invalid(col, "%s must be base64 text", col)
		}
		if base64.StdEncoding.DecodedLen(len(s)) > MaxCVBytes+3 {
			return model.Errorf(model.CodeTooLarge, "%s is larger than %d MB", col, MaxCVBytes>>20)
		}
	}
	return nil
}

// isTimeColumn says whether a column holds an RFC 3339 time by its name,
// as every table here names them.
func isTimeColumn(c string) bool {
	return c == "at" || strings.HasSuffix(c, "_at")
}

func oneOf(s string, list []string) bool {
	for _, v := range list {
		if s == v {
			return true
		}
	}
	return false
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// checkCVRow recomputes a CV version's digest and size from its bytes and
// checks its label and profile as AddCVVersion would.
func checkCVRow(row map[string]any) error {
	s, _ := row["data"].(string)
	data, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return model.Invalid("data", "the CV file is not base64")
	}
	if len(data) == 0 || len(data) > MaxCVBytes {
		return model.Invalid("data", "the CV file is empty or larger than %d MB", MaxCVBytes>>20)
	}
	row["sha256"] = CVDigest(data)
	row["size"] = json.Number(fmt.Sprint(len(data)))
	name, _ := row["file_name"].(string)
	name = filepath.Base(strings.TrimSpace(name))
	if name == "." || name == string(filepath.Separator) {
		name = ""
	}
	row["file_name"] = name
	label, _ := row["label"].(string)
	if row["label"], err = cvLabel(label, name); err != nil {
		return err
	}
	return checkProfileRow(row)
}

// checkProfileRow decodes the row's JSON Resume profile strictly and writes
// it back as the store would have written it.
func checkProfileRow(row map[string]any) error {
	s, _ := row["profile"].(string)
	var p model.Profile
	dec := json.NewDecoder(bytes.NewReader([]byte(s)))
	if err := dec.Decode(&p); err != nil {
		return model.Invalid("profile", "the profile is not a JSON Resume document: %v", err)
	}
	if dec.More() {
		return model.Invalid("profile", "the profile has data after its end")
	}
	out, err := profileJSON(p, "profile")
	if err != nil {
		return err
	}
	row["profile"] = out
	return nil
}

// rowError names the table and row a check failed on.
func rowError(table string, i int, err error) error {
	var me *model.Error
	if errors.As(err, &me) {
		return &model.Error{Code: me.Code, Field: me.Field, Message: fmt.Sprintf("import %s row %d: %s", table, i+1, me.Message), Err: err}
	}
	return fmt.Errorf("import %s row %d: %w", table, i+1, err)
}
