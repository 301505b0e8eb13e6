package store

import (
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// An application that arrives without a history (a CSV row, another
// tracker's export) still has one: its stage and outcome say where it went.
// The import records that path as estimated history entries, so the
// response rate, the flows and the time in each stage count it.

// stagePath is the pipeline from its first stage up to the stage named
// name: every stage in between for a stage of the pipeline the database
// had, the first stage then name for a stage the import created (its place
// among the others is unknown).
func stagePath(pipeline []model.Stage, created map[string]bool, name string) []string {
	if len(pipeline) == 0 {
		return []string{name}
	}
	key := strings.ToLower(strings.TrimSpace(name))
	if created[key] {
		if strings.EqualFold(pipeline[0].Name, name) {
			return []string{pipeline[0].Name}
		}
		return []string{pipeline[0].Name, name}
	}
	var path []string
	for _, s := range pipeline {
		if created[strings.ToLower(s.Name)] {
			continue
		}
		path = append(path, s.Name)
		if strings.ToLower(s.Name) == key {
			return path
		}
	}
	return []string{name}
}

// estimatedHistory is the history of a that the import records: created in
// path's first stage, moved through the others to its stage, then its
// outcome when it is not open. The dates are the best the row has: it was
// created at the earlier of its creation date and its date applied, entered
// the second stage (the one it was sent in) on its date applied, entered its
// stage on its last update (or at the import, now), with the stages between
// spread evenly, and got its outcome at the end. Every entry is marked
// estimated, and each comes at least a second after the one before, so the
// order survives.
func estimatedHistory(a *model.Application, path []string, now time.Time) []model.Event {
	applied, hasApplied := time.Time{}, false
	if a.DateApplied != "" {
		if t, err := time.Parse(model.DateLayout, a.DateApplied); err == nil {
			applied, hasApplied = t.UTC(), true
		}
	}
	last := now.UTC()
	if !a.UpdatedAt.IsZero() {
		last = a.UpdatedAt.UTC()
	}
	start := time.Time{}
	for _, t := range []time.Time{a.CreatedAt.UTC(), applied} {
		if !t.IsZero() && (start.IsZero() || t.Before(start)) {
			start = t
		}
	}
	if start.IsZero() {
		start = last
	}
	sent := start
	if hasApplied {
		sent = applied
	}
	if last.Before(sent) {
		last = sent
	}
	var out []model.Event
	add := func(kind model.EventKind, from, to string, at time.Time) {
		if n := len(out); n > 0 && !at.After(out[n-1].At) {
			at = out[n-1].At.Add(time.Second)
		}
		out = append(out, model.Event{Kind: kind, From: from, To: to, At: at, Estimated: true})
	}
	add(model.EventCreated, "", path[0], start)
	for i := 1; i < len(path); i++ {
		at := sent
		if i > 1 {
			// Stages 2..n-1 share the time from sending to the last date.
			at = sent.Add(last.Sub(sent) * time.Duration(i-1) / time.Duration(len(path)-2))
		}
		add(model.EventStage, path[i-1], path[i], at)
	}
	if a.Outcome != "" && a.Outcome != model.OutcomeOpen {
		add(model.EventOutcome, string(model.OutcomeOpen), string(a.Outcome), last)
	}
	return out
}
