package service

import (
	"context"
	"errors"
	"fmt"

	"github.com/huntbook/huntbook/backend/jobfetch"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/store"
)

// ledgerTaskFetchJob is the ledger's task for a job page fetched from a link.
const ledgerTaskFetchJob = "fetch-job"

// linkFetch are the fetch options ReadLink uses (tests point the ATS API
// bases at fakes); Record is set per call.
var linkFetch = jobfetch.Options{}

// ReadLink fetches the job posting at rawURL (an http or https address the
// user pasted; for Greenhouse, Lever and Ashby postings their public API)
// and returns one draft per job found in it, first the main one, like
// ReadPosting. Every request sent is recorded in the request ledger. Hosts
// that show only a sign-in wall (LinkedIn) are not fetched: the error says
// to use the browser button or paste the page. Errors are on field "url".
// Nothing is saved.
func (s *Applications) ReadLink(rawURL string) ([]JobDraft, error) {
	return s.readLink(s.ctx(), rawURL, nil)
}

// readLink is ReadLink with a context and a hook told the host of each
// request before it is sent (the CLI prints "fetching HOST…").
func (s *Applications) readLink(ctx context.Context, rawURL string, onFetch func(host string)) ([]JobDraft, error) {
	opt := linkFetch
	opt.Start = onFetch
	opt.Record = func(host string, bytesIn int64, status string, err error) {
		e := store.LedgerEntry{Host: host, Task: ledgerTaskFetchJob, BytesReceived: bytesIn, Status: status}
		if err != nil {
			e.Error = err.Error()
		}
		_, _ = s.db.AddLedgerEntry(context.Background(), e)
	}
	res, err := jobfetch.Fetch(ctx, rawURL, opt)
	if err != nil {
		return nil, onURL(err, "fetch job page")
	}
	drafts, err := readPosting(res.Body, res.Name, res.URL)
	if err != nil {
		return nil, onURL(err, "read job page")
	}
	return drafts, nil
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
