package ics

import "strings"

// component is a BEGIN:NAME ... END:NAME block with its properties and
// sub-components.
type component struct {
	Name     string
	Props    []prop
	Children []*component
	Closed   bool // false when the file ended or another block began before its END
}

// first returns the first property with the given name, or nil.
func (c *component) first(name string) *prop {
	for i := range c.Props {
		if c.Props[i].Name == name {
			return &c.Props[i]
		}
	}
	return nil
}

// all returns every property with the given name.
func (c *component) all(name string) []*prop {
	var out []*prop
	for i := range c.Props {
		if c.Props[i].Name == name {
			out = append(out, &c.Props[i])
		}
	}
	return out
}

// topLevel lists the components that live directly in a VCALENDAR: one of
// them cannot nest in another, so a BEGIN of one closes any left open.
var topLevel = map[string]bool{
	"VEVENT": true, "VTODO": true, "VJOURNAL": true, "VFREEBUSY": true,
	"VTIMEZONE": true, "VAVAILABILITY": true,
}

// known lists iCalendar component names; a file with none of them is not a
// calendar.
var known = map[string]bool{
	"VCALENDAR": true, "VEVENT": true, "VTODO": true, "VJOURNAL": true,
	"VFREEBUSY": true, "VTIMEZONE": true,
}

// document is what the tree builder found: the root components (VCALENDARs
// and bare components written without one), counts of lines it could not use.
type document struct {
	Roots        []*component
	SkippedLines int
	Recognised   bool // at least one BEGIN of an iCalendar component
}

// build turns logical lines into components, recovering from what broken
// writers produce: unknown or mismatched END lines are skipped, an END that
// names an outer block closes the inner ones, a BEGIN of a top-level
// component closes an open sibling, and blocks still open at the end of the
// file are closed there.
func build(lines []string) *document {
	doc := &document{}
	var stack []*component
	push := func(c *component) {
		if len(stack) == 0 {
			doc.Roots = append(doc.Roots, c)
		} else {
			top := stack[len(stack)-1]
			top.Children = append(top.Children, c)
		}
		stack = append(stack, c)
	}
	for _, line := range lines {
		p, ok := parseLine(line)
		if !ok {
			doc.SkippedLines++
			continue
		}
		switch p.Name {
		case "BEGIN":
			name := strings.ToUpper(strings.TrimSpace(p.Value))
			if name == "" {
				doc.SkippedLines++
				continue
			}
			if known[name] {
				doc.Recognised = true
			}
			if name == "VCALENDAR" {
				stack = stack[:0]
			} else if topLevel[name] {
				for len(stack) > 0 && stack[len(stack)-1].Name != "VCALENDAR" {
					stack = stack[:len(stack)-1]
				}
			}
			push(&component{Name: name})
		case "END":
			name := strings.ToUpper(strings.TrimSpace(p.Value))
			at := -1
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i].Name == name {
					at = i
					break
				}
			}
			if at < 0 {
				doc.SkippedLines++
				continue
			}
			stack[at].Closed = true
			stack = stack[:at]
		default:
			if len(stack) == 0 {
				doc.SkippedLines++ // a property outside any component
				continue
			}
			top := stack[len(stack)-1]
			top.Props = append(top.Props, p)
		}
	}
	return doc
}

// walk calls fn for every component below roots whose name is wanted,
// without descending into what it reports.
func walk(roots []*component, want string, fn func(c *component)) {
	for _, c := range roots {
		if c.Name == want {
			fn(c)
			continue
		}
		walk(c.Children, want, fn)
	}
}
