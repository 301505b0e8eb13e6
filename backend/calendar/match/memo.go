package match

import (
	"sync"

	"github.com/huntbook/huntbook/backend/model"
)

// memo remembers the results of a costly string function (company names
// go through regular expressions) for the strings seen recently. It is
// cleared when full, so memory stays bounded.
type memo struct {
	mu sync.Mutex
	m  map[string]string
	fn func(string) string
}

const memoSize = 20_000

func (c *memo) get(s string) string {
	c.mu.Lock()
	v, ok := c.m[s]
	c.mu.Unlock()
	if ok {
		return v
	}
	v = c.fn(s)
	c.mu.Lock()
	if c.m == nil || len(c.m) >= memoSize {
		c.m = make(map[string]string, 256)
	}
	c.m[s] = v
	c.mu.Unlock()
	return v
}

var (
	companyKeys  = &memo{fn: model.NormalizeCompany}
	titleKeys    = &memo{fn: model.NormalizeTitle}
	urlDomains   = &memo{fn: urlDomain}
	emailDomains = &memo{fn: emailDomain}
)
