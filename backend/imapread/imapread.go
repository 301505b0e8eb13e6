// Package imapread reads job e-mail from an IMAP server without changing
// anything on it. It opens each folder with EXAMINE (never SELECT), never
// stores flags, never copies, moves, deletes or expunges, and fetches with
// BODY.PEEK only: the header and the text parts (text/plain, text/html and
// calendar parts under a size cap), never attachments. Each message is
// handed to the caller as one synthesized RFC 822 message (the header and a
// multipart/mixed of the fetched parts, with their own content type,
// charset and transfer encoding) that backend/mailread reads like an .eml.
//
// Sync remembers UIDVALIDITY and the last UID read per folder (FolderState),
// so a later run fetches only the new mail; a first run, or a folder whose
// UIDVALIDITY changed, starts from Account.Since. Connections use implicit
// TLS or STARTTLS with the certificate verified, a dial timeout and a
// deadline on every command, so a server that hangs fails with a clear
// error. Errors a user can act on are *model.Error values.
//
// The package stores nothing: the caller keeps the state and the password,
// and records the connection in the request ledger (Options.OnConnect,
// Stats).
package imapread

import (
	"crypto/tls"
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// The two ways to secure a connection; there is no plain-text mode.
const (
	SecurityTLS      = "tls"      // implicit TLS, usually port 993
	SecurityStartTLS = "starttls" // STARTTLS on a plain connection, usually port 143
)

// Default limits and timeouts (see Options).
const (
	DefaultDialTimeout    = 15 * time.Second
	DefaultCommandTimeout = 60 * time.Second
	DefaultMaxPartBytes   = 2 << 20
	DefaultMaxReadBytes   = 1 << 30
	// batchSize is how many messages one UID FETCH asks for.
	batchSize = 250
)

// Account is what a sync needs to reach the mailbox.
type Account struct {
	Host string
	// Port is 993 for TLS and 143 for STARTTLS when zero.
	Port int
	// Security is SecurityTLS or SecurityStartTLS.
	Security string
	User     string
	Password string
	// Folders are read in this order ("INBOX" when empty).
	Folders []string
	// Since is how far back a first run reads (by the server's internal
	// date, day precision); zero reads the whole folder.
	Since time.Time
}

// Address is host:port with the port defaulted from the security.
func (a Account) Address() string {
	return net.JoinHostPort(a.Host, strconv.Itoa(a.port()))
}

func (a Account) port() int {
	if a.Port > 0 {
		return a.Port
	}
	if a.Security == SecurityStartTLS {
		return 143
	}
	return 993
}

func (a Account) folders() []string {
	if len(a.Folders) == 0 {
		return []string{"INBOX"}
	}
	return a.Folders
}

// Validate checks the fields a connection needs.
func (a Account) Validate() error {
	host := strings.TrimSpace(a.Host)
	switch {
	case host == "":
		return model.Invalid("host", "the server's host name is missing")
	case strings.ContainsAny(host, " /:@") && net.ParseIP(strings.Trim(host, "[]")) == nil:
		return model.Invalid("host", "%q is not a host name (write it without a scheme or port, e.g. imap.example.com)", host)
	case a.Port < 0 || a.Port > 65535:
		return model.Invalid("port", "port %d is not between 1 and 65535", a.Port)
	case a.Security != SecurityTLS && a.Security != SecurityStartTLS:
		return model.Invalid("security", "security must be %q or %q", SecurityTLS, SecurityStartTLS)
	case strings.TrimSpace(a.User) == "":
		return model.Invalid("user", "the user name is missing")
	case a.Password == "":
		return model.Invalid("password", "the password is missing")
	}
	for _, f := range a.Folders {
		if strings.TrimSpace(f) == "" {
			return model.Invalid("folders", "a folder name is empty")
		}
	}
	return nil
}

// FolderState is what Sync remembers about one folder between runs.
type FolderState struct {
	UIDValidity uint32 `json:"uidValidity"`
	// LastUID is the highest UID already read (or known to be older than
	// Since); the next run asks for the UIDs after it.
	LastUID uint32 `json:"lastUid"`
}

// Options are the knobs of a connection; the zero value is what the app uses.
type Options struct {
	// Dial opens the TCP connection (default: a net.Dialer with DialTimeout).
	Dial func(network, addr string) (net.Conn, error)
	// TLSConfig is cloned for the handshake; tests pass RootCAs. The server
	// name is always the account's host, and InsecureSkipVerify is refused.
	TLSConfig *tls.Config
	// DialTimeout bounds the connection, the TLS handshake and the greeting.
	DialTimeout time.Duration
	// CommandTimeout bounds every command, from sending it to its last byte.
	CommandTimeout time.Duration
	// MaxPartBytes is the largest text part fetched; larger ones are skipped.
	MaxPartBytes uint32
	// MaxReadBytes ends a run that reads more than this from the server.
	MaxReadBytes int64
	// OnConnect is called with host:port before each connection is opened.
	OnConnect func(addr string)
	// OnProgress reports the messages done and found so far in a folder.
	OnProgress func(folder string, done, total int)
}

func (o Options) withDefaults() Options {
	if o.DialTimeout <= 0 {
		o.DialTimeout = DefaultDialTimeout
	}
	if o.CommandTimeout <= 0 {
		o.CommandTimeout = DefaultCommandTimeout
	}
	if o.MaxPartBytes == 0 {
		o.MaxPartBytes = DefaultMaxPartBytes
	}
	if o.MaxReadBytes <= 0 {
		o.MaxReadBytes = DefaultMaxReadBytes
	}
	return o
}

// FolderStats is what one run did in one folder.
type FolderStats struct {
	Folder string `json:"folder"`
	// Found is how many messages were new; Delivered how many were handed
	// to the caller.
	Found     int `json:"found"`
	Delivered int `json:"delivered"`
	// SkippedParts counts text parts over MaxPartBytes.
	SkippedParts int `json:"skippedParts"`
	// Reset says UIDVALIDITY changed, so the folder was read again from Since.
	Reset bool `json:"reset"`
}

// Stats is what one run did, for the report and the request ledger.
type Stats struct {
	Folders   []FolderStats `json:"folders"`
	Delivered int           `json:"delivered"`
	// BytesRead and BytesWritten count the bytes on the wire (after TLS).
	BytesRead    int64         `json:"bytesRead"`
	BytesWritten int64         `json:"bytesWritten"`
	Duration     time.Duration `json:"duration"`
	// Commands counts the IMAP commands sent.
	Commands int `json:"commands"`
}

func errorf(code model.Code, field string, err error, format string, args ...any) *model.Error {
	return &model.Error{Code: code, Field: field, Message: fmt.Sprintf(format, args...), Err: err}
}
