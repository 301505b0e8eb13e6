package transfer

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strings"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/store"
)

// How much of a file the preview shows.
const (
	PreviewRows    = 20  // good rows, as they will be saved
	PreviewSkipped = 200 // bad rows, with their line and problems
	previewSamples = 3   // sample values a column shows
)

// PreviewOptions say how to read a CSV file for PreviewCSV.
type PreviewOptions struct {
	// Mapping is the user's choices; a zero mapping detects everything.
	Mapping model.CSVMapping
	// Pipeline is the stage names in order; statuses are mapped onto them
	// (model.DefaultStages when empty).
	Pipeline []string
}

// CSVImport is a CSV file read for an import with a preview: what the
// preview shows, and the good rows as a dataset ready for store.Import.
type CSVImport struct {
	Preview model.CSVPreview
	// Data holds the good rows only, with their notes and contacts.
	Data   *store.Dataset
	header []string
	bad    []badRow
}

type badRow struct {
	row      csvRow
	problems []string
}

// HeaderKey identifies the file's set of headers, so a mapping chosen for
// one export can be offered again for the next one from the same tracker.
func HeaderKey(header []string) string {
	h := sha256.New()
	for _, c := range header {
		h.Write([]byte(normHeader(c)))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// HeaderKey is HeaderKey of this file's headers.
func (im *CSVImport) HeaderKey() string { return HeaderKey(im.header) }

// PreviewCSV reads a CSV file as ReadCSV does, but instead of refusing the
// file for a bad row it sorts the rows into good and bad, maps each status
// to the nearest stage or outcome of the pipeline (never creating a stage
// unless the mapping asks for one), reads contact columns as contacts, and
// says how it read each column, status and date. Only a file that cannot be
// read as CSV at all is an error.
func PreviewCSV(data []byte, opt PreviewOptions) (*CSVImport, error) {
	tb, err := readTable(data)
	if err != nil {
		return nil, err
	}
	im := &CSVImport{header: tb.header, Data: &store.Dataset{}}
	p := &im.Preview
	p.Kind, p.Encoding, p.Delimiter = "csv", tb.encoding, delimiterName(tb.comma)
	p.Fields, p.Total = fieldLabels, len(tb.rows)
	fields := columnFields(tb.header, opt.Mapping.Columns)
	cols := map[string]int{}
	for i, f := range fields {
		if _, dup := cols[f]; f != "" && !dup {
			cols[f] = i
		}
	}
	p.Columns = make([]model.CSVColumn, len(tb.header))
	for i, h := range tb.header {
		p.Columns[i] = model.CSVColumn{Index: i, Header: h, Field: fields[i], Samples: samples(tb.rows, i)}
	}
	p.Missing = []string{}
	for _, req := range []model.CSVChoice{fieldLabels[0], fieldLabels[1]} {
		if _, ok := cols[req.Value]; !ok {
			p.Missing = append(p.Missing, req.Label)
		}
	}

	status := newStatusMapper(opt.Pipeline, opt.Mapping.Statuses)
	p.Targets = status.targets()
	p.Statuses = statusesOf(tb.rows, cols, status)

	dayFirst, order, reason := decideDateOrder(tb.rows, cols)
	switch opt.Mapping.DateOrder {
	case "dmy":
		dayFirst, order, reason = true, "dmy", "Day first, as you chose. "+reason
	case "mdy":
		dayFirst, order, reason = false, "mdy", "Month first, as you chose. "+reason
	}
	p.DateOrder, p.DateReason = order, reason
	p.Mapping = model.CSVMapping{Columns: fields, Statuses: make([]model.CSVStatusChoice, len(p.Statuses)), DateOrder: opt.Mapping.DateOrder}
	for i, s := range p.Statuses {
		p.Mapping.Statuses[i] = model.CSVStatusChoice{Status: s.Status, Target: s.Target}
	}

	p.Rows, p.Skipped = []model.CSVRow{}, []model.CSVSkippedRow{}
	if len(p.Missing) > 0 {
		return im, nil
	}
	contacts := newContactSet()
	for _, row := range tb.rows {
		a, notes, errs := parseRow(row, cols, dayFirst, status.resolve)
		ct, cerr := rowContact(row, cols, a.Company)
		if cerr != nil {
			errs = append(errs, RowError{Line: row.line, Field: "contact", Reason: cerr.Error()})
		}
		if len(errs) > 0 {
			im.addBad(row, errs)
			continue
		}
		a.ID = int64(len(im.Data.Applications) + 1)
		im.Data.Applications = append(im.Data.Applications, store.DatasetApp{Application: a, Notes: notes})
		var names []string
		if ct != nil {
			contacts.add(*ct, a.ID)
			names = append(names, ct.Name)
		}
		if len(p.Rows) < PreviewRows {
			p.Rows = append(p.Rows, model.CSVRow{Line: row.line, Company: a.Company, Title: a.Title, Stage: a.Stage, Outcome: string(a.Outcome),
				DateApplied: a.DateApplied, Location: a.Location, URL: a.URL, Contacts: orEmpty(names)})
		}
	}
	im.Data.Contacts = contacts.list
	p.Good, p.Bad, p.Contacts = len(im.Data.Applications), len(im.bad), len(contacts.list)
	return im, nil
}

func (im *CSVImport) addBad(row csvRow, errs []RowError) {
	problems := make([]string, len(errs))
	for i, e := range errs {
		problems[i] = e.Reason
	}
	im.bad = append(im.bad, badRow{row: row, problems: problems})
	if len(im.Preview.Skipped) < PreviewSkipped {
		im.Preview.Skipped = append(im.Preview.Skipped, model.CSVSkippedRow{Line: row.line, Problems: problems, Text: rowText(row.rec)})
	}
}

// WriteSkipped writes the bad rows as a CSV file with the file's own
// header and a last column saying what is wrong with each, so the user can
// fix them and import that file. Its problems column is ignored on import.
func (im *CSVImport) WriteSkipped(w io.Writer) error {
	cw := NewCSVWriter(w)
	if err := cw.Write(append(append([]string{}, im.header...), "Import problems")); err != nil {
		return fmt.Errorf("write skipped rows: %w", err)
	}
	for _, b := range im.bad {
		rec := make([]string, len(im.header))
		copy(rec, b.row.rec)
		if len(b.row.rec) > len(im.header) {
			rec = append(rec[:len(im.header)], b.row.rec[len(im.header):]...)
		}
		rec = append(rec, fmt.Sprintf("line %d: %s", b.row.line, strings.Join(b.problems, "; ")))
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("write skipped rows: %w", err)
		}
	}
	if err := cw.Flush(); err != nil {
		return fmt.Errorf("write skipped rows: %w", err)
	}
	return nil
}

// columnFields is the field of each column: the mapping's when it has one
// for every column, else detected from the headers (the first column of a
// field wins).
func columnFields(header []string, chosen []string) []string {
	known := map[string]bool{}
	for _, f := range fieldLabels {
		known[f.Value] = true
	}
	out := make([]string, len(header))
	if len(chosen) == len(header) {
		for i, f := range chosen {
			if known[f] {
				out[i] = f
			}
		}
		return out
	}
	seen := map[string]bool{}
	for i, h := range header {
		if f, ok := columnNames[normHeader(h)]; ok && !seen[f] {
			out[i], seen[f] = f, true
		}
	}
	return out
}

// statusesOf lists the distinct status texts of the file in the order met,
// with how many rows carry each and where it goes.
func statusesOf(rows []csvRow, cols map[string]int, m *statusMapper) []model.CSVStatus {
	out := []model.CSVStatus{}
	if _, ok := cols["stage"]; !ok {
		return out
	}
	at := map[string]int{}
	for _, r := range rows {
		v := cell(r.rec, cols, "stage")
		if v == "" {
			continue
		}
		k := statusKey(v)
		if i, ok := at[k]; ok {
			out[i].Count++
			continue
		}
		t, why := m.target(v)
		at[k] = len(out)
		out = append(out, model.CSVStatus{Status: v, Count: 1, Target: t, Reason: why})
	}
	return out
}

func samples(rows []csvRow, col int) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, r := range rows {
		if col >= len(r.rec) {
			continue
		}
		v := strings.TrimSpace(r.rec[col])
		if v == "" || seen[v] {
			continue
		}
		seen[v] = true
		out = append(out, clip(v, 60))
		if len(out) == previewSamples {
			break
		}
	}
	return out
}

// rowText is a row's first non-empty cells, to recognise it by.
func rowText(rec []string) string {
	var parts []string
	for _, v := range rec {
		if v = strings.TrimSpace(v); v != "" {
			parts = append(parts, clip(strings.Join(strings.Fields(v), " "), 40))
		}
		if len(parts) == 3 {
			break
		}
	}
	return strings.Join(parts, " · ")
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func delimiterName(c rune) string {
	switch c {
	case ',':
		return "comma"
	case ';':
		return "semicolon"
	case '\t':
		return "tab"
	}
	return string(c)
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
