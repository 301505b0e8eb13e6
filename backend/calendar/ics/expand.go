package ics

import (
	"slices"
	"time"

	"github.com/huntbook/huntbook/backend/calendar"
)

// occurrence is one instance of a master before it becomes an Event.
type occurrence struct {
	start dt
	end   *dt       // RDATE periods carry their own end
	dur   *duration // ... or their own duration
}

// expandGroup emits a UID's events: the master's occurrences in the window
// (less EXDATEs and overridden ones; only the first when ExpandIf says no)
// and each override on its own.
func (p *parser) expandGroup(g *group, zs *zones) {
	if m := g.master; m != nil {
		recurring := len(m.rules) > 0 || len(m.rdates) > 0
		expand := recurring
		if recurring && p.opt.ExpandIf != nil {
			first := m.template
			first.Start, first.End, first.AllDay, first.TimeZone = p.span(m, occurrence{start: m.start}, zs)
			first.RecurrenceID = rid(m.start, zs.floating)
			if !p.opt.ExpandIf(first) {
				expand = false
				p.res.NotExpanded++
			}
		}
		for _, o := range p.occurrences(m, g, zs, expand) {
			e := m.template
			e.Start, e.End, e.AllDay, e.TimeZone = p.span(m, o, zs)
			if recurring {
				e.RecurrenceID = rid(o.start, zs.floating)
			}
			p.emit(e)
		}
	}
	keys := make([]string, 0, len(g.overrides))
	for k := range g.overrides {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		v := g.overrides[k]
		e := v.template
		if m := g.master; m != nil {
			inherit(&e, &m.template)
		}
		e.Start, e.End, e.AllDay, e.TimeZone = p.span(v, occurrence{start: v.start}, zs)
		e.RecurrenceID = rid(*v.rid, zs.floating)
		p.emit(e)
	}
}

// inherit fills what an override left out from its master.
func inherit(e, m *calendar.Event) {
	if e.Title == "" {
		e.Title = m.Title
	}
	if e.Description == "" {
		e.Description = m.Description
	}
	if e.Location == "" {
		e.Location = m.Location
	}
	if e.MeetingURL == "" {
		e.MeetingURL = m.MeetingURL
	}
	if e.Organizer == nil {
		e.Organizer = m.Organizer
	}
	if len(e.Attendees) == 0 {
		e.Attendees = m.Attendees
	}
	if len(e.Categories) == 0 {
		e.Categories = m.Categories
	}
}

// rid formats a recurrence id: the original start as RFC 3339 UTC.
func rid(v dt, floating zone) string { return v.instant(floating).Format(time.RFC3339) }

// span computes an occurrence's UTC start and end, all-day flag and zone name.
func (p *parser) span(v *vevent, o occurrence, zs *zones) (start, end time.Time, allDay bool, tz string) {
	s := o.start
	start = s.instant(zs.floating)
	allDay = s.Date
	switch {
	case s.Zone != nil:
		tz = s.Zone.ianaName()
	case !s.UTC && !s.Date:
		tz = zs.floating.ianaName()
	}
	switch {
	case o.end != nil:
		end = o.end.instant(zs.floating)
	case o.dur != nil:
		end = s.with(o.dur.add(s.Civil)).instant(zs.floating)
	case v.end != nil:
		// Same length as the master's first occurrence; for zoned times the
		// wall-clock length, so DST changes keep 10:00-11:00 an hour.
		if v.end.Zone == s.Zone && v.end.UTC == s.UTC && v.end.Date == s.Date {
			end = s.with(s.Civil.Add(v.end.Civil.Sub(v.start.Civil))).instant(zs.floating)
		} else {
			end = start.Add(v.end.instant(zs.floating).Sub(v.start.instant(zs.floating)))
		}
	case v.dur != nil:
		end = s.with(v.dur.add(s.Civil)).instant(zs.floating)
	case s.Date:
		end = start.AddDate(0, 0, 1)
	default:
		end = start
	}
	if end.Before(start) || (allDay && !end.After(start)) {
		if allDay {
			end = start.AddDate(0, 0, 1)
		} else {
			end = start
		}
	}
	return start.UTC(), end.UTC(), allDay, tz
}

// overlapsWindow reports whether occurrence o of m (at most length long)
// overlaps the import window.
func (p *parser) overlapsWindow(m *vevent, o occurrence, zs *zones, length time.Duration) bool {
	st := o.start.instant(zs.floating)
	if !p.opt.To.IsZero() && !st.Before(p.opt.To) {
		return false
	}
	if !p.opt.From.IsZero() && st.Before(p.opt.From) {
		if st.Add(length).Before(p.opt.From) {
			return false
		}
		if s, e, _, _ := p.span(m, o, zs); !p.inWindow(s, e) {
			return false
		}
	}
	return true
}

// exclusions are m's EXDATEs: the occurrences excluded by ridKey, and the
// days excluded whole (a DATE EXDATE on a timed event excludes the day).
func exclusions(m *vevent, zs *zones) (ex, exDay map[string]bool) {
	ex, exDay = map[string]bool{}, map[string]bool{}
	for _, x := range m.exdates {
		switch {
		case m.start.Date && !x.Date:
			x.Date = true
		case !m.start.Date && x.Date:
			exDay[x.Civil.Format("2006-01-02")] = true
			continue
		}
		ex[ridKey(x, zs.floating)] = true
	}
	return ex, exDay
}

