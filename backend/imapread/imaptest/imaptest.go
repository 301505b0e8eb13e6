// Package imaptest runs a real IMAP server (go-imap v1's server) on
// 127.0.0.1 for tests: implicit TLS or STARTTLS with a certificate made for
// the test, folders whose UIDVALIDITY a test can change, and a record of
// every command the server received, every byte it sent and every change a
// client asked of it (flags, copies, expunges), so tests can prove a client
// only read.
package imaptest

import (
	"bufio"
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"io"
	"log"
	"math/big"
	"net"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap"
	"github.com/emersion/go-imap/backend"
	"github.com/emersion/go-imap/backend/memory"
	"github.com/emersion/go-imap/server"
)

// Config says how the server listens and who may log in.
type Config struct {
	// Security is "tls" (implicit) or "starttls".
	Security string
	User     string
	Password string
}

// Server is a running IMAP server. Its methods are safe to call while a
// client is connected.
type Server struct {
	Host string
	Port int
	// RootCAs trusts the server's certificate (and nothing else).
	RootCAs *x509.CertPool
	// CertificatePEM is the server's (self-signed) certificate, for a
	// client in another process to trust.
	CertificatePEM []byte

	mu       sync.Mutex
	cfg      Config
	folders  map[string]*mailbox
	received bytes.Buffer // what clients sent, as the server read it
	sent     bytes.Buffer // what the server sent
	changes  []string     // flag stores, copies, expunges, appends, creates, ...
	stall    map[string]bool
	stop     chan struct{}
}

// Start runs a server until the test ends. It has an empty INBOX.
func Start(t testing.TB, cfg Config) *Server {
	t.Helper()
	cert, pool := certificate(t)
	s := &Server{
		Host:           "127.0.0.1",
		RootCAs:        pool,
		CertificatePEM: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: cert.Certificate[0]}),
		cfg:            cfg,
		folders:        map[string]*mailbox{},
		stall:          map[string]bool{},
		stop:           make(chan struct{}),
	}
	s.AddFolder("INBOX", 1)
	srv := server.New(&backendImpl{s: s})
	srv.ErrorLog = log.New(io.Discard, "", 0)
	srv.Debug = imap.NewDebugWriter(lockedWriter{&s.mu, &s.sent}, lockedWriter{&s.mu, &s.received})
	tlsConf := &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("imaptest: listen: %v", err)
	}
	s.Port = ln.Addr().(*net.TCPAddr).Port
	switch cfg.Security {
	case "tls":
		ln = tls.NewListener(ln, tlsConf)
	case "starttls":
		srv.TLSConfig = tlsConf
	default:
		t.Fatalf("imaptest: security %q", cfg.Security)
	}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() {
		close(s.stop)
		_ = srv.Close()
	})
	return s
}

type lockedWriter struct {
	mu *sync.Mutex
	b  *bytes.Buffer
}

func (w lockedWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}

// certificate makes a self-signed certificate for 127.0.0.1 and localhost.
func certificate(t testing.TB) (tls.Certificate, *x509.CertPool) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatalf("imaptest: key: %v", err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(time.Now().UnixNano()),
		Subject:               pkix.Name{CommonName: "imaptest"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(24 * time.Hour),
		IPAddresses:           []net.IP{net.IPv4(127, 0, 0, 1)},
		DNSNames:              []string{"localhost"},
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IsCA:                  true,
		BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatalf("imaptest: certificate: %v", err)
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatalf("imaptest: parse certificate: %v", err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(leaf)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}, pool
}

// AddFolder creates an empty folder (or empties one) with a UIDVALIDITY.
func (s *Server) AddFolder(name string, uidValidity uint32) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.folders[name] = &mailbox{s: s, name: name, uidValidity: uidValidity, nextUID: 1}
}

// Append adds a message with an internal date and returns its UID.
func (s *Server) Append(folder string, raw []byte, date time.Time) uint32 {
	s.mu.Lock()
	defer s.mu.Unlock()
	mb := s.folders[folder]
	uid := mb.nextUID
	mb.nextUID++
	mb.msgs = append(mb.msgs, &memory.Message{Uid: uid, Date: date, Size: uint32(len(raw)), Body: raw}) //nolint:gosec // G115: test messages are far below 4 GB
	return uid
}

// Renumber gives a folder a new UIDVALIDITY and new UIDs from 1, as a
// server does when it rebuilds its index.
func (s *Server) Renumber(folder string, uidValidity uint32) {
	s.mu.Lock()
	defer s.mu.Unlock()
	mb := s.folders[folder]
	mb.uidValidity = uidValidity
	for i, m := range mb.msgs {
		m.Uid = uint32(i + 1)
	}
	mb.nextUID = uint32(len(mb.msgs) + 1) //nolint:gosec // G115: a test folder holds far fewer than 4e9 messages
}

