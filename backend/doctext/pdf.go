package doctext

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/ledongthuc/pdf"
	pdfcpuapi "github.com/pdfcpu/pdfcpu/pkg/api"
	pdfcpu "github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	pdfcpumodel "github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// maxPages bounds the pages read from one PDF.
const maxPages = 2000

var pdfcpuOnce sync.Once

// prepareHeader strips junk before the %PDF header and after the last
// %%EOF, and rewrites a header ledongthuc refuses (PDF 2.0, no newline)
// without moving any byte offset.
func prepareHeader(data []byte) []byte {
	if i := bytes.Index(data, []byte("%PDF-")); i > 0 {
		data = data[i:]
	}
	if i := bytes.LastIndex(data, []byte("%%EOF")); i > 0 && len(data)-i > 7 {
		data = data[:i+5]
	}
	if len(data) < 10 {
		return data
	}
	out := data
	fix := func() {
		if &out[0] == &data[0] {
			out = append([]byte(nil), data...)
		}
	}
	if out[5] != '1' || out[6] != '.' || out[7] < '0' || out[7] > '7' {
		fix()
		copy(out[5:8], "1.7")
	}
	if out[8] != '\r' && out[8] != '\n' {
		fix()
		out[8] = '\n'
	}
	return out
}

// openPDF opens data with ledongthuc/pdf, decrypting with pdfcpu first when
// the file is encrypted in a way ledongthuc does not read, and rewriting the
// file with pdfcpu when ledongthuc cannot parse its structure.
func openPDF(data []byte, password string) (r *pdf.Reader, err error) {
	data = prepareHeader(data)
	encrypted := bytes.Contains(data, []byte("/Encrypt"))
	if encrypted {
		dec, derr := pdfcpuRewrite(data, password, true)
		if derr == nil {
			data = dec
		} else if perr := asPasswordError(derr, password); perr != nil {
			return nil, perr
		}
	}
	r, err = newReader(data, password)
	if err == nil {
		return r, nil
	}
	if errors.Is(err, pdf.ErrInvalidPassword) {
		return nil, passwordError(password)
	}
	// Damaged structure: let pdfcpu (which rebuilds cross-reference tables)
	// rewrite it, then try again.
	fixed, ferr := pdfcpuRewrite(data, password, false)
	if ferr != nil {
		if perr := asPasswordError(ferr, password); perr != nil {
			return nil, perr
		}
		return nil, corruptPDF(err)
	}
	r, err2 := newReader(fixed, password)
	if err2 != nil {
		return nil, corruptPDF(err)
	}
	return r, nil
}

func newReader(data []byte, password string) (r *pdf.Reader, err error) {
	defer func() {
		if x := recover(); x != nil {
			r, err = nil, fmt.Errorf("open pdf: %v", x)
		}
	}()
	tried := false
	return pdf.NewReaderEncrypted(bytes.NewReader(data), int64(len(data)), func() string {
		if tried {
			return ""
		}
		tried = true
		return password
	})
}

