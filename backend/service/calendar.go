package service

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/huntbook/huntbook/backend/calendar"
	"github.com/huntbook/huntbook/backend/calendar/ics"
	"github.com/huntbook/huntbook/backend/calendar/match"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/secrets"
	"github.com/huntbook/huntbook/backend/shellport"
	"github.com/huntbook/huntbook/backend/store"
)

// Calendar brings interviews in from .ics files and Google Calendar, matches
// them to applications, and keeps the user's confirmations.
//
// The exported fields are wiring set by the caller before use (Wails binds
// methods only).
type Calendar struct {
	base
	// Tokens keeps the Google token and client secret; nil means the OS
	// keychain (with its session-only fallback), opened on first use.
	Tokens secrets.Store
	// Location is the user's time zone for floating times in .ics files;
	// nil means time.Local.
	Location *time.Location
	// ClientID and ClientSecret, when set, override the Google client from
	// the environment and the stored setting (the CLI's --client-id).
	ClientID, ClientSecret string
	// HTTPClient makes Google requests; nil means a default with a timeout.
	HTTPClient *http.Client

	tokensOnce sync.Once
	mu         sync.Mutex
	connecting context.CancelFunc
}

func newCalendar(b base) *Calendar { return &Calendar{base: b} }

// The import window around now for .ics files.
const (
	icsWindowBack  = 3 * 365 * 24 * time.Hour // a long search, and last year's interviews, still count
	icsWindowAhead = 365 * 24 * time.Hour
)

// icsMaxOccurrences caps the occurrences the repeating events of one .ics
// file add together: a rule repeating every minute must not turn a small
// file into a hundred thousand interviews.
const icsMaxOccurrences = 500

// ICSImport says what an .ics import found and kept.
type ICSImport struct {
	Path       string   `json:"path"`
	Read       int      `json:"read"`       // events in the file
	Skipped    int      `json:"skipped"`    // events that could not be read (no or bad start)
	Events     int      `json:"events"`     // occurrences kept: recurrences expanded, inside the window
	Interviews int      `json:"interviews"` // recognised as interviews
	Matched    int      `json:"matched"`    // with a proposed or confirmed application
	Added      int      `json:"added"`      // new in the database
	Updated    int      `json:"updated"`    // already there (a re-import)
	Deleted    int      `json:"deleted"`    // cancelled occurrences removed
	Warnings   []string `json:"warnings"`

	// NotRepeated counts repeating events that do not look like interviews:
	// only their first date was imported.
	NotRepeated int `json:"notRepeated"`
	// LeftOut counts occurrences of repeating interviews in the window that
	// were not imported because the file reached OccurrenceCap; LeftOutMore
	// says the count stopped early (there are more).
	LeftOut       int  `json:"leftOut"`
	LeftOutMore   bool `json:"leftOutMore"`
	OccurrenceCap int  `json:"occurrenceCap"`
}

var icsFilter = shellport.FileFilter{Name: "Calendar (*.ics)", Pattern: "*.ics;*.ical;*.ifb;*.icalendar"}

// ImportICSDialog asks for an .ics file and imports it; Path is "" when the
// user cancelled.
func (c *Calendar) ImportICSDialog() (ICSImport, error) {
	if c.deps.Dialogs == nil {
		return ICSImport{}, model.Errorf(model.CodeUnavailable, "no window to show a file dialog in")
	}
	p, err := c.deps.Dialogs.OpenFile("Import a calendar", []shellport.FileFilter{icsFilter})
	if err != nil || p == "" {
		return ICSImport{Warnings: []string{}}, err
	}
	return c.ImportICS(p)
}

// ImportICS reads an .ics file (events from three years back to a year
// ahead), recognises interviews, proposes applications for them and stores
// them. Repeating events are expanded only when they look like interviews,
// and at most icsMaxOccurrences occurrences per file; the report counts what
// was left out. Importing the same file again adds nothing; cancelled
// occurrences are removed.
func (c *Calendar) ImportICS(path string) (ICSImport, error) {
	rep := ICSImport{Path: path, OccurrenceCap: icsMaxOccurrences, Warnings: []string{}}
	if err := c.grants.allow(path, false); err != nil {
		return rep, err
	}
	data, err := readLimited(path, ics.MaxSize)
	if err != nil {
		return rep, err
	}
	m, err := c.matcher(c.ctx())
	if err != nil {
		return rep, err
	}
	now := c.db.Now()
	ctx, cancel := context.WithTimeout(c.ctx(), ics.DefaultTimeout)
	defer cancel()
	res, err := ics.ParseContext(ctx, bytes.NewReader(data), ics.Options{
		From: now.Add(-icsWindowBack), To: now.Add(icsWindowAhead),
		CalendarID: filepath.Base(path), Floating: c.location(),
		MaxOccurrences: icsMaxOccurrences,
		ExpandIf:       func(first calendar.Event) bool { return m.assess(first).IsInterview },
	})
	if err != nil {
		return rep, fmt.Errorf("import %s: %w", filepath.Base(path), err)
	}
	rep.Read, rep.Warnings = res.Read, append(rep.Warnings, res.Warnings...)
	rep.Skipped = res.Skipped
	rep.NotRepeated, rep.LeftOut, rep.LeftOutMore = res.NotExpanded, res.LeftOut, res.LeftOutMore
	batch := store.CalendarBatch{Source: calendar.SourceICS}
	instances := 0
	for _, e := range res.Events {
		if strings.EqualFold(e.Status, "cancelled") {
			batch.DeleteKeys = append(batch.DeleteKeys, e.Key())
			continue
		}
		instances++
		batch.Upserts = append(batch.Upserts, m.assess(e))
	}
	rep.Events = instances
	saved, err := c.db.SaveCalendarEvents(c.ctx(), batch)
	if err != nil {
		return rep, err
	}
	rep.Added, rep.Updated, rep.Deleted = saved.Added, saved.Updated, saved.Deleted
	rep.Interviews, rep.Matched, err = c.countVerdicts(batch.Upserts)
	return rep, err
}

