package ics

import (
	"strconv"
	"strings"
	"time"
)

// dt is a DATE or DATE-TIME value as written: a wall-clock time (kept in a
// time.Time in UTC, used as a naive civil time), whether it is a date,
// whether it was UTC ("Z") and the zone its TZID named.
type dt struct {
	Civil time.Time
	Date  bool
	UTC   bool
	Zone  zone // nil: floating (or a date)
}

// parseDT reads "20240102", "20240102T150405", "20240102T150405Z" and the
// odd "20240102Z" (a date some writers mark as UTC).
func parseDT(s string) (dt, bool) {
	s = strings.TrimSpace(s)
	var v dt
	if strings.HasSuffix(s, "Z") || strings.HasSuffix(s, "z") {
		v.UTC = true
		s = s[:len(s)-1]
	}
	if len(s) < 8 {
		return v, false
	}
	y, ok1 := atoi(s[0:4])
	mo, ok2 := atoi(s[4:6])
	d, ok3 := atoi(s[6:8])
	if !ok1 || !ok2 || !ok3 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, time.Month(mo)) {
		return v, false
	}
	if len(s) == 8 {
		v.Date = true
		v.UTC = false
		v.Civil = time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		return v, true
	}
	if len(s) != 15 || (s[8] != 'T' && s[8] != 't') {
		return v, false
	}
	h, ok1 := atoi(s[9:11])
	mi, ok2 := atoi(s[11:13])
	se, ok3 := atoi(s[13:15])
	if !ok1 || !ok2 || !ok3 || h > 24 || mi > 59 || se > 60 {
		return v, false
	}
	v.Civil = time.Date(y, time.Month(mo), d, h, mi, se, 0, time.UTC)
	return v, true
}

func atoi(s string) (int, bool) {
	n := 0
	if s == "" {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// instant converts a value to a UTC instant; floating times and dates use
// the given zone for floating values (dates stay at midnight UTC).
func (v dt) instant(floating zone) time.Time {
	switch {
	case v.Date, v.UTC:
		return v.Civil
	case v.Zone != nil:
		return v.Zone.instant(v.Civil)
	case floating != nil:
		return floating.instant(v.Civil)
	}
	return v.Civil
}

// with returns v moved to another wall-clock time, keeping kind and zone.
func (v dt) with(civil time.Time) dt { v.Civil = civil; return v }

// duration is an RFC 5545 DURATION: nominal days (weeks are 7 days) plus an
// exact time part.
type duration struct {
	Days int
	Time time.Duration
}

// parseDuration reads "P1D", "PT1H30M", "-PT15M", "P2W", "P1DT2H".
func parseDuration(s string) (duration, bool) {
	s = strings.ToUpper(strings.TrimSpace(s))
	var d duration
	neg := false
	if strings.HasPrefix(s, "-") {
		neg, s = true, s[1:]
	} else {
		s = strings.TrimPrefix(s, "+")
	}
	if !strings.HasPrefix(s, "P") || len(s) < 3 {
		return d, false
	}
	s = s[1:]
	inTime := false
	num := ""
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			num += string(c)
		case c == 'T':
			if inTime || num != "" {
				return d, false
			}
			inTime = true
		default:
			n, err := strconv.Atoi(num)
			if err != nil || n > 1_000_000 {
				return d, false
			}
			num = ""
			switch {
			case c == 'W' && !inTime:
				d.Days += 7 * n
			case c == 'D' && !inTime:
				d.Days += n
			case c == 'H' && inTime:
				d.Time += time.Duration(n) * time.Hour
			case c == 'M' && inTime:
				d.Time += time.Duration(n) * time.Minute
			case c == 'S' && inTime:
				d.Time += time.Duration(n) * time.Second
			default:
				return d, false
			}
		}
	}
	if num != "" {
		return d, false
	}
	if neg {
		d.Days, d.Time = -d.Days, -d.Time
	}
	return d, true
}

// add moves a wall-clock time by a duration (days first, as the RFC says).
func (d duration) add(t time.Time) time.Time { return t.AddDate(0, 0, d.Days).Add(d.Time) }

// parseOffset reads a UTC offset such as "+0100", "-0000", "+010000".
func parseOffset(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if len(s) != 5 && len(s) != 7 {
		return 0, false
	}
	sign := 1
	switch s[0] {
	case '-':
		sign = -1
	case '+':
	default:
		return 0, false
	}
	h, ok1 := atoi(s[1:3])
	m, ok2 := atoi(s[3:5])
	sec := 0
	ok3 := true
	if len(s) == 7 {
		sec, ok3 = atoi(s[5:7])
	}
	if !ok1 || !ok2 || !ok3 || h > 23 || m > 59 {
		return 0, false
	}
	return sign * (h*3600 + m*60 + sec), true
}
