package llm

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"sort"
	"sync"
	"time"
)

// DefaultPorts are where local model servers listen out of the box: Ollama,
// LM Studio, llama.cpp server.
var DefaultPorts = []int{11434, 1234, 8080}

// Found is a local server that answered GET /v1/models.
type Found struct {
	Port    int      `json:"port"`
	BaseURL string   `json:"baseURL"` // ready for Provider.BaseURL
	Server  string   `json:"server"`  // "Ollama", "LM Studio", "llama.cpp server" or "" when unknown
	Models  []string `json:"models"`
}

// discoverPortTimeout bounds the wait for each port.
const discoverPortTimeout = 1500 * time.Millisecond

// Discover looks for OpenAI-compatible servers on this machine (127.0.0.1)
// on DefaultPorts and the extra ports given, all at once with a short timeout
// each, and returns those that answered GET /v1/models with a model list, in
// port order. Call it only when the user asks: it is network traffic.
func Discover(ctx context.Context, ports []int) []Found {
	return DiscoverWith(ctx, ports, nil)
}

// DiscoverWith is Discover with the probes' transport passed through wrap
// (nil: used as is), e.g. to record each probe in the request ledger.
func DiscoverWith(ctx context.Context, ports []int, wrap func(http.RoundTripper) http.RoundTripper) []Found {
	seen := map[int]bool{}
	var all []int
	for _, p := range append(append([]int(nil), DefaultPorts...), ports...) {
		if p > 0 && p < 65536 && !seen[p] {
			seen[p] = true
			all = append(all, p)
		}
	}
	var rt http.RoundTripper = &http.Transport{
		Proxy:             nil, // loopback only, never through a proxy
		DialContext:       (&net.Dialer{Timeout: discoverPortTimeout}).DialContext,
		DisableKeepAlives: true,
	}
	if wrap != nil {
		rt = wrap(rt)
	}
	hc := &http.Client{
		Timeout:       discoverPortTimeout,
		Transport:     rt,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	var mu sync.Mutex
	var found []Found
	var wg sync.WaitGroup
	for _, port := range all {
		wg.Add(1)
		go func(port int) {
			defer wg.Done()
			if f, ok := probePort(ctx, hc, port); ok {
				mu.Lock()
				found = append(found, f)
				mu.Unlock()
			}
		}(port)
	}
	wg.Wait()
	order := map[int]int{}
	for i, p := range all {
		order[p] = i
	}
	sort.Slice(found, func(i, j int) bool { return order[found[i].Port] < order[found[j].Port] })
	return found
}

func probePort(ctx context.Context, hc *http.Client, port int) (Found, bool) {
	ctx, cancel := context.WithTimeout(ctx, discoverPortTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("http://127.0.0.1:%d/v1/models", port), nil)
	if err != nil {
		return Found{}, false
	}
	resp, err := hc.Do(req)
	if err != nil {
		return Found{}, false
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return Found{}, false
	}
	var list struct {
		Object string `json:"object"`
		Data   []struct {
			ID      string `json:"id"`
			OwnedBy string `json:"owned_by"`
		} `json:"data"`
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&list); err != nil || (list.Data == nil && list.Object != "list") {
		return Found{}, false // some other service on the port
	}
	f := Found{Port: port, BaseURL: fmt.Sprintf("http://localhost:%d/v1", port), Models: []string{}}
	owners := map[string]string{"library": "Ollama", "llamacpp": "llama.cpp server", "organization_owner": "LM Studio"}
	for _, m := range list.Data {
		if m.ID != "" {
			f.Models = append(f.Models, m.ID)
		}
		if s := owners[m.OwnedBy]; s != "" && f.Server == "" {
			f.Server = s
		}
	}
	if f.Server == "" {
		for _, pre := range Presets {
			if pre.Kind == KindLocal && pre.BaseURL == f.BaseURL {
				f.Server = pre.Name
			}
		}
	}
	return f, true
}
