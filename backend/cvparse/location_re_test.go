package cvparse

import (
	"regexp"
	"strings"
	"testing"
)

// TestLocationShapesMatchAsAnchored: the location patterns, written with
// (?m)^ so that Go skips their costly one-pass analysis, accept and capture
// exactly what the same patterns anchored with ^ do, for every text
// parseLocation lets through (no line break).
func TestLocationShapesMatchAsAnchored(t *testing.T) {
	anchored := func(lazy func() *regexp.Regexp) *regexp.Regexp {
		return regexp.MustCompile("^" + strings.TrimPrefix(lazy().String(), "(?m)^"))
	}
	usOld, ccOld := anchored(usStateRe), anchored(cityCountryRe)
	if usOld.String() == usStateRe().String() || ccOld.String() == cityCountryRe().String() {
		t.Fatal("the patterns no longer start with (?m)^; update this test")
	}
	inputs := []string{
		"Austin, TX", "Austin, TX 78701", "Austin, TX 78701-1234, USA", "New York,NY, United States",
		"Berlin, Germany", "São Paulo, SP, Brasil", "Zürich, Zürich, Switzerland", "Paris",
		"berlin, Germany", "Berlin, germany", "Berlin, Germany, Europe, Earth", "Austin, Texas",
		"x Austin, TX", "Austin, TX x", " Austin, TX", "Austin, TX\nDallas, TX", "Notes\nBerlin, Germany",
		"A" + strings.Repeat("b", 40) + ", Germany", "A" + strings.Repeat("b", 39) + ", Germany",
		"O'Fallon, MO", "Winston-Salem, NC", "St. Louis, MO", "Köln, Deutschland", "Łódź, Polska",
	}
	for _, in := range inputs {
		got, want := usStateRe().FindStringSubmatch(in), usOld.FindStringSubmatch(in)
		differ := (got == nil) != (want == nil) || strings.Join(got, "|") != strings.Join(want, "|")
		if differ && !strings.Contains(in, "\n") {
			t.Errorf("usStateRe(%q) = %q, anchored %q", in, got, want)
		}
		if got, want := cityCountryRe().MatchString(in), ccOld.MatchString(in); got != want && !strings.Contains(in, "\n") {
			t.Errorf("cityCountryRe(%q) = %v, anchored %v", in, got, want)
		}
		if strings.Contains(in, "\n") {
			if _, ok := parseLocation(in); ok {
				t.Errorf("parseLocation(%q) accepted a text with a line break", in)
			}
		}
	}
	if loc, ok := parseLocation("Austin, TX 78701"); !ok || loc.City != "Austin" || loc.Region != "TX" {
		t.Errorf("parseLocation(Austin, TX 78701) = %+v, %v", loc, ok)
	}
}
