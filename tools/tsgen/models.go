package main

import (
	"sort"
	"strings"
)

// SortModels puts Wails' generated models.ts in a fixed order: namespaces
// and, inside each, classes by name. `wails generate module` writes the
// classes in map order, so without this every run rewrites the file.
// Classes refer to each other only inside constructors, so order does not
// change what the module does.
func SortModels(src string) string {
	lines := strings.Split(src, "\n")
	type block struct {
		name  string
		lines []string
	}
	var spaces []block
	var head []string // before the first namespace
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if !strings.HasPrefix(l, "export namespace ") {
			if len(spaces) == 0 {
				head = append(head, l)
			} else if strings.TrimSpace(l) != "" {
				spaces[len(spaces)-1].lines = append(spaces[len(spaces)-1].lines, l)
			}
			continue
		}
		ns := block{name: strings.TrimSuffix(strings.TrimPrefix(l, "export namespace "), " {")}
		var classes []block
		var lead []string
		j := i + 1
		for ; j < len(lines) && lines[j] != "}"; j++ {
			cl := lines[j]
			if name, ok := strings.CutPrefix(cl, "\texport class "); ok {
				classes = append(classes, block{name: strings.Fields(name)[0]})
			}
			if len(classes) == 0 {
				lead = append(lead, cl)
			} else {
				classes[len(classes)-1].lines = append(classes[len(classes)-1].lines, cl)
			}
		}
		sort.SliceStable(classes, func(a, b int) bool { return classes[a].name < classes[b].name })
		ns.lines = append([]string{l}, lead...)
		for _, c := range classes {
			for len(c.lines) > 0 && strings.TrimSpace(c.lines[len(c.lines)-1]) == "" {
				c.lines = c.lines[:len(c.lines)-1]
			}
			ns.lines = append(ns.lines, c.lines...)
		}
		ns.lines = append(ns.lines, "", "}")
		spaces = append(spaces, ns)
		i = j
	}
	sort.SliceStable(spaces, func(a, b int) bool { return spaces[a].name < spaces[b].name })
	var out []string
	out = append(out, head...)
	for _, s := range spaces {
		out = append(out, s.lines...)
		out = append(out, "")
	}
	return strings.Join(out, "\n")
}
