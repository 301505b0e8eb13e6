// Package jobfetch fetches a job posting the user pasted a link to: the
// page itself or, for known applicant-tracking hosts (Greenhouse, Lever,
// Ashby, SmartRecruiters, Workable, Workday, Recruitee, Personio), their
// public API. It sends no cookies, follows at most
// MaxRedirects redirects, gives up after Timeout and reads at most MaxBytes.
// The app records its requests in the ledger by passing an
// outbound.Transport as Options.Transport.
package jobfetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// Limits of a fetch.
const (
	Timeout      = 15 * time.Second // the whole fetch, redirects and body included
	MaxRedirects = 5
	MaxBytes     = 10 << 20
	UserAgent    = "Huntbook/1 (job tracker; fetches a posting its user asked for)"
)

// Default public API bases of the ATS hosts fetched through their API.
const (
	GreenhouseAPI      = "https://boards-api.greenhouse.io"
	LeverAPI           = "https://api.lever.co"
	AshbyAPI           = "https://api.ashbyhq.com"
	SmartRecruitersAPI = "https://api.smartrecruiters.com"
	WorkableAPI        = "https://apply.workable.com"
)

// pageAccept is the Accept header of a page fetch.
const pageAccept = "text/html,application/xhtml+xml,application/json,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"

// ErrSignInWall is wrapped by the error for a host that shows only a sign-in
// wall to a program (LinkedIn): such hosts are never fetched.
var ErrSignInWall = errors.New("host shows a sign-in wall")

// signInHosts show a sign-in wall instead of the posting to a fetch
// without the user's session.
var signInHosts = []string{"linkedin.com", "lnkd.in", "glassdoor.com", "glassdoor.co.uk", "wellfound.com", "xing.com"}

// Options tune a fetch; the zero value uses the limits above and the real
// API hosts.
type Options struct {
	Timeout  time.Duration // 0: Timeout
	MaxBytes int64         // 0: MaxBytes
	// Record, when set, is called once for every request sent (each
	// redirect hop and each API request): the host, the bytes received,
	// the status line ("" when no answer came) and the error, if any.
	// The app does not set it (its Transport writes the ledger); the
	// tests use it to see each request jobfetch makes.
	Record func(host string, bytesIn int64, status string, err error)
	// Start, when set, is called with the host of each request just
	// before it is sent, to show the user what is being fetched.
	Start func(host string)
	// API bases ("" for the defaults), for tests.
	GreenhouseAPI, LeverAPI, AshbyAPI, SmartRecruitersAPI, WorkableAPI string
	// Bases replacing https://<the posting's host> for the ATS whose API is
	// on each company's own host ("" for that host), for tests.
	WorkdayAPI, RecruiteeAPI, PersonioAPI string
	// Transport, when set, sends the requests (the app's records each in
	// the ledger; tests route them to fakes); nil uses http.DefaultTransport.
	Transport http.RoundTripper
}

// Result is a fetched posting.
type Result struct {
	URL         string // the address the user gave
	FetchedURL  string // the address read: the API request or the page after redirects
	Name        string // a file name hinting at the format for the job reader (posting.html, .json, .xml, .txt)
	ContentType string
	Body        []byte
}

