package service

import "testing"

func TestProbeStatusCountsRequests(t *testing.T) {
	cases := []struct {
		n        int
		statuses map[string]int
		order    []string
		want     string
	}{
		{1, map[string]int{"200 OK": 1}, []string{"200 OK"}, "1 request: 200 OK"},
		{6, map[string]int{"200 OK": 6}, []string{"200 OK"}, "6 requests: 200 OK"},
		{5, map[string]int{"200 OK": 4, "400 Bad Request": 1}, []string{"200 OK", "400 Bad Request"}, "5 requests: 4 × 200 OK, 1 × 400 Bad Request"},
	}
	for _, c := range cases {
		if got := probeStatus(c.n, c.statuses, c.order); got != c.want {
			t.Errorf("probeStatus(%d) = %q, want %q", c.n, got, c.want)
		}
	}
}
