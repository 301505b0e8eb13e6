// Package transfer moves the user's data in and out of Huntbook: the export
// ZIP (a versioned JSON document of everything plus applications as CSV),
// reading it back, and importing applications from other trackers' CSV files.
package transfer

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/store"
)

// Format names the export document; Version is bumped on any change that an
// older reader could misread.
const (
	Format  = "huntbook-export"
	Version = 1
)

// Names of the files inside the export ZIP.
const (
	DocumentName = "huntbook.json"
	CSVName      = "applications.csv"
)

// Limits on what an import reads. An export holds two entries and
// compresses a few times over; a ZIP bomb holds many entries or one that
// inflates a thousand times, and is refused before it is inflated.
const (
	// MaxArchiveBytes caps the size of an archive or CSV file, and what
	// huntbook.json may inflate to.
	MaxArchiveBytes = 512 << 20
	// MaxEntries caps how many entries an archive may list.
	MaxEntries = 64
	// MaxInflateRatio caps how many times over huntbook.json may inflate
	// (an export's JSON compresses about 5 to 15 times); it applies past
	// ratioFloor bytes, so a small document may compress as well as it likes.
	MaxInflateRatio = 100
	ratioFloor      = 16 << 20
)

// Document is the JSON inside the export ZIP. Everything the tracker holds is
// in Data; ids only tie records together and are renumbered on import.
type Document struct {
	Format     string        `json:"format"`
	Version    int           `json:"version"`
	ExportedAt time.Time     `json:"exportedAt"`
	Generator  string        `json:"generator"`
	Data       store.Dataset `json:"data"`
}

// WriteZIP writes the export archive for ds to w.
func WriteZIP(w io.Writer, ds *store.Dataset, now time.Time, generator string) error {
	zw := zip.NewWriter(w)
	doc := Document{Format: Format, Version: Version, ExportedAt: now.UTC(), Generator: generator, Data: *ds}
	f, err := zw.CreateHeader(&zip.FileHeader{Name: DocumentName, Method: zip.Deflate, Modified: now})
	if err != nil {
		return fmt.Errorf("write export: %w", err)
	}
	enc := json.NewEncoder(f)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write export: %w", err)
	}
	f, err = zw.CreateHeader(&zip.FileHeader{Name: CSVName, Method: zip.Deflate, Modified: now})
	if err != nil {
		return fmt.Errorf("write export: %w", err)
	}
	if err := WriteCSV(f, ds); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write export: %w", err)
	}
	return nil
}

// ReadZIP reads an export archive, refusing a damaged one, one written by a
// newer Huntbook, or one that looks like a ZIP bomb (too many entries, two
// documents, or a document that inflates past the limits) with a message
// that says which.
func ReadZIP(r io.ReaderAt, size int64) (*Document, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, &model.Error{Code: model.CodeCorrupt, Message: "import: the file is not a ZIP archive or is damaged", Err: err}
	}
	if len(zr.File) > MaxEntries {
		return nil, model.Errorf(model.CodeTooLarge, "import: the archive lists %d files; a Huntbook export has 2 and at most %d are read", len(zr.File),
			MaxEntries)
	}
	var docFile *zip.File
	for _, f := range zr.File {
		if f.Name != DocumentName {
			continue
		}
		if docFile != nil {
			return nil, model.Errorf(model.CodeCorrupt, "import: the archive holds %s twice; a Huntbook export has one", DocumentName)
		}
		docFile = f
	}
	if docFile == nil {
		return nil, model.Errorf(model.CodeCorrupt, "import: the archive has no %s: it is not a Huntbook export", DocumentName)
	}
	if err := checkInflation(docFile); err != nil {
		return nil, err
	}
	rc, err := docFile.Open()
	if err != nil {
		return nil, &model.Error{Code: model.CodeCorrupt, Message: "import: cannot read " + DocumentName + " in the archive", Err: err}
	}
	defer rc.Close()
	// The header's sizes are the sender's word: read no more than they
	// promised, nor past the limit, whatever the stream holds.
	limit := int64(MaxArchiveBytes)
	if docFile.UncompressedSize64 < uint64(limit) {
		limit = int64(docFile.UncompressedSize64) //nolint:gosec // G115: below MaxArchiveBytes, checked above
	}
	data, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if err != nil {
		return nil, &model.Error{Code: model.CodeCorrupt, Message: "import: the archive is damaged (" + err.Error() + ")", Err: err}
	}
	if int64(len(data)) > limit {
		return nil, model.Errorf(model.CodeCorrupt, "import: %s inflates to more than its header says: the archive is damaged or forged", DocumentName)
	}
	return DecodeDocument(data)
}

// checkInflation refuses a document whose header promises more than the
// limits, before a byte of it is inflated.
func checkInflation(f *zip.File) error {
	u, c := f.UncompressedSize64, f.CompressedSize64
	if u > MaxArchiveBytes {
		return model.Errorf(model.CodeTooLarge, "import: %s would inflate to %d MB, more than the %d MB Huntbook imports", DocumentName, u>>20,
			MaxArchiveBytes>>20)
	}
	if u > ratioFloor && (c == 0 || u/c > MaxInflateRatio) {
		return model.Errorf(model.CodeTooLarge, "import: %s would inflate %d times over (%d MB from %d KB): that is a ZIP bomb, not an export",
			DocumentName, u/max(c, 1), u>>20, c>>10)
	}
	return nil
}

// DecodeDocument parses and checks an export document.
func DecodeDocument(data []byte) (*Document, error) {
	var head struct {
		Format  string `json:"format"`
		Version int    `json:"version"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, corruptJSON(data, err)
	}
	if head.Format != Format {
		return nil, model.Errorf(model.CodeUnsupported, "import: not a Huntbook export (format %q)", head.Format)
	}
	if head.Version > Version {
		return nil, model.Errorf(model.CodeNewerVersion, "import: this export was made by a newer version of Huntbook (format version %d, this version reads "+
			"up to %d); update Huntbook to import it", head.Version, Version)
	}
	if head.Version < 1 {
		return nil, model.Errorf(model.CodeCorrupt, "import: the export has no valid format version")
	}
	var doc Document
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber() // other areas' rows keep exact integers
	if err := dec.Decode(&doc); err != nil {
		return nil, corruptJSON(data, err)
	}
	return &doc, nil
}

func corruptJSON(data []byte, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		line := bytes.Count(data[:min(int(se.Offset), len(data))], []byte("\n")) + 1
		return &model.Error{Code: model.CodeCorrupt, Message: fmt.Sprintf("import: %s is damaged at line %d: %v", DocumentName, line, se), Err: err}
	case errors.As(err, &te):
		return &model.Error{Code: model.CodeCorrupt, Field: te.Field, Message: fmt.Sprintf("import: %s has a bad value for %s (%s where %s was expected)",
			DocumentName, te.Field, te.Value, te.Type), Err: err}
	}
	return &model.Error{Code: model.CodeCorrupt, Message: "import: " + DocumentName + " is damaged: " + err.Error(), Err: err}
}