// Stall makes the server stop answering (without closing) when it gets
// the named command ("FETCH", "SEARCH"), until the test ends.
func (s *Server) Stall(command string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stall[strings.ToUpper(command)] = true
}

func (s *Server) stallOn(command string) {
	s.mu.Lock()
	stall := s.stall[command]
	s.mu.Unlock()
	if stall {
		<-s.stop
	}
}

// Commands lists the commands clients sent, in order: the command name in
// upper case, with "UID " before UID commands ("LOGIN", "EXAMINE",
// "UID FETCH"). Lines that continue a literal are not commands and are
// skipped as well as a simple reader can.
func (s *Server) Commands() []string {
	s.mu.Lock()
	data := append([]byte(nil), s.received.Bytes()...)
	s.mu.Unlock()
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	skip := 0
	for sc.Scan() {
		line := sc.Text()
		if skip > 0 {
			skip--
			continue
		}
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		name := strings.ToUpper(f[1])
		if name == "UID" && len(f) > 2 {
			name += " " + strings.ToUpper(f[2])
		}
		out = append(out, name)
		// A literal ({n}) in a LOGIN continues on the next line.
		if strings.HasSuffix(line, "}") {
			skip = 1
		}
	}
	return out
}

// Received is everything clients sent (decrypted).
func (s *Server) Received() []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]byte(nil), s.received.Bytes()...)
}

// Sent is everything the server sent to clients (before encryption).
func (s *Server) Sent() []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]byte(nil), s.sent.Bytes()...)
}

// Changes lists every change clients asked of the mailbox (flag stores,
// copies, expunges, appends, folder creation, ...); a read-only client
// leaves it empty.
func (s *Server) Changes() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.changes...)
}

// Flags returns the flags of a message.
func (s *Server) Flags(folder string, uid uint32) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, m := range s.folders[folder].msgs {
		if m.Uid == uid {
			return append([]string(nil), m.Flags...)
		}
	}
	return nil
}

func (s *Server) change(what string) {
	s.mu.Lock()
	s.changes = append(s.changes, what)
	s.mu.Unlock()
}

// ErrReadOnly is what the test backend answers to any change.
var ErrReadOnly = errors.New("imaptest records and refuses changes")

type backendImpl struct{ s *Server }

func (b *backendImpl) Login(_ *imap.ConnInfo, user, password string) (backend.User, error) {
	if user != b.s.cfg.User || password != b.s.cfg.Password {
		return nil, errors.New("[AUTHENTICATIONFAILED] Invalid credentials")
	}
	return &userImpl{s: b.s, name: user}, nil
}

type userImpl struct {
	s    *Server
	name string
}

func (u *userImpl) Username() string { return u.name }

func (u *userImpl) ListMailboxes(bool) ([]backend.Mailbox, error) {
	u.s.mu.Lock()
	defer u.s.mu.Unlock()
	out := make([]backend.Mailbox, 0, len(u.s.folders))
	for _, mb := range u.s.folders {
		out = append(out, mb)
	}
	return out, nil
}

func (u *userImpl) GetMailbox(name string) (backend.Mailbox, error) {
	u.s.mu.Lock()
	defer u.s.mu.Unlock()
	mb, ok := u.s.folders[name]
	if !ok {
		return nil, backend.ErrNoSuchMailbox
	}
	return mb, nil
}

func (u *userImpl) CreateMailbox(name string) error {
	u.s.change("CREATE " + name)
	return ErrReadOnly
}

func (u *userImpl) DeleteMailbox(name string) error {
	u.s.change("DELETE " + name)
	return ErrReadOnly
}

func (u *userImpl) RenameMailbox(from, to string) error {
	u.s.change("RENAME " + from + " " + to)
	return ErrReadOnly
}

func (u *userImpl) Logout() error { return nil }

type mailbox struct {
	s           *Server
	name        string
	uidValidity uint32
	nextUID     uint32
	msgs        []*memory.Message
}

func (m *mailbox) Name() string { return m.name }

func (m *mailbox) Info() (*imap.MailboxInfo, error) {
	return &imap.MailboxInfo{Delimiter: "/", Name: m.name}, nil
}

func (m *mailbox) Status(items []imap.StatusItem) (*imap.MailboxStatus, error) {
	m.s.mu.Lock()
	defer m.s.mu.Unlock()
	st := imap.NewMailboxStatus(m.name, items)
	st.Flags = []string{imap.SeenFlag, imap.AnsweredFlag, imap.FlaggedFlag, imap.DeletedFlag, imap.DraftFlag}
	st.PermanentFlags = []string{"\\*"}
	for _, it := range items {
		switch it {
		case imap.StatusMessages:
			st.Messages = uint32(len(m.msgs)) //nolint:gosec // G115: as above
		case imap.StatusUidNext:
			st.UidNext = m.nextUID
		case imap.StatusUidValidity:
			st.UidValidity = m.uidValidity
		case imap.StatusRecent, imap.StatusUnseen:
		}
	}
	return st, nil
}

