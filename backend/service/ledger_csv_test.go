package service

import (
	"context"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/model"
)

// TestLedgerCSVDefusesFormulas: text a model server sent back (an error
// message, a model name) goes out as text a spreadsheet will not run.
func TestLedgerCSVDefusesFormulas(t *testing.T) {
	s, _, db, _ := aiSetup(t)
	e := model.LedgerEntry{Provider: "+Local", Host: "models.example", Model: "@SUM(1+1)", Task: "-2+3", BytesSent: 10,
		Status: "error", Error: "=cmd|' /C calc'!A0", Method: "POST", URL: "https://models.example/v1/chat/completions", DurationMs: 1250}
	if _, err := db.AddLedgerEntry(context.Background(), e); err != nil {
		t.Fatal(err)
	}
	out, err := s.Assistant.ExportLedger("csv")
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) != 2 {
		t.Fatalf("csv %q: %v", out, err)
	}
	row := map[string]string{}
	for i, h := range recs[0] {
		row[h] = recs[1][i]
	}
	for col, want := range map[string]string{"error": "'=cmd|' /C calc'!A0", "model": "'@SUM(1+1)", "provider": "'+Local",
		"task": "'-2+3", "host": "models.example", "bytes_sent": "10", "status": "error",
		"method": "POST", "url": "https://models.example/v1/chat/completions", "duration_ms": "1250"} {
		if row[col] != want {
			t.Errorf("%s = %q, want %q", col, row[col], want)
		}
	}
}
