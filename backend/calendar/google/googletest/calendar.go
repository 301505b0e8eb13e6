package googletest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Page is one events.list response (an object with "items"). Its
// nextPageToken and nextSyncToken are set by the fake when it is served.
type Page map[string]any

// LoadPage reads a recorded response: a full events.list object, or a bare
// JSON array of events (wrapped into a response).
func LoadPage(path string) (Page, error) {
	b, err := os.ReadFile(path) //nolint:gosec // G304: the test's own recorded page
	if err != nil {
		return nil, fmt.Errorf("load page: %w", err)
	}
	return ParsePage(b)
}

// ParsePage parses a response object or a bare array of events.
func ParsePage(b []byte) (Page, error) {
	var items []any
	if err := json.Unmarshal(b, &items); err == nil {
		return Page{"kind": "calendar#events", "items": items}, nil
	}
	var p Page
	if err := json.Unmarshal(b, &p); err != nil {
		return nil, fmt.Errorf("parse page: %w", err)
	}
	if _, ok := p["items"]; !ok {
		p["items"] = []any{}
	}
	return p, nil
}

// Items returns the page's events.
func (p Page) Items() []map[string]any {
	raw, _ := p["items"].([]any)
	out := make([]map[string]any, 0, len(raw))
	for _, it := range raw {
		if m, ok := it.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

// SyntheticPages generates n timed events starting at start, one an hour,
// perPage to a page, shaped like Google's (ids, iCalUID, organizer,
// attendees, a Meet link on every tenth).
func SyntheticPages(n, perPage int, start time.Time) []Page {
	var pages []Page
	for i := 0; i < n; i += perPage {
		var items []any
		for j := i; j < min(n, i+perPage); j++ {
			st := start.Add(time.Duration(j) * time.Hour).UTC()
			id := fmt.Sprintf("synthetic%06d", j)
			ev := map[string]any{
				"kind": "calendar#event", "etag": fmt.Sprintf(`"%d"`, 3485466039120702+j), "id": id,
				"status": "confirmed", "htmlLink": "https://www.google.com/calendar/event?eid=" + id,
				"created": "2025-03-23T12:27:05.000Z", "updated": "2025-03-23T12:30:19.560Z",
				"summary":     fmt.Sprintf("Interview %d with Acme Corp", j),
				"description": "Second-round interview. Agenda: system design, team fit.",
				"location":    "Acme HQ, 1 Main St",
				"creator":     map[string]any{"email": "recruiter@acme.example"},
				"organizer":   map[string]any{"email": "recruiter@acme.example", "displayName": "Acme Recruiting"},
				"start":       map[string]any{"dateTime": st.Format(time.RFC3339), "timeZone": "Europe/Berlin"},
				"end":         map[string]any{"dateTime": st.Add(45 * time.Minute).Format(time.RFC3339), "timeZone": "Europe/Berlin"},
				"iCalUID":     id + "@google.com",
				"sequence":    0,
				"attendees": []any{
					map[string]any{"email": "me@example.com", "self": true, "responseStatus": "accepted"},
					map[string]any{"email": "recruiter@acme.example", "organizer": true, "responseStatus": "accepted"},
				},
				"reminders": map[string]any{"useDefault": true}, "eventType": "default",
			}
			if j%10 == 0 {
				ev["hangoutLink"] = "https://meet.google.com/abc-defg-hij"
			}
			items = append(items, ev)
		}
		pages = append(pages, Page{"kind": "calendar#events", "timeZone": "Europe/Berlin", "items": items})
	}
	return pages
}

type calendarData struct {
	full *stream
}

// stream is a scripted sequence of pages: a full listing, or the changes since one sync token.
type stream struct {
	calendarID  string
	incremental bool
	bodies      [][]byte
}

type pageRef struct {
	s   *stream
	idx int
}

type syncEntry struct {
	calendarID string
	changes    *stream // nil: nothing changed
	stale      bool
}

// SetFull scripts the full listing of calendarID (a calendar the fake then
// knows). The last page's nextSyncToken is kept if the page has one, else
// made up; the same goes for nextPageToken on the other pages.
func (s *Server) SetFull(calendarID string, pages ...Page) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calendars[calendarID] = &calendarData{full: s.newStream(calendarID, false, pages)}
}

// SetChanges scripts the answer to an incremental sync with syncToken (a
// token the fake handed out earlier or any other string).
func (s *Server) SetChanges(calendarID, syncToken string, pages ...Page) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.syncTokens[syncToken] = &syncEntry{calendarID: calendarID, changes: s.newStream(calendarID, true, pages)}
}

// ExpireSyncToken makes syncToken stale: events.list answers 410 Gone.
func (s *Server) ExpireSyncToken(syncToken string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if e := s.syncTokens[syncToken]; e != nil {
		e.stale = true
		return
	}
	s.syncTokens[syncToken] = &syncEntry{stale: true}
}

// SetCalendarList sets the calendarList.list answer (a recorded response).
func (s *Server) SetCalendarList(body []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calList = body
}

