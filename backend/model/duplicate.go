package model

// DuplicateQuery asks which saved applications may be the job being added
// or edited: the same link (compared by joburl.Key) or the same company and
// title (compared by NormalizeCompany and NormalizeTitle). ExcludeID leaves
// out the application being edited.
type DuplicateQuery struct {
	Company   string `json:"company"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	ExcludeID int64  `json:"excludeId"`
}

// DuplicateReason says why an application was taken for a duplicate.
type DuplicateReason string

// Why an application is a duplicate; a match on both counts as a link match.
const (
	DuplicateSameURL          DuplicateReason = "url"
	DuplicateSameCompanyTitle DuplicateReason = "company+title"
)

// Duplicate is one saved application that may be the same job, and why.
type Duplicate struct {
	Application Application     `json:"application"`
	Reason      DuplicateReason `json:"reason"`
}
