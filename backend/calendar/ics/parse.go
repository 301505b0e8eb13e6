// Package ics imports iCalendar (RFC 5545) files into calendar.Events and
// exports events back as .ics. The reader is lenient the way calendar apps
// are: it accepts what Google, Outlook/Exchange, Apple, Thunderbird, Zimbra,
// DAVx5 and others write, skips (and counts) what it cannot read, and never
// panics or runs unbounded on hostile input.
package ics

import (
	"bytes"
	"context"
	"fmt"
	"hash/fnv"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/calendar"
	"github.com/huntbook/huntbook/backend/model"
)

// Limits on untrusted input.
const (
	// MaxSize is the largest file Parse reads.
	MaxSize = 50 << 20
	// DefaultMaxEvents caps the events one Parse returns.
	DefaultMaxEvents = 100_000
	// DefaultMaxInstances caps the occurrences of one recurring event.
	DefaultMaxInstances = 1000
	// DefaultMaxOccurrences caps the occurrences all the recurring events
	// of one file add together.
	DefaultMaxOccurrences = 500
	// leftOutCount caps how many left-out occurrences are counted.
	leftOutCount = 100_000
	// DefaultTimeout bounds Parse (ParseContext uses the caller's context).
	DefaultTimeout = 30 * time.Second
	// ruleBudget caps the candidate dates one recurrence rule may look at.
	ruleBudget = 200_000
	// totalBudget caps the candidate dates of all the rules of one file.
	totalBudget = 5_000_000
	maxWarnings = 50
)

// Options tune an import.
type Options struct {
	// From and To bound the import window [From, To): events that do not
	// overlap it are left out, and recurrences are expanded only inside it.
	// A zero value leaves that side open; unbounded recurrences then stop at
	// MaxInstances.
	From, To time.Time
	// CalendarID is copied into every event (the file name, say).
	CalendarID string
	// MaxEvents caps the events returned (default DefaultMaxEvents).
	MaxEvents int
	// MaxInstances caps the occurrences of one recurring event (default
	// DefaultMaxInstances).
	MaxInstances int
	// MaxOccurrences caps the occurrences the file's recurring events add
	// together, in file order (default DefaultMaxOccurrences); the rest are
	// counted in Result.LeftOut.
	MaxOccurrences int
	// ExpandIf, when set, is asked once per recurring event, with its first
	// occurrence (DTSTART, RecurrenceID set), whether to expand its repeats.
	// When it says no, only that first occurrence is kept (if it is in the
	// window) and the event is counted in Result.NotExpanded. Overrides
	// (RECURRENCE-ID components) are kept either way.
	ExpandIf func(first calendar.Event) bool
	// Floating is the zone for floating times and unknown TZIDs; nil means
	// the calendar's X-WR-TIMEZONE if it names a zone, else time.Local.
	Floating *time.Location
}

// Result is what an import found.
type Result struct {
	Events       []calendar.Event
	Read         int      // VEVENT components read
	Skipped      int      // VEVENTs that could not be used (no or bad DTSTART)
	SkippedLines int      // lines that were not content lines, or out of place
	Warnings     []string // what was guessed or left out, for the user
	NotExpanded  int      // recurring events ExpandIf kept to their first occurrence
	LeftOut      int      // occurrences in the window left out by MaxOccurrences
	LeftOutMore  bool     // LeftOut is a lower bound: counting them stopped early
}

// Parse reads an iCalendar file with DefaultTimeout as deadline.
func Parse(r io.Reader, opt Options) (*Result, error) {
	ctx, cancel := context.WithTimeout(context.Background(), DefaultTimeout)
	defer cancel()
	return ParseContext(ctx, r, opt)
}

// ParseContext reads an iCalendar file: one or more VCALENDARs, or bare
// VEVENTs. It fails only on input that is too large, not iCalendar at all
// (a *model.Error with CodeUnsupported), or when ctx ends.
func ParseContext(ctx context.Context, r io.Reader, opt Options) (*Result, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("read calendar: %w", err)
	}
	if len(data) > MaxSize {
		return nil, model.Errorf(model.CodeTooLarge, "the calendar file is larger than %d MB", MaxSize>>20)
	}
	return parseBytes(ctx, data, opt)
}

