package transfer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// columnNames maps a normalised header (lower case, letters and digits
// only) to the field it fills. It covers Huntbook's own export and the
// columns Huntr, Teal and hand-made spreadsheets use.
var columnNames = map[string]string{
	"company": "company", "companyname": "company", "employer": "company", "organization": "company", "organisation": "company",
	"jobtitle": "title", "title": "title", "position": "title", "role": "title", "job": "title", "jobposition": "title", "positiontitle": "title",
	"stage": "stage", "status": "stage", "list": "stage", "pipelinestage": "stage", "applicationstatus": "stage",
	"outcome": "outcome", "result": "outcome",
	"url": "url", "joburl": "url", "link": "url", "joblink": "url", "postingurl": "url", "jobposting": "url", "postinglink": "url",
	"location": "location", "joblocation": "location", "city": "location",
	"remote": "remote", "worktype": "remote", "workplacetype": "remote", "workplace": "remote", "remotepolicy": "remote",
	"salary": "salary", "salaryrange": "salary", "compensation": "salary", "pay": "salary",
	"salarymin": "salaryMin", "minsalary": "salaryMin", "salarymax": "salaryMax", "maxsalary": "salaryMax",
	"currency": "currency", "salarycurrency": "currency", "salaryperiod": "period", "payperiod": "period",
	"source": "source", "jobboard": "source", "foundon": "source", "referral": "source",
	"dateapplied": "applied", "applied": "applied", "applieddate": "applied", "applicationdate": "applied", "appliedon": "applied", "date": "applied",
	"deadline": "deadline", "closingdate": "deadline", "applyby": "deadline",
	"followup": "followUp", "followupdate": "followUp", "nextfollowup": "followUp",
	"priority": "priority", "excitement": "priority",
	"tags": "tags", "labels": "tags", "tag": "tags",
	"notes": "notes", "note": "notes", "comments": "notes", "comment": "notes",
	"description": "description", "jobdescription": "description",
	"created": "created", "createdat": "created", "dateadded": "created", "datesaved": "created", "added": "created",
	"updated": "updated", "updatedat": "updated", "lastupdated": "updated",
}

// maxStageName is the store's limit on a stage name, checked here so that a
// long status is a bad row with its line rather than a failed import.
const maxStageName = 60

