package doctext

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/huntbook/huntbook/backend/lazyre"
	"github.com/huntbook/huntbook/backend/model"
)

// Limits against zip bombs and huge documents.
const (
	maxDOCXPart  = 32 << 20 // uncompressed size of one XML part
	maxDOCXTotal = 64 << 20 // uncompressed size of all parts read
	maxDOCXFiles = 10000
)

// sniffZip tells a DOCX from other zip files.
func sniffZip(data []byte) string {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "zip"
	}
	kind := "zip"
	for _, f := range zr.File {
		switch {
		case f.Name == "word/document.xml":
			return KindDOCX
		case f.Name == "mimetype" || strings.HasPrefix(f.Name, "content.xml"):
			kind = "odt"
		}
	}
	return kind
}

func corruptDOCX(err error) error {
	return &model.Error{Code: model.CodeCorrupt, Err: err,
		Message: "this Word document is damaged and cannot be read; open it in Word or LibreOffice and save it again"}
}

// docxPart reads one part of the archive with a size cap.
func docxPart(f *zip.File, budget *int64) ([]byte, error) {
	if f.UncompressedSize64 > maxDOCXPart || int64(f.UncompressedSize64) > *budget {
		return nil, model.Errorf(model.CodeTooLarge, "this Word document is too large to read (%s uncompresses to %d MB)", f.Name, f.UncompressedSize64>>20)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, corruptDOCX(fmt.Errorf("open %s: %w", f.Name, err))
	}
	defer rc.Close()
	limit := min(int64(maxDOCXPart), *budget)
	b, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if err != nil {
		return nil, corruptDOCX(fmt.Errorf("read %s: %w", f.Name, err))
	}
	if int64(len(b)) > limit {
		return nil, model.Errorf(model.CodeTooLarge, "this Word document is too large to read (%s is over %d MB uncompressed)", f.Name, limit>>20)
	}
	*budget -= int64(len(b))
	if hasXMLDeclaration(b) {
		return nil, &model.Error{Code: model.CodeUnsupported, Err: fmt.Errorf("%s: DOCTYPE or ENTITY declaration", f.Name),
			Message: "this Word document was refused: its " + f.Name + " carries a DOCTYPE or ENTITY declaration, which Word never writes " +
				"and which can make a reader expand text without end; open it in Word or LibreOffice and save it again"}
	}
	return b, nil
}

// hasXMLDeclaration reports whether an XML part holds markup declarations
// (<!DOCTYPE, <!ENTITY, <!ELEMENT...): anything that starts with "<!" and is
// neither a comment nor a CDATA section. Office parts never carry a DTD, and
// refusing one here means no entity ever reaches a parser that expands it.
func hasXMLDeclaration(b []byte) bool {
	for i := 0; ; {
		j := bytes.Index(b[i:], []byte("<!"))
		if j < 0 {
			return false
		}
		rest := b[i+j+2:]
		if !bytes.HasPrefix(rest, []byte("--")) && !bytes.HasPrefix(rest, []byte("[CDATA[")) {
			return true
		}
		i += j + 2
	}
}

var partNumber = lazyre.New(`(\d+)\.xml$`)

