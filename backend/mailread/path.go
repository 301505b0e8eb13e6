package mailread

import (
	"bufio"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ReadPath reads an .eml file, an mbox file (whatever its extension: a file
// whose first line is an mbox "From " line is one), or a folder of them,
// recursively (Apple Mail's .mbox bundles are folders holding a file named
// "mbox"), calling fn for each message in file order. In a folder, files
// that are neither .eml nor mbox are passed over (Thunderbird's .msf
// indexes, Apple's plists). A message that cannot be read reaches fn with
// Err; reading stops when fn returns an error or ctx ends.
func ReadPath(ctx context.Context, path string, lim Limits, fn func(Item) error) error {
	st, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("read mail: %w", err)
	}
	if !st.IsDir() {
		return readFile(ctx, path, lim, fn, true)
	}
	var files []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return skipUnreadable(d)
		}
		if strings.HasPrefix(d.Name(), ".") && p != path {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("read mail folder: %w", err)
	}
	sort.Strings(files)
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := readFile(ctx, f, lim, fn, false); err != nil {
			return err
		}
	}
	return nil
}

// readFile reads one file; explicit says the user named it (so it is read
// as a message even without a mail extension).
func readFile(ctx context.Context, path string, lim Limits, fn func(Item) error, explicit bool) error {
	f, err := os.Open(path) //nolint:gosec // G304: the user chose this file or folder
	if err != nil {
		if explicit {
			return fmt.Errorf("read mail: %w", err)
		}
		return fn(Item{Source: path, Position: 1, Err: fmt.Errorf("open %s: %w", filepath.Base(path), err)})
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	head, _ := br.Peek(1024)
	first := head
	if i := strings.IndexByte(string(head), '\n'); i >= 0 {
		first = head[:i]
	}
	mbox := isSeparator([]byte(strings.TrimRight(string(first), "\r")))
	ext := strings.ToLower(filepath.Ext(path))
	switch {
	case mbox:
		return ReadMbox(br, lim, func(it Item) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			it.Source = path
			return fn(it)
		})
	case explicit || ext == ".eml" || ext == ".txt" && looksLikeMail(head):
		m, err := ReadMessage(br, lim)
		if err != nil {
			err = fmt.Errorf("%s: %w", filepath.Base(path), err)
		}
		return fn(Item{Source: path, Position: 1, Message: m, Err: err})
	}
	return nil
}

// skipUnreadable passes over a folder or file the walk cannot read.
func skipUnreadable(d fs.DirEntry) error {
	if d != nil && d.IsDir() {
		return filepath.SkipDir
	}
	return nil
}

func looksLikeMail(head []byte) bool {
	_, _, ok := splitHeader(head)
	return ok
}
