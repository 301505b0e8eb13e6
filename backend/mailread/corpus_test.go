package mailread

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/corpus"
)

// want is what a message of the corpus must read as. interview is the
// booked start (RFC 3339) or "".
type want struct {
	kind                      Kind
	company, title, interview string
	requisition               string
}

// corpusWant covers every message in ../shared/corpus/email: a file
// without a row, or a row without a file, fails the test.
var corpusWant = map[string]want{
	"amulya_email_csv_row007_offer.json": {kind: KindOffer, title: "Software Engineer"},
	"conor_rejections_csv_row000_ibm.json": {
		kind:        KindRejection,
		company:     "IBM",
		title:       "2018 Data Scientist Internship",
		requisition: "110127BR",
	},
	"conor_rejections_csv_row001_workday.json": {kind: KindRejection, company: "Workday", title: "Data Scientist Intern"},
	"emailagent_interview_synthetic.eml": {
		kind:      KindInterview,
		company:   "Example Startup",
		title:     "Software Engineer",
		interview: "2026-07-09T14:00:00+10:00",
	},
	"gjt_confirm_claroty_comeet.eml": {kind: KindConfirmation, company: "Claroty", title: "Field CTO"},
	"gjt_confirm_google.eml":         {kind: KindConfirmation, company: "Google"},
	"gjt_confirm_linkedin_tiktok.eml": {
		kind:    KindConfirmation,
		company: "TikTok",
		title:   "Cyber Security Operations Center (CSOC) Principle - USDS",
	},
	"gjt_confirm_netflix.eml": {
		kind:    KindConfirmation,
		company: "Netflix",
		title:   "Engineering Manager, Attack Emulation Team",
	},
	"gjt_confirm_sailpoint_workday.eml":     {kind: KindConfirmation, company: "SailPoint", title: "Cyber Threat Intelligence Lead"},
	"gjt_interview_request_ares.eml":        {kind: KindInterview, company: "ARES Corporation", title: "PM"},
	"gjt_interview_request_leidos.eml":      {kind: KindInterview, company: "Leidos", title: "Cybersecurity PM"},
	"gjt_interview_teams_invite_endyna.eml": {kind: KindInterview, company: "Endyna", interview: "2025-11-07T15:30:00-05:00"},
	"gjt_other_linkedin_job_alert.eml":      {kind: KindOther},
	"gjt_other_newsletter_thebatch.eml":     {kind: KindOther},
	"gjt_other_usastaffing_assessments_complete.eml": {
		kind:        KindOther,
		title:       "SUPERVISORY IT SPECIALIST (INFOSEC)",
		requisition: "ST-12829104-26-JLM",
	},
	"gjt_outreach_intro_eclypsium.eml":      {kind: KindOutreach, company: "Eclypsium"},
	"gjt_outreach_staffing_iri.eml":         {kind: KindOutreach, company: "Integrated Resources", title: "OT Cyber Security Analyst"},
	"gjt_reject_ecs_position_cancelled.eml": {kind: KindRejection, company: "ECS Federal", title: "ARPA-H AI & Cybersecurity Expert"},
	"gjt_reject_leidos_not_filling.eml":     {kind: KindRejection, company: "Leidos", title: "Full Spectrum Cyber AI Researcher"},
	"gjt_reject_simventions_icims.eml": {
		kind:        KindRejection,
		company:     "Simventions",
		title:       "Cyber Systems & Acquisition Analyst",
		requisition: "2025-1507",
	},
	"gjt_reject_splunk_jobvite.eml": {
		kind:        KindRejection,
		company:     "Splunk",
		title:       "Senior Machine Learning Engineer, AI",
		requisition: "32661",
	},
	"gjt_reject_usastaffing_ineligible.eml": {
		kind:        KindRejection,
		company:     "Department of the Navy",
		title:       "SUPERVISORY IT SPECIALIST (INFOSEC)",
		requisition: "ST-12829104-26-JLM",
	},
	"kaggle_rejection_emails_row065_assessment.json": {kind: KindOther, company: "IBM", title: "Entry Level Back End Developer"},
}

// readCorpusFile reads an .eml file, or a .json row of a dataset as the
// message it holds: a body ("Text", "Email", "email_text") with, when the
// row has them, the subject and date as headers.
func readCorpusFile(t *testing.T, path string) *Message {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(path, ".json") {
		var row map[string]string
		if err := json.Unmarshal(data, &row); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		body := row["Text"] + row["Email"] + row["email_text"]
		head := ""
		if row["Subject"] != "" {
			head = "Subject: " + row["Subject"] + "\r\nDate: " + row["Date"] + "\r\n\r\n"
		}
		data = []byte(head + body)
	}
	m, err := ReadMessage(strings.NewReader(string(data)), Limits{})
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return m
}

func TestCorpus(t *testing.T) {
	dir := corpus.Path(t, "email")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".eml") && !strings.HasSuffix(name, ".json") {
			continue
		}
		seen[name] = true
		w, ok := corpusWant[name]
		if !ok {
			t.Errorf("%s: no expectation for this corpus message; add a row to corpusWant", name)
			continue
		}
		t.Run(name, func(t *testing.T) {
			m := readCorpusFile(t, filepath.Join(dir, name))
			r := Classify(m, time.UTC)
			if r.Kind != w.kind || r.Company != w.company || r.Title != w.title || (w.requisition != "" && r.Requisition != w.requisition) {
				t.Errorf("kind=%q company=%q title=%q req=%q, want %q %q %q %q\nreasons: %q",
					r.Kind, r.Company, r.Title, r.Requisition, w.kind, w.company, w.title, w.requisition, r.Reasons)
			}
			got := ""
			if r.Interview != nil {
				got = r.Interview.Start.Format(time.RFC3339)
			}
			if got != w.interview {
				t.Errorf("interview %q, want %q (slots %v)", got, w.interview, r.Slots)
			}
			if r.Confidence <= 0 || r.Confidence > 1 || len(r.Reasons) == 0 && r.Kind != KindOther {
				t.Errorf("confidence %v reasons %q", r.Confidence, r.Reasons)
			}
			if r.Language != "en" && r.Kind != KindOther {
				t.Errorf("language %q, want en", r.Language)
			}
		})
	}
	var missing []string
	for name := range corpusWant {
		if !seen[name] {
			missing = append(missing, name)
		}
	}
	sort.Strings(missing)
	for _, name := range missing {
		t.Errorf("missing test input: %s is not in %s", name, dir)
	}
}
