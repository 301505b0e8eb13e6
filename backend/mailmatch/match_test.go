package mailmatch

import "testing"

func TestMatchWeighsCluesAndNeverClaimsCertainty(t *testing.T) {
	ix := NewIndex([]App{
		{ID: 1, Company: "Acme Robotics GmbH", Title: "Firmware Engineer", URL: "https://jobs.acmerobotics.com/7",
			ContactEmails: []string{"dana@acmerobotics.com"}, Open: true},
		{ID: 2, Company: "Acme Robotics", Title: "Sales Lead", Open: false},
		{ID: 3, Company: "Globex", Title: "Firmware Engineer", Open: true},
	})
	got := ix.Match(Message{From: "dana@acmerobotics.com", Company: "Acme Robotics", Title: "Firmware Engineer", ThreadApp: 1})
	if len(got) == 0 || got[0].ApplicationID != 1 || got[0].Confidence != maxConfidence {
		t.Fatalf("every clue at once: %+v, want application 1 at %.2f", got, maxConfidence)
	}
	for _, m := range got[1:] {
		if m.ApplicationID == 2 && m.Confidence >= got[0].Confidence {
			t.Errorf("the closed sales role %+v ranks with the open firmware role", m)
		}
	}
	if got := ix.Match(Message{From: "jobs@greenhouse.io", Title: "Firmware Engineer"}); len(got) != 0 {
		t.Errorf("a role alone matched %+v", got)
	}
	if got := ix.Match(Message{From: "someone@gmail.com", Subject: "Hello"}); len(got) != 0 {
		t.Errorf("free mail from a stranger matched %+v", got)
	}
	if got := ix.Match(Message{From: "no-reply@myworkday.com", Subject: "Your application to Globex"}); len(got) != 1 || got[0].ApplicationID != 3 {
		t.Errorf("the company in the subject: %+v, want Globex", got)
	}
}