// extractDOCX reads word/document.xml (with headers before and footers
// after) into a one-page Document.
func extractDOCX(data []byte) (*Document, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, corruptDOCX(fmt.Errorf("open docx: %w", err))
	}
	if len(zr.File) > maxDOCXFiles {
		return nil, corruptDOCX(fmt.Errorf("open docx: %d files", len(zr.File)))
	}
	var body *zip.File
	var styles *zip.File
	var headers, footers []*zip.File
	for _, f := range zr.File {
		switch name := f.Name; {
		case name == "word/document.xml":
			body = f
		case name == "word/styles.xml":
			styles = f
		case path.Dir(name) == "word" && strings.HasPrefix(path.Base(name), "header") && strings.HasSuffix(name, ".xml"):
			headers = append(headers, f)
		case path.Dir(name) == "word" && strings.HasPrefix(path.Base(name), "footer") && strings.HasSuffix(name, ".xml"):
			footers = append(footers, f)
		}
	}
	if body == nil {
		return nil, unsupportedError("zip", "")
	}
	budget := int64(maxDOCXTotal)
	st := docxStyles{}
	if styles != nil {
		b, err := docxPart(styles, &budget)
		if err != nil {
			return nil, err
		}
		st = parseDOCXStyles(b)
	}
	byNumber := func(fs []*zip.File) {
		sort.SliceStable(fs, func(i, j int) bool { return partIndex(fs[i].Name) < partIndex(fs[j].Name) })
	}
	byNumber(headers)
	byNumber(footers)
	var lines []Line
	seen := map[string]bool{}
	addParts := func(fs []*zip.File) error {
		for _, f := range fs {
			b, err := docxPart(f, &budget)
			if err != nil {
				return err
			}
			ls, err := parseDOCXBody(b, st)
			if err != nil {
				return err
			}
			for _, l := range ls {
				if !seen[l.Text] { // first, even and default headers repeat each other
					seen[l.Text] = true
					lines = append(lines, l)
				}
			}
		}
		return nil
	}
	if err := addParts(headers); err != nil {
		return nil, err
	}
	b, err := docxPart(body, &budget)
	if err != nil {
		return nil, err
	}
	bodyLines, err := parseDOCXBody(b, st)
	if err != nil {
		return nil, err
	}
	lines = append(lines, bodyLines...)
	if err := addParts(footers); err != nil {
		return nil, err
	}
	doc := &Document{Kind: KindDOCX, Pages: []Page{{Number: 1, Lines: lines}}}
	if total, _ := textQuality(doc); total == 0 {
		return nil, emptyError()
	}
	return doc, nil
}

func partIndex(name string) int {
	m := partNumber.FindStringSubmatch(name)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// docxStyles maps a paragraph style id to what it implies.
type docxStyles map[string]docxStyle

type docxStyle struct {
	heading bool
	bold    bool
	size    float64
	basedOn string
}

var headingName = lazyre.New(`(?i)^(heading\s*\d|title|subtitle)$`)

func parseDOCXStyles(b []byte) docxStyles {
	st := docxStyles{}
	dec := xml.NewDecoder(bytes.NewReader(b)) //nolint:gosec // G709: encoding/xml fills plain values and runs no code
	var id string
	var cur docxStyle
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "style":
				id, cur = attr(t, "styleId"), docxStyle{}
			case "name":
				if id != "" && headingName.MatchString(attr(t, "val")) {
					cur.heading = true
				}
			case "outlineLvl":
				if id != "" {
					cur.heading = true
				}
			case "basedOn":
				cur.basedOn = attr(t, "val")
			case "b":
				if id != "" {
					cur.bold = onOff(t)
				}
			case "sz":
				if n, err := strconv.ParseFloat(attr(t, "val"), 64); err == nil && id != "" {
					cur.size = n / 2
				}
			}
		case xml.EndElement:
			if t.Name.Local == "style" && id != "" {
				st[id] = cur
				id = ""
			}
		}
	}
	return st
}

// resolve follows basedOn (bounded) to fill what a style inherits.
func (st docxStyles) resolve(id string) docxStyle {
	s := st[id]
	base := s.basedOn
	for i := 0; i < 10 && base != ""; i++ {
		p, ok := st[base]
		if !ok {
			break
		}
		s.heading = s.heading || p.heading
		s.bold = s.bold || p.bold
		if s.size == 0 {
			s.size = p.size
		}
		base = p.basedOn
	}
	return s
}

func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// onOff reads a WordprocessingML toggle such as <w:b/> or <w:b w:val="0"/>.
func onOff(t xml.StartElement) bool {
	switch attr(t, "val") {
	case "0", "false", "off", "none":
		return false
	}
	return true
}

var errDOCXDepth = errors.New("document nesting too deep")
