package transfer

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/huntbook/huntbook/backend/model"
)

// genCSV writes n rows the way a tracker's export looks: statuses that are
// not stage names, dates day first, contacts, a quoted multi-line note, and
// every 50th row bad (no company, and a date that is no date).
func genCSV(n int) []byte {
	var b bytes.Buffer
	b.WriteString("Company Name;Role Title;Status;Date Applied;Job Link;Recruiter;Recruiter Email;Notes\r\n")
	statuses := []string{"Applied", "Phone screen", "Interviewing", "Offer Received", "Rejected", "Ghosted", "Bookmarked"}
	for i := 1; i <= n; i++ {
		company := fmt.Sprintf("Firma %d", i)
		date := fmt.Sprintf("%02d/%02d/2026", 1+i%28, 1+i%12)
		if i%50 == 0 {
			company, date = "", "someday"
		}
		fmt.Fprintf(&b, "%s;Engineer %d;%s;%s;https://jobs.example/%d;Rita %d;rita%d@firm.example;\"Line one\r\nline two\"\r\n",
			company, i, statuses[i%len(statuses)], date, i, i%40, i%40)
	}
	return b.Bytes()
}

func mustPreview(t testing.TB, data []byte, opt PreviewOptions) *CSVImport {
	t.Helper()
	im, err := PreviewCSV(data, opt)
	if err != nil {
		t.Fatalf("PreviewCSV: %v", err)
	}
	return im
}

func TestPreviewGeneratedFile(t *testing.T) {
	im := mustPreview(t, genCSV(300), PreviewOptions{})
	p := im.Preview
	if p.Total != 300 || p.Good != 294 || p.Bad != 6 || len(im.Data.Applications) != 294 {
		t.Fatalf("total %d good %d bad %d apps %d", p.Total, p.Good, p.Bad, len(im.Data.Applications))
	}
	if p.Delimiter != "semicolon" || p.Encoding != "UTF-8" {
		t.Errorf("delimiter %q encoding %q", p.Delimiter, p.Encoding)
	}
	wantFields := []string{"company", "title", "stage", "applied", "url", "contactName", "contactEmail", "notes"}
	if !reflect.DeepEqual(p.Mapping.Columns, wantFields) {
		t.Errorf("columns %q, want %q", p.Mapping.Columns, wantFields)
	}
	if p.DateOrder != "dmy" || !strings.Contains(p.DateReason, "Day first: line") {
		t.Errorf("date order %q: %s", p.DateOrder, p.DateReason)
	}
	// Every 50th row: two problems on one line, reported once with both.
	s := p.Skipped[0]
	if s.Line != 2*50 || len(s.Problems) != 2 || !strings.Contains(strings.Join(s.Problems, "|"), "company is empty") {
		t.Errorf("first skipped %+v", s)
	}
	if p.Contacts != 40 {
		t.Errorf("%d contacts, want 40 (one per e-mail address)", p.Contacts)
	}
	linked := 0
	for _, c := range im.Data.Contacts {
		linked += len(c.ApplicationIDs)
	}
	if linked != 294 {
		t.Errorf("contacts linked to %d applications, want 294", linked)
	}
	if len(p.Rows) != PreviewRows || p.Rows[0].Contacts[0] != "Rita 1" {
		t.Errorf("rows %d, first %+v", len(p.Rows), p.Rows[0])
	}
	if n := im.Data.Applications[0].Notes[0].Body; n != "Line one\nline two" {
		t.Errorf("quoted newline note %q", n)
	}
}

