package jobpost

import (
	"regexp"
	"strings"
	"testing"
)

// jobLinkPattern is the pattern isJobLink replaced (it ran on every link of
// a page holding a digit); the hand scan must agree with it.
var jobLinkPattern = regexp.MustCompile(`(?i)/(?:jobs?|careers?|positions?|vacanc(?:y|ies)|stellen|postings?)/[^/?#]*\d|/jobs/view/|[?&](?:jk|jobid|job_id|` +
	`gh_jid|currentjobid)=`)

func TestIsJobLinkAgreesWithPattern(t *testing.T) {
	for _, href := range []string{
		"https://www.linkedin.com/jobs/view/engineer-at-acme-4000001", "/jobs/view/123", "/Jobs/View/9", "/jobs/view/",
		"https://boards.greenhouse.io/acme/jobs/4567", "/careers/senior-baker-12", "/careers/", "/careers/team/12",
		"/positions/abc", "/Vacancies/77-nurse", "/vacancy/a1", "/stellen/koch-3", "/posting/x9", "/job/12?x=1",
		"/viewjob?jk=abc123", "/search?q=go&JobId=7", "/c?gh_jid=55", "/jobs?currentJobId=99", "/jobs?page=2",
		"https://example.org/about/team-2024", "#jobs/1", "/jobs#/12", "/jobsearch/12", "/myjobs/12", "", "12",
		"/jobs/engineer?ref=1", "/job_id=5", "/a?b=1&jk=2#x", "/careers/x/jobs/3",
	} {
		if got, want := isJobLink(href), strings.ContainsAny(href, "0123456789") && jobLinkPattern.MatchString(href); got != want {
			t.Errorf("isJobLink(%q) = %v, the pattern says %v", href, got, want)
		}
	}
}
