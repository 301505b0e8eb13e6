package service

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/huntbook/huntbook/backend/llm"
	"github.com/huntbook/huntbook/backend/model"
)

// probeLedger collects the requests of one "Test this model" so the ledger
// shows them as one entry: the test is one action of the user's, and its
// four to seven requests would otherwise bury the rows around it.
type probeLedger struct {
	mu  sync.Mutex
	exs []llm.Exchange
}

func (g *probeLedger) add(ex llm.Exchange) {
	g.mu.Lock()
	g.exs = append(g.exs, ex)
	g.mu.Unlock()
}

// recordProbe writes the collected requests as one ledger row: the first
// request's time, address and model, the bytes of all, the time from the
// first request to the end of the last, the statuses counted ("6 requests:
// 200 OK") and the first error.
func (a *Assistant) recordProbe(provider string, g *probeLedger) {
	g.mu.Lock()
	exs := append([]llm.Exchange(nil), g.exs...)
	g.mu.Unlock()
	if len(exs) == 0 {
		return
	}
	sort.SliceStable(exs, func(i, j int) bool { return exs[i].At.Before(exs[j].At) })
	first := exs[0]
	e := model.LedgerEntry{At: first.At, Provider: provider, Host: first.Host, Model: first.Model, Task: "probe",
		Method: first.Method, URL: first.URL, Placeholders: []string{}}
	end := first.At
	statuses := map[string]int{}
	var order []string
	for _, ex := range exs {
		e.BytesSent += ex.BytesSent
		e.BytesReceived += ex.BytesReceived
		if t := ex.At.Add(ex.Duration); t.After(end) {
			end = t
		}
		st := ex.Status
		if st == "" {
			st = "no reply"
		}
		if statuses[st] == 0 {
			order = append(order, st)
		}
		statuses[st]++
		if e.Error == "" && ex.Err != "" {
			e.Error = ex.Err
		}
	}
	e.DurationMs = end.Sub(first.At).Milliseconds()
	e.Status = probeStatus(len(exs), statuses, order)
	_, _ = a.db.AddLedgerEntry(context.Background(), e)
}

// probeStatus reads "1 request: 200 OK", "6 requests: 200 OK" or
// "6 requests: 5 × 200 OK, 1 × 400 Bad Request".
func probeStatus(n int, statuses map[string]int, order []string) string {
	head := fmt.Sprintf("%d requests: ", n)
	if n == 1 {
		head = "1 request: "
	}
	if len(order) == 1 {
		return head + order[0]
	}
	parts := make([]string, len(order))
	for i, st := range order {
		parts[i] = fmt.Sprintf("%d × %s", statuses[st], st)
	}
	return head + strings.Join(parts, ", ")
}
