package model

// Records of imported CVs, as the store returns them.

import (
	"encoding/json"
	"time"
)

// CVVersion is an imported CV: the original file (kept apart, see CVFile),
// the profile read from it, where each value came from and the reader's
// warnings. Importing the same bytes twice gives the same version.
type CVVersion struct {
	ID        int64   `json:"id"`
	Label     string  `json:"label"`
	FileName  string  `json:"fileName"`
	MediaType string  `json:"mediaType"`
	Size      int64   `json:"size"`
	SHA256    string  `json:"sha256"` // hex digest of the original bytes
	Profile   Profile `json:"profile"`
	// Fields is the provenance JSON: [{path, page, x, y, confidence}].
	Fields   json.RawMessage `json:"fields"`
	Warnings []string        `json:"warnings"`
	// Applications lists the applications this version was sent with.
	Applications []int64   `json:"applications"`
	CreatedAt    time.Time `json:"createdAt"`
}

// CVFile is the original file of a CV version.
type CVFile struct {
	FileName  string `json:"fileName"`
	MediaType string `json:"mediaType"`
	Data      []byte `json:"data"` // base64 in JSON
}