// newStream assigns tokens and marshals pages; the caller holds s.mu.
func (s *Server) newStream(calendarID string, incremental bool, pages []Page) *stream {
	if len(pages) == 0 {
		pages = []Page{{"kind": "calendar#events", "items": []any{}}}
	}
	st := &stream{calendarID: calendarID, incremental: incremental}
	for i, p := range pages {
		q := Page{}
		for k, v := range p {
			q[k] = v
		}
		delete(q, "nextPageToken")
		delete(q, "nextSyncToken")
		if i < len(pages)-1 {
			tok, _ := p["nextPageToken"].(string)
			if tok == "" {
				tok = s.next("page-")
			}
			q["nextPageToken"] = tok
			s.pageTokens[tok] = pageRef{s: st, idx: i + 1}
		} else {
			tok, _ := p["nextSyncToken"].(string)
			if tok == "" {
				tok = s.next("sync-")
			}
			q["nextSyncToken"] = tok
			if e := s.syncTokens[tok]; e == nil {
				s.syncTokens[tok] = &syncEntry{calendarID: calendarID}
			}
		}
		b, err := json.Marshal(q)
		if err != nil {
			panic(fmt.Sprintf("googletest: marshal page: %v", err)) // only from a test's own bad literal
		}
		st.bodies = append(st.bodies, b)
	}
	return st
}

// handleEvents serves GET /calendars/{calendarId}/events (events.list).
func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r.Method != http.MethodGet {
		s.stats.WriteAttempts++
		apiError(w, http.StatusForbidden, "insufficientPermissions", "Request had insufficient authentication scopes.")
		return
	}
	if _, ok := s.authorize(w, r); !ok {
		return
	}
	rest := strings.TrimPrefix(r.URL.EscapedPath(), "/calendars/")
	seg, tail, _ := strings.Cut(rest, "/")
	calID, err := url.PathUnescape(seg)
	if err != nil || tail != "events" {
		apiError(w, http.StatusNotFound, "notFound", "Not Found")
		return
	}
	q := r.URL.Query()
	s.stats.ListRequests++
	s.stats.LastQuery = q
	cal := s.calendars[calID]
	if cal == nil {
		// Google's recorded 404 document.
		writeRaw(w, http.StatusNotFound, []byte(`{"error":{"errors":[{"domain":"global","reason":"notFound","message":"Not `+
			`Found"}],"code":404,"message":"Not Found"}}`))
		return
	}
	if q.Get("singleEvents") != "true" {
		apiError(w, http.StatusBadRequest, "invalid", "fake: Huntbook must list with singleEvents=true")
		return
	}
	if m := q.Get("maxResults"); m != "" {
		if n, err := strconv.Atoi(m); err != nil || n < 1 || n > 2500 {
			apiError(w, http.StatusBadRequest, "invalid", "Invalid value for maxResults")
			return
		}
	}
	syncToken := q.Get("syncToken")
	if syncToken != "" && (q.Has("timeMin") || q.Has("timeMax") || q.Has("updatedMin") || q.Has("orderBy")) {
		apiError(w, http.StatusBadRequest, "invalid", "Sync token cannot be used with timeMin, timeMax, updatedMin or orderBy.")
		return
	}
	if pt := q.Get("pageToken"); pt != "" {
		ref, ok := s.pageTokens[pt]
		if !ok || ref.s.calendarID != calID || ref.s.incremental != (syncToken != "") {
			apiError(w, http.StatusBadRequest, "invalid", "Invalid page token value.")
			return
		}
		writeRaw(w, http.StatusOK, ref.s.bodies[ref.idx])
		return
	}
	if syncToken != "" {
		e := s.syncTokens[syncToken]
		if e == nil || e.stale || e.calendarID != calID {
			apiError(w, http.StatusGone, "fullSyncRequired", "Sync token is no longer valid, a full sync is required.")
			return
		}
		if e.changes == nil {
			writeJSON(w, http.StatusOK, map[string]any{"kind": "calendar#events", "items": []any{}, "nextSyncToken": syncToken})
			return
		}
		writeRaw(w, http.StatusOK, e.changes.bodies[0])
		return
	}
	tmin, err1 := time.Parse(time.RFC3339, q.Get("timeMin"))
	tmax, err2 := time.Parse(time.RFC3339, q.Get("timeMax"))
	if err1 != nil || err2 != nil || !tmin.Before(tmax) {
		apiError(w, http.StatusBadRequest, "invalid", "fake: a full sync must give timeMin < timeMax in RFC 3339")
		return
	}
	writeRaw(w, http.StatusOK, cal.full.bodies[0])
}

// handleCalendarList serves GET /users/me/calendarList; it needs the calendarlist scope.
func (s *Server) handleCalendarList(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r.Method != http.MethodGet {
		s.stats.WriteAttempts++
		apiError(w, http.StatusForbidden, "insufficientPermissions", "Request had insufficient authentication scopes.")
		return
	}
	scopes, ok := s.authorize(w, r)
	if !ok {
		return
	}
	if !slices.Contains(scopes, readOnlyScopes[1]) {
		apiError(w, http.StatusForbidden, "insufficientPermissions", "Request had insufficient authentication scopes.")
		return
	}
	if s.calList == nil {
		writeJSON(w, http.StatusOK, map[string]any{"kind": "calendar#calendarList", "items": []any{}})
		return
	}
	writeRaw(w, http.StatusOK, s.calList)
}