// TestPreviewMapsStatusesToTheNearestStage: statuses that are not stages go
// to the nearest stage or outcome, and no stage is created unless chosen.
func TestPreviewMapsStatusesToTheNearestStage(t *testing.T) {
	in := "Company,Position,Status\nA,Dev,Offer Received\nB,Dev,Rejected\nC,Dev,Ghosted\nD,Dev,Phone screen\nE,Dev,Waiting\nF,Dev,interviewing\n" +
		"G,Dev,Technical round 2\n"
	im := mustPreview(t, []byte(in), PreviewOptions{Pipeline: model.DefaultStages})
	got := map[string]string{}
	for _, s := range im.Preview.Statuses {
		got[s.Status] = s.Target
	}
	want := map[string]string{"Offer Received": "stage:Offer", "Rejected": "outcome:rejected", "Ghosted": "outcome:ghosted",
		"Phone screen": "stage:Screening", "Waiting": "stage:Applied", "interviewing": "stage:Interviewing", "Technical round 2": "stage:Interviewing"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("targets %v\nwant %v", got, want)
	}
	apps := im.Data.Applications
	if apps[1].Stage != "Applied" || apps[1].Outcome != model.OutcomeRejected || apps[0].Stage != "Offer" {
		t.Errorf("rows %+v %+v", apps[0].Application, apps[1].Application)
	}
	for _, a := range apps {
		if !contains(model.DefaultStages, a.Stage) {
			t.Errorf("row %s has stage %q, not one of the pipeline", a.Company, a.Stage)
		}
	}
	// The user's choices win: a new stage, an outcome.
	im = mustPreview(t, []byte(in), PreviewOptions{Mapping: model.CSVMapping{Statuses: []model.CSVStatusChoice{
		{Status: "phone SCREEN", Target: "new:Phone screen"}, {Status: "Waiting", Target: "outcome:ghosted"},
		{Status: "Offer Received", Target: "stage:No such stage"}}}})
	if a := im.Data.Applications[3]; a.Stage != "Phone screen" {
		t.Errorf("chosen new stage: %+v", a.Application)
	}
	if a := im.Data.Applications[4]; a.Outcome != model.OutcomeGhosted {
		t.Errorf("chosen outcome: %+v", a.Application)
	}
	if a := im.Data.Applications[0]; a.Stage != "Offer" {
		t.Errorf("a target outside the pipeline is ignored: %+v", a.Application)
	}
	// A renamed pipeline: the nearest stage is the one at the same place.
	im = mustPreview(t, []byte(in), PreviewOptions{Pipeline: []string{"Ideas", "Sent", "Talking", "Interviews", "Offers"}})
	if a := im.Data.Applications[3]; a.Stage != "Talking" {
		t.Errorf("phone screen in a renamed pipeline: %q", a.Stage)
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// TestPreviewKnowsOtherTrackersHeaders reads the names Huntr, Teal and
// hand-made sheets use, and the corpus-like exports in testdata.
func TestPreviewKnowsOtherTrackersHeaders(t *testing.T) {
	in := "Role Title,Company Name,Job Link,Date Applied,Contact Name,Contact Email,Phone,LinkedIn,Whatever\n" +
		"Go Dev,Acme,https://acme.example/1,2026-02-03,Ada Byron,ada@acme.example,+44 20 1234,linkedin.com/in/ada,x\n" +
		"Go Dev,Beta,,2026-02-04,,,,,y\n"
	im := mustPreview(t, []byte(in), PreviewOptions{})
	want := []string{"title", "company", "url", "applied", "contactName", "contactEmail", "contactPhone", "contactLinkedIn", ""}
	if !reflect.DeepEqual(im.Preview.Mapping.Columns, want) {
		t.Fatalf("fields %q", im.Preview.Mapping.Columns)
	}
	if len(im.Data.Contacts) != 1 {
		t.Fatalf("contacts %+v", im.Data.Contacts)
	}
	c := im.Data.Contacts[0]
	if c.Name != "Ada Byron" || c.Company != "Acme" || c.ProfileURL != "https://linkedin.com/in/ada" || !reflect.DeepEqual(c.ApplicationIDs, []int64{1}) {
		t.Errorf("contact %+v", c)
	}
	for _, f := range []string{"huntr.csv", "teal.csv", "excel-cp1252-semicolon.csv", "excel-sep-line.csv", "excel-unicode-text.txt", "mac-classic-cr.csv"} {
		data, err := os.ReadFile(filepath.Join("testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		im := mustPreview(t, data, PreviewOptions{})
		if len(im.Preview.Missing) > 0 || im.Preview.Good == 0 || im.Preview.Good+im.Preview.Bad != im.Preview.Total {
			t.Errorf("%s: missing %v good %d bad %d total %d", f, im.Preview.Missing, im.Preview.Good, im.Preview.Bad, im.Preview.Total)
		}
		// What ReadCSV accepts whole, the preview accepts whole.
		if ds, err := ReadCSV(bytes.NewReader(data)); err == nil && len(ds.Applications) != im.Preview.Good {
			t.Errorf("%s: ReadCSV %d rows, preview %d good", f, len(ds.Applications), im.Preview.Good)
		}
	}
}

// TestPreviewAFileOfEveryKind: a BOM, semicolons, a quoted newline and
// Windows-1252 bytes in one file.
func TestPreviewAFileOfEveryKind(t *testing.T) {
	text := "Firma;Position;Status;Datum;Notes\r\nM\u00fcller GmbH;Entwickler;Abgelehnt;25.03.2026;\"Zeile 1\r\nZeile 2 \u20ac\"\r\n" +
		"B\u00e4cker AG;Tester;Offer;01.04.2026;\r\n"
	cp, err := charmap.Windows1252.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string][]byte{"windows-1252": cp, "utf-8 bom": append([]byte("\xef\xbb\xbf"), text...)}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			im := mustPreview(t, data, PreviewOptions{})
			p := im.Preview
			// "Firma" and "Datum" are no names the import knows: the user maps them.
			if !reflect.DeepEqual(p.Missing, []string{"Company"}) || len(p.Rows) != 0 {
				t.Fatalf("missing %v rows %d", p.Missing, len(p.Rows))
			}
			im = mustPreview(t, data, PreviewOptions{Mapping: model.CSVMapping{Columns: []string{"company", "title", "stage", "applied", "notes"}}})
			p = im.Preview
			if p.Good != 2 || p.Bad != 0 || p.DateOrder != "dmy" {
				t.Fatalf("good %d bad %d order %q skipped %+v", p.Good, p.Bad, p.DateOrder, p.Skipped)
			}
			a := im.Data.Applications[0]
			if a.Company != "Müller GmbH" || a.DateApplied != "2026-03-25" || a.Notes[0].Body != "Zeile 1\nZeile 2 €" {
				t.Errorf("row %+v notes %+v", a.Application, a.Notes)
			}
			if b := im.Data.Applications[1]; b.DateApplied != "2026-04-01" || b.Stage != "Offer" {
				t.Errorf("second row %+v", b.Application)
			}
			// "Abgelehnt" is unknown: read as Applied, and said so.
			if s := p.Statuses[0]; s.Target != "stage:Applied" || !strings.Contains(s.Reason, "not recognised") {
				t.Errorf("status %+v", s)
			}
		})
	}
}

