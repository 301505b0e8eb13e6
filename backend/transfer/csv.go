package transfer

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/store"
)

// csvHeader is what WriteCSV writes; ReadCSV maps it back, as it maps the
// columns of other trackers' exports.
var csvHeader = []string{"ID", "Company", "Job Title", "Stage", "Outcome", "URL", "Location", "Remote",
	"Salary Min", "Salary Max", "Currency", "Salary Period", "Source", "Date Applied", "Deadline", "Follow Up",
	"Priority", "Tags", "Created", "Updated", "Job Description"}

// WriteCSV writes one row per application. Salary figures are in major
// units ("65000.00"); tags are separated by commas.
func WriteCSV(w io.Writer, ds *store.Dataset) error {
	cw := NewCSVWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	for _, a := range ds.Applications {
		row := []string{strconv.FormatInt(a.ID, 10), a.Company, a.Title, a.Stage, string(a.Outcome), a.URL, a.Location,
			string(a.Remote), money(a.Salary.Min), money(a.Salary.Max), a.Salary.Currency, string(a.Salary.Period), a.Source,
			a.DateApplied, a.Deadline, a.FollowUp, strconv.Itoa(a.Priority), strings.Join(a.Tags, ", "),
			a.CreatedAt.UTC().Format(time.RFC3339), a.UpdatedAt.UTC().Format(time.RFC3339), a.Description}
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
	}
	if err := cw.Flush(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// CSVWriter writes CSV that a spreadsheet opens as plain text: a cell that
// would start a formula (=, +, -, @, tab or CR first) gets a leading
// apostrophe, unless it is a number such as "-5". Every CSV Huntbook writes
// goes through it, so the rule lives in one place; ReadCSV drops the
// apostrophe again.
type CSVWriter struct{ w *csv.Writer }

// NewCSVWriter returns a CSVWriter writing to w.
func NewCSVWriter(w io.Writer) *CSVWriter { return &CSVWriter{w: csv.NewWriter(w)} }

// Write writes one record, defusing each cell; rec is not modified.
func (c *CSVWriter) Write(rec []string) error {
	row := make([]string, len(rec))
	for i, v := range rec {
		row[i] = defuseFormula(v)
	}
	return c.w.Write(row)
}

// Flush writes out what is buffered and returns the first error met.
func (c *CSVWriter) Flush() error {
	c.w.Flush()
	return c.w.Error()
}

// defuseFormula keeps spreadsheets from running a cell as a formula.
func defuseFormula(v string) string {
	if v != "" && strings.ContainsRune("=+-@\t\r", rune(v[0])) {
		if _, err := strconv.ParseFloat(v, 64); err == nil {
			return v
		}
		return "'" + v
	}
	return v
}

func money(minor int64) string {
	if minor == 0 {
		return ""
	}
	return fmt.Sprintf("%d.%02d", minor/100, minor%100)
}

// RowError is one bad CSV row.
type RowError struct {
	Line   int    `json:"line"`
	Field  string `json:"field"`
	Reason string `json:"reason"`
}

func (e RowError) String() string { return fmt.Sprintf("line %d: %s", e.Line, e.Reason) }

// CSVError lists the bad rows of a CSV file that was refused as a whole.
type CSVError struct{ Rows []RowError }

func (e *CSVError) Error() string {
	lines := groupByLine(e.Rows)
	var b strings.Builder
	b.WriteString("import: " + rowsWithProblems(len(lines), len(e.Rows)) + ", nothing was imported: ")
	for i, l := range lines {
		if i == 5 {
			fmt.Fprintf(&b, "; and %d more", len(lines)-5)
			break
		}
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "line %d: %s", l.line, strings.Join(l.reasons, ", "))
	}
	return b.String()
}

type lineProblems struct {
	line    int
	reasons []string
}

// groupByLine gathers the problems of each line, in the order met.
func groupByLine(rows []RowError) []lineProblems {
	var out []lineProblems
	at := map[int]int{}
	for _, r := range rows {
		i, ok := at[r.Line]
		if !ok {
			i = len(out)
			at[r.Line] = i
			out = append(out, lineProblems{line: r.Line})
		}
		out[i].reasons = append(out[i].reasons, r.Reason)
	}
	return out
}

// rowsWithProblems says "1 row with 2 problems", "3 rows with 3 problems".
func rowsWithProblems(rows, problems int) string {
	return plural(rows, "row") + " with " + plural(problems, "problem")
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// ReadCSV reads applications from a CSV export of Huntbook or another
// tracker, mapping columns by header name (case-insensitive, Huntr/Teal
// style names understood). Every row is checked; if any is bad, none is
// returned and the error lists each bad row with its line number. A status
// that is no default stage becomes a stage of that name; PreviewCSV maps it
// to the nearest stage instead, for the window's preview.
func ReadCSV(r io.Reader) (*store.Dataset, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxArchiveBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read csv: %w", err)
	}
	tb, err := readTable(data)
	if err != nil {
		return nil, err
	}
	cols := mapColumns(tb.header)
	if _, ok := cols["company"]; !ok {
		return nil, model.Errorf(model.CodeInvalid, "import: the CSV has no company column (looked for %s; found %s)",
			"Company, Company Name, Employer, Organization", strings.Join(tb.header, ", "))
	}
	if _, ok := cols["title"]; !ok {
		return nil, model.Errorf(model.CodeInvalid, "import: the CSV has no job title column (looked for %s; found %s)", "Job Title, Title, Position, Role",
			strings.Join(tb.header, ", "))
	}
	dayFirst, _, _ := decideDateOrder(tb.rows, cols)
	ds := &store.Dataset{}
	var bad []RowError
	for i, row := range tb.rows {
		a, notes, errs := parseRow(row, cols, dayFirst, nil)
		if len(errs) > 0 {
			bad = append(bad, errs...)
			continue
		}
		a.ID = int64(i + 1)
		ds.Applications = append(ds.Applications, store.DatasetApp{Application: a, Notes: notes})
	}
	if len(bad) > 0 {
		return nil, &model.Error{Code: model.CodeInvalid, Field: "row", Message: (&CSVError{Rows: bad}).Error(), Err: &CSVError{Rows: bad}}
	}
	return ds, nil
}

// table is a CSV file read into records: its header and its non-blank rows.
type table struct {
	header   []string
	rows     []csvRow
	encoding string
	comma    rune
}

// readTable decodes a CSV file and reads its records. An unreadable record
// fails the whole file: what follows it cannot be trusted.
func readTable(data []byte) (*table, error) {
	if len(data) > MaxArchiveBytes {
		return nil, model.Errorf(model.CodeTooLarge, "import: the CSV file is larger than %d MB", MaxArchiveBytes>>20)
	}
	text, err := decodeCSV(data)
	if err != nil {
		return nil, err
	}
	if err := checkQuotes(text.data, text.comma); err != nil {
		return nil, err
	}
	cr := csv.NewReader(bytes.NewReader(text.data))
	cr.Comma = text.comma
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true // bare quotes inside a field; checkQuotes refused unclosed ones
	cr.ReuseRecord = false
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, model.Errorf(model.CodeInvalid, "import: the CSV file is empty")
	}
	if err != nil {
		return nil, &model.Error{Code: model.CodeInvalid, Message: "import: cannot read the CSV header: " + err.Error(), Err: err}
	}
	tb := &table{header: header, encoding: text.encoding, comma: text.comma}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			return nil, &CSVError{Rows: []RowError{{Line: line, Reason: "unreadable CSV: " + err.Error()}}}
		}
		if blank(rec) {
			continue
		}
		tb.rows = append(tb.rows, csvRow{line: line, rec: rec})
	}
	return tb, nil
}

type csvRow struct {
	line int
	rec  []string
}

func blank(rec []string) bool {
	for _, v := range rec {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}
