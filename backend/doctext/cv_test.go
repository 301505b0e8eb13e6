package doctext

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/huntbook/huntbook/backend/corpus"
)

// normWords splits text into lower-case words without surrounding
// punctuation.
func normWords(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '|' }) {
		w := strings.ToLower(strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// recall is the share of ref's words (as a multiset) found in got.
func recall(got, ref []string) float64 {
	if len(ref) == 0 {
		return 1
	}
	have := map[string]int{}
	for _, w := range got {
		have[w]++
	}
	hit := 0
	for _, w := range ref {
		if have[w] > 0 {
			have[w]--
			hit++
		}
	}
	return float64(hit) / float64(len(ref))
}

// pdftotext runs poppler's pdftotext -layout (a reference for tests and
// benchmarks only); the test fails when it is not installed.
func pdftotext(t testing.TB, path string) string {
	t.Helper()
	bin := corpus.Tool(t, "pdftotext", "poppler-utils")
	out, err := exec.Command(bin, "-layout", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

// TestCorpusCVs extracts every CV of the corpus: each gives text without
// warnings, with at least 85% of the words
// pdftotext finds (pdftotext also prints link targets such as "mailto:..."
// and doubles overprinted CJK glyphs, so 100% is not the goal).
func TestCorpusCVs(t *testing.T) {
	dir := corpus.Path(t, "cv")
	files, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	if len(files) == 0 {
		t.Fatalf("no CVs in %s", dir)
	}
	var table strings.Builder
	for _, f := range files {
		name := filepath.Base(f)
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Extract(data, name, "")
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		lines := 0
		for _, p := range doc.Pages {
			lines += len(p.Lines)
		}
		for _, w := range doc.Warnings {
			if !strings.Contains(w, "could not be mapped") {
				t.Errorf("%s: warning %q", name, w)
			}
		}
		got := normWords(doc.Text())
		r := recall(got, normWords(pdftotext(t, f)))
		if r < 0.85 {
			t.Errorf("%s: only %.1f%% of pdftotext's words", name, 100*r)
		}
		fmt.Fprintf(&table, "%-50s %2d pages %4d lines %5d words  recall vs pdftotext %5.1f%%\n", name, len(doc.Pages), lines, len(got), 100*r)
	}
	t.Logf("corpus CVs:\n%s", table.String())
}

// lineIndex returns the index of the first line equal to (or, with a
// trailing '*', starting with) want, or -1.
func lineIndex(ls []Line, want string) int {
	for i, l := range ls {
		if l.Text == want || strings.HasSuffix(want, "*") && strings.HasPrefix(l.Text, strings.TrimSuffix(want, "*")) {
			return i
		}
	}
	return -1
}

func allLines(doc *Document) []Line {
	var ls []Line
	for _, p := range doc.Pages {
		ls = append(ls, p.Lines...)
	}
	return ls
}

// TestCorpusReadingOrder checks lines and their order against the sources
// of the CVs (cv/src): right-aligned dates on their entry's line, sidebars
// as whole blocks, non-Latin text read right.
func TestCorpusReadingOrder(t *testing.T) {
	cases := []struct {
		file  string
		order [][]string // each group must appear in this order
		block []string   // these lines must be one contiguous run of a column
	}{
		{file: "jakegut_resume_compiled_pdftex.pdf", order: [][]string{{
			"Jake Ryan", "Education", "Southwestern University\tGeorgetown, TX",
			"Bachelor of Arts in Computer Science, Minor in Business\tAug. 2018 – May 2021",
			"Experience", "Undergraduate Research Assistant\tJune 2020 – Present", "Technical Skills",
			"Languages: Java, Python, C/C++, SQL (Postgres), JavaScript, HTML/CSS, R",
		}}},
		{file: "altacv_sample_twocolumn.pdf", order: [][]string{
			{"YOUR NAME HERE", "EXPERIENCE", "Job Title 1", "PROJECTS", "A DAY OF MY LIFE"},
			{"YOUR NAME HERE", "MY LIFE PHILOSOPHY", "MOST PROUD OF", "STRENGTHS", "LANGUAGES", "EDUCATION", "Ph.D. in Your Discipline"},
			{"PUBLICATIONS", "Books", "Journal Articles", "REFEREES", "Prof. Alpha Beta"},
		}},
		{file: "reactiveresume_sample_ditto.pdf", order: [][]string{
			{"PROFILES", "SKILLS", "AWARDS", "CERTIFICATIONS", "John Doe", "SUMMARY", "EXPERIENCE"},
		}, block: []string{"PROFILES", "SKILLS", "AWARDS", "CERTIFICATIONS"}},
		{file: "moderncv_template-zh.pdf", order: [][]string{{"教育背景", "年 – 年\t学位, 院校, 城市, 成绩.", "工作背景"}}},
		{file: "moderncv_template-es.pdf", order: [][]string{{"Formación académica", "año–año\tGrado, Institución, Ciudad, Grade."}}},
		{file: "rendercv_John_Doe_ClassicTheme_CV.pdf", order: [][]string{{"John Doe", "Education", "Experience"}}},
		{file: "resumematcher_modern-single-column.pdf", order: [][]string{{
			"JOHN DOE", "SUMMARY", "Senior Software Engineer with 5+ years of proven expertise designing and building scalable backend systems,",
			"EXPERIENCE", "Senior Software Engineer\tJan 2023 - Present", "Stripe\tSan Francisco, CA",
		}}},
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			doc, err := Extract(readCorpusFile(t, "cv", tc.file), tc.file, "")
			if err != nil {
				t.Fatal(err)
			}
			ls := allLines(doc)
			for _, group := range tc.order {
				prev := -1
				for _, want := range group {
					i := lineIndex(ls, want)
					if i < 0 {
						t.Errorf("no line %q", want)
						continue
					}
					if i <= prev {
						t.Errorf("line %q (at %d) comes before the previous one (at %d)", want, i, prev)
					}
					prev = i
				}
			}
			if len(tc.block) > 0 {
				first, last := lineIndex(ls, tc.block[0]), lineIndex(ls, tc.block[len(tc.block)-1])
				col := ls[first].Column
				for i := first; i <= last; i++ {
					if ls[i].Column != col {
						t.Errorf("line %q (column %d) interleaved in the block of column %d", ls[i].Text, ls[i].Column, col)
					}
				}
				if col == 0 {
					t.Errorf("the sidebar is column 0, want the main column to be 0")
				}
			}
		})
	}
}

// TestCorpusHyphens checks LuaTeX's visible hyphens (U+00AD) and dashes.
func TestCorpusHyphens(t *testing.T) {
	doc, err := Extract(readCorpusFile(t, "cv", "awesomecv_resume.pdf"), "cv.pdf", "")
	if err != nil {
		t.Fatal(err)
	}
	text := doc.Text()
	for _, want := range []string{"high-impact opportunities in fast-growing", "infrastructure operations, and security engineering",
		"DevOps Engineer\tSep. 2023 - Mar. 2024"} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in the text", want)
		}
	}
	if strings.ContainsRune(text, '\u00ad') {
		t.Errorf("soft hyphens left in the text")
	}
}
