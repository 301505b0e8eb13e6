package store

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/huntbook/huntbook/backend/model"
)

// Benchmark figures for the targets. The big database (100,000
// applications, 300,000 notes, 50,000 contacts; 5,000 of the applications
// open) is built once per run in a temp folder.

var (
	bigOnce sync.Once
	bigPath string
	bigErr  error
	bigDir  string
)

var words = []string{"platform", "backend", "frontend", "data", "machine", "learning", "cloud", "security", "mobile", "payments",
	"growth", "infrastructure", "design", "product", "analytics", "search", "embedded", "robotics", "health", "finance"}

func genDataset(nApps, notesPer, nContacts int, seed int64) *Dataset {
	rng := rand.New(rand.NewSource(seed))
	ds := &Dataset{}
	t0 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	outcomes := []model.Outcome{model.OutcomeRejected, model.OutcomeGhosted, model.OutcomeWithdrawn, model.OutcomeExpired}
	for i := 0; i < nApps; i++ {
		w1, w2 := words[rng.Intn(len(words))], words[rng.Intn(len(words))]
		created := t0.Add(time.Duration(rng.Intn(700*24)) * time.Hour)
		a := model.Application{ID: int64(i + 1), Company: fmt.Sprintf("Company %d", i%20000), Title: fmt.Sprintf("%s %s engineer", w1, w2),
			URL:      fmt.Sprintf("https://jobs.example.com/company-%d/jobs/%d?utm_source=board", i%20000, i),
			Location: "City " + fmt.Sprint(i%300), Description: fmt.Sprintf("We build %s %s systems. Requirements: %s, %s and teamwork. Ref %d.", w1, w2,
				w2, w1, i),
			DateApplied: created.Format(model.DateLayout), Stage: model.DefaultStages[rng.Intn(len(model.DefaultStages))],
			Outcome: outcomes[rng.Intn(len(outcomes))], Tags: []string{w1}, CreatedAt: created, UpdatedAt: created.Add(time.Hour)}
		if i%20 == 0 {
			a.Outcome = model.OutcomeOpen
		}
		da := DatasetApp{Application: a}
		for j := 0; j < notesPer; j++ {
			da.Notes = append(da.Notes, model.Note{Body: fmt.Sprintf("Note %d on %s: talked about %s", j, a.Company, words[rng.Intn(len(words))]),
				CreatedAt: created, UpdatedAt: created})
		}
		ds.Applications = append(ds.Applications, da)
	}
	for i := 0; i < nContacts; i++ {
		ds.Contacts = append(ds.Contacts, model.Contact{ID: int64(i + 1), Name: fmt.Sprintf("Person %d", i), Company: fmt.Sprintf("Company %d", i%20000),
			Email: fmt.Sprintf("p%d@example.com", i), ApplicationIDs: []int64{int64(rng.Intn(nApps) + 1)}})
	}
	// One rare word to search for.
	ds.Applications[nApps/2].Description += " Quetzalcoatl"
	return ds
}

func bigDB(b *testing.B) string {
	bigOnce.Do(func() {
		// HUNTBOOK_BENCH_DB keeps the big file between runs while tuning.
		if p := os.Getenv("HUNTBOOK_BENCH_DB"); p != "" {
			if _, err := os.Stat(p); err == nil {
				bigPath = p
				return
			}
		}
		bigDir, bigErr = os.MkdirTemp("", "huntbook-bench-")
		if bigErr != nil {
			return
		}
		bigPath = filepath.Join(bigDir, FileName)
		db, err := Open(bigPath, Options{})
		if err != nil {
			bigErr = err
			return
		}
		defer db.Close()
		if _, bigErr = db.Import(ctx, genDataset(100_000, 3, 50_000, 42)); bigErr == nil {
			if p := os.Getenv("HUNTBOOK_BENCH_DB"); p != "" {
				_, bigErr = db.write.Exec(`VACUUM INTO ?`, p)
			}
		}
	})
	if bigErr != nil {
		b.Fatal(bigErr)
	}
	return bigPath
}

// BenchmarkBulkImport measures import of applications with 3 notes each
// and half as many contacts, in rows (applications + notes + contacts) per second.
func BenchmarkBulkImport(b *testing.B) {
	ds := genDataset(20_000, 3, 10_000, 7)
	rows := 20_000 + 60_000 + 10_000
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db, err := Open(filepath.Join(b.TempDir(), FileName), Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := db.Import(ctx, ds); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(rows*b.N)/b.Elapsed().Seconds(), "rows/s")
}

