package jobpost

import (
	"strings"

	"github.com/huntbook/huntbook/backend/lazyre"
)

// headerLine matches "Key: value" lines at the top of a text dump (LinkedIn
// exports, e-mails, notes).
var headerLine = lazyre.New(`^(?i)(title|job title|position|company|employer|location|posted|date posted|url|link|salary|employment type|job type|` +
	`remote)\s*:\s*(.+)$`)

var (
	headingTitle = lazyre.New(`(?i)^#\s+(?:(?:job description|stellenbeschreibung|stellenanzeige|offre d'emploi|oferta de empleo|vacature|` +
		`job)\s*[:–-]\s*)?(.+)$`)
	seekingTitle = lazyre.New(`(?:looking for|seeking|hiring|searching for|recruiting)\s+(?:an?|` +
		`one)\s+((?:[A-Z][\w+#./-]*\s+){0,4}[A-Z][\w+#./-]*(?:\s+\([^)]{1,20}\))?)`)
	aboutJob = lazyre.New(`(?im)^\s*(?:about the job|job description|about this role|description)\s*$`)
)

// parseText reads a text dump or Markdown file.
func parseText(s string, markdown bool) ([]Job, error) {
	s = literalEscapes.Replace(strings.ReplaceAll(s, "\r\n", "\n"))
	j := Job{Source: "text"}
	if markdown || strings.HasPrefix(strings.TrimSpace(s), "#") {
		j.Source = "markdown"
	}
	lines := strings.Split(s, "\n")
	body := 0
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			if i == body {
				body++
			}
			continue
		}
		m := headerLine.FindStringSubmatch(l)
		if m == nil || i > 12 {
			break
		}
		v := strings.TrimSpace(m[2])
		switch strings.ToLower(m[1]) {
		case "title", "job title", "position":
			j.Title = v
		case "company", "employer":
			j.Company = v
		case "location":
			j.Location = v
		case "posted", "date posted":
			j.DatePosted = parseDate(v)
		case "url", "link":
			j.URL = v
		case "salary":
			j.Salary = ParseSalary(v)
		case "employment type", "job type":
			j.EmploymentType = v
		}
		body = i + 1
	}
	rest := strings.Join(lines[body:], "\n")
	if body > 0 {
		if loc := aboutJob.FindStringIndex(rest); loc != nil && loc[0] < 200 {
			rest = rest[loc[1]:]
		}
	}
	if j.Title == "" {
		first := strings.TrimSpace(firstLine(strings.TrimSpace(rest)))
		if m := headingTitle.FindStringSubmatch(first); m != nil {
			j.Title = m[1]
			rest = strings.TrimSpace(rest)[len(firstLine(strings.TrimSpace(rest))):]
		} else if m := seekingTitle.FindStringSubmatch(rest[:min(len(rest), 600)]); m != nil {
			j.Title = strings.TrimSpace(m[1])
		} else if titleLine(first) {
			j.Title = first
			readFactLines(&j, strings.Split(strings.TrimSpace(rest), "\n")[1:])
		}
	}
	j.Description = CleanText(rest)
	return []Job{j}, nil
}

// titleLine reports a first line that reads as a job title: short, a few
// words, not a sentence, not a section heading.
func titleLine(s string) bool {
	words := strings.Fields(s)
	return len(s) >= 3 && len(s) <= 90 && len(words) <= 10 && !strings.ContainsAny(s[len(s)-1:], ".!?:,;") &&
		!aboutJob.MatchString(s) && !strings.Contains(s, "http")
}

// readFactLines reads the "·"-separated fact lines that follow a pasted
// title ("Rotterdam, Zuid-Holland · Hybride", "Fulltime · 32-40 uur").
func readFactLines(j *Job, lines []string) {
	for i, l := range lines {
		if i >= 3 || !strings.Contains(l, "·") {
			return
		}
		for _, part := range strings.Split(l, "·") {
			part = strings.TrimSpace(part)
			switch {
			case remotePolicy(part) != "" && len(part) < 30:
				j.Remote = remotePolicy(part)
			case knownEmployment(part) && len(part) < 40:
				j.EmploymentType = part
			case strings.Contains(part, ",") && j.Location == "" && len(part) < 80 && !strings.ContainsAny(part, "0123456789$€£"):
				j.Location = part
			}
		}
	}
}
