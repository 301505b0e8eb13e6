package mailread

import (
	"strings"
	"testing"
	"time"
)

func TestTextTimes(t *testing.T) {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	ny, _ := time.LoadLocation("America/New_York")
	// Wednesday 19 March 2025, 10:00 in Berlin
	ref := time.Date(2025, 3, 19, 10, 0, 0, 0, berlin)
	cases := []struct {
		lang, text string
		loc        *time.Location
		want       []string // RFC 3339 starts
	}{
		{"en", "Can you do Tuesday at 4 pm ET?", berlin, []string{"2025-03-25T16:00:00-04:00"}},
		{"en", "How about Mon 24 Mar 16:00?", berlin, []string{"2025-03-24T16:00:00+01:00"}},
		{"fr", "Seriez-vous disponible le 26/03 à 10h30 ?", berlin, []string{"2025-03-26T10:30:00+01:00"}},
		{"de", "Passt es Ihnen am Dienstag um 14 Uhr?", berlin, []string{"2025-03-25T14:00:00+01:00"}},
		{"es", "¿Te va bien el martes a las 10:00?", berlin, []string{"2025-03-25T10:00:00+01:00"}},
		{"nl", "Schikt het je op dinsdag om 14.00 uur?", berlin, []string{"2025-03-25T14:00:00+01:00"}},
		{"es", "el jueves 20 de marzo a las 16:30 o el viernes 21 a las 9:00", berlin,
			[]string{"2025-03-20T16:30:00+01:00", "2025-03-21T09:00:00+01:00"}},
		{"en", "Would tomorrow at 3pm work?", berlin, []string{"2025-03-20T15:00:00+01:00"}},
		{"en", "Thursday, March 27th from 2 - 3 pm PT", berlin, []string{"2025-03-27T14:00:00-07:00"}},
		{"en", "Let's talk 3/24 at 2pm.", ny, []string{"2025-03-24T14:00:00-04:00"}},
		{"de", "am 24.03.2025 um 14:30 Uhr", berlin, []string{"2025-03-24T14:30:00+01:00"}},
		{"en", "Friday 21 March at 11:00 (UTC+2)", berlin, []string{"2025-03-21T11:00:00+02:00"}},
		{"es", "¿Mañana a las 12:00?", berlin, []string{"2025-03-20T12:00:00+01:00"}},
		{"en", "Does 10am PST on Friday work?", berlin, []string{"2025-03-21T10:00:00-07:00"}},
		{"en", "March 24, 2025 10:00 AM - 11:00 AM (GMT-05:00) Eastern Time", berlin, []string{"2025-03-24T10:00:00-05:00"}},
		{"de", "Termin: Montag, 24. März 2025, 15:00 - 16:00 Uhr (MEZ)", berlin, []string{"2025-03-24T15:00:00+01:00"}},
		{"es", "el lunes 24 de marzo de 2025 a las 15:00 h", berlin, []string{"2025-03-24T15:00:00+01:00"}},
		{"en", "Thursday 3pm or Friday 11am CET?", berlin, []string{"2025-03-20T15:00:00+01:00", "2025-03-21T11:00:00+01:00"}},
		// not meetings: a job's start date, office hours, a deadline, the past
		{"en", "The start date would be July 1, 2026 at 9am.", berlin, nil},
		{"en", "Our office hours are Monday 9am-5pm.", berlin, nil},
		{"en", "Please reply by Friday 21 March at 5 pm.", berlin, nil},
		{"en", "We met on Monday 3 March at 10:00.", berlin, nil},
	}
	for _, c := range cases {
		slots := textSlots(c.text, ref, c.loc, c.lang)
		var got []string
		for _, s := range slots {
			got = append(got, s.Start.Format(time.RFC3339))
		}
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
}
