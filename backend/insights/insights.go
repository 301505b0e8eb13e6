// Package insights says how the job search is going: a funnel by stage, the
// flows between stages and outcomes (for a Sankey chart), the response rate,
// how long answers and stages take, and applications per week. It is pure
// computation over applications and their timelines.
package insights

import (
	"sort"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// App is what insights need of one application.
type App struct {
	ID          int64
	StageID     int64
	Outcome     model.Outcome
	DateApplied string // YYYY-MM-DD or ""
	CreatedAt   time.Time
	Events      []model.Event // oldest first
}

// Report is everything the Insights view shows, over the applications of
// the period (sent in it, or added in it and not sent).
type Report struct {
	Since   string `json:"since"`   // the period's first day, YYYY-MM-DD
	Tracked int    `json:"tracked"` // applications of every period
	Total   int    `json:"total"`   // applications of the period

	Open                      int            `json:"open"`
	Funnel                    []FunnelStep   `json:"funnel"`
	Flow                      Flow           `json:"flow"`
	Applied                   int            `json:"applied"`   // applications that were sent
	Responded                 int            `json:"responded"` // of those, how many got any answer
	ResponseRate              float64        `json:"responseRate"`
	MedianDaysToFirstResponse float64        `json:"medianDaysToFirstResponse"` // -1 when unknown
	StageDays                 []StageDays    `json:"stageDays"`
	PerWeek                   []WeekCount    `json:"perWeek"`
	Outcomes                  map[string]int `json:"outcomes"`
}

// FunnelStep counts the applications that reached a stage (or any later one).
type FunnelStep struct {
	StageID int64  `json:"stageId"`
	Stage   string `json:"stage"`
	Reached int    `json:"reached"`
	Current int    `json:"current"` // open ones in it now
}

// Flow is a Sankey diagram: nodes are stages then outcomes; links count
// applications moving from one to the other.
type Flow struct {
	Nodes []string `json:"nodes"`
	Links []Link   `json:"links"`
}

// Link is one band of the Sankey diagram.
type Link struct {
	Source int `json:"source"`
	Target int `json:"target"`
	Value  int `json:"value"`
}

// StageDays is the median time applications spent in a stage before leaving it.
type StageDays struct {
	Stage      string  `json:"stage"`
	MedianDays float64 `json:"medianDays"`
	Samples    int     `json:"samples"`
}

// WeekCount is the number of applications sent in the ISO week starting on Week.
type WeekCount struct {
	Week  string `json:"week"` // Monday, YYYY-MM-DD
	Count int    `json:"count"`
}

// stagePath is the furthest stage a reached (from its history and its
// current stage cur) and the stages in the order entered, with when.
func stagePath(a App, pos map[string]int, cur int) (furthest int, path []int, entered []time.Time) {
	furthest = cur
	for _, e := range a.Events {
		if e.Kind != model.EventCreated && e.Kind != model.EventStage {
			continue
		}
		p, ok := pos[e.To]
		if !ok {
			continue
		}
		if p > furthest {
			furthest = p
		}
		if len(path) == 0 || path[len(path)-1] != p {
			path = append(path, p)
			entered = append(entered, e.At)
		}
	}
	if len(path) == 0 || path[len(path)-1] != cur {
		path = append(path, cur)
		entered = append(entered, a.CreatedAt)
	}
	return furthest, path, entered
}

// Compute builds the report over the pipeline stages (in order) for the
// applications of the last weeks weeks (the one of now and those before
// it): every figure counts only those, the per-week chart has a bucket for
// each week. weeks <= 0 means every application and no buckets.
func Compute(stages []model.Stage, apps []App, now time.Time, weeks int) Report {
	r := Report{Tracked: len(apps), Outcomes: map[string]int{}, MedianDaysToFirstResponse: -1, StageDays: []StageDays{}}
	r.Flow.Links = []Link{}
	pos := map[string]int{} // stage name -> position in stages
	idPos := map[int64]int{}
	for i, s := range stages {
		pos[s.Name] = i
		idPos[s.ID] = i
	}
	if weeks > 0 {
		since := periodStart(now, weeks)
		r.Since = since.Format(model.DateLayout)
		apps = inPeriod(apps, pos, len(stages) > 1, since)
	}
	r.Total = len(apps)
	// The first stage is the wishlist: moving past it means the application was sent.
	reachedCount := make([]int, len(stages))
	current := make([]int, len(stages))
	outcomeIdx := map[model.Outcome]int{}
	r.Flow.Nodes = make([]string, 0, len(stages)+len(model.Outcomes))
	for _, s := range stages {
		r.Flow.Nodes = append(r.Flow.Nodes, s.Name)
	}
	for _, o := range model.Outcomes {
		if o == model.OutcomeOpen {
			continue
		}
		outcomeIdx[o] = len(r.Flow.Nodes)
		r.Flow.Nodes = append(r.Flow.Nodes, string(o))
	}
	links := map[[2]int]int{}
	var firstResponse []float64
	stageSpans := make([][]float64, len(stages))

	for _, a := range apps {
		r.Outcomes[string(a.Outcome)]++
		cur, ok := idPos[a.StageID]
		if !ok {
			continue
		}
		if a.Outcome == model.OutcomeOpen {
			r.Open++
			current[cur]++
		}
		furthest, path, entered := stagePath(a, pos, cur)
		for p := 0; p <= furthest; p++ {
			reachedCount[p]++
		}
		for i := 1; i < len(path); i++ {
			links[[2]int{path[i-1], path[i]}]++
			if d := entered[i].Sub(entered[i-1]); d >= 0 {
				stageSpans[path[i-1]] = append(stageSpans[path[i-1]], d.Hours()/24)
			}
		}
		if a.Outcome != model.OutcomeOpen {
			links[[2]int{path[len(path)-1], outcomeIdx[a.Outcome]}]++
		}

		// Response: the application was sent and then moved on or got an answer.
		sentAt, sent := sentTime(a, pos, len(stages) > 1)
		if !sent {
			continue
		}
		r.Applied++
		if t, ok := firstAnswer(a, sentAt, pos, len(stages) > 1); ok {
			r.Responded++
			if d := t.Sub(sentAt).Hours() / 24; d >= 0 {
				firstResponse = append(firstResponse, d)
			}
		}
	}
	for i, s := range stages {
		r.Funnel = append(r.Funnel, FunnelStep{StageID: s.ID, Stage: s.Name, Reached: reachedCount[i], Current: current[i]})
		if len(stageSpans[i]) > 0 {
			r.StageDays = append(r.StageDays, StageDays{Stage: s.Name, MedianDays: median(stageSpans[i]), Samples: len(stageSpans[i])})
		}
	}
	for k, v := range links {
		if k[0] != k[1] {
			r.Flow.Links = append(r.Flow.Links, Link{Source: k[0], Target: k[1], Value: v})
		}
	}
	sort.Slice(r.Flow.Links, func(i, j int) bool {
		a, b := r.Flow.Links[i], r.Flow.Links[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		return a.Target < b.Target
	})
	if r.Applied > 0 {
		r.ResponseRate = float64(r.Responded) / float64(r.Applied)
	}
	if len(firstResponse) > 0 {
		r.MedianDaysToFirstResponse = median(firstResponse)
	}
	r.PerWeek = perWeek(apps, now, weeks)
	return r
}

// sentTime is when an application was sent: its date applied, else when it
// first left the first (wishlist) stage.
func sentTime(a App, pos map[string]int, hasWishlist bool) (time.Time, bool) {
	if a.DateApplied != "" {
		if t, err := time.Parse(model.DateLayout, a.DateApplied); err == nil {
			return t, true
		}
	}
	if !hasWishlist {
		return a.CreatedAt, true
	}
	for _, e := range a.Events {
		if e.Kind != model.EventCreated && e.Kind != model.EventStage {
			continue
		}
		if p, ok := pos[e.To]; ok && p > 0 {
			return e.At, true
		}
	}
	return time.Time{}, false
}

// firstAnswer is the first sign of an answer after sending: a move past
// the stage the application was in when sent, or a rejection or acceptance.
// With a wishlist, the stage when sent is at least the one after it: moving
// an application into the stage it is sent in (a day after the date applied)
// is the user's doing, not an answer.
func firstAnswer(a App, sentAt time.Time, pos map[string]int, hasWishlist bool) (time.Time, bool) {
	floor := 0
	if hasWishlist {
		floor = 1
	}
	base := -1 // the stage position when sent
	for _, e := range a.Events {
		switch e.Kind {
		case model.EventOutcome:
			o := model.Outcome(e.To)
			if (o == model.OutcomeRejected || o == model.OutcomeAccepted) && !e.At.Before(sentAt) {
				return e.At, true
			}
		case model.EventCreated, model.EventStage:
			p, ok := pos[e.To]
			if !ok {
				continue
			}
			if base < 0 || !e.At.After(sentAt) {
				base = max(p, floor)
				continue
			}
			if p > base {
				return e.At, true
			}
		}
	}
	return time.Time{}, false
}

func median(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func monday(t time.Time) time.Time {
	t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	wd := (int(t.Weekday()) + 6) % 7
	return t.AddDate(0, 0, -wd)
}

// periodStart is the Monday weeks-1 weeks before the week of now.
func periodStart(now time.Time, weeks int) time.Time {
	return monday(now).AddDate(0, 0, -7*(weeks-1))
}

// inPeriod keeps the applications that belong to the period starting on
// since: sent on or after it, or, not sent, added on or after it.
func inPeriod(apps []App, pos map[string]int, hasWishlist bool, since time.Time) []App {
	out := make([]App, 0, len(apps))
	for _, a := range apps {
		t, sent := sentTime(a, pos, hasWishlist)
		if !sent {
			t = a.CreatedAt
		}
		if !t.Before(since) {
			out = append(out, a)
		}
	}
	return out
}

func perWeek(apps []App, now time.Time, weeks int) []WeekCount {
	if weeks <= 0 {
		return nil
	}
	first := periodStart(now, weeks)
	out := make([]WeekCount, weeks)
	for i := range out {
		out[i].Week = first.AddDate(0, 0, 7*i).Format(model.DateLayout)
	}
	for _, a := range apps {
		if a.DateApplied == "" {
			continue
		}
		t, err := time.Parse(model.DateLayout, a.DateApplied)
		if err != nil {
			continue
		}
		i := int(monday(t).Sub(first).Hours() / 24 / 7)
		if i >= 0 && i < weeks {
			out[i].Count++
		}
	}
	return out
}
