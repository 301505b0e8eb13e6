package store

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// The tracker's own records travel in the typed parts of a Dataset. Every
// other table a migration adds (CV versions and the profile, AI providers
// and drafts, calendar events and decisions, ...) travels as rows in
// Dataset.Tables, so a new area is exported without anyone remembering to.
// On import, ids are renumbered and foreign keys follow their parents.

// typedTables are exported through the Dataset's typed fields.
var typedTables = map[string]bool{
	"stages": true, "applications": true, "application_tags": true, "events": true, "notes": true,
	"contacts": true, "application_contacts": true, "tasks": true, "settings": true, "application_fts": true,
}

// localTables belong to this machine only: Google sync tokens are useless
// (and harmful) without the account grant, which stays in the keychain, and so
// are the IMAP folders' UIDs (mail_imap_folders).
// The import's own bookkeeping is local too.
var localTables = map[string]bool{"calendar_sync": true, "mail_imap_folders": true, "import_runs": true, "import_undo": true}

// ConfigTables hold the user's configuration rather than their data: where
// AI requests go and with which key variable, the prompts, the redaction
// terms. An export carries them; an import never writes them: the caller
// shows them to the user, who applies what they choose through the same
// validated paths as the settings page.
var ConfigTables = map[string]bool{"ai_providers": true, "ai_prompt_overrides": true, "ai_redaction_terms": true}

type tableInfo struct {
	table
	types map[string]string // column -> declared type
	pk    string            // the INTEGER PRIMARY KEY column, if any
	fks   map[string]string // column -> referenced table
}

