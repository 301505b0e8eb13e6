package llm

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"testing"

	"github.com/huntbook/huntbook/backend/llm/llmtest"
)

func portOf(t *testing.T, raw string) int {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	p, err := strconv.Atoi(u.Port())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestDiscoverFindsServersAndIgnoresOthers(t *testing.T) {
	ollama := llmtest.New(t, llmtest.Config{Quirk: llmtest.Ollama, Models: []string{"llama3.2:3b", "qwen2.5:7b"}})
	llama := llmtest.New(t, llmtest.Config{Quirk: llmtest.LlamaCpp, Models: []string{"model.gguf"}})
	web := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprint(w, "<html>not a model server</html>")
	}))
	defer web.Close()
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	closed := ln.Addr().(*net.TCPAddr).Port
	ln.Close()

	ports := []int{portOf(t, llama.Server.URL), portOf(t, ollama.Server.URL), portOf(t, web.URL), closed}
	found := Discover(context.Background(), ports)
	var mine []Found
	for _, f := range found {
		if f.Port == ports[0] || f.Port == ports[1] || f.Port == ports[2] || f.Port == ports[3] {
			mine = append(mine, f)
		}
	}
	if len(mine) != 2 {
		t.Fatalf("found %+v, want the two fakes", found)
	}
	if mine[0].Port != ports[0] || mine[0].Server != "llama.cpp server" || len(mine[0].Models) != 1 {
		t.Fatalf("first = %+v", mine[0])
	}
	if mine[1].Server != "Ollama" || mine[1].Models[1] != "qwen2.5:7b" || mine[1].BaseURL != "http://localhost:"+strconv.Itoa(ports[1])+"/v1" {
		t.Fatalf("second = %+v", mine[1])
	}
	for _, srv := range []*llmtest.Server{ollama, llama} {
		reqs := srv.Requests()
		if len(reqs) != 1 || reqs[0].Method != "GET" || reqs[0].Path != "/v1/models" {
			t.Fatalf("discovery sent %+v", reqs)
		}
	}
}