// countVerdicts counts interviews and matched events among saved ones,
// reading the decisions back so a rejected proposal does not count.
func (c *Calendar) countVerdicts(evs []store.CalendarEvent) (interviews, matched int, err error) {
	decided := map[string]store.CalendarEvent{}
	if len(evs) > 0 {
		keys := make([]string, 0, len(evs))
		for _, e := range evs {
			if len(e.Proposals) > 0 {
				keys = append(keys, e.Event.Key())
			}
		}
		if len(keys) > 0 {
			got, err := c.db.CalendarEvents(c.ctx(), store.CalendarQuery{Keys: keys})
			if err != nil {
				return 0, 0, err
			}
			for _, g := range got {
				decided[g.Event.Key()] = g
			}
		}
	}
	for _, e := range evs {
		if e.IsInterview {
			interviews++
		}
		if g, ok := decided[e.Event.Key()]; ok && (len(g.Proposals) > 0 || g.ApplicationID != 0) {
			matched++
		}
	}
	return interviews, matched, nil
}

func (c *Calendar) location() *time.Location {
	if c.Location != nil {
		return c.Location
	}
	return time.Local
}

// matcher holds the applications prepared for matching one batch of events.
type matcher struct {
	ix   *match.Index
	byID map[int64]match.App
}

func (c *Calendar) matcher(ctx context.Context) (*matcher, error) {
	cands, err := c.db.MatchCandidates(ctx)
	if err != nil {
		return nil, err
	}
	apps := make([]match.App, len(cands))
	m := &matcher{byID: make(map[int64]match.App, len(cands))}
	for i, a := range cands {
		apps[i] = match.App{ID: a.ID, Company: a.Company, Title: a.Title, URL: a.URL, ContactEmails: a.ContactEmails, Open: a.Open}
		m.byID[a.ID] = apps[i]
	}
	m.ix = match.NewIndex(apps)
	return m, nil
}

// assess classifies an event and proposes applications for it. The
// interview verdict weighs the best proposal's people (match.Assess over
// that one application), so the index is built once per batch.
func (m *matcher) assess(e calendar.Event) store.CalendarEvent {
	props := m.ix.Propose(e)
	var iv match.Interview
	if len(props) > 0 {
		iv, _ = match.Assess(e, []match.App{m.byID[props[0].ApplicationID]})
	} else {
		iv = match.Classify(e)
	}
	out := store.CalendarEvent{Event: e, IsInterview: iv.IsInterview, Confidence: iv.Confidence, Reasons: iv.Reasons,
		Proposals: make([]store.EventProposal, len(props))}
	for i, p := range props {
		out.Proposals[i] = store.EventProposal{ApplicationID: p.ApplicationID, Confidence: p.Confidence, Reasons: p.Reasons}
	}
	return out
}

// ExportICS writes events to an .ics file: the ones named by keys, or
// every interview when keys is empty. It returns how many it wrote.
func (c *Calendar) ExportICS(path string, keys []string) (int, error) {
	if err := c.grants.allow(path, true); err != nil {
		return 0, err
	}
	q := store.CalendarQuery{Keys: keys, Interviews: len(keys) == 0}
	evs, err := c.db.CalendarEvents(c.ctx(), q)
	if err != nil {
		return 0, err
	}
	kinds, err := c.db.InterviewKinds(c.ctx())
	if err != nil {
		return 0, err
	}
	out := make([]calendar.Event, len(evs))
	for i, e := range evs {
		out[i] = e.Event
		if e.Event.Source == calendar.SourceManual {
			out[i].Categories = manualCategories(kinds[e.Event.Key()])
		}
	}
	var buf bytes.Buffer
	if err := ics.Write(&buf, out, "-//Huntbook//Huntbook "+c.deps.Version+"//EN"); err != nil {
		return 0, fmt.Errorf("export calendar: %w", err)
	}
	if err := writeFileAtomic(path, buf.Bytes()); err != nil {
		return 0, fmt.Errorf("export calendar: %w", err)
	}
	return len(out), nil
}

// ExportICSDialog asks where to save, then exports like ExportICS. It
// returns the path, or "" when the user cancelled.
func (c *Calendar) ExportICSDialog(keys []string) (string, error) {
	if c.deps.Dialogs == nil {
		return "", model.Errorf(model.CodeUnavailable, "no window to show a file dialog in")
	}
	p, err := c.deps.Dialogs.SaveFile("Export interviews", "huntbook-interviews.ics", []shellport.FileFilter{icsFilter})
	if err != nil || p == "" {
		return "", err
	}
	if !strings.HasSuffix(strings.ToLower(p), ".ics") {
		p += ".ics"
		c.grants.chosen(p) // the name the user chose, with its extension
	}
	_, err = c.ExportICS(p, keys)
	return p, err
}

func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".huntbook-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
