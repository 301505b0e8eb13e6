package doctext

import (
	"bytes"
	"fmt"
	"path/filepath"
	"runtime/debug"
	"strings"
	"unicode"

	"github.com/huntbook/huntbook/backend/model"
)

// Extract is the in-process extraction (what the child runs). The kind of
// document is sniffed from the bytes, never taken from name, which only
// words messages. Exported for tests, fuzzing and benchmarks; never call it
// on untrusted data from the app process.
func Extract(data []byte, name string, password string) (doc *Document, err error) {
	defer func() {
		if x := recover(); x != nil {
			doc, err = nil, &model.Error{Code: model.CodeCorrupt,
				Message: "this file is damaged and cannot be read; open it and save or export it again",
				Err:     fmt.Errorf("extract %s: panic: %v\n%s", filepath.Base(name), x, debug.Stack())}
		}
	}()
	switch kind := sniff(data); kind {
	case KindPDF:
		return extractPDF(data, password)
	case KindDOCX:
		return extractDOCX(data)
	case KindText:
		return extractText(data)
	case "empty":
		return nil, emptyError()
	default:
		return nil, unsupportedError(kind, name)
	}
}

// sniff names the kind of data from its first bytes: KindPDF, KindDOCX,
// KindText, "empty", or a description of a kind we do not read.
func sniff(data []byte) string {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	switch {
	case len(bytes.TrimSpace(data)) == 0:
		return "empty"
	case bytes.Contains(head, []byte("%PDF-")):
		return KindPDF
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return sniffZip(data)
	case bytes.HasPrefix(data, []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")):
		return "doc"
	case bytes.HasPrefix(data, []byte("{\\rtf")):
		return "rtf"
	case bytes.HasPrefix(data, []byte("\x89PNG")), bytes.HasPrefix(data, []byte("\xff\xd8\xff")),
		bytes.HasPrefix(data, []byte("GIF8")), bytes.HasPrefix(data, []byte("II*\x00")), bytes.HasPrefix(data, []byte("MM\x00*")),
		len(data) > 12 && string(data[:4]) == "RIFF" && string(data[8:12]) == "WEBP":
		return "image"
	case looksLikeText(data):
		return KindText
	}
	return "binary"
}

// looksLikeText reports bytes that decode to text with few control characters.
func looksLikeText(data []byte) bool {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return true
	}
	sample := data
	if len(sample) > 64<<10 {
		sample = sample[:64<<10]
	}
	bad := 0
	for _, c := range sample {
		if c == 0 {
			return false
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			bad++
		}
	}
	return bad*100 <= len(sample)
}

func unsupportedError(kind, name string) error {
	var msg string
	switch kind {
	case "doc":
		msg = "this is a legacy Word .doc file (or a password-protected Word file): save it as .docx or PDF and try again"
	case "rtf":
		msg = "this is an RTF file: save it as .docx or PDF and try again"
	case "odt":
		msg = "this is an OpenDocument file: save it as .docx or PDF and try again"
	case "zip":
		msg = "this is a zip archive, not a Word document: Huntbook reads PDF, DOCX, TXT and Markdown files"
	case "image":
		msg = "this is an image, not a document: Huntbook reads PDF, DOCX, TXT and Markdown files (export your CV as a PDF with text)"
	default:
		msg = "this is not a PDF, DOCX or text file, whatever its name says: Huntbook reads PDF, DOCX, TXT and Markdown files"
	}
	return &model.Error{Code: model.CodeUnsupported, Message: msg, Err: fmt.Errorf("read %q: %s", filepath.Base(name), kind)}
}

func emptyError() error {
	return model.Errorf(model.CodeInvalid, "this document is empty: there is no text to read")
}

func scannedError() error {
	return model.Errorf(model.CodeUnsupported, "this PDF has no text layer: it looks scanned; export your CV as a text PDF or DOCX")
}

func garbageError() error {
	return model.Errorf(model.CodeUnsupported,
		"the text of this PDF cannot be read: its fonts do not say which letters they draw; export your CV again (as PDF from a word processor, or as DOCX)")
}

// textQuality counts the characters of a document: all non-space ones and
// the unreadable ones (unmapped codes, replacement and private-use
// characters, stray control characters).
func textQuality(doc *Document) (total, bad int) {
	for _, p := range doc.Pages {
		for _, l := range p.Lines {
			for _, r := range l.Text {
				if unicode.IsSpace(r) {
					continue
				}
				total++
				if r == '\ufffd' || isPrivateUse(r) || unicode.IsControl(r) || r == 0 {
					bad++
				}
			}
		}
	}
	return total, bad
}

// checkPDFText turns a PDF without usable text into the right error and
// adds warnings about pages without text and unreadable glyphs.
func checkPDFText(doc *Document, imagePages []int) error {
	total, bad := textQuality(doc)
	if total == 0 {
		if len(imagePages) > 0 {
			return scannedError()
		}
		return emptyError()
	}
	if bad*2 > total {
		return garbageError()
	}
	if bad > 0 {
		doc.Warnings = append(doc.Warnings, fmt.Sprintf(
			"%d of %d characters could not be mapped to text (often ligatures such as fi and fl) and were left out: check the words around them", bad, total))
		for i := range doc.Pages {
			kept := doc.Pages[i].Lines[:0]
			for _, l := range doc.Pages[i].Lines {
				l.Text = strings.TrimSpace(strings.Map(func(r rune) rune {
					if r == '\ufffd' || isPrivateUse(r) || unicode.IsControl(r) && r != '\t' {
						return -1
					}
					return r
				}, l.Text))
				if l.Text != "" {
					kept = append(kept, l)
				}
			}
			doc.Pages[i].Lines = kept
		}
	}
	for _, n := range imagePages {
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("page %d has no text layer (scanned?): its text is missing", n))
	}
	return nil
}
