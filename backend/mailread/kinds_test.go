package mailread

import (
	"strings"
	"testing"
	"time"
)

// TestKindsInOtherWords reads short messages worded unlike the corpus and
// the testdata files: the rules must carry the kind, not the wording of
// any one file.
func TestKindsInOtherWords(t *testing.T) {
	cases := []struct {
		from, subject, body string
		kind                Kind
		company             string
	}{
		{"Jo Park <jo.park@gmail.com>", "Marketing Manager", "Hi Sam, thanks for taking the time to speak with us. " +
			"Unfortunately, we've decided to go with another candidate for the Marketing Manager role at Bloomfield.", KindRejection, "Bloomfield"},
		{"Acme Corp <noreply@smartrecruiters.com>", "Application received", "Hello Sam, thank you for your application to Acme Corp. " +
			"Our team will review your profile.", KindConfirmation, "Acme"},
		{"hr@lumen.io", "Congratulations!", "Congratulations Sam! We'd like to offer you the position of Staff Engineer at Lumen. " +
			"Please find the offer letter attached.", KindOffer, "Lumen"},
		{"talent@northwind.com", "Your application", "Hi Sam, we have filled the position and are closing this search. " +
			"Thank you for applying.", KindRejection, "Northwind"},
		{"talent@northwind.com", "Phone screen", "Hi Sam, we would like to invite you to a phone screen with our hiring manager. " +
			"Please pick a time on https://calendly.com/northwind/screen.", KindInterview, "Northwind"},
		{"coding@codility.com", "Northwind invites you to a Codility test", "Hi Sam, Northwind has invited you to complete " +
			"an online test. Please complete it within 7 days.", KindAssessment, ""},
		{"Alex Ray <alex@talentbridge.co>", "Exciting opportunity", "Hi Sam, I came across your profile on LinkedIn and think " +
			"you'd be a great fit for a Senior Data Engineer role with our client in Berlin. Are you open to new opportunities?",
			KindOutreach, "Talentbridge"},
		{"jobs@stepstone.de", "Neue Jobs für Sie: Data Analyst", "Hallo, hier sind passende Jobs für Sie. Data Analyst bei Firma A, " +
			"Data Analyst bei Firma B.", KindOther, ""},
		{"karriere@hansewerk.de", "Absage: Ihre Bewerbung als Buchhalter", "Sehr geehrter Herr Koch, leider können wir " +
			"Ihre Bewerbung nicht berücksichtigen. Wir wünschen Ihnen viel Erfolg.", KindRejection, "Hansewerk"},
		{"karriere@hansewerk.de", "Ihre Bewerbung", "Sehr geehrter Herr Koch, wir würden Sie gerne zu einem persönlichen " +
			"Gespräch einladen. Wäre Ihnen Donnerstag, der 20.03. um 10:00 Uhr recht?", KindInterview, "Hansewerk"},
		{"rh@maisonverte.fr", "Votre candidature", "Bonjour, nous avons le regret de vous informer que votre candidature " +
			"n'a pas été retenue pour le poste de Comptable.", KindRejection, "Maisonverte"},
		{"rh@maisonverte.fr", "Confirmation de réception", "Bonjour, nous accusons réception de votre candidature au poste de " +
			"Comptable et reviendrons vers vous prochainement.", KindConfirmation, "Maisonverte"},
		{"seleccion@lumbre.es", "Proceso de selección", "Hola Ana, nos gustaría invitarte a una entrevista el jueves 20 de marzo " +
			"a las 16:30 en nuestras oficinas.", KindInterview, "Lumbre"},
		{"seleccion@lumbre.es", "Tu candidatura", "Hola Ana, te agradecemos tu interés. Tras revisar tu perfil, hemos decidido " +
			"no seguir adelante con tu candidatura.", KindRejection, "Lumbre"},
		{"werving@gracht.nl", "Je sollicitatie", "Beste Tim, na zorgvuldige overweging hebben we besloten je niet uit te nodigen " +
			"voor een gesprek. Veel succes met je zoektocht.", KindRejection, "Gracht"},
		{"werving@gracht.nl", "Gefeliciteerd!", "Beste Tim, we zijn blij je te kunnen vertellen dat we je graag een aanbod doen " +
			"voor de functie van Accountmanager.", KindOffer, "Gracht"},
		{"talent@acme.com", "Update", "We will not be scheduling interviews for this role, as it has been put on hold.", KindRejection, ""},
		{"talent@acme.com", "Interview cancelled", "We need to cancel your interview as the position has been filled.", KindRejection, ""},
		{"talent@acme.com", "Thank you for your time", "Thank you for speaking with us yesterday. We will be in touch about next steps soon.", KindOther, ""},
		{"hr@acme.fr", "Candidature", "Votre profil a retenu notre attention et nous souhaitons vous proposer un entretien.", KindInterview, ""},
		{"talent@acme.com", "Your application",
			"Thank you for interviewing with us for the Product Designer role. After much deliberation we have decided not to move forward.",
			KindRejection, ""},
		{"no-reply@acme.com", "Application received",
			"Thanks for applying. If your qualifications match, a recruiter will contact you to schedule an interview.",
			KindConfirmation, ""},
		{"jobs-noreply@linkedin.com", "Sam, 5 new jobs for Product Manager",
			"Product Manager at Foo. Product Lead at Bar. See all jobs.",
			KindOther, ""},
		{"no-reply@greenhouse.io", "Schedule your interview with Acme",
			"Please use the link below to select a time for your interview with Acme.",
			KindInterview, "Acme"},
		{"acme@myworkday.com", "Your offer is ready",
			"Log in to review and accept your offer for Senior Analyst.",
			KindOffer, ""},
		{"jane@acme.com", "Quick call?",
			"Thanks for applying! I'd love to set up a quick call to learn more about you. What does your availability look like this week?",
			KindInterview, ""},
		{"rh@brume.fr", "Entretien",
			"Nous souhaiterions échanger avec vous lors d'un entretien téléphonique mardi 25 mars à 14h.",
			KindInterview, ""},
		{"hr@gracht.nl", "Ontvangstbevestiging",
			"Wij hebben je sollicitatie in goede orde ontvangen.",
			KindConfirmation, ""},
		{"rrhh@lumbre.es", "Candidatura",
			"Tu candidatura se ha registrado correctamente. Te contactaremos si tu perfil encaja.",
			KindConfirmation, ""},
		{"careers@acme.com", "We're hiring!",
			"Join our talent community. 10 new roles this week. Unsubscribe.",
			KindOther, ""},
		{"recruiter@acme.com", "Re: your application",
			"Hi Sam, the hiring manager would like to move you forward to the next round. Are you free Thursday at 2pm?",
			KindInterview, ""},
		{"noreply@acme.com", "Application update",
			"We regret to let you know that the requisition you applied for has been closed.",
			KindRejection, ""},
		{"noreply@acme.com", "Application status",
			"Your application for Data Engineer is no longer under consideration.",
			KindRejection, ""},
		{"x@acme.com", "Next steps",
			"Congratulations! You have been selected to move forward to the next stage: a technical interview.",
			KindInterview, ""},
		{"x@acme.de", "Ihre Unterlagen",
			"Vielen Dank für Ihre Geduld. Wir haben uns für einen anderen Bewerber entschieden.",
			KindRejection, ""},
		{"x@acme.nl", "Sollicitatie",
			"Na zorgvuldige afweging hebben we besloten een andere kandidaat aan te nemen.",
			KindRejection, ""},
		{"x@acme.es", "Oferta",
			"¡Enhorabuena! Queremos ofrecerte el puesto de Analista. Te enviamos la propuesta.",
			KindOffer, ""},
		{"x@acme.fr", "Bonne nouvelle",
			"Nous avons le plaisir de vous annoncer que votre candidature a été retenue et de vous proposer le poste.",
			KindOffer, ""},
	}
	for _, c := range cases {
		raw := "From: " + c.from + "\nSubject: " + c.subject + "\nDate: Mon, 10 Mar 2025 09:00:00 +0100\n\n" + c.body + "\n"
		m, err := ReadMessage(strings.NewReader(raw), Limits{})
		if err != nil {
			t.Fatal(err)
		}
		r := Classify(m, time.UTC)
		if r.Kind != c.kind || (c.company != "" && r.Company != c.company) {
			t.Errorf("%q: kind %q company %q, want %q %q (reasons %q)", c.subject, r.Kind, r.Company, c.kind, c.company, r.Reasons)
		}
	}
}

