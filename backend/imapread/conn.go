package imapread

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"github.com/emersion/go-imap/client"

	"github.com/huntbook/huntbook/backend/model"
)

// session is one logged-in connection.
type session struct {
	c    *client.Client
	conn *wireConn
	acct Account
	opts Options
	stop func() bool
}

// wireConn counts the bytes on the wire, remembers the first I/O error (so a
// closed connection can be told from a refusal), and ends a run that reads
// more than its budget.
type wireConn struct {
	net.Conn
	read, written atomic.Int64
	budget        int64
	mu            sync.Mutex
	ioErr         error
}

func (w *wireConn) Read(p []byte) (int, error) {
	n, err := w.Conn.Read(p)
	if w.read.Add(int64(n)) > w.budget {
		err = errTooMuch
		_ = w.Close()
	}
	if err != nil {
		w.noteErr(err)
	}
	return n, err
}

func (w *wireConn) Write(p []byte) (int, error) {
	n, err := w.Conn.Write(p)
	w.written.Add(int64(n))
	if err != nil {
		w.noteErr(err)
	}
	return n, err
}

func (w *wireConn) noteErr(err error) {
	w.mu.Lock()
	if w.ioErr == nil {
		w.ioErr = err
	}
	w.mu.Unlock()
}

func (w *wireConn) err() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.ioErr
}

var errTooMuch = errors.New("the server sent more than the read limit")

// dial connects, secures the connection and logs in. The context closes the
// connection when it ends, which ends any command waiting on it. After a
// failure the session is returned closed when a connection was made, so
// its bytes can be counted.
func dial(ctx context.Context, acct Account, opts Options) (*session, error) {
	if err := acct.Validate(); err != nil {
		return nil, err
	}
	addr := acct.Address()
	tlsConf, err := tlsConfig(acct, opts)
	if err != nil {
		return nil, err
	}
	if opts.OnConnect != nil {
		opts.OnConnect(addr)
	}
	dialer := opts.Dial
	if dialer == nil {
		d := &net.Dialer{Timeout: opts.DialTimeout}
		dialer = func(network, addr string) (net.Conn, error) { return d.DialContext(ctx, network, addr) }
	}
	raw, err := dialer("tcp", addr)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, errorf(model.CodeUnavailable, "host", err, "cannot reach %s: %v", addr, err)
	}
	wire := &wireConn{Conn: raw, budget: opts.MaxReadBytes}
	s := &session{conn: wire, acct: acct, opts: opts}

	s.stop = context.AfterFunc(ctx, func() { _ = raw.Close() })
	// The handshake and the greeting share the dial timeout.
	_ = raw.SetDeadline(time.Now().Add(opts.DialTimeout))
	var conn net.Conn = wire
	if acct.Security == SecurityTLS {
		tc := tls.Client(wire, tlsConf)
		if err := tc.HandshakeContext(ctx); err != nil {
			s.close()
			return s, s.tlsError(ctx, addr, err)
		}
		conn = tc
	}
	c, err := client.New(conn)
	if err != nil {
		s.close()
		return s, s.wireError(ctx, "greeting", err)
	}
	s.c = c
	c.ErrorLog = log.New(io.Discard, "", 0)
	c.Timeout = opts.CommandTimeout
	if acct.Security == SecurityStartTLS {
		ok, err := c.SupportStartTLS()
		if err != nil {
			s.close()
			return s, s.wireError(ctx, "CAPABILITY", err)
		}
		if !ok {
			s.close()
			return s, errorf(model.CodeUnavailable, "security", nil,
				"%s does not offer STARTTLS, so the password would travel unencrypted: choose TLS (usually port 993)", addr)
		}
		if err := c.StartTLS(tlsConf); err != nil {
			s.close()
			if s.conn.err() == nil && !isTLSError(err) {
				return s, errorf(model.CodeUnavailable, "security", err, "%s refused STARTTLS: %v", addr, err)
			}
			return s, s.tlsError(ctx, addr, err)
		}
	}
	if err := c.Login(acct.User, acct.Password); err != nil {
		s.close()
		if s.conn.err() != nil || ctx.Err() != nil {
			return s, s.wireError(ctx, "LOGIN", err)
		}
		return s, errorf(model.CodeInvalid, "password", err,
			"%s refused the user name or password (%v); many providers need an app password for IMAP", acct.Host, err)
	}
	return s, nil
}

func tlsConfig(acct Account, opts Options) (*tls.Config, error) {
	conf := &tls.Config{}
	if opts.TLSConfig != nil {
		conf = opts.TLSConfig.Clone()
	}
	if conf.InsecureSkipVerify {
		return nil, errors.New("imapread: certificates are always verified")
	}
	conf.ServerName = acct.Host
	if conf.MinVersion < tls.VersionTLS12 {
		conf.MinVersion = tls.VersionTLS12
	}
	return conf, nil
}

func isTLSError(err error) bool {
	var unknown x509.UnknownAuthorityError
	var hostname x509.HostnameError
	var invalid x509.CertificateInvalidError
	var verify *tls.CertificateVerificationError
	var alert tls.AlertError
	var record tls.RecordHeaderError
	return errors.As(err, &unknown) || errors.As(err, &hostname) || errors.As(err, &invalid) ||
		errors.As(err, &verify) || errors.As(err, &alert) || errors.As(err, &record)
}

func (s *session) tlsError(ctx context.Context, addr string, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if isTLSError(err) {
		return errorf(model.CodeUnavailable, "security", err,
			"the secure connection to %s failed: %v (check the host name and the security setting)", addr, err)
	}
	return s.wireError(ctx, "TLS handshake", err)
}

// wireError says why a command got no answer: the context ended, the
// server stopped answering, or the connection broke.
func (s *session) wireError(ctx context.Context, what string, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	addr := s.acct.Address()
	cause := s.conn.err()
	if cause == nil {
		cause = err
	}
	var ne net.Error
	switch {
	case errors.Is(cause, errTooMuch):
		return errorf(model.CodeTooLarge, "", cause, "%s sent more than %d MB in one run; stopped", addr, s.opts.MaxReadBytes>>20)
	case errors.As(cause, &ne) && ne.Timeout():
		return errorf(model.CodeUnavailable, "host", cause, "%s did not answer %s within %s", addr, what, s.timeoutFor(what))
	}
	return errorf(model.CodeUnavailable, "host", cause, "the connection to %s broke during %s: %v", addr, what, cause)
}

func (s *session) timeoutFor(what string) time.Duration {
	if s.c == nil || what == "greeting" || what == "TLS handshake" {
		return s.opts.DialTimeout
	}
	return s.opts.CommandTimeout
}

// close logs out politely when the connection still works, then closes it.
func (s *session) close() {
	if s.c != nil && s.conn.err() == nil {
		s.c.Timeout = 5 * time.Second
		_ = s.c.Logout()
	}
	_ = s.conn.Close()
	if s.stop != nil {
		s.stop()
	}
}

// commandError maps a failed command: a refusal by the server (its words)
// or a broken connection.
func (s *session) commandError(ctx context.Context, what string, err error) error {
	if ctx.Err() != nil || s.conn.err() != nil {
		return s.wireError(ctx, what, err)
	}
	return fmt.Errorf("%s: the server answered %q: %w", what, err.Error(), err)
}
