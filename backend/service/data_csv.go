package service

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/shellport"
	"github.com/huntbook/huntbook/backend/transfer"
)

// csvMappingKey is the settings key of the mapping last used for CSV files
// with a given set of headers (transfer.HeaderKey).
const csvMappingKey = "csv_mapping."

// ChooseImportFile asks for a Huntbook export or a CSV file and returns its
// path ("" when the user cancelled), without reading it: the page then asks
// for a preview (PreviewImport) or imports a ZIP at once (ImportFile).
func (s *Data) ChooseImportFile() (string, error) {
	d, err := s.dialogs()
	if err != nil {
		return "", err
	}
	return d.OpenFile("Import applications", []shellport.FileFilter{importFilter})
}

// PreviewImport reads the file at path and says what importing it with
// mapping would do, writing nothing. A Huntbook export gets a preview of
// kind "zip" and nothing else (it is imported as it is). For a CSV file a
// zero mapping uses the one last imported with the same headers, if any.
func (s *Data) PreviewImport(path string, mapping model.CSVMapping) (model.CSVPreview, error) {
	im, kind, err := s.readCSVImport(path, mapping)
	if err != nil {
		return model.CSVPreview{Path: path, Kind: kind}, err
	}
	if kind == "zip" {
		return zipPreview(path), nil
	}
	im.Preview.Path = path
	return im.Preview, nil
}

// zipPreview is the preview of a Huntbook export, which has none: every
// list empty, never null, as for any other bound result.
func zipPreview(path string) model.CSVPreview {
	return model.CSVPreview{
		Path: path, Kind: "zip",
		Columns: []model.CSVColumn{}, Fields: []model.CSVChoice{}, Statuses: []model.CSVStatus{},
		Targets: []model.CSVChoice{}, Missing: []string{}, Rows: []model.CSVRow{}, Skipped: []model.CSVSkippedRow{},
		Mapping: model.CSVMapping{Columns: []string{}, Statuses: []model.CSVStatusChoice{}},
	}
}

// ImportCSV imports the good rows of the CSV file at path, read with
// mapping (as PreviewImport showed them), all or nothing; the bad rows are
// left out and counted. The mapping is remembered for the next file with
// the same headers.
func (s *Data) ImportCSV(path string, mapping model.CSVMapping) (model.CSVImportResult, error) {
	res := model.CSVImportResult{Path: path}
	im, kind, err := s.readCSVImport(path, mapping)
	if err != nil {
		return res, err
	}
	if kind == "zip" {
		return res, model.Errorf(model.CodeInvalid, "import: %s is a Huntbook export, not a CSV file", filepath.Base(path))
	}
	p := im.Preview
	if len(p.Missing) > 0 {
		return res, model.Invalid("columns", "import: choose the column that holds %s", strings.Join(p.Missing, " and "))
	}
	if p.Good == 0 {
		return res, model.Invalid("row", "import: none of the %d rows can be imported; the preview says what is wrong with each", p.Total)
	}
	c, err := s.db.Import(s.ctx(), im.Data)
	if err != nil {
		return res, err
	}
	res.Applications, res.Notes, res.Contacts, res.Stages, res.Skipped = c.Applications, c.Notes, c.Contacts, c.Stages, p.Bad
	if b, err := json.Marshal(p.Mapping); err == nil {
		if err := s.db.SetSetting(s.ctx(), csvMappingKey+im.HeaderKey(), string(b)); err != nil {
			return res, fmt.Errorf("import done; remember the columns: %w", err)
		}
	}
	s.changed()
	return res, nil
}

