package ics

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// rule is a parsed RRULE (RFC 5545 section 3.3.10).
type rule struct {
	freq       string
	interval   int
	count      int
	until      time.Time // wall clock, or UTC when untilUTC
	untilUTC   bool
	byMonth    []int
	byMonthDay []int
	byYearDay  []int
	byWeekNo   []int
	byHour     []int
	byMinute   []int
	bySecond   []int
	bySetPos   []int
	byDay      []weekdayNum
	wkst       time.Weekday
}

// weekdayNum is a BYDAY item: "MO", "2TU", "-1SU".
type weekdayNum struct {
	n  int
	wd time.Weekday
}

var weekdays = map[string]time.Weekday{
	"SU": time.Sunday, "MO": time.Monday, "TU": time.Tuesday, "WE": time.Wednesday,
	"TH": time.Thursday, "FR": time.Friday, "SA": time.Saturday,
}

var freqs = map[string]bool{"YEARLY": true, "MONTHLY": true, "WEEKLY": true, "DAILY": true, "HOURLY": true, "MINUTELY": true, "SECONDLY": true}

var errRule = errors.New("invalid recurrence rule")

// parseRule reads an RRULE value. warn (may be nil) hears about parts that
// are read but not applied.
func parseRule(s string, warn func(string, ...any)) (*rule, error) {
	r := &rule{interval: 1, wkst: time.Monday}
	for _, part := range strings.Split(s, ";") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			if strings.TrimSpace(part) == "" {
				continue
			}
			return nil, fmt.Errorf("%w: %q", errRule, part)
		}
		k = strings.ToUpper(strings.TrimSpace(k))
		v = strings.ToUpper(strings.TrimSpace(v))
		var err error
		switch k {
		case "FREQ":
			if !freqs[v] {
				return nil, fmt.Errorf("%w: FREQ=%s", errRule, v)
			}
			r.freq = v
		case "INTERVAL":
			n, ok := atoi(v)
			if !ok || n > 10000 {
				return nil, fmt.Errorf("%w: INTERVAL=%s", errRule, v)
			}
			r.interval = max(n, 1)
		case "COUNT":
			n, ok := atoi(v)
			if !ok || n < 1 {
				return nil, fmt.Errorf("%w: COUNT=%s", errRule, v)
			}
			r.count = n
		case "UNTIL":
			d, ok := parseDT(v)
			if !ok {
				return nil, fmt.Errorf("%w: UNTIL=%s", errRule, v)
			}
			r.until, r.untilUTC = d.Civil, d.UTC
			if d.Date {
				r.until = d.Civil.Add(24*time.Hour - time.Second)
			}
		case "BYDAY":
			days, err := parseByDay(v)
			if err != nil {
				return nil, err
			}
			r.byDay = append(r.byDay, days...)
		case "WKST":
			wd, ok := weekdays[v]
			if !ok {
				return nil, fmt.Errorf("%w: WKST=%s", errRule, v)
			}
			r.wkst = wd
		default:
			var known bool
			if known, err = r.setNumberList(k, v); !known && warn != nil {
				warn("recurrence rule part %s ignored", k)
			}
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %s=%s", errRule, k, v)
		}
	}
	if r.freq == "" {
		return nil, fmt.Errorf("%w: no FREQ", errRule)
	}
	if max(len(r.byHour), 1)*max(len(r.byMinute), 1)*max(len(r.bySecond), 1) > 96 {
		return nil, fmt.Errorf("%w: too many times of day", errRule)
	}
	if len(r.byWeekNo) > 0 && warn != nil {
		warn("BYWEEKNO is not supported: the rule was expanded without it")
	}
	return r, nil
}

