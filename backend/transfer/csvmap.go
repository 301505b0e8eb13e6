package transfer

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/lazyre"
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
	// Other trackers' and spreadsheets' names (Huntr, Teal, Simplify, Notion
	// templates, hand-made sheets).
	"roletitle": "title", "jobrole": "title", "positionname": "title", "jobname": "title", "rolename": "title", "opening": "title",
	"employername": "company", "organizationname": "company", "firm": "company", "business": "company",
	"currentstatus": "stage", "state": "stage", "stagename": "stage", "progress": "stage", "column": "stage", "pipeline": "stage",
	"jobposturl": "url", "applicationlink": "url", "applicationurl": "url", "listingurl": "url", "website": "url", "posturl": "url",
	"joblisting": "url", "jobpostingurl": "url",
	"datesubmitted": "applied", "submitted": "applied", "submittedon": "applied", "appliedat": "applied", "dateofapplication": "applied",
	"datecreated": "created", "createddate": "created", "datefound": "created", "saved": "created", "savedon": "created", "datebookmarked": "created",
	"datemodified": "updated", "modified": "updated", "lastmodified": "updated", "lastactivity": "updated",
	"worklocation": "location", "officelocation": "location", "country": "location",
	"remotetype": "remote", "locationtype": "remote", "worksetting": "remote", "employmentmode": "remote",
	"expectedsalary": "salary", "salaryexpectation": "salary", "basesalary": "salary", "salaryoffered": "salary",
	"jobnotes": "notes", "mynotes": "notes", "details": "notes",
	"jobdetails": "description", "posting": "description",
	"contact": "contactName", "contactname": "contactName", "contactperson": "contactName", "recruiter": "contactName",
	"recruitername": "contactName", "hiringmanager": "contactName", "referrer": "contactName", "pointofcontact": "contactName",
	"email": "contactEmail", "contactemail": "contactEmail", "recruiteremail": "contactEmail", "emailaddress": "contactEmail",
	"contactemailaddress": "contactEmail", "hiringmanageremail": "contactEmail",
	"phone": "contactPhone", "contactphone": "contactPhone", "phonenumber": "contactPhone", "recruiterphone": "contactPhone",
	"linkedin": "contactLinkedIn", "contactlinkedin": "contactLinkedIn", "linkedinurl": "contactLinkedIn", "linkedinprofile": "contactLinkedIn",
	"recruiterlinkedin": "contactLinkedIn",
	"contacttitle":      "contactRole", "contactrole": "contactRole", "contactposition": "contactRole",
}

// fieldLabels are the fields a column can fill, in the order the preview
// lists them, with the label it shows.
var fieldLabels = []model.CSVChoice{
	{Value: "company", Label: "Company"}, {Value: "title", Label: "Job title"}, {Value: "stage", Label: "Stage or status"},
	{Value: "outcome", Label: "Outcome"}, {Value: "url", Label: "Job link"}, {Value: "location", Label: "Location"},
	{Value: "remote", Label: "Remote or on-site"}, {Value: "salary", Label: "Salary"}, {Value: "salaryMin", Label: "Salary minimum"},
	{Value: "salaryMax", Label: "Salary maximum"}, {Value: "currency", Label: "Currency"}, {Value: "period", Label: "Salary period"},
	{Value: "source", Label: "Source"}, {Value: "applied", Label: "Date applied"}, {Value: "deadline", Label: "Deadline"},
	{Value: "followUp", Label: "Follow-up date"}, {Value: "priority", Label: "Priority"}, {Value: "tags", Label: "Tags"},
	{Value: "notes", Label: "Notes"}, {Value: "description", Label: "Job description"}, {Value: "created", Label: "Date added"},
	{Value: "updated", Label: "Last updated"}, {Value: "contactName", Label: "Contact name"}, {Value: "contactEmail", Label: "Contact e-mail"},
	{Value: "contactPhone", Label: "Contact phone"}, {Value: "contactLinkedIn", Label: "Contact LinkedIn"},
	{Value: "contactRole", Label: "Contact role"},
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

// statusFunc says where a status text goes: a stage name, or an outcome
// (with the stage it keeps).
type statusFunc func(status string) (stage string, outcome model.Outcome)

func parseRow(row csvRow, cols map[string]int, dayFirst bool, status statusFunc) (model.Application, []model.Note, []RowError) {
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
	if st := get("stage"); st != "" {
		key := normHeader(st)
		if status != nil {
			a.Stage, a.Outcome = status(st)
		} else if o, ok := statusOutcome[key]; ok {
			a.Outcome, a.Stage = o, "Applied"
		} else if s, ok := statusStage[key]; ok {
			a.Stage = s
		} else if len(st) > maxStageName {
			fail("stage", "stage %q is too long (at most %d characters)", st, maxStageName)
		} else {
			a.Stage = st
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

var numericDate = lazyre.New(`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$`)

// dateFields are the fields that hold dates.
var dateFields = []string{"applied", "deadline", "followUp", "created", "updated"}

// decideDateOrder decides, for the whole file, whether d/m/y dates put the
// day first, and says why: day first when some date's first number is above
// 12 and no date's second one is; otherwise month first. order is "dmy",
// "mdy", or "" when no date is written with numbers only.
func decideDateOrder(rows []csvRow, cols map[string]int) (dayFirst bool, order, reason string) {
	var dayAt, monthAt, some string
	for _, r := range rows {
		for _, f := range dateFields {
			v := cell(r.rec, cols, f)
			m := numericDate.FindStringSubmatch(v)
			if m == nil {
				continue
			}
			a, _ := strconv.Atoi(m[1])
			b, _ := strconv.Atoi(m[2])
			at := fmt.Sprintf("line %d has %q", r.line, v)
			if some == "" {
				some = at
			}
			if a > 12 && b <= 12 && dayAt == "" {
				dayAt = at
			}
			if b > 12 && a <= 12 && monthAt == "" {
				monthAt = at
			}
		}
	}
	switch {
	case some == "":
		return false, "", "No date in the file is written as numbers only (like 03/04/2026), so the order of day and month does not matter."
	case dayAt != "" && monthAt == "":
		return true, "dmy", "Day first: " + dayAt + ", which can only be day/month, and no date needs month first."
	case dayAt != "" && monthAt != "":
		return false, "mdy", "The file mixes both orders (" + dayAt + ", " + monthAt + "): each date that fits only one order is read that way, " +
			"the others month first."
	case monthAt != "":
		return false, "mdy", "Month first: " + monthAt + ", which can only be month/day."
	}
	return false, "mdy", "Month first, as US trackers write dates: every date fits either order (" + some + "). Choose day first if your " +
		"spreadsheet writes 03/04 for 3 April."
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
		if len(m[3]) == 2 {
			y += 2000
		}
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
	amountRe   = lazyre.New(`(\d[\d,.\s]*)\s*([kKmM])?`)
	currencyRe = lazyre.New(`(?i)\b(USD|EUR|GBP|CHF|CAD|AUD|SEK|NOK|DKK|PLN|INR|JPY|NZD|SGD)\b|[$€£¥₹]`)
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
