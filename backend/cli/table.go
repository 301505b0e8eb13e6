package cli

import (
	"bufio"
	"fmt"
	"io"
	"text/tabwriter"
)

// table is a tabwriter for the command line's aligned listings whose output
// reaches the terminal in large writes. A tabwriter writes every cell and
// every run of padding separately to its writer: on a bare os.Stdout that is
// a system call each, some 60,000 for `huntbook app list` on 10,000
// applications, which cost more than reading them from the store.
type table struct {
	*tabwriter.Writer
	out *bufio.Writer
}

// newTable returns a table writing to w, columns padded by two spaces
// (minwidth sets the narrowest column, as tabwriter's).
func newTable(w io.Writer, minwidth int) *table {
	out := bufio.NewWriterSize(w, 64<<10)
	return &table{Writer: tabwriter.NewWriter(out, minwidth, 4, 2, ' ', 0), out: out}
}

// Flush aligns and writes every row added so far.
func (t *table) Flush() error {
	if err := t.Writer.Flush(); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	if err := t.out.Flush(); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	return nil
}
