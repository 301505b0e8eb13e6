package store

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/huntbook/huntbook/backend/joburl"
	"github.com/huntbook/huntbook/backend/model"
)

// The duplicate check by link, at 5,000 and 100,000 applications: the
// indexed lookup against the way it was done before url_key (list every
// application and compare each link's key).

func smallDB(b *testing.B, n int) *DB {
	db, err := Open(filepath.Join(b.TempDir(), FileName), Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	if _, err := db.Import(ctx, genDataset(n, 0, 0, 43)); err != nil {
		b.Fatal(err)
	}
	return db
}

// A link to application n/2 as a browser would give it: another tracking
// parameter, a fragment, "www.".
func probe(n int) string {
	i := n / 2
	return fmt.Sprintf("https://www.jobs.example.com/company-%d/jobs/%d/?gclid=abc#apply", i%20000, i)
}

func benchIndexed(b *testing.B, db *DB, n int) {
	q := model.DuplicateQuery{Company: "Someone Else", Title: "Other", URL: probe(n)}
	for b.Loop() {
		dups, err := db.Duplicates(ctx, q)
		if err != nil || len(dups) != 1 || dups[0].Reason != model.DuplicateSameURL {
			b.Fatalf("%+v %v", dups, err)
		}
	}
}

func benchScan(b *testing.B, db *DB, n int) {
	want := joburl.Key(probe(n))
	for b.Loop() {
		res, err := db.ListApplications(ctx, model.ListQuery{Sort: model.SortCreated})
		if err != nil {
			b.Fatal(err)
		}
		found := 0
		for _, a := range res.Items {
			if joburl.Key(a.URL) == want {
				found++
			}
		}
		if found != 1 {
			b.Fatalf("found %d", found)
		}
	}
}

func BenchmarkDuplicateByLinkIndexed5k(b *testing.B) { benchIndexed(b, smallDB(b, 5000), 5000) }
func BenchmarkDuplicateByLinkScan5k(b *testing.B)    { benchScan(b, smallDB(b, 5000), 5000) }
func BenchmarkDuplicateByLinkIndexed100k(b *testing.B) {
	benchIndexed(b, openBig(b), 100_000)
}
func BenchmarkDuplicateByLinkScan100k(b *testing.B) { benchScan(b, openBig(b), 100_000) }