func openBig(b *testing.B) *DB {
	db, err := Open(bigDB(b), Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

// BenchmarkListPage: one page of 50, filtered by stage and outcome, sorted by date applied.
func BenchmarkListPage(b *testing.B) {
	db := openBig(b)
	st, _ := db.Stages(ctx)
	q := model.ListQuery{StageIDs: []int64{st[1].ID}, Outcomes: []model.Outcome{model.OutcomeRejected}, Sort: model.SortApplied, Desc: true, Limit: 50}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := db.ListApplications(ctx, q)
		if err != nil || len(res.Items) != 50 {
			b.Fatalf("%d items, %v", len(res.Items), err)
		}
	}
}

// BenchmarkListPageStageDefaultOrder: one page of 50 of one stage in the
// list's default order (last updated first), what a stage filter shows.
func BenchmarkListPageStageDefaultOrder(b *testing.B) {
	db := openBig(b)
	st, _ := db.Stages(ctx)
	q := model.ListQuery{StageIDs: []int64{st[2].ID}, Sort: model.SortUpdated, Desc: true, Limit: 50}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if res, err := db.ListApplications(ctx, q); err != nil || len(res.Items) != 50 {
			b.Fatalf("%d items, %v", len(res.Items), err)
		}
	}
}

// BenchmarkListPageByTag: one page of 50 with a tag filter, sorted by company.
func BenchmarkListPageByTag(b *testing.B) {
	db := openBig(b)
	q := model.ListQuery{Tag: "cloud", Sort: model.SortCompany, Limit: 50}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if res, err := db.ListApplications(ctx, q); err != nil || len(res.Items) != 50 {
			b.Fatal(err)
		}
	}
}

// BenchmarkSearchRare: full-text search for a word in one application.
func BenchmarkSearchRare(b *testing.B) {
	db := openBig(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := db.ListApplications(ctx, model.ListQuery{Search: "quetzalcoatl", Limit: 50})
		if err != nil || res.Total != 1 {
			b.Fatalf("%+v %v", res.Total, err)
		}
	}
}

// BenchmarkSearchCommonPage: a common word, first page of 50 of many thousands.
func BenchmarkSearchCommonPage(b *testing.B) {
	db := openBig(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if res, err := db.ListApplications(ctx, model.ListQuery{Search: "robotics", Limit: 50}); err != nil || len(res.Items) != 50 {
			b.Fatal(err)
		}
	}
}

// boardQuery is what the board loads: every open application, by stage.
var boardQuery = model.ListQuery{Outcomes: []model.Outcome{model.OutcomeOpen}, Sort: model.SortStage}

// BenchmarkBoardOpen5000: every open application (5,000 of 100,000) as the
// board loads them, as cards.
func BenchmarkBoardOpen5000(b *testing.B) {
	db := openBig(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := db.ListCards(ctx, boardQuery)
		if err != nil || len(res.Items) != 5000 {
			b.Fatalf("%d %v", len(res.Items), err)
		}
	}
}

// BenchmarkBoardOpen5000Full: the same 5,000 as full application rows
// (without descriptions), for comparison with the cards.
func BenchmarkBoardOpen5000Full(b *testing.B) {
	db := openBig(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := db.ListApplications(ctx, boardQuery)
		if err != nil || len(res.Items) != 5000 {
			b.Fatalf("%d %v", len(res.Items), err)
		}
	}
}

// BenchmarkOpenExisting: open the big file (schema up to date: nothing to migrate).
func BenchmarkOpenExisting(b *testing.B) {
	p := bigDB(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		db, err := Open(p, Options{})
		if err != nil {
			b.Fatal(err)
		}
		db.Close()
	}
}

// BenchmarkOpenAndMigrateNew: create and migrate a new file.
func BenchmarkOpenAndMigrateNew(b *testing.B) {
	dir := b.TempDir()
	for i := 0; i < b.N; i++ {
		db, err := Open(filepath.Join(dir, fmt.Sprintf("n%d.db", i)), Options{})
		if err != nil {
			b.Fatal(err)
		}
		db.Close()
	}
}
