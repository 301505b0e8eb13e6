package store

import (
	"cmp"
	"slices"

	"github.com/huntbook/huntbook/backend/model"
)

// sortKind is how a sort column compares, exactly as SQLite compares it, so
// a whole list sorted in Go comes out in the order its pages have.
type sortKind int

const (
	sortBinary sortKind = iota // TEXT, BINARY collation: byte order
	sortNoCase                 // TEXT COLLATE NOCASE: ASCII letters folded, nothing else
	sortInt                    // INTEGER
	sortStage                  // stage_id, compared by the stage's position
)

// sortColumn is the column a list is sorted by.
type sortColumn struct {
	col  string // column of applications a
	kind sortKind
}

var sortColumns = map[model.SortField]sortColumn{
	"":                 {"a.updated_at", sortBinary},
	model.SortUpdated:  {"a.updated_at", sortBinary},
	model.SortCreated:  {"a.created_at", sortBinary},
	model.SortApplied:  {"a.date_applied", sortBinary},
	model.SortCompany:  {"a.company", sortNoCase},
	model.SortTitle:    {"a.title", sortNoCase},
	model.SortStage:    {"a.stage_id", sortStage},
	model.SortPriority: {"a.priority", sortInt},
	model.SortDeadline: {"a.deadline", sortBinary},
	model.SortFollowUp: {"a.follow_up", sortBinary},
}

// descending says whether q lists in descending order: newest update
// first is what people expect from the default order.
func descending(q model.ListQuery) bool { return q.Desc || q.Sort == "" }

// orderBy is q's ORDER BY clause: the sort column, then the id in the same
// direction. Sorting by stage needs stages joined as s.
func orderBy(q model.ListQuery) string {
	c := sortColumns[q.Sort]
	expr := c.col
	switch c.kind {
	case sortNoCase:
		expr += " COLLATE NOCASE"
	case sortStage:
		expr = "s.position"
	}
	dir := " ASC"
	if descending(q) {
		dir = " DESC"
	}
	return " ORDER BY " + expr + dir + ", a.id" + dir
}

// sortKey is one row's id and value of the sort column.
type sortKey struct {
	id int64
	s  string // text columns
	n  int64  // integer columns; a stage's position once resolved
}

// keyScanner scans a row's leading columns into dest and its last one, the
// sort column that queryAll adds, into key. One serves a whole query, so
// rows cost no allocation here.
type keyScanner struct {
	scanner
	key  sortKey
	text bool
	buf  []any
}

func (k *keyScanner) Scan(dest ...any) error {
	var v any = &k.key.n
	if k.text {
		v = &k.key.s
	}
	k.buf = append(append(k.buf[:0], dest...), v)
	return k.scanner.Scan(k.buf...)
}

// queryAll reads every row sel picks (no page) with scan, which reads
// cols, and sorts them in Go as sel.order would: cheaper than SQLite's
// sorter for thousands of rows. from must join whatever cols need; idOf
// gives a row's id, the tie-break.
func queryAll[T any](tx *Tx, q model.ListQuery, sel selection, what, cols, from string,
	scan func(scanner) (T, error), idOf func(*T) int64, sizeHint int) ([]T, error) {
	c := sortColumns[q.Sort]
	var positions map[int64]int
	if c.kind == sortStage {
		var err error
		if positions, err = stagePositions(tx); err != nil {
			return nil, err
		}
	}
	items := make([]T, 0, sizeHint)
	keys := make([]sortKey, 0, sizeHint)
	ks := &keyScanner{text: c.kind == sortBinary || c.kind == sortNoCase}
	err := each(tx, what, `SELECT `+cols+`, `+c.col+from+sel.where, sel.args, func(r scanner) error {
		ks.scanner = r
		v, err := scan(ks)
		if err != nil {
			return err
		}
		ks.key.id = idOf(&v)
		if positions != nil {
			ks.key.n = int64(positions[ks.key.n])
		}
		items = append(items, v)
		keys = append(keys, ks.key)
		return nil
	})
	if err != nil {
		return nil, err
	}
	order := make([]int32, len(keys))
	for i := range order {
		order[i] = int32(i)
	}
	desc := descending(q)
	slices.SortFunc(order, func(i, j int32) int {
		a, b := &keys[i], &keys[j]
		var r int
		switch c.kind {
		case sortBinary: // BINARY collation: memcmp, then length, as Go compares strings
			r = cmp.Compare(a.s, b.s)
		case sortNoCase:
			r = compareNoCase(a.s, b.s)
		default:
			r = cmp.Compare(a.n, b.n)
		}
		if r == 0 {
			r = cmp.Compare(a.id, b.id)
		}
		if desc {
			return -r
		}
		return r
	})
	out := make([]T, len(items))
	for i, j := range order {
		out[i] = items[j]
	}
	return out, nil
}

// compareNoCase is SQLite's NOCASE collation: bytes compared with only the
// ASCII letters A-Z folded to lower case, then the shorter first.
func compareNoCase(a, b string) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return int(x) - int(y)
		}
	}
	return len(a) - len(b)
}
