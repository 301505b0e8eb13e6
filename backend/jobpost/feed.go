package jobpost

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"

	"github.com/huntbook/huntbook/backend/model"
)

// parseXML reads an XML job feed (Personio's <workzag-jobs>, and feeds of
// the same shape: one element per job whose children name its fields) by
// turning each job element into a record.
func parseXML(data []byte, maxJobs int) ([]Job, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	dec.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	root, err := readElement(dec, nil, 0)
	if err != nil {
		return nil, model.Errorf(model.CodeCorrupt, "read job XML: %v", err)
	}
	records := findRecords(root, "", nil, 0, maxJobs)
	if len(records) == 0 {
		return nil, noJob("the XML holds no job element (no element with a name or title and job fields)")
	}
	var jobs []Job
	for _, r := range records {
		j := fromRecord(flatten(r.m))
		j.Source = "xml"
		if t := recordTitle(r.m); t != "" {
			j.Title = t
		}
		if d := xmlDescriptions(r.m); d != "" {
			j.Description = d
		}
		jobs = append(jobs, j)
	}
	return dedupe(jobs), nil
}

// readElement reads the element whose start the decoder just passed (or the
// document, for start == nil) into a map: child elements by name (repeated
// ones as an array), text as a string.
func readElement(dec *xml.Decoder, start *xml.StartElement, depth int) (any, error) {
	if depth > 32 {
		return nil, errors.New("elements nested too deep")
	}
	m := map[string]any{}
	var text strings.Builder
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			if start == nil {
				return m, nil
			}
			return nil, io.ErrUnexpectedEOF
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			child, err := readElement(dec, &t, depth+1)
			if err != nil {
				return nil, err
			}
			name := t.Name.Local
			switch prev := m[name].(type) {
			case nil:
				m[name] = child
			case []any:
				m[name] = append(prev, child)
			default:
				m[name] = []any{prev, child}
			}
		case xml.CharData:
			text.Write(t)
		case xml.EndElement:
			if len(m) == 0 {
				return strings.TrimSpace(text.String()), nil
			}
			return m, nil
		}
	}
}

// xmlDescriptions joins Personio's <jobDescriptions><jobDescription>
// <name>…</name><value>…</value> sections.
func xmlDescriptions(m map[string]any) string {
	jd, ok := m["jobDescriptions"].(map[string]any)
	if !ok {
		return ""
	}
	var parts []string
	add := func(v any) {
		s, ok := v.(map[string]any)
		if !ok {
			return
		}
		text := describe(str(s["value"]))
		if text == "" {
			return
		}
		if n := str(s["name"]); n != "" {
			text = "## " + n + "\n\n" + text
		}
		parts = append(parts, text)
	}
	switch d := jd["jobDescription"].(type) {
	case []any:
		for _, e := range d {
			add(e)
		}
	default:
		add(d)
	}
	return strings.Join(parts, "\n\n")
}
