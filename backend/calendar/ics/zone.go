package ics

import (
	"fmt"
	"strings"
	"time"
	_ "time/tzdata" // IANA zones on machines without a zoneinfo database (Windows)

	"github.com/huntbook/huntbook/backend/lazyre"
)

// zone turns wall-clock times into instants.
type zone interface {
	instant(civil time.Time) time.Time
	ianaName() string // "" when the zone is not an IANA zone
}

// goZone is an IANA zone from Go's database (or a fixed offset).
type goZone struct {
	loc  *time.Location
	iana string
}

func (z goZone) instant(c time.Time) time.Time {
	return time.Date(c.Year(), c.Month(), c.Day(), c.Hour(), c.Minute(), c.Second(), 0, z.loc).UTC()
}
func (z goZone) ianaName() string { return z.iana }

// observance is a STANDARD or DAYLIGHT block of a VTIMEZONE.
type observance struct {
	start    time.Time // local wall clock of the first onset
	from, to int       // offsets in seconds
	rule     *rule     // yearly rule, may be nil
	rdates   []time.Time
}

// vZone is a zone defined by a VTIMEZONE in the file, used when its TZID is
// not a name we know.
type vZone struct {
	obs []observance
}

func (z *vZone) ianaName() string { return "" }

func (z *vZone) instant(c time.Time) time.Time {
	var best *observance
	var bestOnset time.Time
	for i := range z.obs {
		o := &z.obs[i]
		if on, ok := o.lastOnset(c); ok && (best == nil || on.After(bestOnset)) {
			best, bestOnset = o, on
		}
	}
	off := 0
	if best != nil {
		off = best.to
	} else {
		// Before every onset: the earliest observance's "from" offset.
		var first *observance
		for i := range z.obs {
			if first == nil || z.obs[i].start.Before(first.start) {
				first = &z.obs[i]
			}
		}
		if first != nil {
			off = first.from
		}
	}
	return c.Add(-time.Duration(off) * time.Second)
}

// lastOnset returns the latest onset of o at or before wall-clock time c.
func (o *observance) lastOnset(c time.Time) (time.Time, bool) {
	var best time.Time
	found := false
	consider := func(t time.Time) {
		if !t.After(c) && (!found || t.After(best)) {
			best, found = t, true
		}
	}
	consider(o.start)
	for _, r := range o.rdates {
		consider(r)
	}
	if r := o.rule; r != nil && r.freq == "YEARLY" {
		for y := c.Year(); y >= c.Year()-1; y-- {
			if t, ok := r.yearlyOnset(y, o.start); ok && !t.Before(o.start) && (r.until.IsZero() || !t.After(r.until)) {
				consider(t)
			}
		}
	}
	return best, found
}

// yearlyOnset computes the single date a simple yearly zone rule gives in
// year y: BYMONTH with an ordinal BYDAY ("-1SU"), a BYDAY restricted by
// BYMONTHDAY ("SU" with 8..14), or a plain BYMONTHDAY.
func (r *rule) yearlyOnset(y int, start time.Time) (time.Time, bool) {
	month := start.Month()
	if len(r.byMonth) > 0 {
		month = time.Month(r.byMonth[0])
	}
	h, mi, s := start.Clock()
	if len(r.byHour) > 0 {
		h = r.byHour[0]
	}
	if len(r.byMinute) > 0 {
		mi = r.byMinute[0]
	}
	at := func(d int) time.Time { return time.Date(y, month, d, h, mi, s, 0, time.UTC) }
	n := daysIn(y, month)
	switch {
	case len(r.byDay) > 0 && r.byDay[0].n != 0:
		if d, ok := nthWeekday(y, month, r.byDay[0].wd, r.byDay[0].n); ok {
			return at(d), true
		}
		return time.Time{}, false
	case len(r.byDay) > 0 && len(r.byMonthDay) > 0:
		for _, md := range r.byMonthDay {
			if md > 0 && md <= n && at(md).Weekday() == r.byDay[0].wd {
				return at(md), true
			}
		}
		return time.Time{}, false
	case len(r.byMonthDay) > 0 && r.byMonthDay[0] > 0 && r.byMonthDay[0] <= n:
		return at(r.byMonthDay[0]), true
	case start.Day() <= n:
		return at(start.Day()), true
	}
	return time.Time{}, false
}

// nthWeekday returns the day of month of the nth (n<0: from the end) weekday.
func nthWeekday(y int, m time.Month, wd time.Weekday, n int) (int, bool) {
	days := daysIn(y, m)
	if n > 0 {
		first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC).Weekday()
		d := 1 + (int(wd)-int(first)+7)%7 + (n-1)*7
		return d, d <= days
	}
	last := time.Date(y, m, days, 0, 0, 0, 0, time.UTC).Weekday()
	d := days - (int(last)-int(wd)+7)%7 + (n+1)*7
	return d, d >= 1
}