func normHeader(h string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(h) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mapColumns returns field -> column index; the first column wins.
func mapColumns(header []string) map[string]int {
	out := map[string]int{}
	for i, h := range header {
		if f, ok := columnNames[normHeader(h)]; ok {
			if _, dup := out[f]; !dup {
				out[f] = i
			}
		}
	}
	return out
}

func cell(rec []string, cols map[string]int, field string) string {
	i, ok := cols[field]
	if !ok || i >= len(rec) {
		return ""
	}
	return strings.TrimSpace(strings.TrimPrefix(rec[i], "'"))
}

// statusWords maps statuses other trackers use to a stage or an outcome.
var statusStage = map[string]string{
	"wishlist": "Wishlist", "bookmarked": "Wishlist", "saved": "Wishlist", "interested": "Wishlist", "tosubmit": "Wishlist",
	"applied": "Applied", "applying": "Applied", "submitted": "Applied",
	"screening": "Screening", "phonescreen": "Screening", "screen": "Screening",
	"interview": "Interviewing", "interviewing": "Interviewing", "interviews": "Interviewing", "onsite": "Interviewing",
	"offer": "Offer", "offered": "Offer", "negotiating": "Offer",
}

var statusOutcome = map[string]model.Outcome{
	"rejected": model.OutcomeRejected, "declined": model.OutcomeRejected, "notselected": model.OutcomeRejected,
	"ghosted": model.OutcomeGhosted, "noresponse": model.OutcomeGhosted,
	"withdrawn": model.OutcomeWithdrawn, "withdrew": model.OutcomeWithdrawn,
	"accepted": model.OutcomeAccepted, "hired": model.OutcomeAccepted,
	"expired": model.OutcomeExpired, "closed": model.OutcomeExpired, "archived": model.OutcomeExpired,
}

func parseRow(row csvRow, cols map[string]int, dayFirst bool) (model.Application, []model.Note, []RowError) {
	var errs []RowError
	fail := func(field, format string, args ...any) {
		errs = append(errs, RowError{Line: row.line, Field: field, Reason: fmt.Sprintf(format, args...)})
	}
	get := func(f string) string { return cell(row.rec, cols, f) }
	a := model.Application{
		Company: get("company"), Title: get("title"), URL: get("url"), Location: get("location"),
		Source: get("source"), Description: get("description"), Outcome: model.OutcomeOpen,
	}
	if a.Company == "" {
		fail("company", "company is empty")
	}
	if a.Title == "" {
		fail("title", "job title is empty")
	}
	if status := get("stage"); status != "" {
		key := normHeader(status)
		if o, ok := statusOutcome[key]; ok {
			a.Outcome, a.Stage = o, "Applied"
		} else if s, ok := statusStage[key]; ok {
			a.Stage = s
		} else if len(status) > maxStageName {
			fail("stage", "stage %q is too long (at most %d characters)", status, maxStageName)
		} else {
			a.Stage = status
		}
	}
	if o := get("outcome"); o != "" {
		if out, ok := statusOutcome[normHeader(o)]; ok {
			a.Outcome = out
		} else if out, err := model.ParseOutcome(o); err == nil {
			a.Outcome = out
		} else {
			fail("outcome", "unknown outcome %q", o)
		}
	}
	if r, err := model.ParseRemote(get("remote")); err == nil {
		a.Remote = r
	} else if strings.Contains(strings.ToLower(get("remote")), "remote") {
		a.Remote = model.RemoteRemote
	}
	for field, dst := range map[string]*string{"applied": &a.DateApplied, "deadline": &a.Deadline, "followUp": &a.FollowUp} {
		if v := get(field); v != "" {
			d, err := parseDate(v, dayFirst)
			if err != nil {
				fail(field, "%s %q is not a date", field, v)
			}
			*dst = d
		}
	}
	if err := parseSalary(&a, get("salary"), get("salaryMin"), get("salaryMax"), get("currency"), get("period")); err != nil {
		fail("salary", "%v", err)
	}
	if p := get("priority"); p != "" {
		a.Priority = parsePriority(p)
	}
	if t := get("tags"); t != "" {
		a.Tags = strings.FieldsFunc(t, func(r rune) bool { return r == ',' || r == ';' || r == '|' })
	}
	for field, dst := range map[string]*time.Time{"created": &a.CreatedAt, "updated": &a.UpdatedAt} {
		if v := get(field); v != "" {
			if t, err := time.Parse(time.RFC3339, v); err == nil {
				*dst = t
			} else if d, err := parseDate(v, dayFirst); err == nil {
				*dst, _ = time.Parse(model.DateLayout, d)
			}
		}
	}
	if len(errs) == 0 {
		a.Normalize()
		if err := a.Validate(); err != nil {
			e := model.AsError(err)
			fail(e.Field, "%s", e.Message)
		}
	}
	var notes []model.Note
	if n := get("notes"); n != "" {
		note := model.Note{Body: n, CreatedAt: a.CreatedAt, UpdatedAt: a.CreatedAt}
		if err := note.Validate(); err != nil {
			fail("notes", "%s", model.AsError(err).Message)
		}
		notes = append(notes, note)
	}
	return a, notes, errs
}

var numericDate = regexp.MustCompile(`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$`)

// detectDayFirst decides, for the whole file, whether d/m/y dates put the day
// first: yes when any date's first number is above 12 (and none's second is).
func detectDayFirst(rows []csvRow, cols map[string]int) bool {
	dayFirst, monthFirst := false, false
	for _, r := range rows {
		for _, f := range []string{"applied", "deadline", "followUp", "created", "updated"} {
			m := numericDate.FindStringSubmatch(cell(r.rec, cols, f))
			if m == nil {
				continue
			}
			a, _ := strconv.Atoi(m[1])
			b, _ := strconv.Atoi(m[2])
			if a > 12 {
				dayFirst = true
			}
			if b > 12 {
				monthFirst = true
			}
		}
	}
	return dayFirst && !monthFirst
}

var dateLayouts = []string{"2006-01-02", "2006/01/02", "Jan 2, 2006", "January 2, 2006", "2 Jan 2006", "2 January 2006", "Jan 2 2006", "02-Jan-2006",
	"2006-01-02 15:04:05", "2006-01-02T15:04:05"}

// parseDate reads the date forms trackers write and returns YYYY-MM-DD.
func parseDate(s string, dayFirst bool) (string, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.Format(model.DateLayout), nil
	}
	if m := numericDate.FindStringSubmatch(s); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		day, month := b, a
		if dayFirst || a > 12 {
			day, month = a, b
		}
		t := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		if t.Day() != day || int(t.Month()) != month {
			return "", fmt.Errorf("bad date %q", s)
		}
		return t.Format(model.DateLayout), nil
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format(model.DateLayout), nil
		}
	}
	return "", fmt.Errorf("bad date %q", s)
}

