package google

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/outbound"
	"github.com/huntbook/huntbook/backend/secrets"
	"golang.org/x/oauth2"
	gcal "google.golang.org/api/calendar/v3"
	"google.golang.org/api/googleapi"
	"google.golang.org/api/option"
)

// maxResponseBytes bounds one API response (a page of 250 events is ~0.5 MB).
const maxResponseBytes = 32 << 20

// Client reads one Google account's calendars with a stored token.
type Client struct {
	cfg    Config
	tokens secrets.Store
	ts     *tokenSource
	svc    *gcal.Service

	// Now returns the current time; the sync window is computed from it.
	// Tests may replace it before calling Sync.
	Now func() time.Time
}

// NewClient returns a Client using the token stored in tokens
// (ErrNotConnected if there is none). ctx supplies values only (it may carry
// an oauth2.HTTPClient); cancelling it does not stop later refreshes: each
// call takes its own ctx.
func NewClient(ctx context.Context, cfg Config, tokens secrets.Store) (*Client, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	tok, err := LoadToken(tokens)
	if err != nil {
		return nil, err
	}
	base := cfg.httpClient()
	ts := &tokenSource{
		ctx:    outbound.WithTask(context.WithValue(context.WithoutCancel(ctx), oauth2.HTTPClient, base), TaskRefresh),
		oc:     cfg.oauth("", nil),
		tokens: tokens,
		tok:    tok,
	}
	rt := base.Transport
	if rt == nil {
		rt = http.DefaultTransport
	}
	hc := &http.Client{
		Transport: &oauth2.Transport{Source: ts, Base: limitTransport{rt}},
		Timeout:   requestTimeout,
	}
	svc, err := gcal.NewService(ctx,
		option.WithEndpoint(cfg.APIURL+"/"),
		option.WithHTTPClient(hc),
		option.WithLogger(slog.New(slog.DiscardHandler)), // requests carry tokens: never log them
	)
	if err != nil {
		return nil, fmt.Errorf("google calendar client: %w", err)
	}
	return &Client{cfg: cfg, tokens: tokens, ts: ts, svc: svc, Now: time.Now}, nil
}

// Disconnect revokes access at Google and deletes the local token (see the
// package function Disconnect).
func (c *Client) Disconnect(ctx context.Context) error {
	return Disconnect(ctx, c.cfg, c.tokens)
}

// CalendarInfo is one calendar of the account, for a picker.
type CalendarInfo struct {
	ID       string `json:"id"`
	Summary  string `json:"summary"`
	TimeZone string `json:"timeZone,omitempty"`
	Primary  bool   `json:"primary"`
	Role     string `json:"role"` // owner, writer, reader, freeBusyReader
}

// Calendars lists the account's calendars. It needs the calendar-list scope
// (Connect with wantCalendarList); without it Google answers 403.
func (c *Client) Calendars(ctx context.Context) ([]CalendarInfo, error) {
	var out []CalendarInfo
	pageToken := ""
	for range maxPages {
		call := c.svc.CalendarList.List().MaxResults(250).Context(outbound.WithTask(ctx, TaskCalendarList))
		if pageToken != "" {
			call.PageToken(pageToken)
		}
		var list *gcal.CalendarList
		err := c.retry401(func() (err error) { list, err = call.Do(); return err })
		if err != nil {
			return nil, apiError("list calendars", "", err)
		}
		for _, e := range list.Items {
			if e == nil || e.Deleted {
				continue
			}
			out = append(out, CalendarInfo{ID: e.Id, Summary: clip(firstNonEmpty(e.SummaryOverride, e.Summary), 500),
				TimeZone: e.TimeZone, Primary: e.Primary, Role: e.AccessRole})
		}
		if list.NextPageToken == "" || list.NextPageToken == pageToken {
			return out, nil
		}
		pageToken = list.NextPageToken
	}
	return nil, model.Errorf(model.CodeTooLarge, "list calendars: more than %d pages", maxPages)
}

// retry401 runs do; when the API answers 401 although the token looked
// valid, it forces a refresh and tries once more. A second 401 means the
// grant is gone.
func (c *Client) retry401(do func() error) error {
	err := do()
	if !isStatus(err, http.StatusUnauthorized) {
		return err
	}
	c.ts.invalidate()
	err = do()
	if isStatus(err, http.StatusUnauthorized) {
		return fmt.Errorf("google answered 401 after a token refresh: %w", ErrReconnect)
	}
	return err
}

func isStatus(err error, code int) bool {
	var ge *googleapi.Error
	return errors.As(err, &ge) && ge.Code == code
}

// apiError turns an API failure into a typed error the UI can show.
func apiError(op, calendarID string, err error) error {
	if errors.Is(err, ErrReconnect) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("%s: %w", op, err)
	}
	var me *model.Error
	if errors.As(err, &me) {
		return fmt.Errorf("%s: %w", op, err)
	}
	var ge *googleapi.Error
	if errors.As(err, &ge) {
		msg := ge.Message
		if msg == "" {
			msg = http.StatusText(ge.Code)
		}
		msg = clip(msg, 300)
		switch ge.Code {
		case http.StatusNotFound:
			return &model.Error{Code: model.CodeNotFound, Field: "calendarId",
				Message: fmt.Sprintf("%s: Google calendar %q not found (%s)", op, calendarID, msg), Err: err}
		case http.StatusForbidden:
			return &model.Error{Code: model.CodeUnavailable,
				Message: fmt.Sprintf("%s: Google refused (%s): if it is about permissions, reconnect and grant access", op, msg), Err: err}
		default:
			return &model.Error{Code: model.CodeUnavailable,
				Message: fmt.Sprintf("%s: Google answered %d (%s): try again later", op, ge.Code, msg), Err: err}
		}
	}
	return &model.Error{Code: model.CodeUnavailable, Message: fmt.Sprintf("%s: cannot reach Google: %v", op, err), Err: err}
}

// limitTransport refuses response bodies over maxResponseBytes.
type limitTransport struct{ base http.RoundTripper }

func (t limitTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(r)
	if err != nil {
		return nil, err
	}
	if resp.ContentLength > maxResponseBytes {
		resp.Body.Close()
		return nil, tooLarge()
	}
	resp.Body = &limitedBody{rc: resp.Body, left: maxResponseBytes}
	return resp, nil
}

func tooLarge() error {
	return model.Errorf(model.CodeTooLarge, "a Google Calendar response is over %d MB", maxResponseBytes>>20)
}

type limitedBody struct {
	rc   io.ReadCloser
	left int64
}

func (b *limitedBody) Read(p []byte) (int, error) {
	if b.left <= 0 {
		// One byte more tells a body of exactly the limit from a longer one.
		var one [1]byte
		if n, _ := b.rc.Read(one[:]); n > 0 {
			return 0, tooLarge()
		}
		return 0, io.EOF
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.rc.Read(p)
	b.left -= int64(n)
	return n, err
}

func (b *limitedBody) Close() error { return b.rc.Close() }

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
