package jobfetch

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/huntbook/huntbook/backend/lazyre"
)

// Narrowing an API answer to the posting asked for: each function returns
// the narrowed answer and whether the posting is in it. An answer that is
// not of the expected shape at all is returned unchanged (true), for the
// job reader to judge.

// onlyJob narrows a job-board answer {"jobs": [...], ...} to the job whose
// "id" is id.
func onlyJob(body []byte, id string) ([]byte, bool) {
	var board map[string]json.RawMessage
	if err := json.Unmarshal(body, &board); err != nil {
		return body, true
	}
	var jobs []json.RawMessage
	if err := json.Unmarshal(board["jobs"], &jobs); err != nil {
		return body, true
	}
	for _, j := range jobs {
		var head struct {
			ID string `json:"id"`
		}
		if json.Unmarshal(j, &head) == nil && strings.EqualFold(head.ID, id) {
			board["jobs"] = json.RawMessage(bytes.Join([][]byte{[]byte("["), j, []byte("]")}, nil))
			if out, err := json.Marshal(board); err == nil {
				return out, true
			}
			return body, true
		}
	}
	return nil, false
}

// hasKey returns a check that a one-job answer (a JSON object) holds key
// with a value that is not null, empty or false: Workday answers a closed
// posting without "jobPostingInfo", Recruitee without "offer".
func hasKey(key string) func([]byte) ([]byte, bool) {
	return func(body []byte) ([]byte, bool) {
		var m map[string]json.RawMessage
		if err := json.Unmarshal(body, &m); err != nil {
			return body, true
		}
		switch v := string(bytes.TrimSpace(m[key])); v {
		case "", "null", `""`, "{}", "[]", "false":
			return nil, false
		}
		return body, true
	}
}

var (
	// personioPosition matches one <position> of a Personio XML feed.
	personioPosition = lazyre.New(`(?s)<position(?:\s[^>]*)?>.*?</position>`)
	personioID       = lazyre.New(`<id>\s*([0-9]+)\s*</id>`)
)

// onlyPosition narrows a Personio XML feed (<workzag-jobs><position>...) to
// the first position whose <id> is id; an answer that is no feed (a
// board that is gone redirects to Personio's home page) does not hold it.
func onlyPosition(body []byte, id string) ([]byte, bool) {
	for _, p := range personioPosition.FindAll(body, -1) {
		// the position's own id is its first <id>; ids of nested elements follow it
		if m := personioID.FindSubmatch(p); m != nil && string(m[1]) == id {
			var b bytes.Buffer
			b.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workzag-jobs>\n")
			b.Write(p)
			b.WriteString("\n</workzag-jobs>\n")
			return b.Bytes(), true
		}
	}
	return nil, false
}
