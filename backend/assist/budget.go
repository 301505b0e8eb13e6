package assist

import (
	"fmt"
	"strings"
)

// part is one variable input of a prompt competing for the budget.
type part struct {
	name    string
	text    string
	weight  int
	omitted string
}

// fit trims parts so their total length stays within avail characters.
// Space is shared by weight; a part that needs less than its share gives the
// rest to the others. Text is cut at paragraph or line boundaries, keeping the
// beginning (where postings and profiles put what matters most).
func fit(avail int, parts []part) []part {
	total := 0
	for _, p := range parts {
		total += len(p.text)
	}
	if total <= avail {
		return parts
	}
	if avail < 0 {
		avail = 0
	}
	alloc := make([]int, len(parts))
	open := map[int]bool{}
	for i, p := range parts {
		if p.text != "" {
			open[i] = true
		}
	}
	left := avail
	for len(open) > 0 {
		w := 0
		for i := range open {
			w += parts[i].weight
		}
		done := false
		share := map[int]int{}
		for i := range open {
			share[i] = left * parts[i].weight / w
			if len(parts[i].text) <= share[i] {
				alloc[i] = len(parts[i].text)
				left -= alloc[i]
				delete(open, i)
				done = true
			}
		}
		if !done {
			for i := range open {
				alloc[i] = share[i]
			}
			break
		}
	}
	for i := range parts {
		if len(parts[i].text) > alloc[i] {
			kept := cut(parts[i].text, alloc[i])
			dropped := len(parts[i].text) - len(kept)
			parts[i].omitted = fmt.Sprintf("%s: the last %d of %d characters (about %d tokens) left out to fit the budget", parts[i].name, dropped,
				len(parts[i].text), dropped/charsPerToken)
			if kept != "" {
				kept += "\n[…]"
			}
			parts[i].text = kept
		}
	}
	return parts
}

// cut returns the longest prefix of s within n bytes that ends at a paragraph,
// a line or a word boundary.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if n <= 0 {
		return ""
	}
	s = s[:n]
	for _, sep := range []string{"\n\n", "\n", " "} {
		if i := strings.LastIndex(s, sep); i > n/2 {
			return strings.TrimSpace(s[:i])
		}
	}
	return strings.TrimSpace(s)
}
