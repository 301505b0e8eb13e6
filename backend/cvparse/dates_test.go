package cvparse

import "testing"

func TestFindDates(t *testing.T) {
	cases := []struct {
		in           string
		start, end   string
		current, rng bool
	}{
		{"Jan 2020 – Present", "2020-01", "", true, true},
		{"January 2019 to Present", "2019-01", "", true, true},
		{"2019–21", "2019", "2021", false, true},
		{"03/2018 - 05/2020", "2018-03", "2020-05", false, true},
		{"Summer 2019", "2019-06", "", false, false},
		{"2020 – now", "2020", "", true, true},
		{"since 2019", "2019", "", true, true},
		{"seit März 2017", "2017-03", "", true, true},
		{"desde enero de 2020", "2020-01", "", true, true},
		{"enero de 2020 – actualidad", "2020-01", "", true, true},
		{"janv. 2019 – aujourd'hui", "2019-01", "", true, true},
		{"sept. 2015 – déc. 2018", "2015-09", "2018-12", false, true},
		{"fev. 2020 - atual", "2020-02", "", true, true},
		{"Okt. 2016 – Dez. 2019", "2016-10", "2019-12", false, true},
		{"Sep. 2023 Mar. 2024", "2023-09", "2024-03", false, true},
		{"Mar. 2016 – Exp. Jun. 2017", "2016-03", "2017-06", false, true},
		{"2018-03 – 2020-11", "2018-03", "2020-11", false, true},
		{"Aug. 2018 – May 2021", "2018-08", "2021-05", false, true},
		{"Fall 2013 – Spring 2014", "2013-09", "2014-03", false, true},
		{"Expected Graduation: June 2016", "2016-06", "", false, false},
		{"December 29, 2025", "2025-12", "", false, false},
		{"15.03.2018 - 30.06.2020", "2018-03", "2020-06", false, true},
	}
	for _, c := range cases {
		got := findDates(c.in)
		if len(got) == 0 {
			t.Errorf("%q: no date", c.in)
			continue
		}
		d := got[0]
		if d.Start != c.start || d.End != c.end || d.Current != c.current || d.Range != c.rng {
			t.Errorf("%q = %+v, want start %q end %q current %v range %v", c.in, d, c.start, c.end, c.current, c.rng)
		}
	}
	for _, in := range []string{"Python 3", "ISO 9001", "Managed 300+ pods", "year–year", "10.1234/neurips.2023.1234"} {
		for _, d := range findDates(in) {
			if d.Range {
				t.Errorf("%q: unexpected range %+v", in, d)
			}
		}
	}
}

func TestContacts(t *testing.T) {
	for _, c := range []struct{ in, email, phone string }{
		{"# alfred.pennyworth@email.com", "alfred.pennyworth@email.com", ""},
		{"\uf0e0 jane@doe.org  \uf095 +1 (234) 567 890", "jane@doe.org", "+1 (234) 567 890"},
		{"tel:(+82) 10-9030-1843 | mailto:posquit0.bj@gmail.com", "posquit0.bj@gmail.com", "(+82) 10-9030-1843"},
		{"Seattle, WA | 206-555-0149 | emoore@email.com", "emoore@email.com", "206-555-0149"},
		{"+49 30 1234567", "", "+49 30 1234567"},
		{"+44 20 7946 0958", "", "+44 20 7946 0958"},
		{"0033 6 12 34 56 78", "", "0033 6 12 34 56 78"},
		{"2012 – 2017 Software Engineer", "", ""},
		{"GPA: 3.97/4.00", "", ""},
		{"US Patent 11,234,567", "", ""},
	} {
		n := normalise(c.in)
		var email, phone string
		if es := findEmails(n); len(es) > 0 {
			email = es[0]
		}
		if ps := findPhones(emailRe().ReplaceAllString(n, " ")); len(ps) > 0 {
			phone = ps[0]
		}
		if email != c.email || phone != c.phone {
			t.Errorf("%q: email %q phone %q, want %q %q", c.in, email, phone, c.email, c.phone)
		}
	}
	for _, c := range []struct{ in, network, user string }{
		{"linkedin.com/in/jake", "LinkedIn", "jake"},
		{"https://github.com/your_id", "GitHub", "your_id"},
		{"www.linkedin.com/in/jane-doe/", "LinkedIn", "jane-doe"},
	} {
		us := findURLs(c.in)
		if len(us) != 1 {
			t.Errorf("%q: urls %q", c.in, us)
			continue
		}
		p, ok := profileOf(us[0])
		if !ok || p.Network != c.network || p.Username != c.user {
			t.Errorf("%q: profile %+v", c.in, p)
		}
	}
	if ps := labelledProfiles("GitHub: @posquit0 | LinkedIn: /in/posquit0"); len(ps) != 2 || ps[0].Username != "posquit0" || ps[1].Network != "LinkedIn" {
		t.Errorf("labelled profiles = %+v", ps)
	}
	for _, s := range []string{"Node.js", "Vue.js", "e.g. this"} {
		if us := findURLs(s); len(us) != 0 {
			t.Errorf("%q: urls %q", s, us)
		}
	}
}

func TestHeadings(t *testing.T) {
	for in, want := range map[string]kind{
		"Work Experience": kindWork, "EXPERIENCIA LABORAL": kindWork, "Berufserfahrung": kindWork, "Expérience professionnelle": kindWork,
		"Experiência Profissional": kindWork, "Education": kindEducation, "Formación académica": kindEducation, "Ausbildung": kindEducation,
		"FORMATION": kindEducation, "Formação Acadêmica": kindEducation, "Technical Skills": kindSkills, "Kenntnisse": kindSkills,
		"Compétences": kindSkills, "Habilidades": kindSkills, "Idiomas": kindLanguages, "Sprachen": kindLanguages, "Langues": kindLanguages,
		"Honors & Awards": kindAwards, "Certifications": kindCertificates, "Projects": kindProjects, "Projekte": kindProjects,
		"Volunteer Experience": kindVolunteer, "Professional Summary": kindSummary, "Über mich": kindSummary,
		"Research Intern": kindNone, "tech projects": kindNone, "Southwestern University": kindNone,
	} {
		if got := headingKind(in); got != want && !(want == kindNone && got == kindNone) {
			t.Errorf("headingKind(%q) = %v, want %v", in, got, want)
		}
	}
}
