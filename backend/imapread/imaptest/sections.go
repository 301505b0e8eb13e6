package imaptest

import (
	"bufio"
	"bytes"
	"io"
	"mime"
	"strings"

	"github.com/emersion/go-imap"
	"github.com/emersion/go-message/textproto"
)

// entity is one MIME entity: its header bytes, parsed header and raw body.
type entity struct {
	rawHeader []byte
	header    textproto.Header
	body      []byte
	isMessage bool // a whole message (the top, or a message/rfc822 part's content)
}

func parseEntity(b []byte, isMessage bool) (*entity, error) {
	br := bufio.NewReader(bytes.NewReader(b))
	h, err := textproto.ReadHeader(br)
	if err != nil {
		return nil, err
	}
	rest, err := io.ReadAll(br)
	if err != nil {
		return nil, err
	}
	return &entity{rawHeader: b[:len(b)-len(rest)], header: h, body: rest, isMessage: isMessage}, nil
}

func (e *entity) mediaType() (string, map[string]string) {
	mt, params, err := mime.ParseMediaType(e.header.Get("Content-Type"))
	if err != nil || mt == "" {
		return "text/plain", nil
	}
	return mt, params
}

// child returns part i (1-based) of a multipart entity, or nil.
func (e *entity) child(i int) *entity {
	mt, params := e.mediaType()
	if !strings.HasPrefix(mt, "multipart/") || params["boundary"] == "" {
		return nil
	}
	mr := textproto.NewMultipartReader(bytes.NewReader(e.body), params["boundary"])
	for n := 1; ; n++ {
		p, err := mr.NextPart()
		if err != nil {
			return nil
		}
		if n == i {
			var hb bytes.Buffer
			_ = textproto.WriteHeader(&hb, p.Header)
			body, _ := io.ReadAll(p)
			return &entity{rawHeader: hb.Bytes(), header: p.Header, body: body}
		}
	}
}

// inner is the message a message/rfc822 part carries, or nil.
func (e *entity) inner() *entity {
	if mt, _ := e.mediaType(); mt != "message/rfc822" && mt != "message/global" {
		return nil
	}
	in, err := parseEntity(e.body, true)
	if err != nil {
		return nil
	}
	return in
}

// bodySection answers a BODY[...] fetch by RFC 3501 6.4.5, including the
// parts of forwarded (message/rfc822) messages, which go-imap v1's
// backendutil does not descend into. ok is false for what it does not
// answer (partial fetches, header field lists), left to backendutil.
func bodySection(raw []byte, sec *imap.BodySectionName) (lit imap.Literal, ok bool) {
	if sec.Partial != nil || len(sec.Fields) > 0 {
		return nil, false
	}
	cur, err := parseEntity(raw, true)
	if err != nil {
		return nil, false
	}
	for _, i := range sec.Path {
		if cur == nil {
			break
		}
		if !cur.isMessage {
			if in := cur.inner(); in != nil {
				cur = in
			}
		}
		mt, _ := cur.mediaType()
		switch {
		case strings.HasPrefix(mt, "multipart/"):
			cur = cur.child(i)
		case i == 1 && cur.isMessage:
			cur = &entity{header: cur.header, body: cur.body}
		case i != 1:
			cur = nil
		}
	}
	if cur == nil {
		return nil, true
	}
	switch sec.Specifier {
	case imap.HeaderSpecifier, imap.TextSpecifier:
		msg := cur
		if !cur.isMessage {
			msg = cur.inner()
		}
		if msg == nil {
			return nil, true
		}
		if sec.Specifier == imap.HeaderSpecifier {
			return bytes.NewReader(msg.rawHeader), true
		}
		return bytes.NewReader(msg.body), true
	case imap.MIMESpecifier:
		return bytes.NewReader(cur.rawHeader), true
	}
	if len(sec.Path) == 0 {
		return bytes.NewReader(raw), true
	}
	return bytes.NewReader(cur.body), true
}
