// Package lazyre holds regular expressions that are compiled on first use,
// not at package init. Huntbook's text readers (mail, job pages, the
// assistant) declare well over a hundred package-level expressions; compiled
// by regexp.MustCompile at init they cost every start of huntbook and
// huntbook-desktop several megabytes of allocation and tens of
// milliseconds before main, even for `huntbook version`. A Regexp here is a
// pattern until one of its methods runs; then it compiles once (safe for
// concurrent use) and forwards to *regexp.Regexp.
//
// A bad pattern panics on first use instead of at start-up; CompileAll
// (called by a test) compiles every pattern declared so far.
package lazyre

import (
	"fmt"
	"regexp"
	"sync"
)

// Regexp is a regular expression compiled on first use.
type Regexp struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
}

var (
	allMu sync.Mutex
	all   []*Regexp
)

// New returns expr as a Regexp to compile on first use. It is meant for
// package-level variables, like regexp.MustCompile.
func New(expr string) *Regexp {
	r := &Regexp{expr: expr}
	allMu.Lock()
	all = append(all, r)
	allMu.Unlock()
	return r
}

// Re returns the compiled expression, compiling it the first time; it
// panics if the pattern is not valid, as regexp.MustCompile does.
func (r *Regexp) Re() *regexp.Regexp {
	r.once.Do(func() { r.re = regexp.MustCompile(r.expr) })
	return r.re
}

// CompileAll compiles every Regexp made by New so far (those of every
// package linked in) and returns the first pattern that does not compile.
func CompileAll() error {
	allMu.Lock()
	list := append([]*Regexp(nil), all...)
	allMu.Unlock()
	for _, r := range list {
		if _, err := regexp.Compile(r.expr); err != nil {
			return fmt.Errorf("lazyre: %w", err)
		}
	}
	return nil
}

// Count is the number of Regexps made by New so far.
func Count() int {
	allMu.Lock()
	defer allMu.Unlock()
	return len(all)
}

// String returns the source text of the expression.
func (r *Regexp) String() string { return r.expr }

// MatchString reports whether s contains a match.
func (r *Regexp) MatchString(s string) bool { return r.Re().MatchString(s) }

// Match reports whether b contains a match.
func (r *Regexp) Match(b []byte) bool { return r.Re().Match(b) }

// FindString returns the leftmost match in s.
func (r *Regexp) FindString(s string) string { return r.Re().FindString(s) }

// FindStringIndex returns the location of the leftmost match in s.
func (r *Regexp) FindStringIndex(s string) []int { return r.Re().FindStringIndex(s) }

// FindStringSubmatch returns the leftmost match in s and its submatches.
func (r *Regexp) FindStringSubmatch(s string) []string { return r.Re().FindStringSubmatch(s) }

// FindStringSubmatchIndex returns the locations of the leftmost match in s
// and its submatches.
func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	return r.Re().FindStringSubmatchIndex(s)
}

// FindSubmatch returns the leftmost match in b and its submatches.
func (r *Regexp) FindSubmatch(b []byte) [][]byte { return r.Re().FindSubmatch(b) }

// FindAll returns up to n successive matches in b (all if n < 0).
func (r *Regexp) FindAll(b []byte, n int) [][]byte { return r.Re().FindAll(b, n) }

// FindAllIndex returns the locations of up to n successive matches in b.
func (r *Regexp) FindAllIndex(b []byte, n int) [][]int { return r.Re().FindAllIndex(b, n) }

// FindAllString returns up to n successive matches in s (all if n < 0).
func (r *Regexp) FindAllString(s string, n int) []string { return r.Re().FindAllString(s, n) }

// FindAllStringIndex returns the locations of up to n successive matches in s.
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return r.Re().FindAllStringIndex(s, n)
}

// FindAllStringSubmatch returns up to n successive matches in s with their
// submatches.
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return r.Re().FindAllStringSubmatch(s, n)
}

// FindAllStringSubmatchIndex returns the locations of up to n successive
// matches in s and their submatches.
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return r.Re().FindAllStringSubmatchIndex(s, n)
}

// ReplaceAllString replaces the matches in src with repl ($1 expanded).
func (r *Regexp) ReplaceAllString(src, repl string) string {
	return r.Re().ReplaceAllString(src, repl)
}

// ReplaceAllLiteralString replaces the matches in src with repl as is.
func (r *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return r.Re().ReplaceAllLiteralString(src, repl)
}

// ReplaceAllStringFunc replaces each match in src with repl(match).
func (r *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return r.Re().ReplaceAllStringFunc(src, repl)
}

// Split slices s into the substrings between matches (n as regexp.Split).
func (r *Regexp) Split(s string, n int) []string { return r.Re().Split(s, n) }

// SubexpIndex returns the index of the named group, or -1.
func (r *Regexp) SubexpIndex(name string) int { return r.Re().SubexpIndex(name) }

// SubexpNames returns the names of the parenthesized groups.
func (r *Regexp) SubexpNames() []string { return r.Re().SubexpNames() }

// NumSubexp returns the number of parenthesized groups.
func (r *Regexp) NumSubexp() int { return r.Re().NumSubexp() }

// LiteralPrefix returns the literal every match starts with, and whether
// it is the whole expression.
func (r *Regexp) LiteralPrefix() (prefix string, complete bool) { return r.Re().LiteralPrefix() }
