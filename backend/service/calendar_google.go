package service

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/calendar"
	"github.com/huntbook/huntbook/backend/calendar/google"
	"github.com/huntbook/huntbook/backend/jobrun"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/outbound"
	"github.com/huntbook/huntbook/backend/secrets"
	"github.com/huntbook/huntbook/backend/store"
)

// Settings and secret keys of the Google connection. The client secret and
// the token go to the keychain, never to the database.
const (
	settingGoogleClientID  = "calendar.google.clientId"
	settingGoogleReconnect = "calendar.google.reconnect"
	settingGoogleCalendars = "calendar.google.calendars" // JSON array of calendar ids; default ["primary"]
	settingSyncInterval    = "calendar.syncIntervalMinutes"
	secretClientSecret     = "google.calendar.clientSecret"
	secretsService         = "huntbook"
	envClientID            = "HUNTBOOK_GOOGLE_CLIENT_ID"
	envClientSecret        = "HUNTBOOK_GOOGLE_CLIENT_SECRET"
)

// ledgerTaskGoogle is the ledger's task of a Google request the google
// package did not label more precisely.
const ledgerTaskGoogle = "google"

// ConnectionState says whether Google Calendar is connected.
type ConnectionState string

// Connection states reported by Status.
const (
	StateConnected    ConnectionState = "connected"
	StateReconnect    ConnectionState = "reconnect"
	StateNotConnected ConnectionState = "not_connected"
)

// CalendarStatus says whether Google Calendar is connected and how syncing goes.
type CalendarStatus struct {
	State   ConnectionState `json:"state"`
	Message string          `json:"message"`
	// LastSync is the last successful sync, "" if none (UTC RFC 3339).
	LastSync string `json:"lastSync"`
	// Persistent is true when the grant is kept in the OS keychain; false
	// means it lasts for this session only.
	Persistent bool `json:"persistent"`
	// ClientID is the Google OAuth client in use ("" when none is set).
	ClientID            string `json:"clientId"`
	SyncIntervalMinutes int    `json:"syncIntervalMinutes"`
	Syncing             bool   `json:"syncing"`
}

// SyncReport says what a Google sync changed.
type SyncReport struct {
	Calendars  int      `json:"calendars"`
	Received   int      `json:"received"` // events Google sent
	Added      int      `json:"added"`
	Updated    int      `json:"updated"`
	Deleted    int      `json:"deleted"`
	Interviews int      `json:"interviews"` // among the received events
	Matched    int      `json:"matched"`
	FullResync bool     `json:"fullResync"`
	Warnings   []string `json:"warnings"`
}

// DisconnectReport says what Disconnect did.
type DisconnectReport struct {
	// Revoked is false when Google could not be reached: access is then
	// removed on this computer only, and Warning says so.
	Revoked       bool   `json:"revoked"`
	Warning       string `json:"warning,omitempty"`
	EventsDeleted int    `json:"eventsDeleted"`
}

func (c *Calendar) tokens() secrets.Store {
	c.tokensOnce.Do(func() {
		if c.Tokens == nil {
			c.Tokens = secrets.Open(secretsService)
		}
	})
	return c.Tokens
}

// config resolves the Google client: the caller's override, the
// environment, the stored setting, else the built-in one.
func (c *Calendar) config() google.Config {
	id, secret := c.ClientID, c.ClientSecret
	if id == "" {
		id, secret = strings.TrimSpace(os.Getenv(envClientID)), strings.TrimSpace(os.Getenv(envClientSecret))
	}
	if id == "" {
		id, _ = c.db.Setting(c.ctx(), settingGoogleClientID)
		secret = ""
	}
	if id != "" && secret == "" {
		secret, _ = secrets.Lookup(c.tokens(), secretClientSecret, envClientSecret)
	}
	cfg := google.ConfigFromEnv(id, secret)
	// Every Google request (sign-in, token refresh, revoke, API) goes
	// through this client, so each lands in the request ledger.
	cfg.HTTPClient = outbound.Wrap(c.HTTPClient, c.db, ledgerTaskGoogle, google.RequestTimeout)
	return cfg
}

// SetClient stores the user's own Google OAuth client (a Desktop app client
// from Google Cloud): the ID in the settings, the secret in the keychain.
// An empty ID goes back to the built-in client.
func (c *Calendar) SetClient(clientID, clientSecret string) error {
	clientID, clientSecret = strings.TrimSpace(clientID), strings.TrimSpace(clientSecret)
	if err := checkClientID(clientID); err != nil {
		return err
	}
	if err := c.db.SetSetting(c.ctx(), settingGoogleClientID, clientID); err != nil {
		return err
	}
	if clientSecret == "" {
		return c.tokens().Delete(secretClientSecret)
	}
	return c.tokens().Set(secretClientSecret, clientSecret)
}

