package llm

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/model"
	openai "github.com/sashabaranov/go-openai"
)

// maxStreamChars caps the text a stream may produce.
const maxStreamChars = 2 << 20

var errIdle = errors.New("stream idle")

// Stream sends r and calls onDelta (on the caller's goroutine) with the text as
// it arrives, in batches: the first piece at once, then at most one call per
// flush interval (50 ms), and the rest at the end. It returns the whole text.
// On cancel or error it returns what arrived so far together with the error.
func (c *Client) Stream(ctx context.Context, r Request, onDelta func(string)) (string, error) {
	if err := c.check(r); err != nil {
		return "", err
	}
	if onDelta == nil {
		onDelta = func(string) {}
	}
	req := c.chatRequest(r)
	sctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	watchdog := time.AfterFunc(c.idle, func() { cancel(errIdle) })
	defer watchdog.Stop()

	var st *openai.ChatCompletionStream
	cl, err := c.do(ctx, sctx, func(ctx context.Context) error {
		var err error
		st, err = c.oa.CreateChatCompletionStream(ctx, req)
		return err
	})
	if err != nil {
		if ctx.Err() == nil && errors.Is(context.Cause(sctx), errIdle) {
			return "", c.streamError(ctx, sctx, err)
		}
		return "", err
	}
	defer st.Close()

	deltas := make(chan string, 64)
	errc := make(chan error, 1)
	finished := make(chan bool, 1)
	go func() {
		defer close(deltas)
		sawFinish := false
		defer func() { finished <- sawFinish }()
		for {
			resp, err := st.Recv()
			if err != nil {
				errc <- err
				return
			}
			watchdog.Reset(c.idle)
			for _, ch := range resp.Choices {
				if ch.FinishReason != "" {
					sawFinish = true
				}
				if ch.Index != 0 || ch.Delta.Content == "" {
					continue
				}
				select {
				case deltas <- ch.Delta.Content:
				case <-sctx.Done():
					errc <- context.Cause(sctx)
					return
				}
			}
		}
	}()

	var all, pending strings.Builder
	var last time.Time
	var timer *time.Timer
	var timerC <-chan time.Time
	flush := func() {
		if timer != nil {
			timer.Stop()
			timer, timerC = nil, nil
		}
		if pending.Len() > 0 {
			onDelta(pending.String())
			pending.Reset()
			last = time.Now()
		}
	}
	tooLarge := false
loop:
	for {
		select {
		case d, ok := <-deltas:
			if !ok {
				break loop
			}
			if tooLarge {
				continue
			}
			if all.Len()+len(d) > c.maxText {
				tooLarge = true
				cancel(errReplyTooLarge)
				continue
			}
			all.WriteString(d)
			pending.WriteString(d)
			if wait := c.flushEvery - time.Since(last); wait <= 0 {
				flush()
			} else if timer == nil {
				timer = time.NewTimer(wait)
				timerC = timer.C
			}
		case <-timerC:
			timer, timerC = nil, nil
			flush()
		}
	}
	flush()
	recvErr := <-errc
	sawFinish := <-finished
	text := all.String()
	switch {
	case tooLarge:
		return text, model.Errorf(model.CodeTooLarge, "the reply grew past %d characters and was stopped; the text so far is kept", c.maxText)
	case errors.Is(recvErr, io.EOF):
		if cl.done.Load() || sawFinish {
			return text, nil
		}
		if whole, ok := plainReply(cl); ok && text == "" {
			onDelta(whole) // the server ignored "stream": true
			return whole, nil
		}
		return text, model.Errorf(model.CodeUnavailable, "%s stopped sending before the reply was complete; the text so far is kept", c.hint)
	default:
		return text, c.streamError(ctx, sctx, recvErr)
	}
}

// streamError explains why a stream ended early.
func (c *Client) streamError(parent, sctx context.Context, err error) error {
	cause := context.Cause(sctx)
	switch {
	case parent.Err() != nil:
		return &model.Error{Code: model.CodeCanceled, Message: "stopped before the model finished", Err: parent.Err()}
	case errors.Is(cause, errIdle):
		return &model.Error{Code: model.CodeUnavailable, Message: c.hint + " sent nothing for " + c.idle.String() + "; the text so far is kept", Err: err}
	case errors.Is(err, io.ErrUnexpectedEOF):
		return &model.Error{Code: model.CodeUnavailable, Message: "the connection to " + c.hint + " broke off mid-reply; the text so far is kept", Err: err}
	case errors.Is(err, openai.ErrTooManyEmptyStreamMessages):
		return &model.Error{Code: model.CodeCorrupt, Message: c.hint + " sent a stream that is not chat-completion events", Err: err}
	}
	var me *model.Error
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &me):
		return me
	case errors.As(err, &syn) || errors.As(err, &typ):
		return &model.Error{Code: model.CodeCorrupt, Message: c.hint + " sent something that is not a chat-completion chunk; the text so far is kept",
			Err: errors.New(c.scrub(clean(err.Error())))}
	case errors.Is(err, errReplyTooLarge):
		return c.classify(parent, err)
	}
	if _, _, _, ok := serverMessage(err); ok {
		return c.classify(parent, err) // an error event inside the stream
	}
	return &model.Error{Code: model.CodeUnavailable, Message: "the connection to " + c.hint + " broke off mid-reply; the text so far is kept",
		Err: errors.New(c.scrub(err.Error()))}
}

// plainReply reads a whole chat completion sent where a stream was asked for.
func plainReply(cl *call) (string, bool) {
	if len(cl.plain) == 0 {
		return "", false
	}
	var resp openai.ChatCompletionResponse
	if json.Unmarshal(cl.plain, &resp) != nil || len(resp.Choices) == 0 {
		return "", false
	}
	return resp.Choices[0].Message.Content, true
}