func parseBytes(ctx context.Context, data []byte, opt Options) (*Result, error) {
	if opt.MaxEvents <= 0 {
		opt.MaxEvents = DefaultMaxEvents
	}
	if opt.MaxInstances <= 0 {
		opt.MaxInstances = DefaultMaxInstances
	}
	if opt.MaxOccurrences <= 0 {
		opt.MaxOccurrences = DefaultMaxOccurrences
	}
	if !bytes.Contains(bytes.ToUpper(data[:min(len(data), 1<<20)]), []byte("BEGIN:V")) {
		return nil, model.Errorf(model.CodeUnsupported, "this is not an iCalendar file: no BEGIN:VCALENDAR or BEGIN:VEVENT found")
	}
	doc := build(unfold(data))
	if !doc.Recognised {
		return nil, model.Errorf(model.CodeUnsupported, "this is not an iCalendar file: no calendar component found")
	}
	p := &parser{ctx: ctx, opt: opt, res: &Result{SkippedLines: doc.SkippedLines}, seen: map[string]bool{}, budget: totalBudget, countLeft: leftOutCount}
	// Each VCALENDAR has its own time zones; bare components share one scope.
	var bare []*component
	for _, root := range doc.Roots {
		if root.Name == "VCALENDAR" {
			if err := p.calendar(root, root.Children); err != nil {
				return nil, err
			}
		} else {
			bare = append(bare, root)
		}
	}
	if len(bare) > 0 {
		if err := p.calendar(&component{Name: "VCALENDAR"}, bare); err != nil {
			return nil, err
		}
	}
	ev := p.res.Events
	sort.SliceStable(ev, func(i, j int) bool {
		if !ev[i].Start.Equal(ev[j].Start) {
			return ev[i].Start.Before(ev[j].Start)
		}
		return ev[i].Key() < ev[j].Key()
	})
	return p.res, nil
}

// parser carries one import's state.
type parser struct {
	ctx    context.Context
	opt    Options
	res    *Result
	seen   map[string]bool // event keys already emitted
	warns  map[string]bool
	full   bool
	budget int // candidate dates left for recurrence rules

	repeats   int // occurrences of recurring events kept so far (MaxOccurrences)
	countLeft int // left-out occurrences that may still be counted
}

func (p *parser) warn(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if p.warns == nil {
		p.warns = map[string]bool{}
	}
	if p.warns[msg] || len(p.res.Warnings) >= maxWarnings {
		return
	}
	p.warns[msg] = true
	p.res.Warnings = append(p.res.Warnings, msg)
}

// calendar imports the events among children, with cal's properties.
func (p *parser) calendar(cal *component, children []*component) error {
	zs := &zones{defs: map[string]*component{}, cache: map[string]zone{}, warn: p.warn}
	walk(children, "VTIMEZONE", func(c *component) {
		if id := c.first("TZID"); id != nil {
			name := strings.TrimSpace(strings.Trim(id.Value, `"`))
			if _, dup := zs.defs[name]; !dup {
				zs.defs[name] = c
			}
		}
	})
	switch {
	case p.opt.Floating != nil:
		zs.floating = goZone{loc: p.opt.Floating, iana: p.opt.Floating.String()}
	default:
		if x := cal.first("X-WR-TIMEZONE"); x != nil {
			if z, ok := loadIANA(strings.TrimSpace(x.Value)); ok {
				zs.floating = z
			}
		}
		if zs.floating == nil {
			zs.floating = goZone{loc: time.Local}
		}
	}
	// Group by UID: a master and its RECURRENCE-ID overrides.
	groups := map[string]*group{}
	var order []string
	var err error
	walk(children, "VEVENT", func(c *component) {
		if err != nil {
			return
		}
		if err = p.ctx.Err(); err != nil {
			return
		}
		p.res.Read++
		v, ok := p.readEvent(c, zs)
		if !ok {
			p.res.Skipped++
			return
		}
		g := groups[v.uid]
		if g == nil {
			g = &group{overrides: map[string]*vevent{}}
			groups[v.uid] = g
			order = append(order, v.uid)
		}
		if v.rid != nil {
			key := ridKey(*v.rid, zs.floating)
			if old := g.overrides[key]; old == nil || v.seq >= old.seq {
				g.overrides[key] = v
			}
		} else if g.master == nil || v.seq >= g.master.seq {
			g.master = v
		}
	})
	if err != nil {
		return fmt.Errorf("read calendar: %w", err)
	}
	for _, uid := range order {
		if err := p.ctx.Err(); err != nil {
			return fmt.Errorf("read calendar: %w", err)
		}
		p.expandGroup(groups[uid], zs)
	}
	return nil
}

// group is the master and overrides sharing one UID.
type group struct {
	master    *vevent
	overrides map[string]*vevent // by ridKey
}

// ridKey identifies an occurrence by its original start.
func ridKey(v dt, floating zone) string {
	if v.Date {
		return v.Civil.Format("2006-01-02")
	}
	return v.instant(floating).Format(time.RFC3339)
}

// synthUID gives an event without UID a stable one from its content.
func synthUID(c *component) string {
	h := fnv.New64a()
	for _, name := range []string{"SUMMARY", "DTSTART", "DTEND", "DURATION", "DESCRIPTION", "LOCATION"} {
		if pr := c.first(name); pr != nil {
			h.Write([]byte(pr.Value))
		}
		h.Write([]byte{0})
	}
	return fmt.Sprintf("huntbook-%016x", h.Sum64())
}