// Connect asks Google for read-only access to the calendar: it opens the
// consent page in the browser and waits (up to 5 minutes, or until
// CancelConnect) for Google to send the user back.
func (c *Calendar) Connect() (CalendarStatus, error) {
	if c.deps.Browser == nil {
		return CalendarStatus{}, model.Errorf(model.CodeUnavailable, "no browser to open the Google sign-in page in")
	}
	cfg := c.config()
	ctx, cancel := context.WithCancel(context.Background())
	c.mu.Lock()
	if c.connecting != nil {
		c.connecting()
	}
	c.connecting = cancel
	c.mu.Unlock()
	defer func() {
		cancel()
		c.mu.Lock()
		c.connecting = nil
		c.mu.Unlock()
	}()
	tok, err := cfg.Connect(ctx, c.deps.Browser.OpenURL, false)
	if err != nil {
		return CalendarStatus{}, err
	}
	if err := google.SaveToken(c.tokens(), tok); err != nil {
		return CalendarStatus{}, err
	}
	if cfg.ClientID != google.BuiltinClientID {
		// The refresh token belongs to this client: remember it.
		if err := c.SetClient(cfg.ClientID, cfg.ClientSecret); err != nil {
			return CalendarStatus{}, err
		}
	}
	if err := c.db.SetSetting(c.ctx(), settingGoogleReconnect, ""); err != nil {
		return CalendarStatus{}, err
	}
	return c.Status()
}

// CancelConnect stops a Connect that is waiting for the browser.
func (c *Calendar) CancelConnect() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.connecting != nil {
		c.connecting()
	}
	return nil
}

// Status says whether Google Calendar is connected, needs reconnecting,
// or is not connected, with the last sync time.
func (c *Calendar) Status() (CalendarStatus, error) {
	tokens := c.tokens()
	st := CalendarStatus{State: StateNotConnected, Message: "Google Calendar is not connected", Persistent: tokens.Persistent(),
		ClientID: c.config().ClientID}
	st.Syncing = len(c.runner.Running(jobCalendarSync)) > 0
	st.SyncIntervalMinutes = c.syncInterval()
	if google.Connected(tokens) {
		st.State, st.Message = StateConnected, "Google Calendar is connected (read-only)"
		if v, _ := c.db.Setting(c.ctx(), settingGoogleReconnect); v != "" {
			st.State, st.Message = StateReconnect, google.ErrReconnect.Message
		}
	}
	states, err := c.db.CalendarSyncStates(c.ctx())
	if err != nil {
		return st, err
	}
	var last time.Time
	for _, s := range states {
		if s.LastSync.After(last) {
			last = s.LastSync
		}
	}
	if !last.IsZero() {
		st.LastSync = last.UTC().Format(time.RFC3339)
	}
	return st, nil
}

// SetSyncInterval sets how often a connected calendar syncs while the app
// runs (0 turns it off; at least 5 minutes otherwise).
func (c *Calendar) SetSyncInterval(minutes int) error {
	if minutes != 0 && (minutes < 5 || minutes > 24*60) {
		return model.Invalid("syncIntervalMinutes", "sync every 5 minutes to 24 hours, or 0 for never")
	}
	return c.db.SetSetting(c.ctx(), settingSyncInterval, strconv.Itoa(minutes))
}

func (c *Calendar) syncInterval() int {
	v, _ := c.db.Setting(c.ctx(), settingSyncInterval)
	n, _ := strconv.Atoi(v)
	return n
}

// jobCalendarSync is the kind, and id prefix, of calendar sync jobs.
const jobCalendarSync = "calendar-sync"

// Sync starts a Google sync in the background and returns its job id at
// once (the running sync's id if one is under way). Progress comes as
// job:progress events and the SyncReport with job:done; Cancel stops it.
func (c *Calendar) Sync() (string, error) {
	if !google.Connected(c.tokens()) {
		return "", google.ErrNotConnected
	}
	id, _ := c.runner.StartOne(jobCalendarSync, c.syncJob)
	return id, nil
}

// SyncNow runs a Google sync and waits for it, reporting progress like Sync.
func (c *Calendar) SyncNow() (SyncReport, error) {
	if !google.Connected(c.tokens()) {
		return SyncReport{}, google.ErrNotConnected
	}
	res, err := c.runner.RunOne(context.Background(), jobCalendarSync, c.syncJob)
	if errors.Is(err, jobrun.ErrBusy) {
		return SyncReport{}, model.Errorf(model.CodeConflict, "a calendar sync is already running")
	}
	rep, _ := res.(SyncReport)
	return rep, err
}

// syncJob is a sync as a job: its result is the SyncReport, none on error.
func (c *Calendar) syncJob(ctx context.Context, job *jobrun.Job) (any, error) {
	rep, err := c.runSync(ctx, job)
	if err != nil {
		return nil, err
	}
	return rep, nil
}

// Cancel stops a running sync.
func (c *Calendar) Cancel(jobID string) error {
	if !c.runner.Cancel(jobCalendarSync, jobID) {
		return model.NotFound("job", jobID)
	}
	return nil
}

func (c *Calendar) calendarIDs() []string {
	v, _ := c.db.Setting(c.ctx(), settingGoogleCalendars)
	var ids []string
	if v != "" && json.Unmarshal([]byte(v), &ids) == nil && len(ids) > 0 {
		return ids
	}
	return []string{"primary"}
}

