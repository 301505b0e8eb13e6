package cvparse

import (
	"os"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/model"
)

func parseFile(t *testing.T, name string) Result {
	t.Helper()
	b, err := os.ReadFile("testdata/extra/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return Parse(FromText(string(b)))
}

func wantEq(t *testing.T, what, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("%s = %q, want %q", what, got, want)
	}
}

func hasWarning(r Result, w string) bool {
	for _, x := range r.Warnings {
		if x == w {
			return true
		}
	}
	return false
}

func findSkill(sk []model.Skill, kw string) bool {
	for _, s := range sk {
		if strings.EqualFold(s.Name, kw) {
			return true
		}
		for _, k := range s.Keywords {
			if strings.EqualFold(k, kw) {
				return true
			}
		}
	}
	return false
}

// TestGermanMarkdown: Markdown headings, German section names and month
// names, "heute", numeric month ranges, a GitHub link.
func TestGermanMarkdown(t *testing.T) {
	r := parseFile(t, "de_lebenslauf.md")
	p := r.Profile
	wantEq(t, "name", p.Basics.Name, "Anna Schmidt")
	wantEq(t, "email", p.Basics.Email, "anna.schmidt@beispiel.de")
	wantEq(t, "phone", p.Basics.Phone, "+49 30 1234567")
	if len(p.Basics.Profiles) != 1 || p.Basics.Profiles[0].Network != "GitHub" || p.Basics.Profiles[0].Username != "annaschmidt" {
		t.Errorf("profiles = %+v", p.Basics.Profiles)
	}
	if len(p.Work) != 2 {
		t.Fatalf("work = %+v", p.Work)
	}
	wantEq(t, "work[0].name", p.Work[0].Name, "Beispiel GmbH")
	wantEq(t, "work[0].position", p.Work[0].Position, "Senior Softwareentwicklerin")
	wantEq(t, "work[0].startDate", p.Work[0].StartDate, "2021-03")
	wantEq(t, "work[0].endDate", p.Work[0].EndDate, "")
	if len(p.Work[0].Highlights) != 2 {
		t.Errorf("work[0].highlights = %q", p.Work[0].Highlights)
	}
	wantEq(t, "work[1].name", p.Work[1].Name, "Muster AG")
	wantEq(t, "work[1].startDate", p.Work[1].StartDate, "2018-10")
	wantEq(t, "work[1].endDate", p.Work[1].EndDate, "2021-02")
	if len(p.Education) != 1 {
		t.Fatalf("education = %+v", p.Education)
	}
	wantEq(t, "education.institution", p.Education[0].Institution, "Technische Universität München")
	wantEq(t, "education.studyType", p.Education[0].StudyType, "Master of Science")
	wantEq(t, "education.area", p.Education[0].Area, "Informatik")
	wantEq(t, "education.startDate", p.Education[0].StartDate, "2016")
	if !findSkill(p.Skills, "TypeScript") || !findSkill(p.Skills, "PostgreSQL") {
		t.Errorf("skills = %+v", p.Skills)
	}
	if len(p.Languages) != 2 || p.Languages[0].Language != "Deutsch" || p.Languages[1].Fluency != "C1" {
		t.Errorf("languages = %+v", p.Languages)
	}
}

// TestFrenchPlainText: French headings in capitals with accents, French
// month abbreviations and "aujourd'hui", right-aligned dates.
func TestFrenchPlainText(t *testing.T) {
	p := parseFile(t, "fr_cv.txt").Profile
	wantEq(t, "name", p.Basics.Name, "Jean Dupont")
	wantEq(t, "label", p.Basics.Label, "Chef de projet")
	wantEq(t, "phone", p.Basics.Phone, "+33 6 12 34 56 78")
	wantEq(t, "city", p.Basics.Location.City, "Lyon")
	if len(p.Work) != 2 {
		t.Fatalf("work = %+v", p.Work)
	}
	wantEq(t, "work[0].position", p.Work[0].Position, "Chef de projet informatique")
	wantEq(t, "work[0].name", p.Work[0].Name, "Société Générale Informatique")
	wantEq(t, "work[0].startDate", p.Work[0].StartDate, "2019-01")
	wantEq(t, "work[0].endDate", p.Work[0].EndDate, "")
	wantEq(t, "work[1].startDate", p.Work[1].StartDate, "2015-09")
	wantEq(t, "work[1].endDate", p.Work[1].EndDate, "2018-12")
	wantEq(t, "work[1].name", p.Work[1].Name, "Atelier Numérique SARL")
	if len(p.Education) != 1 || p.Education[0].Institution != "Université Grenoble Alpes" || p.Education[0].EndDate != "2015" {
		t.Errorf("education = %+v", p.Education)
	}
	if !findSkill(p.Skills, "Scrum") {
		t.Errorf("skills = %+v", p.Skills)
	}
	if len(p.Languages) != 2 || p.Languages[1].Language != "Anglais" || p.Languages[1].Fluency != "courant" {
		t.Errorf("languages = %+v", p.Languages)
	}
}

