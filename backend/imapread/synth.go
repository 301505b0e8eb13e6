package imapread

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"

	"github.com/emersion/go-imap"
	"github.com/emersion/go-message/textproto"
)

// plan is what to fetch of one message and how to put it back together:
// a pruned copy of its structure that keeps only the text parts (and the
// multiparts and forwarded messages around them).
type plan struct {
	root    *node
	skipped int
}

type nodeKind int

const (
	leafNode nodeKind = iota
	multipartNode
	messageNode // a message/rfc822 part: its own header, then its body
)

type node struct {
	kind     nodeKind
	bs       *imap.BodyStructure
	path     []int
	children []*node
	// body is a forwarded message's content (a leaf or a multipart).
	body *node
}

// planMessage walks a message's BODYSTRUCTURE. Part numbers follow RFC 3501
// 6.4.5: a single-part message's body is part 1; the parts of a multipart
// are its number plus .1, .2, ...; a message/rfc822 part's header is
// n.HEADER and its body is numbered like a message under n.
func planMessage(bs *imap.BodyStructure, maxPart uint32) *plan {
	p := &plan{}
	p.root = p.messageBody(bs, nil, maxPart, 0)
	return p
}

const maxNesting = 16

func (p *plan) messageBody(bs *imap.BodyStructure, prefix []int, maxPart uint32, depth int) *node {
	if isMultipart(bs) {
		return p.part(bs, prefix, maxPart, depth)
	}
	return p.part(bs, appendPath(prefix, 1), maxPart, depth)
}

func (p *plan) part(bs *imap.BodyStructure, path []int, maxPart uint32, depth int) *node {
	if bs == nil || depth > maxNesting {
		return nil
	}
	mt := strings.ToLower(bs.MIMEType + "/" + bs.MIMESubType)
	switch {
	case isMultipart(bs):
		n := &node{kind: multipartNode, bs: bs, path: path}
		for i, c := range bs.Parts {
			if child := p.part(c, appendPath(path, i+1), maxPart, depth+1); child != nil {
				n.children = append(n.children, child)
			}
		}
		if len(n.children) == 0 {
			return nil
		}
		return n
	case (mt == "message/rfc822" || mt == "message/global") && bs.BodyStructure != nil:
		body := p.messageBody(bs.BodyStructure, path, maxPart, depth+1)
		if body == nil {
			return nil
		}
		return &node{kind: messageNode, bs: bs, path: path, body: body}
	case !wanted(bs, mt):
		return nil
	case bs.Size > maxPart:
		p.skipped++
		return nil
	}
	return &node{kind: leafNode, bs: bs, path: path}
}

func isMultipart(bs *imap.BodyStructure) bool {
	return strings.EqualFold(bs.MIMEType, "multipart") && len(bs.Parts) > 0
}

// wanted says whether a leaf is text to read: plain or HTML text shown in
// the message, or an invitation (even one sent as an attachment).
func wanted(bs *imap.BodyStructure, mt string) bool {
	switch mt {
	case "text/calendar", "application/ics":
		return true
	case "text/plain", "text/html":
		return !strings.EqualFold(bs.Disposition, "attachment")
	}
	return false
}

func appendPath(path []int, n int) []int {
	out := make([]int, len(path), len(path)+1)
	copy(out, path)
	return append(out, n)
}

// sections lists what to fetch: the header, each kept leaf and each
// forwarded message's header, all with BODY.PEEK so nothing is marked read.
func (p *plan) sections() []*imap.BodySectionName {
	out := []*imap.BodySectionName{headerSection(nil)}
	var walk func(n *node)
	walk = func(n *node) {
		if n == nil {
			return
		}
		switch n.kind {
		case leafNode:
			out = append(out, &imap.BodySectionName{BodyPartName: imap.BodyPartName{Path: n.path}, Peek: true})
		case multipartNode:
			for _, c := range n.children {
				walk(c)
			}
		case messageNode:
			out = append(out, headerSection(n.path))
			walk(n.body)
		}
	}
	walk(p.root)
	return out
}

func headerSection(path []int) *imap.BodySectionName {
	return &imap.BodySectionName{BodyPartName: imap.BodyPartName{Specifier: imap.HeaderSpecifier, Path: path}, Peek: true}
}

// key groups messages that need the same sections into one FETCH.
func (p *plan) key() string {
	var b strings.Builder
	for _, s := range p.sections() {
		b.WriteString(string(s.FetchItem()))
		b.WriteByte(' ')
	}
	return b.String()
}