// runSync syncs every chosen calendar; each calendar's events and its new
// sync token are saved in one transaction.
func (c *Calendar) runSync(ctx context.Context, job *jobrun.Job) (SyncReport, error) {
	rep := SyncReport{Warnings: []string{}}
	client, err := google.NewClient(ctx, c.config(), c.tokens())
	if err != nil {
		return rep, c.noteReconnect(err)
	}
	client.Now = c.db.Now
	m, err := c.matcher(ctx)
	if err != nil {
		return rep, err
	}
	for _, calID := range c.calendarIDs() {
		st, err := c.db.CalendarSyncState(ctx, calID)
		if err != nil {
			return rep, err
		}
		base := rep.Received
		res, err := client.Sync(ctx, google.SyncState{CalendarID: calID, SyncToken: st.SyncToken, LastSync: st.LastSync}, func(n int) {
			job.Progress(int64(base+n), 0, fmt.Sprintf("Received %d events from Google Calendar", base+n))
		})
		if err != nil {
			return rep, c.noteReconnect(err)
		}
		rep.Calendars++
		rep.Received += len(res.Upserts) + len(res.Deleted)
		rep.FullResync = rep.FullResync || res.FullResync
		rep.Warnings = append(rep.Warnings, res.Warnings...)
		batch := store.CalendarBatch{Source: calendar.SourceGoogle, CalendarID: calID, DeleteExternal: res.Deleted,
			Prune: res.FullResync, Sync: &store.CalendarSync{CalendarID: calID, SyncToken: res.State.SyncToken, LastSync: res.State.LastSync}}
		for _, e := range res.Upserts {
			if strings.EqualFold(e.Status, "cancelled") {
				batch.DeleteKeys = append(batch.DeleteKeys, e.Key())
				continue
			}
			batch.Upserts = append(batch.Upserts, m.assess(e))
		}
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		saved, err := c.db.SaveCalendarEvents(ctx, batch)
		if err != nil {
			return rep, err
		}
		rep.Added, rep.Updated, rep.Deleted = rep.Added+saved.Added, rep.Updated+saved.Updated, rep.Deleted+saved.Deleted
		iv, matched, err := c.countVerdicts(batch.Upserts)
		if err != nil {
			return rep, err
		}
		rep.Interviews, rep.Matched = rep.Interviews+iv, rep.Matched+matched
		job.Progress(int64(rep.Received), 0, fmt.Sprintf("Saved %d events from Google Calendar", rep.Received))
	}
	if err := c.db.SetSetting(c.ctx(), settingGoogleReconnect, ""); err != nil {
		return rep, err
	}
	return rep, nil
}

// noteReconnect remembers that Google refused the grant, so Status can say
// "reconnect" until the user connects again.
func (c *Calendar) noteReconnect(err error) error {
	if errors.Is(err, google.ErrReconnect) {
		if serr := c.db.SetSetting(c.ctx(), settingGoogleReconnect, "1"); serr != nil {
			return errors.Join(err, serr)
		}
	}
	return err
}

// Disconnect revokes Huntbook's access at Google and deletes the token
// (and the sync state); with deleteEvents it also deletes the events
// imported from Google and the decisions on them.
func (c *Calendar) Disconnect(deleteEvents bool) (DisconnectReport, error) {
	var rep DisconnectReport
	for _, id := range c.runner.Running(jobCalendarSync) {
		_ = c.Cancel(id)
	}
	err := google.Disconnect(c.ctx(), c.config(), c.tokens())
	switch {
	case err == nil:
		rep.Revoked = true
	case model.ErrorCode(err) == model.CodeUnavailable:
		rep.Warning = model.AsError(err).Message
	default:
		return rep, err
	}
	if err := c.db.SetSetting(c.ctx(), settingGoogleReconnect, ""); err != nil {
		return rep, err
	}
	if deleteEvents {
		n, err := c.db.DeleteCalendarSource(c.ctx(), calendar.SourceGoogle)
		if err != nil {
			return rep, err
		}
		rep.EventsDeleted = n
		return rep, nil
	}
	return rep, c.db.ResetCalendarSync(c.ctx())
}

// RunCalendarSchedule syncs Google Calendar at the interval the user set
// (SetSyncInterval) until ctx ends; the window starts it. It checks once a
// minute, so a changed interval applies without a restart.
func RunCalendarSchedule(ctx context.Context, c *Calendar) {
	tick := time.NewTicker(time.Minute)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		if c.syncDue(c.db.Now()) {
			_, _ = c.Sync()
		}
	}
}

// syncDue tells whether the interval since the last sync has passed.
func (c *Calendar) syncDue(now time.Time) bool {
	every := c.syncInterval()
	if every <= 0 || !google.Connected(c.tokens()) {
		return false
	}
	if v, _ := c.db.Setting(c.ctx(), settingGoogleReconnect); v != "" {
		return false
	}
	states, err := c.db.CalendarSyncStates(c.ctx())
	if err != nil {
		return false
	}
	for _, s := range states {
		if now.Sub(s.LastSync) < time.Duration(every)*time.Minute {
			return false
		}
	}
	return true
}
