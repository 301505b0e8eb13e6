package service

import (
	"context"
	"errors"
	"fmt"

	"github.com/huntbook/huntbook/backend/jobfetch"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/outbound"
)

// ledgerTaskFetchJob is the ledger's task for a job page fetched from a link.
const ledgerTaskFetchJob = "fetch-job"

// linkFetch are the fetch options ReadLink uses (tests point the ATS API
// bases at fakes); the recording transport is added per call.
var linkFetch = jobfetch.Options{}

// ReadLink fetches the job posting at rawURL (an http or https address the
// user pasted; for postings on Greenhouse, Lever, Ashby, SmartRecruiters,
// Workable, Workday, Recruitee and Personio their public API)
// and returns one draft per job found in it, first the main one, like
// ReadPosting. Every request sent is recorded in the request ledger. Hosts
// that show only a sign-in wall (LinkedIn) are not fetched: the error says
// to use the browser button or paste the page. Errors are on field "url".
// Nothing is saved.
func (s *Applications) ReadLink(rawURL string) ([]JobDraft, error) {
	res, err := s.fetchLink(s.ctx(), rawURL, nil)
	if err != nil {
		return nil, err
	}
	drafts, err := readPosting(res.Body, res.Name, res.URL)
	if err != nil {
		return nil, onURL(err, "read job page")
	}
	return drafts, nil
}

// FetchLink is ReadLink's fetch for the command line, which reads the
// answer itself (it prints fields a draft does not hold): the same
// requests, recorded in the same ledger. onFetch, when set, is told the
// host of each request just before it is sent.
func (s *Services) FetchLink(ctx context.Context, rawURL string, onFetch func(host string)) (jobfetch.Result, error) {
	return s.Applications.fetchLink(ctx, rawURL, onFetch)
}

// fetchLink fetches rawURL with jobfetch, recording each request in the
// ledger; errors are on field "url".
func (s *Applications) fetchLink(ctx context.Context, rawURL string, onFetch func(host string)) (jobfetch.Result, error) {
	opt := linkFetch
	opt.Start = onFetch
	// The ledger's row for each request (each redirect hop too) comes from
	// the transport, with its method, address and duration.
	opt.Transport = &outbound.Transport{Base: linkFetch.Transport, Ledger: s.db, Task: ledgerTaskFetchJob}
	res, err := jobfetch.Fetch(ctx, rawURL, opt)
	if err != nil {
		return res, onURL(err, "fetch job page")
	}
	return res, nil
}

// onURL puts an error on the "url" field the Add form shows it on.
func onURL(err error, what string) error {
	var me *model.Error
	if !errors.As(err, &me) {
		return &model.Error{Code: model.CodeInternal, Field: "url", Message: fmt.Sprintf("%s: %v", what, err), Err: err}
	}
	out := *me
	out.Field = "url"
	out.Err = err
	return &out
}
