package doctext

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/model"
)

// makeDOCX zips WordprocessingML parts into a .docx.
func makeDOCX(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, body := range parts {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`

const testStyles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ` + wNS + `>
 <w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
 <w:style w:type="paragraph" w:styleId="SectionTitle"><w:name w:val="Section Title"/><w:basedOn w:val="berschrift1"/></w:style>
 <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
 <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
</w:styles>`

const testDocument = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ` + wNS + `><w:body>
 <w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Jane Doe</w:t></w:r></w:p>
 <w:p><w:r><w:t xml:space="preserve">jane@doe.org </w:t></w:r><w:r><w:sym w:font="Wingdings" w:char="F02A"/></w:r><w:r><w:t>+1 555 0100</w:t></w:r></w:p>
 <w:p><w:pPr><w:pStyle w:val="SectionTitle"/></w:pPr><w:r><w:t>Experience</w:t></w:r></w:p>
 <w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Senior Engineer</w:t></w:r><w:r><w:tab/><w:t>2019 – 2024</w:t></w:r></w:p>
 <w:p><w:r><w:t>Line one</w:t></w:r><w:r><w:br/><w:t>Line two</w:t></w:r></w:p>
 <w:p><w:r><w:t xml:space="preserve">Visit </w:t></w:r>
  <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://x.example" </w:instrText></w:r>
  <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>my site</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
 <w:p><w:del><w:r><w:delText>deleted words</w:delText></w:r></w:del>` +
	`<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden keywords</w:t></w:r><w:r><w:t>Kept</w:t></w:r></w:p>
 <w:p><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>Skills</w:t></w:r></w:p>
 <w:tbl>
  <w:tr><w:tc><w:p><w:r><w:t>Go</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Expert</w:t></w:r></w:p></w:tc></w:tr>
  <w:tr><w:tc><w:p><w:r><w:t>Cell A1</w:t></w:r></w:p><w:p><w:r><w:t>Cell A2</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Cell B</w:t></w:r></w:p></w:tc></w:tr>
 </w:tbl>
 <w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>In a text box</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>
  <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>In a text box</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
 <w:p/>
</w:body></w:document>`

func TestExtractDOCX(t *testing.T) {
	data := makeDOCX(t, map[string]string{
		"[Content_Types].xml": `<Types/>`,
		"word/document.xml":   testDocument,
		"word/styles.xml":     testStyles,
		"word/header1.xml":    `<w:hdr ` + wNS + `><w:p><w:r><w:t>Header contact line</w:t></w:r></w:p></w:hdr>`,
		"word/header2.xml":    `<w:hdr ` + wNS + `><w:p><w:r><w:t>Header contact line</w:t></w:r></w:p></w:hdr>`,
	})
	doc, err := Extract(data, "cv.pdf", "") // the name lies: the bytes decide
	if err != nil {
		t.Fatal(err)
	}
	if doc.Kind != KindDOCX || len(doc.Pages) != 1 {
		t.Fatalf("kind %q, %d pages", doc.Kind, len(doc.Pages))
	}
	want := []string{
		"Header contact line",
		"Jane Doe", "jane@doe.org +1 555 0100", "Experience", "Senior Engineer\t2019 – 2024",
		"Line one", "Line two", "Visit my site", "Kept", "Skills", "Go\tExpert",
		"Cell A1", "Cell A2", "Cell B", "In a text box",
	}
	ls := doc.Pages[0].Lines
	if got := texts(ls); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("lines\n got %q\nwant %q", got, want)
	}
	byText := map[string]Line{}
	for _, l := range ls {
		byText[l.Text] = l
	}
	if l := byText["Jane Doe"]; !l.Heading {
		t.Errorf("title not a heading: %+v", l)
	}
	if l := byText["Experience"]; !l.Heading || !l.Bold || l.FontSize != 16 {
		t.Errorf("heading via a localised style id and basedOn: %+v, want heading, bold, 16 pt", l)
	}
	if l := byText["Senior Engineer\t2019 – 2024"]; !l.Bold || l.Heading {
		t.Errorf("bold run line: %+v", l)
	}
	if l := byText["Skills"]; !l.Bold {
		t.Errorf("character style Strong not bold: %+v", l)
	}
	if l := byText["Kept"]; l.Bold || l.Heading {
		t.Errorf("plain line: %+v", l)
	}
}

func TestDOCXErrors(t *testing.T) {
	var me *model.Error
	// a zip bomb: 40 MB of spaces compress to ~40 KB
	bomb := makeDOCX(t, map[string]string{"word/document.xml": `<w:document ` + wNS + `><w:body><w:p><w:r><w:t>` + strings.Repeat(" ", 40<<20) +
		`</w:t></w:r></w:p></w:body></w:document>`})
	if len(bomb) > 1<<20 {
		t.Fatalf("bomb is %d bytes", len(bomb))
	}
	_, err := Extract(bomb, "cv.docx", "")
	if !errors.As(err, &me) || me.Code != model.CodeTooLarge {
		t.Errorf("zip bomb: %v", err)
	}
	_, err = Extract(makeDOCX(t, map[string]string{"xl/workbook.xml": "<x/>"}), "cv.docx", "")
	if !errors.As(err, &me) || me.Code != model.CodeUnsupported {
		t.Errorf("zip without a document: %v", err)
	}
	_, err = Extract(makeDOCX(t, map[string]string{"word/document.xml": `<w:document ` + wNS + `><w:body><w:p/></w:body></w:document>`}), "cv.docx", "")
	if !errors.As(err, &me) || me.Code != model.CodeInvalid || !strings.Contains(me.Message, "empty") {
		t.Errorf("empty document: %v", err)
	}
	_, err = Extract(makeDOCX(t, map[string]string{"word/document.xml": `<w:document><<<`}), "cv.docx", "")
	if !errors.As(err, &me) || me.Code != model.CodeCorrupt {
		t.Errorf("broken XML: %v", err)
	}
	deep := `<w:document ` + wNS + `><w:body>` + strings.Repeat("<w:p>", 5000) + `</w:body></w:document>`
	_, err = Extract(makeDOCX(t, map[string]string{"word/document.xml": deep}), "cv.docx", "")
	if !errors.As(err, &me) || me.Code != model.CodeCorrupt {
		t.Errorf("deep nesting: %v", err)
	}
	_, err = Extract(makeDOCX(t, map[string]string{"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}), "cv.odt", "")
	if !errors.As(err, &me) || me.Code != model.CodeUnsupported || !strings.Contains(me.Message, ".docx") {
		t.Errorf("odt: %v", err)
	}
}

// billionLaughs is document.xml with nested entity declarations that expand
// to 10^9 copies of "lol" in any parser that expands them.
func billionLaughs() string {
	var dtd strings.Builder
	dtd.WriteString(`<!ENTITY lol0 "lol">`)
	for i := 1; i <= 9; i++ {
		fmt.Fprintf(&dtd, `<!ENTITY lol%d "%s">`, i, strings.Repeat(fmt.Sprintf("&lol%d;", i-1), 10))
	}
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE w:document [` + dtd.String() + `]>
<w:document ` + wNS + `><w:body><w:p><w:r><w:t>Jane Doe</w:t></w:r></w:p><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`
}

// A DOCX never carries a DTD: a part with a DOCTYPE or ENTITY declaration is
// refused with a clear error, so the page is never handed entities to expand.
func TestDOCXRefusesDTD(t *testing.T) {
	for name, parts := range map[string]map[string]string{
		"billion laughs in document.xml": {"word/document.xml": billionLaughs()},
		"entity in a header": {
			"word/document.xml": testDocument,
			"word/header1.xml":  `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "x">]><w:hdr ` + wNS + `><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:hdr>`,
		},
		"external entity in styles": {
			"word/document.xml": testDocument,
			"word/styles.xml":   `<?xml version="1.0"?><!DOCTYPE w:styles SYSTEM "file:///etc/passwd"><w:styles ` + wNS + `/>`,
		},
	} {
		_, err := Extract(makeDOCX(t, parts), "cv.docx", "")
		var me *model.Error
		if !errors.As(err, &me) || me.Code != model.CodeUnsupported || !strings.Contains(me.Message, "declaration") {
			t.Errorf("%s: got %v, want an unsupported error about declarations", name, err)
		}
	}
	// A comment and CDATA are not declarations.
	doc := `<?xml version="1.0"?><!-- saved by Word --><w:document ` + wNS + `><w:body><w:p><w:r><w:t><![CDATA[A & B]]></w:t></w:r></w:p></w:body></w:document>`
	if d, err := Extract(makeDOCX(t, map[string]string{"word/document.xml": doc}), "cv.docx", ""); err != nil || d.Pages[0].Lines[0].Text != "A & B" {
		t.Errorf("comment and CDATA: %v %+v", err, d)
	}
}
