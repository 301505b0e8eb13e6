package transfer

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/model"
)

func companies(t *testing.T, data []byte) []string {
	t.Helper()
	ds, err := ReadCSV(strings.NewReader(string(data)))
	if err != nil {
		t.Fatalf("ReadCSV: %v", err)
	}
	var out []string
	for _, a := range ds.Applications {
		out = append(out, a.Company+"|"+a.Title)
	}
	return out
}

// TestCSVEncodings reads the same two rows in each encoding spreadsheets
// write, from bytes spelled out here, and gets the same text back.
func TestCSVEncodings(t *testing.T) {
	want := []string{"Zürich AG|Développeur", "Acme|Dev"}
	cases := []struct {
		name string
		data []byte
	}{
		{"UTF-8", []byte("Company,Title\nZ\xc3\xbcrich AG,D\xc3\xa9veloppeur\nAcme,Dev\n")},
		{"UTF-8 with BOM", []byte("\xef\xbb\xbfCompany,Title\nZ\xc3\xbcrich AG,D\xc3\xa9veloppeur\nAcme,Dev\n")},
		// Windows-1252 / Latin-1: one byte a letter (ü = 0xFC, é = 0xE9).
		{"Windows-1252", []byte("Company,Title\r\nZ\xfcrich AG,D\xe9veloppeur\r\nAcme,Dev\r\n")},
		// Excel's "Unicode Text": UTF-16LE with a BOM, tab-separated.
		{"UTF-16LE with BOM", []byte("\xff\xfe" +
			"C\x00o\x00m\x00p\x00a\x00n\x00y\x00\t\x00T\x00i\x00t\x00l\x00e\x00\r\x00\n\x00" +
			"Z\x00\xfc\x00r\x00i\x00c\x00h\x00 \x00A\x00G\x00\t\x00D\x00\xe9\x00v\x00e\x00l\x00o\x00p\x00p\x00e\x00u\x00r\x00\r\x00\n\x00" +
			"A\x00c\x00m\x00e\x00\t\x00D\x00e\x00v\x00\r\x00\n\x00")},
		{"UTF-16BE with BOM", []byte("\xfe\xff" +
			"\x00C\x00o\x00m\x00p\x00a\x00n\x00y\x00,\x00T\x00i\x00t\x00l\x00e\x00\n" +
			"\x00Z\x00\xfc\x00r\x00i\x00c\x00h\x00 \x00A\x00G\x00,\x00D\x00\xe9\x00v\x00e\x00l\x00o\x00p\x00p\x00e\x00u\x00r\x00\n" +
			"\x00A\x00c\x00m\x00e\x00,\x00D\x00e\x00v\x00\n")},
		{"UTF-16LE without BOM", []byte(
			"C\x00o\x00m\x00p\x00a\x00n\x00y\x00,\x00T\x00i\x00t\x00l\x00e\x00\n\x00" +
				"Z\x00\xfc\x00r\x00i\x00c\x00h\x00 \x00A\x00G\x00,\x00D\x00\xe9\x00v\x00e\x00l\x00o\x00p\x00p\x00e\x00u\x00r\x00\n\x00" +
				"A\x00c\x00m\x00e\x00,\x00D\x00e\x00v\x00\n\x00")},
		{"UTF-16BE without BOM", []byte(
			"\x00C\x00o\x00m\x00p\x00a\x00n\x00y\x00;\x00T\x00i\x00t\x00l\x00e\x00\n" +
				"\x00Z\x00\xfc\x00r\x00i\x00c\x00h\x00 \x00A\x00G\x00;\x00D\x00\xe9\x00v\x00e\x00l\x00o\x00p\x00p\x00e\x00u\x00r\x00\n" +
				"\x00A\x00c\x00m\x00e\x00;\x00D\x00e\x00v\x00\n")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := companies(t, c.data); !reflect.DeepEqual(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

// TestCSVWindows1252Specials reads the CP1252 bytes Latin-1 lacks: the euro
// sign (0x80), curly quotes (0x93, 0x94) and the en dash (0x96).
func TestCSVWindows1252Specials(t *testing.T) {
	in := "Company;Job Title;Salary;Notes\r\nM\xfcller & S\xf6hne;Entwickler;\x80 80.000;\x93Gut\x94 \x96 n\xe4chste Woche\r\n"
	ds, err := ReadCSV(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	a := ds.Applications[0]
	if a.Company != "Müller & Söhne" || a.Salary.Currency != "EUR" || a.Salary.Min != 8000000 || a.Notes[0].Body != "“Gut” – nächste Woche" {
		t.Fatalf("got %+v notes %+v", a.Application, a.Notes)
	}
}

func TestCSVRefusesUndecodableText(t *testing.T) {
	cases := []struct {
		name string
		data string
		says []string
	}{
		{"NUL in UTF-8", "Company,Title\nAcme,Dev\nAc\x00me,Dev\n", []string{"line 3", "NUL"}},
		{"NUL in Windows-1252", "Company,Title\nZ\xfcrich,Dev\x00\n", []string{"line 2", "NUL", "Windows-1252"}},
		{"NUL in UTF-16", "\xff\xfeC\x00o\x00m\x00p\x00a\x00n\x00y\x00,\x00T\x00\n\x00A\x00\x00\x00,\x00B\x00\n\x00", []string{"line 2", "NUL", "UTF-16LE"}},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", []string{"NUL"}},
		{"UTF-8 BOM, not UTF-8", "\xef\xbb\xbfCompany,Title\nAcme,Dev\nZ\xfcrich,Dev\n", []string{"line 3", "UTF-8"}},
	}
	for _, c := range cases {
		ds, err := ReadCSV(strings.NewReader(c.data))
		if err == nil || ds != nil || model.ErrorCode(err) != model.CodeInvalid {
			t.Errorf("%s: got %+v, %v; want an invalid error", c.name, ds, err)
			continue
		}
		for _, s := range c.says {
			if !strings.Contains(err.Error(), s) {
				t.Errorf("%s: %q does not say %q", c.name, err, s)
			}
		}
	}
}

func TestCSVUnclosedQuoteIsAnErrorWithItsLine(t *testing.T) {
	cases := []struct{ name, data, line string }{
		{"to the end", "Company,Title,Notes\nAcme,Dev,ok\nGlobex,SRE,\"call back\nInitech,PM,\nHooli,QA,\n", "line 3"},
		{"to a later stray quote", "Company,Title,Notes\nAcme,\"Dev,x\nGlobex,\"SRE\",y\nInitech,PM,z\n", "line 2"},
		{"stray quote then a new line", "Company,Title,Notes\nAcme,Dev,\"said \"hi\" then\nGlobex,SRE,\"\n", "line 2"},
		{"semicolons, CRLF", "Company;Title;Notes\r\nAcme;Dev;\"x\r\nGlobex;SRE;y\r\n", "line 2"},
		{"in the header", "Company,\"Title\nAcme,Dev\n", "line 1"},
	}
	for _, c := range cases {
		ds, err := ReadCSV(strings.NewReader(c.data))
		if err == nil || ds != nil || model.ErrorCode(err) != model.CodeInvalid {
			t.Errorf("%s: got %+v, %v; want an invalid error", c.name, ds, err)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, c.line+" ") || !strings.Contains(msg, "quote") {
			t.Errorf("%s: %q does not name %s and the quote", c.name, msg, c.line)
		}
	}
}

// TestCSVQuotesThatAreFine: doubled quotes, quoted line breaks and stray
// quotes that stay on their line are read as before.
func TestCSVQuotesThatAreFine(t *testing.T) {
	in := "Company,Title,Notes\n" +
		"\"Acme, Inc.\",\"Dev \"\"Lead\"\"\",\"two\nlines\"\n" +
		"Globex,Senior \"Staff\" Engineer,x\n" +
		"Initech,\"PM \"Core\" team\",y\r\n" +
		"Hooli,QA,\"\"\n"
	ds, err := ReadCSV(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range ds.Applications {
		n := ""
		if len(a.Notes) > 0 {
			n = a.Notes[0].Body
		}
		got = append(got, a.Company+"|"+a.Title+"|"+n)
	}
	want := []string{"Acme, Inc.|Dev \"Lead\"|two\nlines", "Globex|Senior \"Staff\" Engineer|x", "Initech|PM \"Core\" team|y", "Hooli|QA|"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}

func TestCSVDelimitersAndLineEnds(t *testing.T) {
	want := []string{"Acme|Dev", "Globex|SRE"}
	for name, in := range map[string]string{
		"tab":             "Company\tTitle\tNotes\nAcme\tDev\ta, b; c\nGlobex\tSRE\t\n",
		"semicolon":       "Company;Title;Notes\nAcme;Dev;a, b, c\nGlobex;SRE;\n",
		"Excel sep= line": "sep=;\r\nCompany;Title;Notes, comma\r\nAcme;Dev;x\r\nGlobex;SRE;\r\n",
		"quoted header":   "\"Company;;Name\",Title\nAcme,Dev\nGlobex,SRE\n",
		"classic Mac CR":  "Company,Title\rAcme,Dev\rGlobex,SRE\r",
	} {
		t.Run(name, func(t *testing.T) {
			if got := companies(t, []byte(in)); !reflect.DeepEqual(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
	// The blanked sep= line still counts: a bad row keeps its line number.
	_, err := ReadCSV(strings.NewReader("sep=;\nCompany;Title\nAcme;\n"))
	if err == nil || !strings.Contains(err.Error(), "line 3: job title is empty") {
		t.Fatalf("got %v", err)
	}
}

// TestCSVRowsTheStoreWouldRefuse are bad rows with their line, not a
// dataset the import then refuses.
func TestCSVRowsTheStoreWouldRefuse(t *testing.T) {
	in := "Company,Title,Status,Notes\nAcme,Dev,Applied,\nGlobex,SRE," + strings.Repeat("s", 61) + ",\nInitech,PM,," + strings.Repeat("n",
		model.MaxLongText+1) + "\n"
	_, err := ReadCSV(strings.NewReader(in))
	if err == nil || !strings.Contains(err.Error(), "line 3: stage") || !strings.Contains(err.Error(), "line 4: note is too long") {
		t.Fatalf("got %v", err)
	}
}

// TestCSVTestdata reads the sample files in testdata, one per kind of
// spreadsheet or tracker export.
func TestCSVTestdata(t *testing.T) {
	want := map[string][]string{
		"huntr.csv":                  {"Acme Corp|Backend Engineer", "Globex, Inc.|Platform Engineer", "Initech|SRE"},
		"teal.csv":                   {"Émile & Fils|Développeur Go", "Nordisk Data|Data Engineer"},
		"excel-cp1252-semicolon.csv": {"Müller & Söhne GmbH|Entwickler", "Café Crème SA|Développeur"},
		"excel-unicode-text.txt":     {"Zürich Versicherung|Aktuar", "Łódź Software|Programista"},
		"excel-sep-line.csv":         {"Acme|Engineer"},
		"mac-classic-cr.csv":         {"Acme|Engineer", "Globex|Analyst"},
	}
	for name, w := range want {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		if got := companies(t, data); !reflect.DeepEqual(got, w) {
			t.Errorf("%s: got %q, want %q", name, got, w)
		}
	}
	data, err := os.ReadFile(filepath.Join("testdata", "unclosed-quote.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ReadCSV(strings.NewReader(string(data))); err == nil || !strings.Contains(err.Error(), "line 2 of the CSV file opens a quoted field") {
		t.Errorf("unclosed-quote.csv: %v", err)
	}
}