// extraTables lists the tables that travel in Dataset.Tables, parents first.
func extraTables(tx *Tx) ([]tableInfo, error) {
	conn, err := tx.Query(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
		AND name <> 'schema_migrations' ORDER BY rowid`)
	if err != nil {
		return nil, fmt.Errorf("list tables: %w", err)
	}
	var names []string
	virtual := map[string]bool{}
	for conn.Next() {
		var n, def string
		if err := conn.Scan(&n, &def); err != nil {
			conn.Close()
			return nil, err
		}
		names = append(names, n)
		virtual[n] = strings.HasPrefix(strings.ToUpper(strings.TrimSpace(def)), "CREATE VIRTUAL")
	}
	conn.Close()
	var out []tableInfo
	for _, n := range names {
		if typedTables[n] || localTables[n] || virtual[n] || isShadow(n, virtual) {
			continue
		}
		ti := tableInfo{table: table{name: n}, types: map[string]string{}, fks: map[string]string{}}
		rows, err := tx.Query(`SELECT name, upper(type), pk FROM pragma_table_info(?)`, n)
		if err != nil {
			return nil, fmt.Errorf("columns of %s: %w", n, err)
		}
		pks := 0
		for rows.Next() {
			var c, typ string
			var pk int
			if err := rows.Scan(&c, &typ, &pk); err != nil {
				rows.Close()
				return nil, err
			}
			ti.columns = append(ti.columns, c)
			ti.types[c] = typ
			if pk > 0 {
				pks++
				if typ == "INTEGER" {
					ti.pk = c
				}
			}
		}
		rows.Close()
		if pks != 1 {
			ti.pk = "" // a composite key is not renumbered
		}
		fk, err := tx.Query(`SELECT "from", "table" FROM pragma_foreign_key_list(?)`, n)
		if err != nil {
			return nil, fmt.Errorf("foreign keys of %s: %w", n, err)
		}
		for fk.Next() {
			var from, to string
			if err := fk.Scan(&from, &to); err != nil {
				fk.Close()
				return nil, err
			}
			ti.fks[from] = to
		}
		fk.Close()
		out = append(out, ti)
	}
	return out, nil
}

func isShadow(name string, virtual map[string]bool) bool {
	for v, isVirtual := range virtual {
		if isVirtual && strings.HasPrefix(name, v+"_") {
			return true
		}
	}
	return false
}

// exportTables reads every extra table's rows; BLOBs become base64 text.
func exportTables(tx *Tx) (map[string][]map[string]any, error) {
	tables, err := extraTables(tx)
	if err != nil {
		return nil, err
	}
	out := map[string][]map[string]any{}
	for _, t := range tables {
		if out[t.name], err = exportTable(tx, t); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// exportTable reads the rows of one of the Dataset.Tables (BLOB columns as
// base64, other bytes as text).
func exportTable(tx *Tx, t tableInfo) ([]map[string]any, error) {
	list := []map[string]any{}
	err := each(tx, "export "+t.name, `SELECT `+quoteCols(t.columns)+` FROM `+t.name, nil, func(r scanner) error {
		vals := make([]any, len(t.columns))
		ptrs := make([]any, len(t.columns))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := r.Scan(ptrs...); err != nil {
			return err
		}
		row := make(map[string]any, len(vals))
		for i, c := range t.columns {
			if b, ok := vals[i].([]byte); ok {
				if t.types[c] == "BLOB" {
					row[c] = base64.StdEncoding.EncodeToString(b)
				} else {
					row[c] = string(b)
				}
				continue
			}
			row[c] = vals[i]
		}
		list = append(list, row)
		return nil
	})
	return list, err
}

func quoteCols(cols []string) string {
	q := make([]string, len(cols))
	for i, c := range cols {
		q[i] = `"` + c + `"`
	}
	return strings.Join(q, ", ")
}

// checkTables refuses tables this version does not know, and checks every
// row of the others against its table's import rule (before the import
// writes anything).
func checkTables(tx *Tx, data map[string][]map[string]any) error {
	tables, err := extraTables(tx)
	if err != nil {
		return err
	}
	known := map[string]bool{}
	for _, t := range tables {
		known[t.name] = true
	}
	var unknown []string
	for name := range data {
		if !known[name] && !typedTables[name] && !localTables[name] && !ConfigTables[name] {
			unknown = append(unknown, name)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return fmt.Errorf("import: the export has data this version of Huntbook does not know (%s)", strings.Join(unknown, ", "))
	}
	for _, t := range tables {
		rows := data[t.name]
		if len(rows) == 0 || ConfigTables[t.name] {
			continue
		}
		rule, allowed := dataTables[t.name]
		if !allowed {
			// A table a migration added without saying how its rows are
			// checked is not imported until someone writes the rule.
			return fmt.Errorf("import: no import rule for table %s (add one to dataTables)", t.name)
		}
		for i, row := range rows {
			if err := rule.check(t, row); err != nil {
				return rowError(t.name, i, err)
			}
		}
	}
	return nil
}

// importTables adds the extra tables' rows, checked by checkTables. appIDs
// maps the dataset's application ids to the new ones. A row whose parent is
// not in the import (or that clashes with a row already there) is skipped
// and counted.
func importTables(tx *Tx, data map[string][]map[string]any, appIDs map[int64]int64) (skipped int, err error) {
	tables, err := extraTables(tx)
	if err != nil {
		return 0, err
	}
	ids := map[string]map[int64]int64{"applications": appIDs}
	for _, t := range tables {
		rows := data[t.name]
		if len(rows) == 0 || ConfigTables[t.name] {
			continue
		}
		ids[t.name] = map[int64]int64{}
		for i, row := range rows {
			var cols []string
			var args []any
			var oldID int64
			ok := true
			for _, c := range t.columns {
				v, present := row[c]
				if !present {
					continue
				}
				parent, isFK := t.fks[c]
				if c == t.pk && !isFK {
					oldID, _ = toInt(v)
					continue // renumbered
				}
				if isFK && v != nil {
					old, _ := toInt(v)
					nv, found := ids[parent][old]
					if !found {
						ok = false
						break
					}
					v = nv
				} else if t.types[c] == "BLOB" {
					s, _ := v.(string)
					b, err := base64.StdEncoding.DecodeString(s)
					if err != nil {
						return skipped, fmt.Errorf("import %s row %d: %s is not base64", t.name, i+1, c)
					}
					v = b
				} else if n, isNum := v.(json.Number); isNum {
					if iv, err := n.Int64(); err == nil {
						v = iv
					} else if fv, err := n.Float64(); err == nil {
						v = fv
					}
				}
				cols = append(cols, c)
				args = append(args, v)
			}
			if !ok || len(cols) == 0 {
				skipped++
				continue
			}
			res, err := tx.Exec(`INSERT OR IGNORE INTO `+t.name+` (`+quoteCols(cols)+`) VALUES (`+placeholders(len(cols))+`)`, args...)
			if err != nil {
				return skipped, fmt.Errorf("import %s row %d: %w", t.name, i+1, err)
			}
			if n, _ := res.RowsAffected(); n == 0 {
				skipped++
				continue
			}
			if t.pk != "" {
				newID, _ := res.LastInsertId()
				ids[t.name][oldID] = newID
			}
		}
	}
	return skipped, nil
}

func toInt(v any) (int64, bool) {
	switch n := v.(type) {
	case json.Number:
		i, err := n.Int64()
		return i, err == nil
	case float64:
		return int64(n), true
	case int64:
		return n, true
	case int:
		return int64(n), true
	}
	return 0, false
}