// TestPortuguesePlainText: Portuguese headings, "atual", pipes between
// employer and title, a Brazilian mobile number, a LinkedIn profile.
func TestPortuguesePlainText(t *testing.T) {
	p := parseFile(t, "pt_curriculo.txt").Profile
	wantEq(t, "name", p.Basics.Name, "Maria Silva")
	wantEq(t, "phone", p.Basics.Phone, "+55 11 91234-5678")
	wantEq(t, "summary", p.Basics.Summary, "Analista de dados com seis anos de experiência em análise e visualização de dados.")
	if len(p.Basics.Profiles) != 1 || p.Basics.Profiles[0].Network != "LinkedIn" {
		t.Errorf("profiles = %+v", p.Basics.Profiles)
	}
	if len(p.Work) != 2 {
		t.Fatalf("work = %+v", p.Work)
	}
	wantEq(t, "work[0].name", p.Work[0].Name, "Banco Exemplo S.A.")
	wantEq(t, "work[0].position", p.Work[0].Position, "Analista de Dados Sênior")
	wantEq(t, "work[0].startDate", p.Work[0].StartDate, "2020-02")
	wantEq(t, "work[1].position", p.Work[1].Position, "Estagiária de Dados")
	wantEq(t, "work[1].endDate", p.Work[1].EndDate, "2019-12")
	if len(p.Education) != 1 || p.Education[0].StudyType != "Bacharelado" || p.Education[0].Area != "Estatística" {
		t.Errorf("education = %+v", p.Education)
	}
	if len(p.Languages) != 2 || p.Languages[0].Fluency != "nativo" {
		t.Errorf("languages = %+v", p.Languages)
	}
}

// TestSpanishPlainText: Spanish months with "de", "actualidad", a title
// "en" an employer.
func TestSpanishPlainText(t *testing.T) {
	p := parseFile(t, "es_cv.txt").Profile
	wantEq(t, "name", p.Basics.Name, "Lucía Fernández Gómez")
	wantEq(t, "phone", p.Basics.Phone, "+34 612 345 678")
	if len(p.Work) != 2 {
		t.Fatalf("work = %+v", p.Work)
	}
	wantEq(t, "work[0].name", p.Work[0].Name, "Telefónica")
	wantEq(t, "work[0].position", p.Work[0].Position, "Ingeniera de software sénior")
	wantEq(t, "work[0].startDate", p.Work[0].StartDate, "2020-01")
	wantEq(t, "work[1].name", p.Work[1].Name, "Indra Sistemas S.A.")
	wantEq(t, "work[1].startDate", p.Work[1].StartDate, "2016-09")
	wantEq(t, "work[1].endDate", p.Work[1].EndDate, "2019-12")
	if len(p.Education) != 1 || p.Education[0].StudyType != "Grado" || p.Education[0].Area != "Ingeniería Informática" {
		t.Errorf("education = %+v", p.Education)
	}
}

