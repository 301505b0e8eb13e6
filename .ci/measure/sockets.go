package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// sockets returns the inet sockets a process holds: connections to
// non-loopback addresses, and sockets listening (TCP) or bound (UDP).
func sockets(pid int) (remote, listening []string) {
	inodes := map[string]bool{}
	fds, _ := os.ReadDir(fmt.Sprintf("/proc/%d/fd", pid))
	for _, fd := range fds {
		link, err := os.Readlink(filepath.Join(fmt.Sprintf("/proc/%d/fd", pid), fd.Name()))
		if err == nil && strings.HasPrefix(link, "socket:[") {
			inodes[strings.TrimSuffix(strings.TrimPrefix(link, "socket:["), "]")] = true
		}
	}
	if len(inodes) == 0 {
		return nil, nil
	}
	for _, proto := range []string{"tcp", "tcp6", "udp", "udp6"} {
		f, err := os.Open(fmt.Sprintf("/proc/%d/net/%s", pid, proto))
		if err != nil {
			continue
		}
		s := bufio.NewScanner(f)
		s.Scan() // header
		for s.Scan() {
			fields := strings.Fields(s.Text())
			if len(fields) < 10 || !inodes[fields[9]] {
				continue
			}
			local, lport := decodeAddr(fields[1])
			rem, rport := decodeAddr(fields[2])
			desc := fmt.Sprintf("%s %s:%d -> %s:%d", proto, local, lport, rem, rport)
			switch {
			case rem != nil && !rem.IsUnspecified() && !rem.IsLoopback():
				remote = append(remote, desc)
			case strings.HasPrefix(proto, "udp") || fields[3] == "0A":
				listening = append(listening, desc)
			}
		}
		f.Close()
	}
	return remote, listening
}

// decodeAddr parses /proc/net's "0100007F:1F90" (IPv4) or 32-hex-digit IPv6
// form, each 32-bit word in host (little-endian) order.
func decodeAddr(s string) (net.IP, int) {
	host, port, ok := strings.Cut(s, ":")
	if !ok {
		return nil, 0
	}
	raw, err := hex.DecodeString(host)
	if err != nil || (len(raw) != 4 && len(raw) != 16) {
		return nil, 0
	}
	ip := make(net.IP, len(raw))
	for w := 0; w < len(raw); w += 4 {
		ip[w], ip[w+1], ip[w+2], ip[w+3] = raw[w+3], raw[w+2], raw[w+1], raw[w]
	}
	p, _ := strconv.ParseUint(port, 16, 16)
	return ip, int(p)
}