func TestPreviewDateOrder(t *testing.T) {
	cases := []struct {
		name, dates, chosen, order, reason string
		first                              string
	}{
		{"day first", "03/04/2026\n25/04/2026", "", "dmy", "Day first: line 3", "2026-04-03"},
		{"month first", "03/04/2026\n04/25/2026", "", "mdy", "Month first: line 3", "2026-03-04"},
		{"ambiguous", "03/04/2026\n05/06/2026", "", "mdy", "every date fits either order", "2026-03-04"},
		{"ambiguous, day first chosen", "03/04/2026\n05/06/2026", "dmy", "dmy", "as you chose", "2026-04-03"},
		{"two-digit years", "03/04/26\n25/04/26", "", "dmy", "Day first", "2026-04-03"},
		{"mixed", "25/04/2026\n04/25/2026", "", "mdy", "mixes both orders", "2026-04-25"},
		{"iso only", "2026-03-04\n2026-04-25", "", "", "does not matter", "2026-03-04"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString("Company,Title,Date Applied\n")
			for _, d := range strings.Split(c.dates, "\n") {
				b.WriteString("A,B," + d + "\n")
			}
			im := mustPreview(t, []byte(b.String()), PreviewOptions{Mapping: model.CSVMapping{DateOrder: c.chosen}})
			p := im.Preview
			if p.DateOrder != c.order || !strings.Contains(p.DateReason, c.reason) {
				t.Errorf("order %q reason %q", p.DateOrder, p.DateReason)
			}
			if p.Bad != 0 || im.Data.Applications[0].DateApplied != c.first {
				t.Errorf("bad %d first %+v", p.Bad, im.Data.Applications[0].Application)
			}
		})
	}
}

// TestWriteSkippedRoundTrips: the bad rows saved back keep their cells and
// say what is wrong; read again they are the same rows with the same problems.
func TestWriteSkippedRoundTrips(t *testing.T) {
	in := "Company,Title,Date Applied,Notes\nAcme,Dev,2026-01-02,ok\n,Dev,nope,\"two\nlines\"\nBeta,,2026-01-03,=cmd\n"
	im := mustPreview(t, []byte(in), PreviewOptions{})
	if im.Preview.Good != 1 || im.Preview.Bad != 2 {
		t.Fatalf("good %d bad %d", im.Preview.Good, im.Preview.Bad)
	}
	var out bytes.Buffer
	if err := im.WriteSkipped(&out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Import problems") || !strings.Contains(out.String(), "line 3: company is empty; applied \"\"nope\"\" is not a date") {
		t.Errorf("skipped file:\n%s", out.String())
	}
	again := mustPreview(t, out.Bytes(), PreviewOptions{})
	if again.Preview.Good != 0 || again.Preview.Bad != 2 || again.Preview.Columns[4].Field != "" {
		t.Fatalf("read back: good %d bad %d columns %+v", again.Preview.Good, again.Preview.Bad, again.Preview.Columns)
	}
	if !reflect.DeepEqual(again.Preview.Skipped[0].Problems, im.Preview.Skipped[0].Problems) {
		t.Errorf("problems %q, then %q", im.Preview.Skipped[0].Problems, again.Preview.Skipped[0].Problems)
	}
	if !strings.Contains(again.Preview.Skipped[1].Text, "=cmd") {
		t.Errorf("the defused formula reads back as typed: %q", again.Preview.Skipped[1].Text)
	}
}

func TestCSVErrorCountsRowsAndProblems(t *testing.T) {
	_, err := ReadCSV(strings.NewReader("Company,Title,Date Applied\n,,nope\nAcme,Dev,2026-01-01\n"))
	if err == nil || !strings.Contains(err.Error(), "1 row with 3 problems") || !strings.Contains(err.Error(), "line 2: company is empty, job title is empty") {
		t.Fatalf("got %v", err)
	}
}

func TestHeaderKeyIgnoresCaseAndPunctuation(t *testing.T) {
	if HeaderKey([]string{"Company Name", "Role"}) != HeaderKey([]string{"company_name", "ROLE"}) {
		t.Error("same headers, other spelling: other key")
	}
	if HeaderKey([]string{"Company", "Role"}) == HeaderKey([]string{"Role", "Company"}) {
		t.Error("other order: same key")
	}
}

// BenchmarkPreview5000 reads a 5,000-row export into a preview.
func BenchmarkPreview5000(b *testing.B) {
	data := genCSV(5000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := PreviewCSV(data, PreviewOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