// SaveSkippedRows asks where to save the rows of the CSV file at path that
// mapping cannot import, and writes them there with the file's header and
// a column saying what is wrong with each. It returns the path written, or
// "" when the user cancelled.
func (s *Data) SaveSkippedRows(path string, mapping model.CSVMapping) (string, error) {
	im, kind, err := s.readCSVImport(path, mapping)
	if err != nil {
		return "", err
	}
	if kind == "zip" || im.Preview.Bad == 0 {
		return "", model.Errorf(model.CodeInvalid, "import: %s has no rows to skip", filepath.Base(path))
	}
	d, err := s.dialogs()
	if err != nil {
		return "", err
	}
	name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)) + "-skipped.csv"
	out, err := d.SaveFile("Save the skipped rows", name, []shellport.FileFilter{{Name: "CSV (*.csv)", Pattern: "*.csv"}})
	if err != nil || out == "" {
		return "", err
	}
	if err := writeSkipped(im, out); err != nil {
		return "", err
	}
	s.grants.chosen(out) // the page may import the fixed file from there
	return out, nil
}

// WriteSkippedRowsTo writes the rows of the CSV file at path that mapping
// cannot import to the file out, as SaveSkippedRows does but without a
// dialog, and returns how many it wrote (none: nothing is written). It is a
// function rather than a method so the window does not bind it: the command
// line names the file.
func WriteSkippedRowsTo(s *Data, path string, mapping model.CSVMapping, out string) (int, error) {
	im, kind, err := s.readCSVImport(path, mapping)
	if err != nil {
		return 0, err
	}
	if kind == "zip" || im.Preview.Bad == 0 {
		return 0, nil
	}
	if err := writeSkipped(im, out); err != nil {
		return 0, err
	}
	return im.Preview.Bad, nil
}

// writeSkipped writes im's bad rows to the file out, readable by spreadsheets.
func writeSkipped(im *transfer.CSVImport, out string) error {
	var b bytes.Buffer
	b.WriteString("\ufeff") // spreadsheets read UTF-8 only with its byte-order mark
	if err := im.WriteSkipped(&b); err != nil {
		return err
	}
	if err := os.WriteFile(out, b.Bytes(), 0o600); err != nil {
		return fmt.Errorf("save the skipped rows: %w", err)
	}
	return nil
}

// readCSVImport reads the file at path for a preview. A zero mapping is
// replaced by the one remembered for the file's headers.
func (s *Data) readCSVImport(path string, mapping model.CSVMapping) (*transfer.CSVImport, string, error) {
	if err := s.grants.allow(path, false); err != nil {
		return nil, "", err
	}
	f, _, err := openImport(path, transfer.MaxArchiveBytes)
	if err != nil {
		return nil, "", err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, transfer.MaxArchiveBytes))
	if err != nil {
		return nil, "", fmt.Errorf("import: %w", err)
	}
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return nil, "zip", nil
	}
	ext := strings.ToLower(filepath.Ext(path))
	if ext != ".csv" && ext != ".tsv" && !looksLikeText(data) {
		return nil, "", model.Errorf(model.CodeUnsupported, "import: %s is neither a Huntbook export (.zip) nor a CSV file", filepath.Base(path))
	}
	stages, err := s.db.Stages(s.ctx())
	if err != nil {
		return nil, "", err
	}
	pipeline := make([]string, len(stages))
	for i, st := range stages {
		pipeline[i] = st.Name
	}
	opt := transfer.PreviewOptions{Mapping: mapping, Pipeline: pipeline}
	im, err := transfer.PreviewCSV(data, opt)
	if err != nil {
		return nil, "csv", err
	}
	if len(mapping.Columns) == 0 && len(mapping.Statuses) == 0 && mapping.DateOrder == "" {
		if saved, ok := s.rememberedMapping(im.HeaderKey()); ok {
			opt.Mapping = saved
			if again, err := transfer.PreviewCSV(data, opt); err == nil {
				im = again
				im.Preview.Remembered = true
			}
		}
	}
	return im, "csv", nil
}

func (s *Data) rememberedMapping(key string) (model.CSVMapping, bool) {
	v, err := s.db.Setting(s.ctx(), csvMappingKey+key)
	if err != nil || v == "" {
		return model.CSVMapping{}, false
	}
	var m model.CSVMapping
	if json.Unmarshal([]byte(v), &m) != nil {
		return model.CSVMapping{}, false
	}
	return m, true
}