// TestEnglishPlainText: "2020 – now", "Summer 2019", "2017–19", "since
// 2016", GPA, certificates and awards with years in parentheses.
func TestEnglishPlainText(t *testing.T) {
	r := parseFile(t, "en_plain.txt")
	p := r.Profile
	wantEq(t, "name", p.Basics.Name, "Priya Nair")
	wantEq(t, "label", p.Basics.Label, "Data Engineer")
	wantEq(t, "city", p.Basics.Location.City, "Toronto")
	wantEq(t, "url", p.Basics.URL, "https://priyanair.dev")
	wantEq(t, "phone", p.Basics.Phone, "(416) 555-0182")
	if len(p.Work) != 3 {
		t.Fatalf("work = %+v", p.Work)
	}
	wantEq(t, "work[0].name", p.Work[0].Name, "Northwind Analytics Inc.")
	wantEq(t, "work[0].startDate", p.Work[0].StartDate, "2020")
	wantEq(t, "work[0].summary", p.Work[0].Summary, "Built streaming pipelines with Kafka and Flink.")
	wantEq(t, "work[1].position", p.Work[1].Position, "Software Engineering Intern")
	wantEq(t, "work[1].startDate", p.Work[1].StartDate, "2019-06")
	wantEq(t, "work[2].name", p.Work[2].Name, "University of Toronto")
	wantEq(t, "work[2].startDate", p.Work[2].StartDate, "2017")
	wantEq(t, "work[2].endDate", p.Work[2].EndDate, "2019")
	if len(p.Education) != 1 {
		t.Fatalf("education = %+v", p.Education)
	}
	e := p.Education[0]
	wantEq(t, "education.institution", e.Institution, "University of Toronto")
	wantEq(t, "education.studyType", e.StudyType, "BSc")
	wantEq(t, "education.area", e.Area, "Computer Science")
	wantEq(t, "education.startDate", e.StartDate, "2016")
	wantEq(t, "education.score", e.Score, "3.8/4.0")
	if len(p.Skills) != 2 || p.Skills[1].Name != "Tools" || len(p.Skills[1].Keywords) != 4 {
		t.Errorf("skills = %+v", p.Skills)
	}
	if len(p.Certificates) != 1 || p.Certificates[0].Date != "2022" || p.Certificates[0].Name != "Google Professional Data Engineer" {
		t.Errorf("certificates = %+v", p.Certificates)
	}
	if len(p.Awards) != 1 || p.Awards[0].Date != "2018" {
		t.Errorf("awards = %+v", p.Awards)
	}
	// every filled field has provenance with a confidence in range
	seen := map[string]bool{}
	for _, f := range r.Fields {
		if f.Confidence <= 0 || f.Confidence > 1 {
			t.Errorf("field %s confidence %v", f.Path, f.Confidence)
		}
		seen[f.Path] = true
	}
	for _, path := range []string{"basics.name", "basics.email", "work[0].startDate", "education[0].institution"} {
		if !seen[path] {
			t.Errorf("no provenance for %s", path)
		}
	}
}

// TestCoverLetterIsNotACV: a letter gets a warning and no invented entries.
func TestCoverLetterIsNotACV(t *testing.T) {
	r := parseFile(t, "cover_letter.txt")
	if !hasWarning(r, NotACV) {
		t.Errorf("warnings = %q, want %q", r.Warnings, NotACV)
	}
	p := r.Profile
	if len(p.Work)+len(p.Education)+len(p.Skills)+len(p.Projects) != 0 {
		t.Errorf("entries invented from a letter: %+v", p)
	}
}

// TestNonCV: prose and a shopping list are not CVs.
func TestNonCV(t *testing.T) {
	for _, text := range []string{
		"",
		"The quick brown fox jumps over the lazy dog.\nIt was the best of times, it was the worst of times.",
		"Shopping list\nEggs\nMilk\nBread",
	} {
		r := Parse(FromText(text))
		if !hasWarning(r, NotACV) || len(r.Profile.Work) != 0 || len(r.Profile.Education) != 0 {
			t.Errorf("%q: %+v", text, r)
		}
	}
}

// TestLabel checks the headline read under the name: never the first
// section's heading (Jake's résumé has none) nor a postal address.
func TestLabel(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Jake Ryan\n123-456-7890 | jake@su.edu | linkedin.com/in/jake\n\nEducation\nSouthwestern University  Georgetown, TX\n" +
			"Bachelor of Arts in Computer Science    Aug. 2018 – May 2021\n", ""},
		{"Leo Leopard\n555 La Verne Way, La Verne, CA\n(909) 555-5555\nData Analyst\n\nSummary\nI analyse data.\n", "Data Analyst"},
		{"Anna Schmidt\nHauptstraße 5 – 10115 Berlin\nSenior Engineer\n\nExperience\nAcme GmbH   2019 – heute\n", "Senior Engineer"},
		{"Jane Doe\nProduct Designer\njane@doe.org\n\nExperience\n", "Product Designer"},
	}
	for _, c := range cases {
		// as a PDF reader gives it: the name set large, the rest small
		var ls []Line
		for i, l := range FromText(c.text) {
			l.FontSize, l.X, l.Y = 10, 50, 60+12*float64(i)
			if i == 0 {
				l.FontSize = 24
			}
			if headingKind(l.Text) != kindNone {
				l.FontSize, l.Bold = 12, true
			}
			ls = append(ls, l)
		}
		name := strings.SplitN(c.text, "\n", 2)[0]
		wantEq(t, "label of "+name, Parse(FromText(c.text)).Profile.Basics.Label, c.want)
		wantEq(t, "label of "+name+" (typeset)", Parse(ls).Profile.Basics.Label, c.want)
	}
}

// TestPlaceTail: a state code with a ZIP ends a place; with a word it
// names something else ("US Navy").
func TestPlaceTail(t *testing.T) {
	for s, want := range map[string]bool{"Pleasanton, CA 94588": true, "Cambridge, MA": true, "Lyon, France": true,
		"Rear Admiral, US Navy": false, "Engineer, UK Power Networks": false} {
		if got := placeTail(s); got != want {
			t.Errorf("placeTail(%q) = %v, want %v", s, got, want)
		}
	}
}
