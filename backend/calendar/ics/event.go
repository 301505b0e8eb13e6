package ics

import (
	"strconv"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/calendar"
)

// vevent is a VEVENT read from the file, before expansion.
type vevent struct {
	uid      string
	rid      *dt
	start    dt
	end      *dt
	dur      *duration
	rules    []*rule
	rdates   []rdate
	exdates  []dt
	seq      int
	template calendar.Event // text, people, status, link, updated
}

// rdate is an RDATE: a start and, for PERIOD values, its own end.
type rdate struct {
	start dt
	end   *dt
	dur   *duration
}

// readEvent reads one VEVENT; ok is false when it has no usable DTSTART.
func (p *parser) readEvent(c *component, zs *zones) (*vevent, bool) {
	v := &vevent{}
	dtOf := func(pr *prop) (dt, bool) { return readDT(pr, zs) }
	st := c.first("DTSTART")
	if st == nil {
		p.warn("an event without a start (DTSTART) was skipped")
		return nil, false
	}
	var ok bool
	if v.start, ok = dtOf(st); !ok {
		p.warn("an event with an unreadable start %q was skipped", trunc(st.Value))
		return nil, false
	}
	if pr := c.first("DTEND"); pr != nil {
		if d, ok := dtOf(pr); ok {
			if d.Zone == nil && pr.param("TZID") != "" && !d.Date && !d.UTC {
				d.Zone = v.start.Zone // an unknown TZID on the end only: use the start's
			}
			v.end = &d
		}
	} else if pr := c.first("DURATION"); pr != nil {
		if d, ok := parseDuration(pr.Value); ok {
			v.dur = &d
		}
	}
	if pr := c.first("RECURRENCE-ID"); pr != nil {
		if d, ok := dtOf(pr); ok {
			v.rid = &d
		}
	}
	if v.rid == nil {
		p.readRecurrence(c, v, zs)
	}
	if pr := c.first("SEQUENCE"); pr != nil {
		v.seq, _ = strconv.Atoi(strings.TrimSpace(pr.Value))
	}
	if pr := c.first("UID"); pr != nil {
		v.uid = clean(pr.Value)
	}
	if v.uid == "" {
		v.uid = synthUID(c)
	}
	t := &v.template
	t.Source = calendar.SourceICS
	t.CalendarID = p.opt.CalendarID
	t.UID = v.uid
	t.Title = text(c, "SUMMARY")
	t.Description = text(c, "DESCRIPTION")
	t.Location = text(c, "LOCATION")
	t.Status = status(text(c, "STATUS"))
	t.MeetingURL = meetingURL(c, t.Location, t.Description)
	for _, pr := range c.all("CATEGORIES") {
		t.Categories = append(t.Categories, textList(pr.Value)...)
	}
	if len(t.Categories) > maxCategories {
		t.Categories = t.Categories[:maxCategories]
	}
	if pr := c.first("ORGANIZER"); pr != nil {
		if who, ok := person(pr); ok {
			t.Organizer = &who
		}
	}
	for _, pr := range c.all("ATTENDEE") {
		cu := strings.ToUpper(pr.param("CUTYPE"))
		if cu == "ROOM" || cu == "RESOURCE" {
			continue
		}
		if who, ok := person(pr); ok {
			t.Attendees = append(t.Attendees, who)
		}
	}
	for _, name := range []string{"LAST-MODIFIED", "DTSTAMP"} {
		if pr := c.first(name); pr != nil {
			if d, ok := parseDT(pr.Value); ok && !d.Date {
				t.Updated = d.Civil // UTC by the RFC
				break
			}
		}
	}
	return v, true
}

func trunc(s string) string {
	if len(s) > 40 {
		s = s[:40] + "..."
	}
	return clean(s)
}

func text(c *component, name string) string {
	if pr := c.first(name); pr != nil {
		return unescapeText(pr.Value)
	}
	return ""
}

// maxCategories bounds the categories kept of one event.
const maxCategories = 20