var (
	amountRe   = regexp.MustCompile(`(\d[\d,.\s]*)\s*([kKmM])?`)
	currencyRe = regexp.MustCompile(`(?i)\b(USD|EUR|GBP|CHF|CAD|AUD|SEK|NOK|DKK|PLN|INR|JPY|NZD|SGD)\b|[$€£¥₹]`)
	symbols    = map[string]string{"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}
)

// parseSalary fills a.Salary from a free-text range ("€60,000 - 80,000",
// "$120k", "100000-120000 USD/year") or from separate min/max columns.
func parseSalary(a *model.Application, text, minS, maxS, currency, period string) error {
	if text == "" && minS == "" && maxS == "" {
		return nil
	}
	all := strings.Join([]string{text, minS, maxS, currency}, " ")
	var amounts []int64
	for _, s := range []string{text, minS, maxS} {
		for _, m := range amountRe.FindAllStringSubmatch(s, 2) {
			v, err := parseAmount(m[1], m[2])
			if err != nil {
				return fmt.Errorf("salary %q is not an amount", s)
			}
			amounts = append(amounts, v)
		}
	}
	if len(amounts) == 0 {
		return fmt.Errorf("salary %q has no amount", strings.TrimSpace(all))
	}
	a.Salary.Min = amounts[0]
	a.Salary.Max = amounts[len(amounts)-1]
	cur := strings.ToUpper(strings.TrimSpace(currency))
	if cur == "" {
		if m := currencyRe.FindString(all); m != "" {
			cur = strings.ToUpper(m)
			if c, ok := symbols[m]; ok {
				cur = c
			}
		}
	}
	if cur == "" {
		cur = "USD"
	}
	a.Salary.Currency = cur
	lower := strings.ToLower(period + " " + text)
	switch {
	case strings.Contains(lower, "hour") || strings.Contains(lower, "/h"):
		a.Salary.Period = model.PeriodHour
	case strings.Contains(lower, "month") || strings.Contains(lower, "/mo"):
		a.Salary.Period = model.PeriodMonth
	default:
		a.Salary.Period = model.PeriodYear
	}
	return nil
}

func parseAmount(num, suffix string) (int64, error) {
	num = strings.ReplaceAll(strings.TrimSpace(num), " ", "")
	// "60,000" and "60.000" are thousands; "60000.50" or "60000,50" have cents.
	if i := strings.LastIndexAny(num, ".,"); i >= 0 && len(num)-i-1 == 2 {
		num = strings.NewReplacer(",", "", ".", "").Replace(num[:i]) + "." + num[i+1:]
	} else {
		num = strings.NewReplacer(",", "", ".", "").Replace(num)
	}
	f, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, err
	}
	switch strings.ToLower(suffix) {
	case "k":
		f *= 1_000
	case "m":
		f *= 1_000_000
	}
	return int64(f*100 + 0.5), nil
}

func parsePriority(s string) int {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "high", "h", "3", "5", "4":
		return 3
	case "medium", "med", "m", "2":
		return 2
	case "low", "l", "1":
		return 1
	}
	if n := strings.Count(s, "★"); n > 0 {
		return min(3, (n+1)/2)
	}
	return 0
}
