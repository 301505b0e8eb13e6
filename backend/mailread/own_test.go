package mailread

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// ownWant is what the messages written for these tests (testdata/mail,
// not the shared corpus) must read as: every kind in the five languages,
// ATS senders, a reply thread, a forward and a calendar invitation.
type ownWant struct {
	kind                      Kind
	company, title, interview string
	slots                     int
	lang                      string
}

var ownMessages = map[string]ownWant{
	"de_rejection_personio.eml": {kind: KindRejection, company: "Nordlicht Energie", title: "Data Engineer", lang: "de"},
	"de_interview.eml": {
		kind:      KindInterview,
		company:   "Hafenlogistik",
		title:     "Projektleiter Logistik",
		interview: "2025-03-18T14:00:00+01:00",
		lang:      "de",
	},
	"de_confirmation.eml": {kind: KindConfirmation, company: "Kranich Versicherung", title: "Werkstudent Controlling", lang: "de"},
	"de_offer.eml":        {kind: KindOffer, company: "Brandt Software", title: "Senior Entwickler Backend", lang: "de"},
	"fr_rejection.eml":    {kind: KindRejection, company: "Vellane", title: "Chargée de communication", lang: "fr"},
	"fr_interview.eml": {
		kind:      KindInterview,
		company:   "Atelier Brume",
		title:     "Responsable marketing digital",
		interview: "2025-02-26T10:30:00+01:00",
		lang:      "fr",
	},
	"fr_confirmation.eml": {kind: KindConfirmation, company: "Pixelune", title: "Product Designer", lang: "fr"},
	"fr_offer.eml":        {kind: KindOffer, company: "Cabinet Orme", title: "Juriste", lang: "fr"},
	"es_rejection.eml":    {kind: KindRejection, company: "Solmar Hoteles", title: "Recepcionista de hotel", lang: "es"},
	"es_interview.eml": {
		kind:      KindInterview,
		company:   "BrisaTech",
		title:     "Desarrolladora Frontend",
		interview: "2025-03-18T10:00:00+01:00",
		lang:      "es",
	},
	"es_confirmation.eml": {kind: KindConfirmation, company: "Grupo Arenal", title: "Analista de datos junior", lang: "es"},
	"es_offer.eml":        {kind: KindOffer, company: "Nubalia", title: "Ingeniera de Datos", lang: "es"},
	"nl_rejection.eml":    {kind: KindRejection, company: "Polderbank", title: "Business Analist", lang: "nl"},
	"nl_interview.eml": {
		kind:      KindInterview,
		company:   "Dijkstra Bouw",
		title:     "Projectcoördinator",
		interview: "2025-03-18T14:00:00+01:00",
		lang:      "nl",
	},
	"nl_confirmation.eml":            {kind: KindConfirmation, company: "TulpData", title: "Data Scientist", lang: "nl"},
	"nl_offer.eml":                   {kind: KindOffer, company: "Zeewind", title: "Teamleider Klantenservice", lang: "nl"},
	"en_greenhouse_rejection.eml":    {kind: KindRejection, company: "Brightwave", title: "Senior Product Manager, Payments", lang: "en"},
	"en_slots_lever.eml":             {kind: KindInterview, company: "Quillstack", title: "Backend Engineer", slots: 3, lang: "en"},
	"en_workday_confirmation.eml":    {kind: KindConfirmation, company: "Rapid7", title: "Cyber Threat Intelligence Analyst", lang: "en"},
	"en_assessment_hackerrank.eml":   {kind: KindAssessment, company: "Orbitline", title: "Software Engineer II", lang: "en"},
	"en_reply_thread.eml":            {kind: KindInterview, company: "Corvexa", interview: "2025-03-25T16:00:00-04:00", lang: "en"},
	"en_forwarded_rejection.eml":     {kind: KindRejection, company: "Halcyon Robotics", title: "Robotics Software Engineer", lang: "en"},
	"en_outreach_linkedin.eml":       {kind: KindOutreach, company: "Tessellate", lang: "en"},
	"en_indeed_alert.eml":            {kind: KindOther, lang: "en"},
	"en_offer_ashby.eml":             {kind: KindOffer, company: "Fernhollow AI", title: "Machine Learning Engineer", lang: "en"},
	"en_teams_invite_windows_tz.eml": {kind: KindInterview, company: "Fjord Systems", interview: "2025-03-24T15:00:00+01:00", lang: "en"},
}

func TestOwnMessages(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("testdata/mail/*.eml")
	if err != nil || len(files) != len(ownMessages) {
		t.Fatalf("testdata/mail has %d messages, the table %d (%v)", len(files), len(ownMessages), err)
	}
	for _, path := range files {
		name := filepath.Base(path)
		w, ok := ownMessages[name]
		if !ok {
			t.Errorf("%s: no expectation", name)
			continue
		}
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			m, err := ReadMessage(f, Limits{})
			if err != nil {
				t.Fatal(err)
			}
			r := Classify(m, berlin)
			if r.Kind != w.kind || r.Company != w.company || r.Title != w.title || r.Language != w.lang {
				t.Errorf("kind=%q company=%q title=%q lang=%q, want %q %q %q %q\nreasons %q",
					r.Kind, r.Company, r.Title, r.Language, w.kind, w.company, w.title, w.lang, r.Reasons)
			}
			got := ""
			if r.Interview != nil {
				got = r.Interview.Start.Format(time.RFC3339)
			}
			if got != w.interview || len(r.Slots) != w.slots {
				t.Errorf("interview %q with %d slots, want %q with %d (%v)", got, len(r.Slots), w.interview, w.slots, r.Slots)
			}
			if len(r.Reasons) == 0 || r.Confidence < 0.5 && r.Kind != KindOther {
				t.Errorf("confidence %.2f, reasons %q", r.Confidence, r.Reasons)
			}
		})
	}
}

func TestSlotsAreTheProposedTimes(t *testing.T) {
	f, err := os.Open("testdata/mail/en_slots_lever.eml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := ReadMessage(f, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	r := Classify(m, time.UTC)
	want := []string{"2025-03-24T16:00:00-04:00", "2025-03-25T10:00:00-04:00", "2025-03-26T13:30:00-04:00"}
	if r.Interview != nil || len(r.Slots) != len(want) {
		t.Fatalf("interview %v slots %v", r.Interview, r.Slots)
	}
	for i, s := range r.Slots {
		if s.Start.Format(time.RFC3339) != want[i] || s.End.Sub(s.Start) != 45*time.Minute {
			t.Errorf("slot %d: %v-%v %q, want %s for 45 minutes", i, s.Start, s.End, s.Text, want[i])
		}
	}
}