// zones resolves TZID parameters.
type zones struct {
	defs     map[string]*component // VTIMEZONE blocks by TZID
	cache    map[string]zone
	floating zone
	warn     func(format string, args ...any)
}

var ianaChars = lazyre.New(`^[A-Za-z][A-Za-z0-9/_+\-]{0,63}$`)

// loadIANA loads an IANA zone by name, refusing names Go would read as
// something else ("", "Local") or that cannot be zone names.
func loadIANA(name string) (zone, bool) {
	if !ianaChars.MatchString(name) || name == "Local" || strings.Contains(name, "..") {
		return nil, false
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, false
	}
	return goZone{loc: loc, iana: name}, true
}

// offsetName matches TZIDs that carry their offset: "(UTC-03:00) Brasília",
// "(GMT +01:00)", "UTC+11", "GMT +0100 (Standard) / ...".
var offsetName = lazyre.New(`(?i)^\(?\s*(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?`)

// lookup resolves a TZID; nil means it is unknown (the caller floats it).
func (zs *zones) lookup(tzid string) zone {
	name := strings.TrimSpace(strings.Trim(tzid, `"`))
	if z, ok := zs.cache[name]; ok {
		return z
	}
	z := zs.resolve(name)
	if z == nil {
		zs.warn("time zone %q is unknown: its times were read as floating", name)
	}
	zs.cache[name] = z
	return z
}

func (zs *zones) resolve(name string) zone {
	if z, ok := loadIANA(name); ok {
		return z
	}
	if iana, ok := windowsZones[name]; ok {
		if z, ok := loadIANA(iana); ok {
			return z
		}
	}
	// "/mozilla.org/20050126_1/Europe/Berlin", "/softwarestudio.org/Olson_20011030_5/America/New_York"
	if strings.HasPrefix(name, "/") {
		parts := strings.Split(strings.Trim(name, "/"), "/")
		for i := 1; i < len(parts); i++ {
			if z, ok := loadIANA(strings.Join(parts[i:], "/")); ok {
				return z
			}
		}
	}
	// Old libical names such as "US-Eastern".
	if strings.Count(name, "-") == 1 && !strings.Contains(name, "/") {
		if z, ok := loadIANA(strings.Replace(name, "-", "/", 1)); ok {
			return z
		}
	}
	if def := zs.defs[name]; def != nil {
		if loc := def.first("X-LIC-LOCATION"); loc != nil {
			if z, ok := loadIANA(strings.TrimSpace(loc.Value)); ok {
				return z
			}
		}
		if z := buildVZone(def); z != nil {
			return z
		}
	}
	if m := offsetName.FindStringSubmatch(name); m != nil {
		h, _ := atoi(m[2])
		mi, _ := atoi(m[3])
		if m[3] == "" {
			mi = 0
		}
		if h <= 14 && mi < 60 {
			off := h*3600 + mi*60
			if m[1] == "-" {
				off = -off
			}
			return goZone{loc: time.FixedZone(fmt.Sprintf("UTC%s%02d:%02d", m[1], h, mi), off)}
		}
	}
	return nil
}

// buildVZone reads the observances of a VTIMEZONE; nil if it has none usable.
func buildVZone(def *component) zone {
	z := &vZone{}
	for _, c := range def.Children {
		if c.Name != "STANDARD" && c.Name != "DAYLIGHT" {
			continue
		}
		var o observance
		st, from, to := c.first("DTSTART"), c.first("TZOFFSETFROM"), c.first("TZOFFSETTO")
		if st == nil || to == nil {
			continue
		}
		v, ok := parseDT(st.Value)
		if !ok {
			continue
		}
		o.start = v.Civil
		if o.to, ok = parseOffset(to.Value); !ok {
			continue
		}
		o.from = o.to
		if from != nil {
			if f, ok := parseOffset(from.Value); ok {
				o.from = f
			}
		}
		if rr := c.first("RRULE"); rr != nil {
			if r, err := parseRule(rr.Value, nil); err == nil {
				o.rule = r
			}
		}
		for _, rd := range c.all("RDATE") {
			for _, s := range strings.Split(rd.Value, ",") {
				if v, ok := parseDT(s); ok {
					o.rdates = append(o.rdates, v.Civil)
				}
			}
		}
		z.obs = append(z.obs, o)
	}
	if len(z.obs) == 0 {
		return nil
	}
	return z
}
