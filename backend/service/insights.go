package service

import (
	"github.com/huntbook/huntbook/backend/insights"
)

// Insights tells the user how their search is going.
type Insights struct{ base }

// Report computes the funnel, flows, response rate, durations and the
// applications sent in each of the last weeks weeks (default 12).
func (s *Insights) Report(weeks int) (insights.Report, error) {
	if weeks <= 0 || weeks > 520 {
		weeks = 12
	}
	stages, err := s.db.Stages(s.ctx())
	if err != nil {
		return insights.Report{}, err
	}
	tls, err := s.db.Timelines(s.ctx())
	if err != nil {
		return insights.Report{}, err
	}
	apps := make([]insights.App, len(tls))
	for i, t := range tls {
		apps[i] = insights.App{ID: t.ID, StageID: t.StageID, Outcome: t.Outcome, DateApplied: t.DateApplied, CreatedAt: t.CreatedAt, Events: t.Events}
	}
	return insights.Compute(stages, apps, s.db.Now(), weeks), nil
}
