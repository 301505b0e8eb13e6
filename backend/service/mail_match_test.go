package service

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/mailread"
	"github.com/huntbook/huntbook/backend/model"
)

// TestMailMatchingAmongHundredsOfApplications matches messages against a
// real database of 300 applications: many companies, several roles at some,
// closed ones, contacts, a requisition number in a posting.
func TestMailMatchingAmongHundredsOfApplications(t *testing.T) {
	s, _ := newServices(t)
	titles := []string{"Software Engineer", "Data Analyst", "Security Engineer", "Product Manager", "SRE"}
	ids := map[string]int64{}
	for i := range 290 {
		c := fmt.Sprintf("Filler Company %03d", i)
		a := mustApp(t, s, model.Application{Company: c, Title: titles[i%len(titles)], URL: fmt.Sprintf("https://filler%03d.example-jobs.net/careers", i)})
		ids[c] = a.ID
	}
	add := func(key string, a model.Application) model.Application {
		out := mustApp(t, s, a)
		ids[key] = out.ID
		return out
	}
	add("rapid7", model.Application{Company: "Rapid7", Title: "Cyber Threat Intelligence Analyst", URL: "https://careers.rapid7.com/job/123"})
	add("leidos-sec", model.Application{Company: "Leidos", Title: "Security Engineer", URL: "https://careers.leidos.com/jobs/1"})
	add("leidos-cti", model.Application{Company: "Leidos", Title: "Cyber Threat Analyst", URL: "https://careers.leidos.com/jobs/2"})
	add("leidos-pm", model.Application{Company: "Leidos", Title: "Program Manager", URL: "https://careers.leidos.com/jobs/3"})
	add("netflix", model.Application{Company: "Netflix", Title: "Senior Data Engineer", URL: "https://jobs.netflix.com/jobs/9"})
	add("splunk", model.Application{Company: "Splunk", Title: "Detection Engineer",
		Description: "About the role. Requisition R-40512. Join the Splunk threat research team."})
	contactApp := add("ares", model.Application{Company: "ARES Corporation", Title: "Systems Analyst"})
	oldRand := add("rand-old", model.Application{Company: "RAND", Title: "Policy Researcher"})
	if _, err := s.Applications.SetOutcome(oldRand.ID, "rejected"); err != nil {
		t.Fatal(err)
	}
	add("rand-new", model.Application{Company: "RAND", Title: "Policy Researcher"})
	ct, err := s.Contacts.Create(model.Contact{Name: "Rob Miller", Email: "rob.miller.recruits@gmail.com"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Contacts.Link(ct.ID, contactApp.ID); err != nil {
		t.Fatal(err)
	}

	cases := []struct {
		name string
		m    testMail
		want string // key of the application, "" for none
	}{
		{"the company's own domain", testMail{From: "Rapid7 Talent <talent@rapid7.com>", Subject: "Your application", Kind: mailread.KindRejection}, "rapid7"},
		{"an ATS sender, the company and role read", testMail{From: "leidos@myworkday.com", Subject: "Leidos: an update",
			Kind: mailread.KindRejection, Company: "Leidos", Title: "Cyber Threat Analyst"}, "leidos-cti"},
		{"a contact's own address", testMail{From: "Rob <rob.miller.recruits@gmail.com>", Subject: "Quick chat?", Kind: mailread.KindInterview}, "ares"},
		{"a requisition number in the posting", testMail{From: "no-reply@jobvite.com", Subject: "Thank you for applying",
			Kind: mailread.KindConfirmation, Requisition: "R-40512"}, "splunk"},
		{"the subject names the company", testMail{From: "no-reply@greenhouse.io", Subject: "Thank you for applying to Netflix",
			Kind: mailread.KindConfirmation}, "netflix"},
		{"the open one of two with the same role", testMail{From: "careers@rand.org", Subject: "Interview", Kind: mailread.KindInterview,
			Company: "RAND", Title: "Policy Researcher"}, "rand-new"},
		{"an unknown company", testMail{From: "hr@unheard-of-corp.com", Subject: "A role for you", Kind: mailread.KindOutreach,
			Company: "Unheard Of Corp"}, ""},
		{"a role alone says nothing", testMail{From: "no-reply@greenhouse.io", Subject: "Software Engineer: next steps",
			Kind: mailread.KindInterview, Title: "Software Engineer"}, ""},
		{"free mail from a stranger", testMail{From: "someone@gmail.com", Subject: "Hello", Kind: mailread.KindOutreach}, ""},
	}
	var all []testMail
	for i := range cases {
		cases[i].m.ID = fmt.Sprintf("m%d@test", i)
		cases[i].m.Date = march(10+i, 9)
		all = append(all, cases[i].m)
	}
	useTestReadings(s, all...)
	for _, c := range cases {
		if err := s.Mail.ingestRaw(context.Background(), MailOrigin{Kind: "file"}, strings.NewReader(c.m.eml())); err != nil {
			t.Fatal(err)
		}
	}
	ps, err := s.Mail.Proposals()
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]model.MailMessage{}
	for _, p := range ps {
		byID[p.MessageID] = p
	}
	for _, c := range cases {
		p, ok := byID[c.m.ID]
		if !ok {
			t.Errorf("%s: not kept", c.name)
			continue
		}
		switch {
		case c.want == "" && p.Match != nil:
			t.Errorf("%s: matched %s (%s), want none", c.name, p.Match.Company, strings.Join(p.Match.Reasons, "; "))
		case c.want != "" && p.Match == nil:
			t.Errorf("%s: no match, want %s", c.name, c.want)
		case c.want != "" && p.Match.ApplicationID != ids[c.want]:
			t.Errorf("%s: matched %d %s %q (%s), want %s", c.name, p.Match.ApplicationID, p.Match.Company, p.Match.Title,
				strings.Join(p.Match.Reasons, "; "), c.want)
		case c.want != "" && len(p.Match.Reasons) == 0:
			t.Errorf("%s: a match without reasons", c.name)
		}
	}
}
