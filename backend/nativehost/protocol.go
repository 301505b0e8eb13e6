// Package nativehost is Huntbook's side of the browsers' native-messaging
// protocol: the extension sends a job page, the host reads the job in it and
// saves it through the service layer, into the same SQLite file the window
// and the command line use. It also registers the host with the browsers
// (install.go).
//
// Each message either way is UTF-8 JSON preceded by its length as a 32-bit
// unsigned integer in native byte order. Browsers refuse replies over 1 MB;
// the host refuses requests over the same size.
package nativehost

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// MaxMessage is the largest message, in bytes, the host reads or writes.
const MaxMessage = 1 << 20

// ErrTooLarge reports a message over MaxMessage. A request that is too large
// is skipped whole, so the next one can still be read.
var ErrTooLarge = errors.New("message is over 1 MB")

// ReadMessage reads one framed message and returns its JSON body. It returns
// io.EOF when the stream ends cleanly before a message.
func ReadMessage(r io.Reader) ([]byte, error) {
	var head [4]byte
	if _, err := io.ReadFull(r, head[:]); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, io.EOF
		}
		return nil, fmt.Errorf("read message length: %w", err)
	}
	n := binary.NativeEndian.Uint32(head[:])
	if n > MaxMessage {
		if _, err := io.CopyN(io.Discard, r, int64(n)); err != nil {
			return nil, fmt.Errorf("skip message of %d bytes: %w", n, err)
		}
		return nil, fmt.Errorf("read message of %d bytes: %w", n, ErrTooLarge)
	}
	body := make([]byte, n)
	if _, err := io.ReadFull(r, body); err != nil {
		return nil, fmt.Errorf("read message body: %w", err)
	}
	return body, nil
}

// WriteMessage encodes v as JSON and writes it framed, in one write. It
// refuses (writing nothing) a message over MaxMessage.
func WriteMessage(w io.Writer, v any) error {
	var buf bytes.Buffer
	buf.Write([]byte{0, 0, 0, 0})
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("encode message: %w", err)
	}
	b := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	n := len(b) - 4
	if n > MaxMessage {
		return fmt.Errorf("write message of %d bytes: %w", n, ErrTooLarge)
	}
	binary.NativeEndian.PutUint32(b[:4], uint32(n)) //nolint:gosec // G115: 0 <= n <= MaxMessage, checked above
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("write message: %w", err)
	}
	return nil
}