// textList splits a TEXT list at its unescaped commas and unescapes each
// item; empty items are dropped.
func textList(v string) []string {
	var out []string
	start, escaped := 0, false
	add := func(s string) {
		if s = strings.TrimSpace(unescapeText(s)); s != "" {
			out = append(out, s)
		}
	}
	for i := 0; i < len(v); i++ {
		switch {
		case escaped:
			escaped = false
		case v[i] == '\\':
			escaped = true
		case v[i] == ',':
			add(v[start:i])
			start = i + 1
		}
	}
	add(v[start:])
	return out
}

// status normalises STATUS to confirmed, tentative or cancelled ("" if other).
func status(s string) string {
	switch strings.ToLower(s) {
	case "confirmed":
		return "confirmed"
	case "tentative":
		return "tentative"
	case "cancelled", "canceled":
		return "cancelled"
	}
	return ""
}

// person reads an ORGANIZER or ATTENDEE: CN and a mailto: address.
func person(pr *prop) (calendar.Person, bool) {
	var who calendar.Person
	who.Name = clean(pr.param("CN"))
	v := strings.TrimSpace(pr.Value)
	if len(v) >= 7 && strings.EqualFold(v[:7], "mailto:") {
		v = v[7:]
	}
	if at := strings.IndexByte(v, '@'); at > 0 && at < len(v)-1 && !strings.ContainsAny(v, " /:<>") {
		who.Email = strings.ToLower(clean(v))
	}
	if strings.EqualFold(who.Name, who.Email) {
		who.Name = ""
		if who.Email == "" {
			return who, false
		}
	}
	return who, who.Name != "" || who.Email != ""
}

// readDT reads a date-time property with its VALUE=DATE and TZID parameters.
func readDT(pr *prop, zs *zones) (dt, bool) {
	d, ok := parseDT(pr.Value)
	if !ok {
		return d, false
	}
	if strings.EqualFold(pr.param("VALUE"), "DATE") && !d.Date {
		d.Date, d.UTC = true, false
		d.Civil = time.Date(d.Civil.Year(), d.Civil.Month(), d.Civil.Day(), 0, 0, 0, 0, time.UTC)
	}
	if tz := pr.param("TZID"); tz != "" && !d.UTC && !d.Date {
		d.Zone = zs.lookup(tz)
	}
	return d, true
}

// readRecurrence reads a master event's RRULE, RDATE and EXDATE.
func (p *parser) readRecurrence(c *component, v *vevent, zs *zones) {
	dtOf := func(pr *prop) (dt, bool) { return readDT(pr, zs) }
	for _, pr := range c.all("RRULE") {
		r, err := parseRule(pr.Value, p.warn)
		if err != nil {
			p.warn("%v: the event was imported without it", err)
			continue
		}
		v.rules = append(v.rules, r)
	}
	readRDates(c, v, zs)
	for _, pr := range c.all("EXDATE") {
		for _, s := range strings.Split(pr.Value, ",") {
			q := *pr
			q.Value = s
			if d, ok := dtOf(&q); ok {
				v.exdates = append(v.exdates, d)
			}
		}
	}
}

// readRDates reads RDATE values: dates, date-times or periods.
func readRDates(c *component, v *vevent, zs *zones) {
	dtOf := func(pr *prop) (dt, bool) { return readDT(pr, zs) }
	for _, pr := range c.all("RDATE") {
		isPeriod := strings.EqualFold(pr.param("VALUE"), "PERIOD")
		for _, s := range strings.Split(pr.Value, ",") {
			s = strings.TrimSpace(s)
			if s == "" {
				continue
			}
			var rd rdate
			a, b, hasEnd := strings.Cut(s, "/")
			q := *pr
			q.Value = a
			d, ok := dtOf(&q)
			if !ok {
				continue
			}
			if v.start.Date && !d.Date {
				d.Date, d.UTC, d.Zone = true, false, nil
				d.Civil = time.Date(d.Civil.Year(), d.Civil.Month(), d.Civil.Day(), 0, 0, 0, 0, time.UTC)
			}
			rd.start = d
			if hasEnd || isPeriod {
				if du, ok := parseDuration(b); ok {
					rd.dur = &du
				} else {
					q.Value = b
					if e, ok := dtOf(&q); ok {
						rd.end = &e
					}
				}
			}
			v.rdates = append(v.rdates, rd)
		}
	}
}
