package mailread

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/huntbook/huntbook/backend/lazyre"
	"github.com/huntbook/huntbook/backend/model"
)

// fromTime is the time of day an mbox "From " separator line carries
// ("From MAILER-DAEMON Tue Dec  8 10:00:00 2026", "From 1782@xxx Mon Jan 06
// 18:10:41 +0000 2025", "From - Tue Dec 08 ...").
var fromTime = lazyre.New(`\b\d{1,2}:\d\d(:\d\d)?\b`)

// isSeparator tells an mbox "From " line.
func isSeparator(line []byte) bool {
	return bytes.HasPrefix(line, []byte("From ")) && fromTime.Match(line)
}

// ReadMbox reads an mbox (mboxrd or mboxo, as Thunderbird, Apple Mail and
// Google Takeout write them) message by message, calling fn for each;
// ">From " lines are unquoted. The file is streamed: at most one message is
// held at a time. A message larger than lim.MaxMessageBytes, or one that
// cannot be read, reaches fn as an Item with Err (naming its position) and
// the rest are still read. Reading stops with an error when fn returns one,
// when the file is larger than lim.MaxMboxBytes, or when r fails.
func ReadMbox(r io.Reader, lim Limits, fn func(Item) error) error {
	lim = lim.withDefaults()
	br := bufio.NewReaderSize(r, 64<<10)
	var (
		total    int64
		pos      int
		buf      bytes.Buffer
		tooBig   bool
		started  bool
		prevBlnk = true
	)
	emit := func() error {
		if !started {
			return nil
		}
		it := Item{Position: pos}
		if tooBig {
			it.Err = fmt.Errorf("message %d: %w", pos, tooLarge(lim.MaxMessageBytes))
		} else {
			data := bytes.TrimRight(buf.Bytes(), "\r\n")
			m, err := parseMessage(data, time.Now().Add(lim.PerMessage))
			if err != nil {
				it.Err = fmt.Errorf("message %d: %w", pos, err)
			} else {
				it.Message = m
			}
		}
		buf.Reset()
		tooBig = false
		return fn(it)
	}
	for {
		line, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			// a line longer than the buffer: take it in pieces
			long := append([]byte(nil), line...)
			for errors.Is(err, bufio.ErrBufferFull) {
				line, err = br.ReadSlice('\n')
				long = append(long, line...)
				if int64(len(long)) > lim.MaxMessageBytes {
					break
				}
			}
			line = long
		}
		if len(line) > 0 {
			total += int64(len(line))
			if total > lim.MaxMboxBytes {
				return model.Errorf(model.CodeTooLarge, "the mbox is larger than %s (stopped after message %d)", sizeText(lim.MaxMboxBytes), pos)
			}
			trimmed := bytes.TrimRight(line, "\r\n")
			switch {
			case (prevBlnk || !started) && isSeparator(trimmed):
				if e := emit(); e != nil {
					return e
				}
				pos++
				started = true
			case !started:
				if len(bytes.TrimSpace(line)) == 0 {
					break
				}
				// no separator before the first message: not an mbox
				// as written, but read the text as one message
				started = true
				pos = 1
				fallthrough
			default:
				if tooBig {
					break
				}
				if unq := unquoteFrom(trimmed); unq != nil {
					buf.Write(unq)
					buf.Write(line[len(trimmed):])
				} else {
					buf.Write(line)
				}
				if int64(buf.Len()) > lim.MaxMessageBytes {
					tooBig = true
					buf.Reset()
				}
			}
			prevBlnk = len(bytes.TrimSpace(line)) == 0
		}
		if err == io.EOF {
			return emit()
		}
		if err != nil {
			return fmt.Errorf("read mbox after message %d: %w", pos, err)
		}
	}
}

// unquoteFrom removes one ">" from a ">From " (">>From ", ...) line, or
// returns nil when the line is not one.
func unquoteFrom(line []byte) []byte {
	i := 0
	for i < len(line) && line[i] == '>' {
		i++
	}
	if i == 0 || !bytes.HasPrefix(line[i:], []byte("From ")) {
		return nil
	}
	return line[1:]
}