// Fetch fetches rawURL (http or https only), through the host's public API
// when it is a known ATS posting address. Errors are *model.Error on field
// "url" with a message for the user.
func Fetch(ctx context.Context, rawURL string, opt Options) (Result, error) {
	u, err := checkURL(rawURL)
	if err != nil {
		return Result{}, err
	}
	if h := signInHost(u.Hostname()); h != "" {
		return Result{}, &model.Error{Code: model.CodeUnsupported, Field: "url", Err: ErrSignInWall,
			Message: fmt.Sprintf("%s shows its job pages only after you sign in, so Huntbook cannot fetch them: use the browser button (Save to Huntbook) on "+
				"the page, or copy the page and paste it", h)}
	}
	timeout := opt.Timeout
	if timeout <= 0 {
		timeout = Timeout
	}
	limit := opt.MaxBytes
	if limit <= 0 {
		limit = MaxBytes
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	target, accept := u.String(), pageAccept
	call, isAPI := apiFor(u, opt)
	if isAPI {
		target, accept = call.url, call.accept
	}
	res := Result{URL: u.String()}
	body, final, ctype, err := get(ctx, target, accept, limit, timeout, opt)
	var refused httpStatus
	if isAPI && errors.As(err, &refused) && (refused == http.StatusUnauthorized || refused == http.StatusForbidden) {
		// the API wants a key (Recruitee's will from 2027): read the page
		isAPI = false
		body, final, ctype, err = get(ctx, u.String(), pageAccept, limit, timeout, opt)
	}
	var me *model.Error
	if isAPI && errors.As(err, &me) && me.Code == model.CodeNotFound {
		return res, gone(call, me.Message)
	}
	if err != nil {
		return res, err
	}
	if isAPI && call.narrow != nil {
		var found bool
		if body, found = call.narrow(body); !found {
			return res, gone(call, "")
		}
	}
	res.FetchedURL, res.ContentType, res.Body = final, ctype, body
	res.Name, err = nameFor(ctype, final)
	return res, err
}

// gone is the error for a posting its ATS's API does not have (any more).
func gone(call apiCall, why string) error {
	msg := fmt.Sprintf("this posting is no longer on %s: it was closed or removed (or the link is mistyped)", call.ats)
	if why != "" {
		msg += "; " + why
	}
	return &model.Error{Code: model.CodeNotFound, Field: "url", Message: msg}
}

// checkURL parses a pasted address and accepts only http and https.
func checkURL(rawURL string) (*url.URL, error) {
	s := strings.TrimSpace(rawURL)
	if s == "" {
		return nil, model.Invalid("url", "paste the address of a job posting first")
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return nil, model.Invalid("url", "%q is not a web address (https://...)", s)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, model.Invalid("url", "Huntbook fetches only http and https addresses, not %s:", u.Scheme)
	}
	u.Fragment = ""
	return u, nil
}

// signInHost returns the sign-in-wall domain host belongs to, or "".
func signInHost(host string) string {
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	for _, d := range signInHosts {
		if host == d || strings.HasSuffix(host, "."+d) {
			return d
		}
	}
	return ""
}

// get sends one GET (following redirects) asking for accept and reads at
// most limit bytes.
// It returns the body, the final address and the media type.
func get(ctx context.Context, target, accept string, limit int64, timeout time.Duration, opt Options) ([]byte, string, string, error) {
	rec := func(host string, n int64, status string, err error) {
		if opt.Record != nil {
			opt.Record(host, n, status, err)
		}
	}
	start := func(host string) {
		if opt.Start != nil {
			opt.Start(host)
		}
	}
	client := &http.Client{ // no Jar: no cookies kept or sent
		Transport: opt.Transport,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			prev := via[len(via)-1]
			status := ""
			if req.Response != nil {
				status = req.Response.Status
			}
			rec(prev.URL.Host, 0, status, nil)
			if len(via) > MaxRedirects {
				return &model.Error{Code: model.CodeUnavailable, Field: "url",
					Message: fmt.Sprintf("the page redirects more than %d times; open it in the browser and paste the address it ends at", MaxRedirects)}
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return model.Invalid("url", "the page redirects to a %s: address, which Huntbook does not fetch", req.URL.Scheme)
			}
			start(req.URL.Host)
			return nil
		},
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
	if err != nil {
		return nil, "", "", model.Invalid("url", "%q is not a web address (https://...)", target)
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", accept)
	start(req.URL.Host)
	resp, err := client.Do(req)
	if err != nil {
		host := req.URL.Host
		var ue *url.Error
		if errors.As(err, &ue) {
			if u, perr := url.Parse(ue.URL); perr == nil && u.Host != "" {
				host = u.Host
			}
		}
		ferr := fetchError(ctx, err, timeout)
		var me *model.Error
		if !errors.As(err, &me) { // a redirect refusal was recorded with its hop
			rec(host, 0, "", ferr)
		}
		return nil, "", "", ferr
	}
	defer resp.Body.Close()
	host := resp.Request.URL.Host
	final := resp.Request.URL.String()
	if resp.ContentLength > limit {
		err := tooLarge(limit)
		rec(host, 0, resp.Status, err)
		return nil, final, "", err
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	n := int64(len(body))
	if err != nil {
		ferr := fetchError(ctx, err, timeout)
		rec(host, n, resp.Status, ferr)
		return nil, final, "", ferr
	}
	if n > limit {
		err := tooLarge(limit)
		rec(host, n, resp.Status, err)
		return nil, final, "", err
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		code := model.CodeUnavailable
		if resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone {
			code = model.CodeNotFound
		}
		err := &model.Error{Code: code, Field: "url", Err: httpStatus(resp.StatusCode),
			Message: fmt.Sprintf("%s answered %s: no posting to read there", host, resp.Status)}
		rec(host, n, resp.Status, err)
		return nil, final, "", err
	}
	rec(host, n, resp.Status, nil)
	ctype, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	return body, final, strings.ToLower(ctype), nil
}

// httpStatus is the status of an answer that was no success.
type httpStatus int

func (s httpStatus) Error() string { return fmt.Sprintf("HTTP %d %s", int(s), http.StatusText(int(s))) }

// fetchError turns a transport error into one for the user.
func fetchError(ctx context.Context, err error, timeout time.Duration) error {
	var me *model.Error
	if errors.As(err, &me) {
		return me
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return &model.Error{Code: model.CodeUnavailable, Field: "url", Err: err,
			Message: fmt.Sprintf("the page did not answer within %s", timeout)}
	}
	if errors.Is(ctx.Err(), context.Canceled) {
		return &model.Error{Code: model.CodeCanceled, Field: "url", Err: err, Message: "fetching the page was stopped"}
	}
	return &model.Error{Code: model.CodeUnavailable, Field: "url", Err: err,
		Message: fmt.Sprintf("could not fetch the page: %v", err)}
}

func tooLarge(limit int64) error {
	return &model.Error{Code: model.CodeTooLarge, Field: "url",
		Message: fmt.Sprintf("the page is larger than the %d MB Huntbook reads; save it from the browser instead", limit>>20)}
}

// nameFor names the body for the job reader by its media type, refusing
// what is not a page, text, JSON or XML (a PDF, an image).
func nameFor(ctype, final string) (string, error) {
	switch {
	case ctype == "" || ctype == "text/html" || ctype == "application/xhtml+xml":
		return "posting.html", nil
	case ctype == "application/json" || strings.HasSuffix(ctype, "+json"):
		return "posting.json", nil
	case ctype == "application/xml" || ctype == "text/xml" || strings.HasSuffix(ctype, "+xml"):
		return "posting.xml", nil
	case ctype == "text/markdown":
		return "posting.md", nil
	case strings.HasPrefix(ctype, "text/"):
		return "posting.txt", nil
	}
	return "", &model.Error{Code: model.CodeUnsupported, Field: "url",
		Message: fmt.Sprintf("%s is not a web page (it is %s); download it and add it as a file instead", final, ctype)}
}
