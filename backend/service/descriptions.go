package service

import (
	"context"
	"log"

	"github.com/huntbook/huntbook/backend/jobpost"
	"github.com/huntbook/huntbook/backend/lazyre"
	"github.com/huntbook/huntbook/backend/store"
)

// pageSource matches the markup of a description saved as HTML: block and
// inline tags, or the head of a pasted page (<link rel=...>, <meta>).
var pageSource = lazyre.New(`(?i)<\s*/?\s*(?:html|head|body|link|meta|script|style|div|p|br|ul|ol|li|h[1-6]|` +
	`span|strong|em|b|i|a|table|tr|td|section|article)\b[^>]*>`)

// descriptionText turns a description stored as page source into clean
// text with the job reader (the page's main text, headings and lists kept
// as Markdown); other descriptions are left as they are.
func descriptionText(desc string) (string, bool) {
	if !pageSource.MatchString(desc) {
		return "", false
	}
	jobs, err := jobpost.ParseAll([]byte(desc), "description.html")
	if err != nil || len(jobs) == 0 || jobs[0].Description == "" {
		return "", false
	}
	return jobs[0].Description, true
}

// convertHTMLDescriptions runs, once per database, the conversion that
// migration 0011 asks for: descriptions stored as HTML become clean text,
// their originals kept in the export (store.ConvertDescriptions). A failure
// is logged and the conversion is tried again at the next start.
func convertHTMLDescriptions(db *store.DB) {
	if db == nil {
		return
	}
	n, err := db.ConvertDescriptions(context.Background(), descriptionText)
	switch {
	case err != nil:
		log.Printf("huntbook: %v", err)
	case n > 0:
		log.Printf("huntbook: converted %d job descriptions from HTML to text (the originals are kept in the export)", n)
	}
}
