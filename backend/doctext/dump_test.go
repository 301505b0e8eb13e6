package doctext

import (
	"fmt"
	"os"
	"testing"
)

// TestDump prints the extraction of DOCTEXT_DUMP (a path) for inspection.
func TestDump(t *testing.T) {
	p := os.Getenv("DOCTEXT_DUMP")
	if p == "" {
		t.Skip("set DOCTEXT_DUMP=file to print its extraction")
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Extract(data, p, os.Getenv("DOCTEXT_PASSWORD"))
	if err != nil {
		t.Fatal(err)
	}
	for _, pg := range doc.Pages {
		fmt.Printf("=== page %d (%vx%v)\n", pg.Number, pg.Width, pg.Height)
		for _, l := range pg.Lines {
			if os.Getenv("DOCTEXT_VERBOSE") != "" {
				fmt.Printf("[c%d x%.0f y%.0f s%.1f b%v h%v] %q\n", l.Column, l.X, l.Y, l.FontSize, l.Bold, l.Heading, l.Text)
			} else {
				fmt.Printf("%d| %s\n", l.Column, l.Text)
			}
		}
	}
	fmt.Println("warnings:", doc.Warnings)
}