// setNumberList sets the BYxxx number list named k from v; false when k is
// not one of them.
func (r *rule) setNumberList(k, v string) (bool, error) {
	var err error
	switch k {
	case "BYMONTH":
		r.byMonth, err = intList(v, 1, 12, false)
	case "BYMONTHDAY":
		r.byMonthDay, err = intList(v, 1, 31, true)
	case "BYYEARDAY":
		r.byYearDay, err = intList(v, 1, 366, true)
	case "BYWEEKNO":
		r.byWeekNo, err = intList(v, 1, 53, true)
	case "BYHOUR":
		r.byHour, err = intList(v, 0, 23, false)
	case "BYMINUTE":
		r.byMinute, err = intList(v, 0, 59, false)
	case "BYSECOND":
		r.bySecond, err = intList(v, 0, 60, false)
	case "BYSETPOS":
		r.bySetPos, err = intList(v, 1, 366, true)
	default:
		return false, nil
	}
	return true, err
}

// parseByDay reads a BYDAY value: "MO,-1FR,+2TU".
func parseByDay(v string) ([]weekdayNum, error) {
	var out []weekdayNum
	for _, item := range strings.Split(v, ",") {
		item = strings.TrimSpace(item)
		if len(item) < 2 {
			return nil, fmt.Errorf("%w: BYDAY=%s", errRule, v)
		}
		wd, ok := weekdays[item[len(item)-2:]]
		if !ok {
			return nil, fmt.Errorf("%w: BYDAY=%s", errRule, v)
		}
		n := 0
		if num := strings.TrimPrefix(item[:len(item)-2], "+"); num != "" {
			neg := strings.HasPrefix(num, "-")
			a, ok := atoi(strings.TrimPrefix(num, "-"))
			if !ok || a < 1 || a > 53 {
				return nil, fmt.Errorf("%w: BYDAY=%s", errRule, v)
			}
			n = a
			if neg {
				n = -a
			}
		}
		out = append(out, weekdayNum{n: n, wd: wd})
	}
	return out, nil
}