func (m *mailbox) SetSubscribed(bool) error {
	m.s.change("SUBSCRIBE " + m.name)
	return nil
}

func (m *mailbox) Check() error { return nil }

func (m *mailbox) ListMessages(uid bool, set *imap.SeqSet, items []imap.FetchItem, ch chan<- *imap.Message) error {
	defer close(ch)
	m.s.stallOn("FETCH")
	m.s.mu.Lock()
	msgs := append([]*memory.Message(nil), m.msgs...)
	m.s.mu.Unlock()
	for i, msg := range msgs {
		seq := uint32(i + 1)
		id := seq
		if uid {
			id = msg.Uid
		}
		if !set.Contains(id) {
			continue
		}
		// Body sections are answered here (bodySection), the rest and
		// what bodySection leaves by the memory backend's message.
		var rest []imap.FetchItem
		sections := map[*imap.BodySectionName]imap.Literal{}
		for _, it := range items {
			sec, err := imap.ParseBodySectionName(it)
			if err != nil {
				rest = append(rest, it)
				continue
			}
			// A non-peek body fetch sets \Seen (RFC 3501 6.4.5); record it.
			if !sec.Peek {
				m.s.change("\\Seen by FETCH " + string(it) + " of UID " + strconv.Itoa(int(msg.Uid)))
			}
			if lit, ok := bodySection(msg.Body, sec); ok {
				sections[sec] = lit
			} else {
				rest = append(rest, it)
			}
		}
		fetched, err := msg.Fetch(seq, rest)
		if err != nil {
			continue
		}
		for _, it := range items {
			if _, err := imap.ParseBodySectionName(it); err == nil {
				fetched.Items[it] = nil
			}
		}
		for sec, lit := range sections {
			fetched.Body[sec] = lit
		}
		ch <- fetched
	}
	return nil
}

func (m *mailbox) SearchMessages(uid bool, c *imap.SearchCriteria) ([]uint32, error) {
	m.s.stallOn("SEARCH")
	m.s.mu.Lock()
	msgs := append([]*memory.Message(nil), m.msgs...)
	m.s.mu.Unlock()
	var ids []uint32
	for i, msg := range msgs {
		seq := uint32(i + 1)
		ok, err := match(msg, seq, c)
		if err != nil || !ok {
			continue
		}
		if uid {
			ids = append(ids, msg.Uid)
		} else {
			ids = append(ids, seq)
		}
	}
	return ids, nil
}

// match answers UID and date searches without parsing the message (so ten
// thousand messages search fast) and anything else through backendutil.
func match(msg *memory.Message, seq uint32, c *imap.SearchCriteria) (bool, error) {
	simple := c.SeqNum == nil && c.Header == nil && c.Body == nil && c.Text == nil &&
		c.WithFlags == nil && c.WithoutFlags == nil && c.SentSince.IsZero() && c.SentBefore.IsZero() &&
		c.Larger == 0 && c.Smaller == 0 && c.Not == nil && c.Or == nil
	if !simple {
		return msg.Match(seq, c)
	}
	if c.Uid != nil && !c.Uid.Contains(msg.Uid) {
		return false, nil
	}
	day := time.Date(msg.Date.Year(), msg.Date.Month(), msg.Date.Day(), 0, 0, 0, 0, time.UTC)
	if !c.Since.IsZero() && day.Before(c.Since.Truncate(24*time.Hour)) {
		return false, nil
	}
	if !c.Before.IsZero() && !day.Before(c.Before) {
		return false, nil
	}
	return true, nil
}

func (m *mailbox) CreateMessage([]string, time.Time, imap.Literal) error {
	m.s.change("APPEND " + m.name)
	return ErrReadOnly
}

func (m *mailbox) UpdateMessagesFlags(_ bool, set *imap.SeqSet, op imap.FlagsOp, flags []string) error {
	m.s.change("STORE " + string(op) + " " + strings.Join(flags, " ") + " " + set.String())
	return ErrReadOnly
}

func (m *mailbox) CopyMessages(_ bool, set *imap.SeqSet, dest string) error {
	m.s.change("COPY " + set.String() + " " + dest)
	return ErrReadOnly
}

func (m *mailbox) Expunge() error {
	m.s.change("EXPUNGE " + m.name)
	return ErrReadOnly
}