// TestCompanies reads the employer from senders unlike the corpus's: own
// domains (sub-domains, two-level suffixes, accents), ATS mailboxes and
// display names, free-mail recruiters who sign with the company.
func TestCompanies(t *testing.T) {
	cases := []struct{ from, body, want string }{
		{`"Stripe" <no-reply@stripe.com>`, "Thanks for applying to Stripe.", "Stripe"},
		{`"Careers at Acme" <careers@acme-corp.com>`, "Thanks for applying. The Acme Corp team", "Acme"},
		{`"Jane Doe" <jane@mail.bigbank.co.uk>`, "Thanks for your application.", "Bigbank"},
		{`"Deutsche Bahn Recruiting" <noreply@deutschebahn.com>`, "Vielen Dank für Ihre Bewerbung.", "Deutsche Bahn"},
		{`"Figma" <recruiting@hire.lever.co>`, "Thanks for applying to the Designer role.", "Figma"},
		{`"Bosch Group" <noreply@jobs.smartrecruiters.com>`, "Thank you for your application.", "Bosch Group"},
		{`"Oracle Careers" <no-reply@taleo.net>`, "Thank you for your application.", "Oracle"},
		{`"IBM Talent Acquisition" <ibm@successfactors.com>`, "Thank you for your application.", "IBM"},
		{`"Jane Roe" <jane.roe@gmail.com>`, "Thanks for applying to Globex. We received your application.\n\nJane Roe | Globex", "Globex"},
		{`"Talent Team" <talent@mail.notion.so>`, "Thanks for applying.", "Notion"},
		{`"Zalando SE" <jobs@zalando.de>`, "Vielen Dank für deine Bewerbung.", "Zalando"},
		{`<no-reply@ashbyhq.com>`, "Thank you for applying to Linear! We'll be in touch.", "Linear"},
		{`"Amazon Jobs" <no-reply@amazon.jobs>`, "Thank you for applying to Amazon.", "Amazon"},
		{`"L'Oréal Recrutement" <recrutement@loreal.com>`, "Merci pour votre candidature.", "L'Oréal"},
	}
	for _, c := range cases {
		raw := "From: " + c.from + "\nSubject: Your application\nDate: Mon, 10 Mar 2025 09:00:00 +0100\n\n" + c.body + "\n"
		m, err := ReadMessage(strings.NewReader(raw), Limits{})
		if err != nil {
			t.Fatal(err)
		}
		if r := Classify(m, time.UTC); r.Company != c.want {
			t.Errorf("%s: company %q, want %q (%q)", c.from, r.Company, c.want, r.Reasons)
		}
	}
}
