package google

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/huntbook/huntbook/backend/calendar"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/outbound"
	gcal "google.golang.org/api/calendar/v3"
)

// The full-sync window around now.
const (
	WindowBack  = 90 * 24 * time.Hour
	WindowAhead = 180 * 24 * time.Hour
)

// Limits on one sync: Google pages hold at most 2,500 events.
const (
	pageSize  = 250
	maxPages  = 2000
	maxEvents = 200000
)

// SyncState is what the caller persists per calendar between syncs.
type SyncState struct {
	CalendarID string    `json:"calendarId"` // "" means "primary"
	SyncToken  string    `json:"syncToken,omitempty"`
	LastSync   time.Time `json:"lastSync,omitempty"`
}

// SyncResult is the outcome of one Sync.
type SyncResult struct {
	// Upserts are events to insert or replace (by Key, or by CalendarID+ExternalID).
	Upserts []calendar.Event `json:"upserts"`
	// Deleted are Google event ids (calendar.Event.ExternalID) that were
	// cancelled or deleted. An id may name a whole recurring series: then
	// every instance whose ExternalID starts with id+"_" is gone too (Covers).
	Deleted []string `json:"deleted"`
	// State is the new state to persist (it carries the new sync token).
	State SyncState `json:"state"`
	// FullResync is true when this was a full listing of the window (first
	// sync, or Google expired the sync token with 410 Gone): the caller should
	// drop its events of this calendar that are not among Upserts.
	FullResync bool `json:"fullResync"`
	// TokenExpired is true when Google refused the stored sync token (410).
	TokenExpired bool `json:"tokenExpired"`
	// Pages is how many pages Google sent.
	Pages int `json:"pages"`
	// Skipped counts items that are not occurrences (recurring-series masters)
	// or that had no usable start time.
	Skipped int `json:"skipped"`
	// Warnings are things the user may want to know that did not stop the sync.
	Warnings []string `json:"warnings,omitempty"`
}

// Covers reports whether a deleted Google event id removes the event with
// the given ExternalID: the same event, or an instance of a deleted series.
func Covers(deletedID, externalID string) bool {
	if deletedID == externalID {
		return true
	}
	return len(externalID) > len(deletedID)+1 && externalID[:len(deletedID)] == deletedID && externalID[len(deletedID)] == '_'
}

// Sync brings one calendar up to date. With no sync token it lists the
// window [now-90d, now+180d] with recurring events expanded (singleEvents);
// with a token it asks only for what changed. A 410 Gone answer clears the
// token and does a full listing. progress (may be nil) gets the number of
// events received so far after each page. ctx cancels it.
func (c *Client) Sync(ctx context.Context, st SyncState, progress func(n int)) (*SyncResult, error) {
	calID := st.CalendarID
	if calID == "" {
		calID = "primary"
	}
	res, err := c.list(ctx, calID, st.SyncToken, progress)
	if err != nil && st.SyncToken != "" && isStatus(err, http.StatusGone) {
		res, err = c.list(ctx, calID, "", progress)
		if res != nil {
			res.TokenExpired = true
		}
	}
	if err != nil {
		return nil, apiError("sync google calendar", calID, err)
	}
	res.State = SyncState{CalendarID: st.CalendarID, SyncToken: res.State.SyncToken, LastSync: c.Now().UTC()}
	if res.State.SyncToken == "" {
		res.Warnings = append(res.Warnings, "Google sent no sync token: the next sync will list everything again")
	}
	if n, saveErr := c.ts.stats(); n > 0 && saveErr != nil {
		res.Warnings = append(res.Warnings, "the refreshed Google token could not be saved: "+model.AsError(saveErr).Message)
	}
	return res, nil
}

// list pages through events.list; syncToken "" means a full listing.
func (c *Client) list(ctx context.Context, calID, syncToken string, progress func(int)) (*SyncResult, error) {
	res := &SyncResult{FullResync: syncToken == "", Upserts: []calendar.Event{}, Deleted: []string{}}
	now := c.Now()
	timeMin := now.Add(-WindowBack).UTC().Format(time.RFC3339)
	timeMax := now.Add(WindowAhead).UTC().Format(time.RFC3339)
	pageToken := ""
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		call := c.svc.Events.List(calID).SingleEvents(true).MaxResults(pageSize).Context(outbound.WithTask(ctx, TaskEvents))
		if syncToken != "" {
			call.SyncToken(syncToken) // Google refuses timeMin/timeMax together with a sync token
		} else {
			call.TimeMin(timeMin).TimeMax(timeMax)
		}
		if pageToken != "" {
			call.PageToken(pageToken)
		}
		var page *gcal.Events
		err := c.retry401(func() (err error) { page, err = call.Do(); return err })
		if err != nil {
			return nil, err
		}
		res.Pages++
		for _, item := range page.Items {
			c.take(res, calID, page.TimeZone, item)
		}
		if len(res.Upserts)+len(res.Deleted) > maxEvents {
			return nil, model.Errorf(model.CodeTooLarge, "google calendar %q has more than %d events in the sync window", calID, maxEvents)
		}
		if progress != nil {
			progress(len(res.Upserts) + len(res.Deleted))
		}
		if page.NextPageToken == "" {
			res.State.SyncToken = page.NextSyncToken
			return res, nil
		}
		if page.NextPageToken == pageToken || res.Pages >= maxPages {
			return nil, model.Errorf(model.CodeCorrupt, "google calendar %q: paging does not end (page %d)", calID, res.Pages)
		}
		pageToken = page.NextPageToken
	}
}

// take files one item as an upsert, a deletion or a skip.
func (c *Client) take(res *SyncResult, calID, calTZ string, item *gcal.Event) {
	if item == nil || item.Id == "" {
		res.Skipped++
		return
	}
	if item.Status == "cancelled" {
		res.Deleted = append(res.Deleted, item.Id)
		return
	}
	ev, ok := toEvent(calID, calTZ, item)
	if !ok {
		res.Skipped++
		return
	}
	res.Upserts = append(res.Upserts, ev)
}

// String describes a result for logs: counts only, no event content.
func (r *SyncResult) String() string {
	return fmt.Sprintf("%d upserts, %d deleted, %d skipped, %d pages, full=%v", len(r.Upserts), len(r.Deleted), r.Skipped, r.Pages, r.FullResync)
}
