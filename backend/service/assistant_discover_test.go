package service

import (
	"fmt"
	"slices"
	"testing"

	"github.com/huntbook/huntbook/backend/llm"
)

// Discover's probes of the local ports are requests like any other: each
// one is in the request ledger, answered or not.
func TestDiscoverProbesInLedger(t *testing.T) {
	s, _ := newServices(t)
	if _, err := s.Assistant.Discover(); err != nil {
		t.Fatal(err)
	}
	rows, err := s.Assistant.Ledger(0)
	if err != nil {
		t.Fatal(err)
	}
	var hosts []string
	for _, r := range rows {
		if r.Task != ledgerTaskDiscover || r.Method != "GET" || r.URL != "http://"+r.Host+"/v1/models" || (r.Status == "") == (r.Error == "") {
			t.Errorf("probe row %+v", r)
		}
		hosts = append(hosts, r.Host)
	}
	for _, p := range llm.DefaultPorts {
		if h := fmt.Sprintf("127.0.0.1:%d", p); !slices.Contains(hosts, h) {
			t.Errorf("no ledger row for %s in %v", h, hosts)
		}
	}
}
