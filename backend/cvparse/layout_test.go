package cvparse

import (
	"strings"
	"testing"
)

// typeset turns "x|size|bold|text" rows into lines on numbered pages
// ("--page" starts the next), each 14 points below the last, or at y for a
// text written "@y text".
func typeset(rows string) []Line {
	var out []Line
	page, y := 1, 60.0
	for _, row := range strings.Split(strings.TrimSpace(rows), "\n") {
		row = strings.TrimSpace(row)
		if row == "--page" {
			page, y = page+1, 60
			continue
		}
		f := strings.SplitN(row, "|", 4)
		l := Line{Page: page, Y: y, Text: strings.ReplaceAll(f[3], `\t`, "\t")}
		if at, text, ok := strings.Cut(l.Text, " "); ok && strings.HasPrefix(at, "@") {
			l.Y, l.Text = atof(at[1:]), text
		}
		l.X = atof(f[0])
		l.FontSize = atof(f[1])
		l.Bold = f[2] == "b"
		out = append(out, l)
		y += 14
	}
	return out
}

func atof(s string) float64 {
	var f float64
	for _, r := range s {
		f = f*10 + float64(r-'0')
	}
	return f
}

// TestMarginDateColumn parses a moderncv-style CV: dates in a margin column
// left of the headings (a tab after them, as doctext writes it), "Title,
// Employer, City." lines, smaller descriptions, a subsection heading set
// smaller than its section's ("Miscellaneous"), a group label
// ("Vocational"), an entry that recurs at the top of page two (not a
// running header) and a footer repeated at the foot of each page.
func TestMarginDateColumn(t *testing.T) {
	lines := typeset(`
		378|38||Ada Lovelace
		436|17||Analytical Engineer
		146|14||Education
		95|11||2010–2014\tMSc in Mathematics, University of London, London, Distinction.
		146|10||Thesis on engines.
		95|11||2006–2010\tBachelor of Arts, University of Cambridge, Cambridge, First.
		146|10||Description
		146|14||Experience
		146|12||Vocational
		95|11||2018–2020\tSenior Engineer, Babbage & Co, London.
		146|10||Built the difference engine.
		146|10||Detailed achievements:
		157|10||Programmed the first algorithm;
		95|11||2015–2018\tJunior Engineer, Analytical Ltd, London.
		146|10||Described line 1
		196|11||@760 ada@example.org • +44 20 7946 0000
		--page
		146|12||Miscellaneous
		95|11||2014–2015\tJunior Engineer, Analytical Ltd, London.
		146|10||Teaching assistant.
		146|14||Languages
		85|11||English\tNative
		196|11||@760 ada@example.org • +44 20 7946 0000
	`)
	r := Parse(lines)
	p := r.Profile
	wantEq(t, "name", p.Basics.Name, "Ada Lovelace")
	wantEq(t, "label", p.Basics.Label, "Analytical Engineer")
	wantEq(t, "email", p.Basics.Email, "ada@example.org")
	var got []string
	for _, w := range p.Work {
		got = append(got, w.Position+" @ "+w.Name+" "+w.StartDate+".."+w.EndDate)
	}
	want := []string{"Senior Engineer @ Babbage & Co 2018..2020", "Junior Engineer @ Analytical Ltd 2015..2018", "Junior Engineer @ Analytical Ltd 2014..2015"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("work:\n got %q\nwant %q", got, want)
	}
	got = nil
	for _, e := range p.Education {
		got = append(got, e.StudyType+"/"+e.Area+" @ "+e.Institution+" "+e.StartDate+".."+e.EndDate)
	}
	want = []string{"MSc/Mathematics @ University of London 2010..2014", "Bachelor of Arts/ @ University of Cambridge 2006..2010"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("education:\n got %q\nwant %q", got, want)
	}
	if len(p.Languages) != 1 || p.Languages[0].Language != "English" || p.Languages[0].Fluency != "Native" {
		t.Errorf("languages = %+v", p.Languages)
	}
}

// TestUndatedEntriesByStyle splits entries that have no dates by their
// typography: a bold line set like the entry's first opens the next, and
// the smaller description under a title is its body.
func TestUndatedEntriesByStyle(t *testing.T) {
	lines := typeset(`
		74|25||Grace Hopper
		74|14|b|Experience
		74|11|b|Remington Rand\tPhiladelphia
		74|11||Senior Mathematician
		74|10||Wrote the first compiler.
		74|11|b|US Navy\tWashington
		74|11||Rear Admiral
		74|10||Standardised COBOL.
		74|14|b|Education
		74|11|b|Yale University\tNew Haven
		74|11||PhD in Mathematics
		74|10||Dissertation on irreducibility criteria.
		74|11|b|Vassar College\tPoughkeepsie
		74|11||Bachelor of Arts in Mathematics
	`)
	p := Parse(lines).Profile
	var got []string
	for _, w := range p.Work {
		got = append(got, w.Position+" @ "+w.Name)
	}
	want := []string{"Senior Mathematician @ Remington Rand", "Rear Admiral @ US Navy"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("work:\n got %q\nwant %q", got, want)
	}
	got = nil
	for _, e := range p.Education {
		got = append(got, e.StudyType+"/"+e.Area+" @ "+e.Institution)
	}
	want = []string{"PhD/Mathematics @ Yale University", "Bachelor of Arts/Mathematics @ Vassar College"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("education:\n got %q\nwant %q", got, want)
	}
}

// TestChineseCV reads Chinese headings and the kinds of words Chinese
// titles are made of, found inside longer words.
func TestChineseCV(t *testing.T) {
	lines := typeset(`
		146|30||李小龙
		146|14||教育背景
		103|11||2010–2014\t计算机科学学士, 清华大学, 北京
		146|14||工作经历
		103|11||2014–2020\t高级工程师, 北京字节科技有限公司, 北京
		146|10||负责后端系统。
		146|14||专业技能
		146|11||Go, Python, SQL
	`)
	p := Parse(lines).Profile
	if len(p.Education) != 1 || p.Education[0].Institution != "清华大学" || p.Education[0].StudyType != "计算机科学学士" {
		t.Errorf("education = %+v", p.Education)
	}
	if len(p.Work) != 1 || p.Work[0].Name != "北京字节科技有限公司" || p.Work[0].Position != "高级工程师" || p.Work[0].StartDate != "2014" {
		t.Errorf("work = %+v", p.Work)
	}
	if !findSkill(p.Skills, "Python") {
		t.Errorf("skills = %+v", p.Skills)
	}
}

// TestCentredHeadingNoMargin: under a centred heading every line starts
// left of it, and none is a margin line: the employer before a
// right-aligned date stays the employer.
func TestCentredHeadingNoMargin(t *testing.T) {
	lines := typeset(`
		250|24||Alan Turing
		260|13|b|EXPERIENCE
		60|11|b|Bletchley Park\t2009 – 2015
		60|11||Cryptanalyst
		70|10||Broke the Enigma cipher.
		60|11|b|University of Manchester\t2016 – 2020
		60|11||Deputy Director
	`)
	p := Parse(lines).Profile
	var got []string
	for _, w := range p.Work {
		got = append(got, w.Name+" | "+w.Position+" | "+w.StartDate)
	}
	want := []string{"Bletchley Park | Cryptanalyst | 2009", "University of Manchester | Deputy Director | 2016"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("work:\n got %q\nwant %q", got, want)
	}
}