// intList reads "1,2,-3" with each |value| in [lo, hi].
func intList(v string, lo, hi int, allowNeg bool) ([]int, error) {
	var out []int
	for _, s := range strings.Split(v, ",") {
		s = strings.TrimPrefix(strings.TrimSpace(s), "+")
		neg := allowNeg && strings.HasPrefix(s, "-")
		n, ok := atoi(strings.TrimPrefix(s, "-"))
		if !ok || n < lo || n > hi {
			return nil, errRule
		}
		if neg {
			n = -n
		}
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out, nil
}

// expand generates the rule's occurrences starting at start (a wall-clock
// time), in order, calling emit for each until emit returns false, COUNT or
// UNTIL is reached, or budget candidates have been looked at. isAfterUntil
// tells whether a wall-clock time is past UNTIL (UNTIL may be in UTC while
// start is in a zone). It returns the budget used and whether it ran out.
func (r *rule) expand(start time.Time, budget int, afterUntil func(time.Time) bool, emit func(time.Time) bool) (used int, exhausted bool) {
	n := 0
	initial := budget
	defer func() { used = initial - budget }()
	var buf []time.Time
	for p := 0; ; p++ {
		if budget <= 0 {
			return 0, true
		}
		buf = r.period(start, p, buf[:0])
		budget -= len(buf) + r.periodCost()
		if len(buf) == 0 {
			if r.periodStart(start, p).Year() > 9999 {
				return 0, false
			}
			continue
		}
		for _, t := range buf {
			if t.Before(start) {
				continue
			}
			if (!r.until.IsZero() && afterUntil(t)) || t.Year() > 9999 {
				return 0, false
			}
			n++
			if !emit(t) {
				return 0, false
			}
			if r.count > 0 && n >= r.count {
				return 0, false
			}
		}
	}
}

// periodCost is the work of one period in days looked at.
func (r *rule) periodCost() int {
	switch r.freq {
	case "YEARLY":
		return 366
	case "MONTHLY":
		return 31
	case "WEEKLY":
		return 7
	}
	return 1
}

// periodStart returns the first day (or instant, for sub-daily rules) of
// period p counted from start.
func (r *rule) periodStart(start time.Time, p int) time.Time {
	step := p * r.interval
	day := time.Date(start.Year(), start.Month(), start.Day(), 0, 0, 0, 0, time.UTC)
	switch r.freq {
	case "YEARLY":
		return time.Date(start.Year()+step, 1, 1, 0, 0, 0, 0, time.UTC)
	case "MONTHLY":
		return time.Date(start.Year(), start.Month()+time.Month(step), 1, 0, 0, 0, 0, time.UTC)
	case "WEEKLY":
		back := (int(start.Weekday()) - int(r.wkst) + 7) % 7
		return day.AddDate(0, 0, -back+7*step)
	case "DAILY":
		return day.AddDate(0, 0, step)
	case "HOURLY":
		return start.Add(time.Duration(step) * time.Hour)
	case "MINUTELY":
		return start.Add(time.Duration(step) * time.Minute)
	}
	return start.Add(time.Duration(step) * time.Second)
}

// period appends period p's occurrences, sorted, with BYSETPOS applied.
func (r *rule) period(start time.Time, p int, out []time.Time) []time.Time {
	ps := r.periodStart(start, p)
	switch r.freq {
	case "HOURLY", "MINUTELY", "SECONDLY":
		if r.dayOK(ps, true) && in(r.byHour, ps.Hour()) && in(r.byMinute, ps.Minute()) && in(r.bySecond, ps.Second()) {
			out = append(out, ps)
		}
		return out
	}
	var days []time.Time
	switch r.freq {
	case "YEARLY":
		days = r.yearDays(ps.Year(), start)
	case "MONTHLY":
		days = r.monthDays(ps.Year(), ps.Month(), start, true)
	case "WEEKLY":
		for i := range 7 {
			d := ps.AddDate(0, 0, i)
			if len(r.byDay) > 0 {
				if !r.weekdayIn(d.Weekday()) {
					continue
				}
			} else if d.Weekday() != start.Weekday() {
				continue
			}
			if in(r.byMonth, int(d.Month())) {
				days = append(days, d)
			}
		}
	case "DAILY":
		if r.dayOK(ps, true) {
			days = append(days, ps)
		}
	}
	hours, mins, secs := orDefault(r.byHour, start.Hour()), orDefault(r.byMinute, start.Minute()), orDefault(r.bySecond, start.Second())
	for _, d := range days {
		for _, h := range hours {
			for _, m := range mins {
				for _, s := range secs {
					out = append(out, time.Date(d.Year(), d.Month(), d.Day(), h, m, s, 0, time.UTC))
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b time.Time) int { return a.Compare(b) })
	out = slices.CompactFunc(out, func(a, b time.Time) bool { return a.Equal(b) })
	if len(r.bySetPos) > 0 && len(out) > 0 {
		var sel []time.Time
		for _, pos := range r.bySetPos {
			i := pos - 1
			if pos < 0 {
				i = len(out) + pos
			}
			if i >= 0 && i < len(out) {
				sel = append(sel, out[i])
			}
		}
		slices.SortFunc(sel, func(a, b time.Time) int { return a.Compare(b) })
		out = append(out[:0], slices.CompactFunc(sel, func(a, b time.Time) bool { return a.Equal(b) })...)
	}
	return out
}

// dayOK applies BYMONTH, BYMONTHDAY, BYYEARDAY and BYDAY (weekday only) as
// filters, as DAILY and sub-daily rules do.
func (r *rule) dayOK(d time.Time, withDay bool) bool {
	if !in(r.byMonth, int(d.Month())) {
		return false
	}
	if len(r.byMonthDay) > 0 && !r.monthDayIn(d) {
		return false
	}
	if len(r.byYearDay) > 0 {
		yd, n := d.YearDay(), time.Date(d.Year(), 12, 31, 0, 0, 0, 0, time.UTC).YearDay()
		if !slices.Contains(r.byYearDay, yd) && !slices.Contains(r.byYearDay, yd-n-1) {
			return false
		}
	}
	return !withDay || len(r.byDay) == 0 || r.weekdayIn(d.Weekday())
}

func (r *rule) weekdayIn(wd time.Weekday) bool {
	for _, b := range r.byDay {
		if b.wd == wd {
			return true
		}
	}
	return false
}

func (r *rule) monthDayIn(d time.Time) bool {
	n := daysIn(d.Year(), d.Month())
	for _, md := range r.byMonthDay {
		if md == d.Day() || (md < 0 && n+1+md == d.Day()) {
			return true
		}
	}
	return false
}

// monthDays lists the days of a month the rule selects (MONTHLY, or YEARLY
// with BYMONTH). ordinals says whether BYDAY ordinals count within the month.
func (r *rule) monthDays(y int, m time.Month, start time.Time, ordinals bool) []time.Time {
	if !in(r.byMonth, int(m)) {
		return nil
	}
	n := daysIn(y, m)
	var out []time.Time
	switch {
	case len(r.byMonthDay) > 0 || len(r.byDay) > 0:
		for d := 1; d <= n; d++ {
			t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
			if len(r.byMonthDay) > 0 && !r.monthDayIn(t) {
				continue
			}
			if len(r.byDay) > 0 && !r.byDayMatch(t, ordinals, func(wd time.Weekday, k int) (int, bool) { return nthWeekday(y, m, wd, k) }) {
				continue
			}
			out = append(out, t)
		}
	case start.Day() <= n:
		out = append(out, time.Date(y, m, start.Day(), 0, 0, 0, 0, time.UTC))
	}
	return out
}

// byDayMatch tells whether day t matches a BYDAY item; an ordinal item
// ("2TU") matches through nth, which finds the nth weekday of the period.
func (r *rule) byDayMatch(t time.Time, ordinals bool, nth func(time.Weekday, int) (int, bool)) bool {
	for _, b := range r.byDay {
		if b.wd != t.Weekday() {
			continue
		}
		if b.n == 0 || !ordinals {
			return true
		}
		if d, ok := nth(b.wd, b.n); ok && d == t.Day() {
			return true
		}
	}
	return false
}

// yearDays lists the days of year y a YEARLY rule selects.
func (r *rule) yearDays(y int, start time.Time) []time.Time {
	var out []time.Time
	switch {
	case len(r.byYearDay) > 0:
		for d := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() == y; d = d.AddDate(0, 0, 1) {
			if r.dayOK(d, true) {
				out = append(out, d)
			}
		}
	case len(r.byMonth) > 0 || len(r.byMonthDay) > 0:
		for m := time.January; m <= time.December; m++ {
			if len(r.byMonth) == 0 && len(r.byMonthDay) == 0 && m != start.Month() {
				continue
			}
			out = append(out, r.monthDays(y, m, start, true)...)
		}
	case len(r.byDay) > 0:
		// Ordinals count within the year: "20MO" is the 20th Monday.
		for d := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() == y; d = d.AddDate(0, 0, 1) {
			if r.byDayMatch(d, true, func(wd time.Weekday, k int) (int, bool) { return nthWeekdayOfYear(y, d.Month(), wd, k) }) {
				out = append(out, d)
			}
		}
	default:
		if start.Day() <= daysIn(y, start.Month()) {
			out = append(out, time.Date(y, start.Month(), start.Day(), 0, 0, 0, 0, time.UTC))
		}
	}
	return out
}

// nthWeekdayOfYear returns, as a day of month m, the nth weekday wd of year
// y, if that day falls in month m.
func nthWeekdayOfYear(y int, m time.Month, wd time.Weekday, n int) (int, bool) {
	var t time.Time
	if n > 0 {
		first := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		t = first.AddDate(0, 0, (int(wd)-int(first.Weekday())+7)%7+(n-1)*7)
	} else {
		last := time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
		t = last.AddDate(0, 0, -((int(last.Weekday())-int(wd)+7)%7)+(n+1)*7)
	}
	if t.Year() != y || t.Month() != m {
		return 0, false
	}
	return t.Day(), true
}

func in(list []int, v int) bool { return len(list) == 0 || slices.Contains(list, v) }

func orDefault(list []int, v int) []int {
	if len(list) == 0 {
		return []int{v}
	}
	s := slices.Clone(list)
	slices.Sort(s)
	return s
}