// occurrences lists a master's occurrences in the window: DTSTART, and when
// expand each RRULE's and RDATE's, less EXDATEs and overridden ones, at most
// MaxInstances. Expanded occurrences count against the file's
// MaxOccurrences; those past it are counted in Result.LeftOut.
func (p *parser) occurrences(m *vevent, g *group, zs *zones, expand bool) []occurrence {
	if expand && p.repeats >= p.opt.MaxOccurrences && p.countLeft <= 0 {
		p.res.LeftOutMore = true // nothing more would be kept or counted
		return nil
	}
	var out []occurrence
	seen := map[string]bool{}
	ex, exDay := exclusions(m, zs)
	// The window in UTC; an occurrence may begin before From and still
	// overlap it, so rules are walked from DTSTART and filtered by end.
	length := m.maxLength(zs)
	found := 0 // occurrences in the window, kept or left out
	add := func(o occurrence) bool {
		k := ridKey(o.start, zs.floating)
		if seen[k] || ex[k] || (len(exDay) > 0 && exDay[o.start.Civil.Format("2006-01-02")]) {
			return true
		}
		seen[k] = true
		if _, overridden := g.overrides[k]; overridden {
			return true // the override is emitted instead
		}
		if !p.overlapsWindow(m, o, zs, length) {
			return true
		}
		if found >= p.opt.MaxInstances {
			if found > len(out) {
				p.res.LeftOutMore = true // this event's left-out ones were still being counted
			} else {
				p.warn("a recurring event has more than %d occurrences: only the first %d were imported", p.opt.MaxInstances, p.opt.MaxInstances)
			}
			return false
		}
		found++
		if expand {
			if p.repeats >= p.opt.MaxOccurrences {
				if p.countLeft <= 0 {
					p.res.LeftOutMore = true
					return false
				}
				p.countLeft--
				p.res.LeftOut++
				return true
			}
			p.repeats++
		}
		out = append(out, o)
		return true
	}
	if !add(occurrence{start: m.start}) || !expand {
		return out
	}
	// Past the file's cap the walk only counts what is left out: its
	// limits then make the count a lower bound instead of warning.
	cutShort := func(format string, args ...any) {
		if p.repeats >= p.opt.MaxOccurrences {
			p.res.LeftOutMore = true
			return
		}
		p.warn(format, args...)
	}
	for _, r := range m.rules {
		afterUntil := func(c time.Time) bool {
			if r.untilUTC && !m.start.Date {
				return m.start.with(c).instant(zs.floating).After(r.until)
			}
			return c.After(r.until)
		}
		stop := false
		if p.budget <= 0 {
			cutShort("the file's recurrence rules need too much work: some were not expanded")
			break
		}
		used, exhausted := r.expand(m.start.Civil, min(ruleBudget, p.budget), afterUntil, func(c time.Time) bool {
			o := occurrence{start: m.start.with(c)}
			if !p.opt.To.IsZero() && !o.start.instant(zs.floating).Before(p.opt.To) {
				return false // occurrences come in order: the rest are later
			}
			if !add(o) {
				stop = true
				return false
			}
			return p.ctx.Err() == nil
		})
		p.budget -= used
		if exhausted {
			cutShort("a recurrence rule produced too many candidate dates: it was cut short")
		}
		if stop {
			return out
		}
	}
	for _, rd := range m.rdates {
		if !add(occurrence(rd)) {
			break
		}
	}
	return out
}

// maxLength is an upper bound of the master's occurrence length, used to
// keep occurrences that start before the window but reach into it.
func (m *vevent) maxLength(zs *zones) time.Duration {
	l := 24 * time.Hour
	if m.end != nil {
		l = max(l, m.end.instant(zs.floating).Sub(m.start.instant(zs.floating))+2*time.Hour)
	}
	if m.dur != nil {
		l = max(l, time.Duration(m.dur.Days)*24*time.Hour+m.dur.Time+2*time.Hour)
	}
	for _, rd := range m.rdates {
		if rd.end != nil {
			l = max(l, rd.end.instant(zs.floating).Sub(rd.start.instant(zs.floating))+2*time.Hour)
		}
		if rd.dur != nil {
			l = max(l, time.Duration(rd.dur.Days)*24*time.Hour+rd.dur.Time+2*time.Hour)
		}
	}
	return l
}

// emit adds an event that overlaps the window, once per key, within MaxEvents.
func (p *parser) emit(e calendar.Event) {
	if !p.inWindow(e.Start, e.End) {
		return
	}
	k := e.Key()
	if p.seen[k] {
		return
	}
	if len(p.res.Events) >= p.opt.MaxEvents {
		if !p.full {
			p.full = true
			p.warn("the file has more than %d events in the window: only the first %d were imported", p.opt.MaxEvents, p.opt.MaxEvents)
		}
		return
	}
	p.seen[k] = true
	p.res.Events = append(p.res.Events, e)
}

// inWindow reports whether an event from start to end overlaps the window
// [From, To); an event without length counts where it starts.
func (p *parser) inWindow(start, end time.Time) bool {
	if !p.opt.To.IsZero() && !start.Before(p.opt.To) {
		return false
	}
	if !p.opt.From.IsZero() && !end.After(p.opt.From) && !(end.Equal(start) && !start.Before(p.opt.From)) {
		return false
	}
	return true
}