// pdfcpuRewrite reads data with pdfcpu and writes it back: decrypted when
// decrypt is set, otherwise with a rebuilt structure.
func pdfcpuRewrite(data []byte, password string, decrypt bool) (out []byte, err error) {
	defer func() {
		if x := recover(); x != nil {
			out, err = nil, fmt.Errorf("pdfcpu: %v", x)
		}
	}()
	pdfcpuOnce.Do(pdfcpuapi.DisableConfigDir)
	conf := pdfcpumodel.NewDefaultConfiguration()
	conf.ValidationMode = pdfcpumodel.ValidationRelaxed
	conf.UserPW, conf.OwnerPW = password, password
	var buf bytes.Buffer
	if decrypt {
		err = pdfcpuapi.Decrypt(bytes.NewReader(data), &buf, conf)
	} else {
		err = pdfcpuapi.Optimize(bytes.NewReader(data), &buf, conf)
	}
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func asPasswordError(err error, password string) error {
	if errors.Is(err, pdfcpu.ErrWrongPassword) || errors.Is(err, pdfcpu.ErrOwnerPasswordRequired) ||
		strings.Contains(err.Error(), "correct password") {
		return passwordError(password)
	}
	return nil
}

func passwordError(password string) error {
	if password == "" {
		return model.Invalid("password", "this PDF is protected by a password: enter the password to read it")
	}
	return model.Invalid("password", "the password does not open this PDF: check it and try again")
}

func corruptPDF(err error) error {
	return &model.Error{Code: model.CodeCorrupt, Err: err,
		Message: "this PDF is damaged and cannot be read; open it in a PDF viewer and save or export it again"}
}

// pdfPages lists the page dictionaries of a document by walking the page
// tree with bounds on depth and size (page trees in the wild have cycles).
func pdfPages(r *pdf.Reader) (pages []pdf.Value, err error) {
	defer func() {
		if x := recover(); x != nil {
			err = fmt.Errorf("read page tree: %v", x)
		}
	}()
	root := r.Trailer().Key("Root").Key("Pages")
	visited := 0
	var walk func(v pdf.Value, depth int)
	walk = func(v pdf.Value, depth int) {
		visited++
		if depth > 32 || visited > 4*maxPages || len(pages) >= maxPages {
			return
		}
		kids := v.Key("Kids")
		if v.Key("Type").Name() == "Page" || (kids.Kind() != pdf.Array && !v.Key("Contents").IsNull()) {
			pages = append(pages, v)
			return
		}
		for i := 0; i < kids.Len() && len(pages) < maxPages; i++ {
			walk(kids.Index(i), depth+1)
		}
	}
	walk(root, 0)
	return pages, nil
}

// pageBox returns a page's visible box (CropBox, else MediaBox, else A4).
func pageBox(p pdf.Value) (minX, minY, maxX, maxY float64) {
	for v := p; !v.IsNull(); v = v.Key("Parent") {
		for _, k := range []string{"CropBox", "MediaBox"} {
			if b := v.Key(k); b.Len() == 4 {
				x0, y0, x1, y1 := b.Index(0).Float64(), b.Index(1).Float64(), b.Index(2).Float64(), b.Index(3).Float64()
				if x1 < x0 {
					x0, x1 = x1, x0
				}
				if y1 < y0 {
					y0, y1 = y1, y0
				}
				if x1-x0 > 1 && y1-y0 > 1 {
					return x0, y0, x1, y1
				}
			}
		}
		minX++ // bounded walk up the Parent chain
		if minX > 32 {
			break
		}
	}
	return 0, 0, 595.28, 841.89
}

func inheritedResources(p pdf.Value) pdf.Value {
	v := p
	for i := 0; i < 32 && !v.IsNull(); i++ {
		if r := v.Key("Resources"); !r.IsNull() {
			return r
		}
		v = v.Key("Parent")
	}
	return pdf.Value{}
}

// visible keeps the glyphs drawn inside the page box (text placed off the
// page is not seen by a reader of the CV).
func visible(gs []glyph, minX, minY, maxX, maxY float64) []glyph {
	const margin = 2
	out := gs[:0]
	for _, g := range gs {
		if g.X >= minX-margin && g.X <= maxX+margin && g.Y >= minY-margin && g.Y <= maxY+margin {
			out = append(out, g)
		}
	}
	return out
}

// pdfPageResult is one page's extraction.
type pdfPageResult struct {
	page   Page
	images int
	err    error
}

func extractPDFPage(p pdf.Value, num int, fonts fontCache) (res pdfPageResult) {
	minX, minY, maxX, maxY := pageBox(p)
	res.page = Page{Number: num, Width: round2(maxX - minX), Height: round2(maxY - minY)}
	pi := &pageInterp{fonts: fonts}
	defer func() {
		if x := recover(); x != nil {
			res.err = fmt.Errorf("page %d: %v", num, x)
			// keep what was read before the fault
			pi.closeMarked()
			res.page.Lines = layoutPage(pi.glyphs, minX, minY, maxY-minY)
		}
	}()
	content := p.Key("Contents")
	if !content.IsNull() {
		pi.run(content, inheritedResources(p), identity, 0)
		pi.closeMarked()
	}
	res.images = pi.images
	res.page.Lines = layoutPage(visible(pi.glyphs, minX, minY, maxX, maxY), minX, minY, maxY-minY)
	return res
}

// extractPDF reads every page of a PDF into a Document.
func extractPDF(data []byte, password string) (*Document, error) {
	r, err := openPDF(data, password)
	if err != nil {
		return nil, err
	}
	pages, err := pdfPages(r)
	if err != nil || len(pages) == 0 {
		return nil, &model.Error{Code: model.CodeCorrupt, Err: err,
			Message: "this PDF has no readable pages: it may be damaged; open it in a PDF viewer and export it again"}
	}
	doc := &Document{Kind: KindPDF}
	if len(pages) >= maxPages {
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("only the first %d pages were read", maxPages))
	}
	fonts := fontCache{}
	var imagePages []int
	for i, p := range pages {
		res := extractPDFPage(p, i+1, fonts)
		if res.err != nil {
			doc.Warnings = append(doc.Warnings, fmt.Sprintf("page %d is damaged: some of its text may be missing", i+1))
		}
		if len(res.page.Lines) == 0 && res.images > 0 {
			imagePages = append(imagePages, i+1)
		}
		doc.Pages = append(doc.Pages, res.page)
	}
	return doc, checkPDFText(doc, imagePages)
}
