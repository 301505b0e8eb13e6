package jobpost

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// microdata reads the schema.org item rooted at n (itemscope itemtype=…)
// into a map shaped like JSON-LD, so fromPosting reads both. RDFa's
// typeof/property are read the same way.
func microdata(n *html.Node, depth int) map[string]any {
	m := map[string]any{"@type": itemType(n)}
	if depth > 8 {
		return m
	}
	var walk func(c *html.Node)
	walk = func(c *html.Node) {
		for ; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipped[c.DataAtom] {
				continue
			}
			prop := firstNonEmpty(attr(c, "itemprop"), attr(c, "property"))
			scoped := isScope(c)
			if prop != "" {
				var v any
				switch {
				case scoped:
					v = microdata(c, depth+1)
				case prop == "description" || strings.HasSuffix(prop, ":description"):
					v = nodeText(c, false)
				default:
					v = propValue(c)
				}
				for _, p := range strings.Fields(prop) {
					p = p[strings.LastIndexAny(p, ":/")+1:]
					if _, seen := m[p]; !seen {
						m[p] = v
					}
				}
			}
			if !scoped {
				walk(c.FirstChild)
			}
		}
	}
	walk(n.FirstChild)
	return m
}

func isScope(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "itemscope" || a.Key == "typeof" {
			return true
		}
	}
	return false
}

func itemType(n *html.Node) string {
	t := firstNonEmpty(attr(n, "itemtype"), attr(n, "typeof"))
	if i := strings.LastIndexAny(t, "/:"); i >= 0 {
		t = t[i+1:]
	}
	return t
}

// propValue is an itemprop's value: its content, address or time attribute,
// else its text.
func propValue(n *html.Node) string {
	if v, ok := attrOK(n, "content"); ok {
		return v
	}
	switch n.DataAtom {
	case atom.A, atom.Link, atom.Area:
		return attr(n, "href")
	case atom.Img, atom.Audio, atom.Video, atom.Source:
		return attr(n, "src")
	case atom.Time:
		if v := attr(n, "datetime"); v != "" {
			return v
		}
	case atom.Meta:
		return attr(n, "content")
	}
	return oneLine(rawText(n))
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}