// build writes the synthesized RFC 822 message from the fetched sections.
func (p *plan) build(m *imap.Message) ([]byte, error) {
	var buf bytes.Buffer
	if err := p.writeMessage(&buf, m, nil, p.root, true); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

var errMissing = errors.New("the server did not send a section it was asked for")

func section(m *imap.Message, s *imap.BodySectionName) ([]byte, error) {
	lit := m.GetBody(s)
	if lit == nil {
		return nil, fmt.Errorf("%s: %w", s.FetchItem(), errMissing)
	}
	return io.ReadAll(lit)
}

// writeMessage writes a header (the message's, or a forwarded message's)
// with its MIME fields replaced, then the body: a multipart/mixed around
// the kept parts for the top message, the kept tree for a forwarded one.
func (p *plan) writeMessage(w *bytes.Buffer, m *imap.Message, headerPath []int, body *node, top bool) error {
	raw, err := section(m, headerSection(headerPath))
	if err != nil {
		return err
	}
	h, err := textproto.ReadHeader(bufio.NewReader(bytes.NewReader(raw)))
	if err != nil && h.Len() == 0 {
		return fmt.Errorf("read header: %w", err)
	}
	for _, k := range []string{"Content-Type", "Content-Transfer-Encoding", "Content-Disposition", "Mime-Version"} {
		h.Del(k)
	}
	h.Set("Mime-Version", "1.0")
	if top || body == nil || body.kind != leafNode {
		boundary := newBoundary()
		h.Set("Content-Type", mime.FormatMediaType("multipart/mixed", map[string]string{"boundary": boundary}))
		if err := textproto.WriteHeader(w, h); err != nil {
			return fmt.Errorf("write header: %w", err)
		}
		var children []*node
		switch {
		case body == nil:
		case top && body.kind == multipartNode && strings.EqualFold(body.bs.MIMESubType, "mixed"):
			children = body.children
		default:
			children = []*node{body}
		}
		return p.writeParts(w, m, boundary, children)
	}
	setPartHeader(&h, body.bs)
	if err := textproto.WriteHeader(w, h); err != nil {
		return fmt.Errorf("write header: %w", err)
	}
	return p.writeLeafBody(w, m, body)
}

func (p *plan) writeParts(w *bytes.Buffer, m *imap.Message, boundary string, children []*node) error {
	for _, c := range children {
		fmt.Fprintf(w, "\r\n--%s\r\n", boundary)
		if err := p.writeNode(w, m, c); err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "\r\n--%s--\r\n", boundary)
	return nil
}

func (p *plan) writeNode(w *bytes.Buffer, m *imap.Message, n *node) error {
	switch n.kind {
	case multipartNode:
		boundary := newBoundary()
		sub := strings.ToLower(n.bs.MIMESubType)
		fmt.Fprintf(w, "Content-Type: %s\r\n\r\n", mime.FormatMediaType("multipart/"+sub, map[string]string{"boundary": boundary}))
		return p.writeParts(w, m, boundary, n.children)
	case messageNode:
		w.WriteString("Content-Type: message/rfc822\r\n\r\n")
		return p.writeMessage(w, m, n.path, n.body, false)
	}
	var h textproto.Header
	setPartHeader(&h, n.bs)
	if err := textproto.WriteHeader(w, h); err != nil {
		return fmt.Errorf("write part header: %w", err)
	}
	return p.writeLeafBody(w, m, n)
}

func (p *plan) writeLeafBody(w *bytes.Buffer, m *imap.Message, n *node) error {
	body, err := section(m, &imap.BodySectionName{BodyPartName: imap.BodyPartName{Path: n.path}, Peek: true})
	if err != nil {
		return err
	}
	w.Write(body)
	return nil
}

// setPartHeader writes a leaf's content type with its parameters (charset,
// method, name), its transfer encoding and its disposition.
func setPartHeader(h *textproto.Header, bs *imap.BodyStructure) {
	mt := strings.ToLower(bs.MIMEType + "/" + bs.MIMESubType)
	params := map[string]string{}
	for k, v := range bs.Params {
		params[strings.ToLower(k)] = v
	}
	ct := mime.FormatMediaType(mt, params)
	if ct == "" {
		ct = mime.FormatMediaType(mt, nil)
	}
	h.Set("Content-Type", ct)
	if enc := strings.ToLower(bs.Encoding); enc != "" {
		h.Set("Content-Transfer-Encoding", enc)
	}
	if bs.Disposition != "" {
		if d := mime.FormatMediaType(strings.ToLower(bs.Disposition), bs.DispositionParams); d != "" {
			h.Set("Content-Disposition", d)
		}
	}
}

func newBoundary() string {
	var b [18]byte
	_, _ = rand.Read(b[:])
	return "huntbook-" + hex.EncodeToString(b[:])
}
