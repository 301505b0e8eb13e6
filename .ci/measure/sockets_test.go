package main

import (
	"net"
	"os"
	"strconv"
	"strings"
	"testing"
)

func TestDecodeAddr(t *testing.T) {
	cases := map[string]string{
		"0100007F:1F90":                         "127.0.0.1:8080",
		"0101A8C0:01BB":                         "192.168.1.1:443",
		"00000000000000000000000001000000:0035": "::1:53",
		"0000000000000000FFFF00000100007F:0050": "127.0.0.1:80",
	}
	for in, want := range cases {
		ip, port := decodeAddr(in)
		if ip == nil {
			t.Fatalf("decodeAddr(%q) = nil", in)
		}
		got := ip.String() + ":" + strconv.Itoa(port)
		if got != want {
			t.Errorf("decodeAddr(%q) = %s, want %s", in, got, want)
		}
	}
}

// TestSocketsSeesOwnConnection opens a real loopback listener and connection
// in this process and checks both are classified: loopback is not remote.
func TestSocketsSeesOwnConnection(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	remote, listening := sockets(os.Getpid())
	if len(remote) != 0 {
		t.Errorf("loopback connection counted as remote: %v", remote)
	}
	found := false
	for _, l := range listening {
		if strings.Contains(l, ln.Addr().String()) {
			found = true
		}
	}
	if !found {
		t.Errorf("listener %s not found in %v", ln.Addr(), listening)
	}
}

// TestSocketsSeesRemote connects a UDP socket to a documentation address
// (connect sends no packet) and checks it is reported as remote.
func TestSocketsSeesRemote(t *testing.T) {
	c, err := net.Dial("udp", "192.0.2.1:53")
	if err != nil {
		t.Skipf("no route to make a UDP socket to a non-loopback address: %v", err)
	}
	defer c.Close()
	remote, _ := sockets(os.Getpid())
	found := false
	for _, r := range remote {
		if strings.Contains(r, "192.0.2.1:53") {
			found = true
		}
	}
	if !found {
		t.Errorf("UDP socket to 192.0.2.1:53 not reported as remote: %v", remote)
	}
}
