package jobfetch

import (
	"bytes"
	"encoding/json"
	"net/url"
	"strings"
)

// apiURL maps a known ATS posting address to its public JSON API request,
// or returns "" to fetch the page itself. filter, when not nil, narrows
// the API's answer to the one posting asked for.
//
//	boards.greenhouse.io/<board>/jobs/<id>     -> boards-api.greenhouse.io/v1/boards/<board>/jobs/<id>
//	job-boards.greenhouse.io/<board>/jobs/<id> -> the same
//	jobs.lever.co/<company>/<id>               -> api.lever.co/v0/postings/<company>/<id>
//	jobs.ashbyhq.com/<org>/<id>                -> api.ashbyhq.com/posting-api/job-board/<org>, job <id>
func apiURL(u *url.URL, opt Options) (string, func([]byte) []byte) {
	host := strings.ToLower(u.Hostname())
	parts := strings.Split(strings.Trim(u.EscapedPath(), "/"), "/")
	base := func(set, def string) string {
		if set != "" {
			return strings.TrimRight(set, "/")
		}
		return def
	}
	switch host {
	case "boards.greenhouse.io", "job-boards.greenhouse.io", "job-boards.eu.greenhouse.io", "boards.eu.greenhouse.io":
		if len(parts) == 3 && parts[1] == "jobs" && isID(parts[0]) && isID(parts[2]) {
			return base(opt.GreenhouseAPI, GreenhouseAPI) + "/v1/boards/" + parts[0] + "/jobs/" + parts[2], nil
		}
	case "jobs.lever.co":
		if len(parts) >= 2 && isID(parts[0]) && isID(parts[1]) && (len(parts) == 2 || len(parts) == 3 && parts[2] == "apply") {
			return base(opt.LeverAPI, LeverAPI) + "/v0/postings/" + parts[0] + "/" + parts[1], nil
		}
	case "jobs.ashbyhq.com":
		if len(parts) >= 2 && isID(parts[0]) && isID(parts[1]) && (len(parts) == 2 || len(parts) == 3 && parts[2] == "application") {
			id := parts[1]
			return base(opt.AshbyAPI, AshbyAPI) + "/posting-api/job-board/" + parts[0] + "?includeCompensation=true",
				func(b []byte) []byte { return onlyJob(b, id) }
		}
	}
	return "", nil
}

// isID accepts a path segment made of letters, digits, '-', '_' and '.'
// only (no escapes, no "..").
func isID(s string) bool {
	if s == "" || s == "." || s == ".." {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	return true
}

// onlyJob narrows a job-board answer {"jobs": [...], ...} to the job whose
// "id" is id; it returns the answer unchanged when that job is not in it
// or the answer is not of that shape.
func onlyJob(body []byte, id string) []byte {
	var board map[string]json.RawMessage
	if err := json.Unmarshal(body, &board); err != nil {
		return body
	}
	var jobs []json.RawMessage
	if err := json.Unmarshal(board["jobs"], &jobs); err != nil {
		return body
	}
	for _, j := range jobs {
		var head struct {
			ID string `json:"id"`
		}
		if json.Unmarshal(j, &head) == nil && strings.EqualFold(head.ID, id) {
			board["jobs"] = json.RawMessage(bytes.Join([][]byte{[]byte("["), j, []byte("]")}, nil))
			if out, err := json.Marshal(board); err == nil {
				return out
			}
			return body
		}
	}
	return body
}
