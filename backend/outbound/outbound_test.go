package outbound

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/store"
)

func openDB(t *testing.T) *store.DB {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), store.FileName), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func ledger(t *testing.T, db *store.DB) []model.LedgerEntry {
	t.Helper()
	rows, err := db.Ledger(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// A POST, a redirect and a refused connection each give one row with the
// task, the address without its query, the status or error and the bytes;
// the secret in the query string and the body is in no row.
func TestTransportRecordsEveryRequest(t *testing.T) {
	const secret = "s3cr3t-code-4711"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/old":
			http.Redirect(w, r, "/new?code="+secret, http.StatusFound)
		case "/new":
			fmt.Fprint(w, "moved here")
		case "/token":
			if _, err := io.Copy(io.Discard, r.Body); err != nil {
				t.Error(err)
			}
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprint(w, `{"access_token":"`+secret+`"}`)
		}
	}))
	defer srv.Close()
	db := openDB(t)
	hc := Wrap(nil, db, "default-task", 0)

	resp, err := hc.Post(srv.URL+"/token?key="+secret, "application/x-www-form-urlencoded", strings.NewReader("code="+secret))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.ReadAll(resp.Body); err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()

	req, _ := http.NewRequestWithContext(WithTask(context.Background(), "read-page"), http.MethodGet, srv.URL+"/old?token="+secret, nil)
	resp, err = hc.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.ReadAll(resp.Body); err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()

	dead := httptest.NewServer(http.NotFoundHandler())
	deadURL := dead.URL
	dead.Close()
	if resp, err := hc.Get(deadURL + "/gone?key=" + secret); err == nil {
		resp.Body.Close()
		t.Fatal("a closed server answered")
	}

	rows := ledger(t, db)
	if len(rows) != 4 {
		t.Fatalf("%d rows, want 4: %+v", len(rows), rows)
	}
	host := strings.TrimPrefix(srv.URL, "http://")
	want := []struct{ task, method, url, status string }{ // oldest first
		{"default-task", "POST", srv.URL + "/token", "200 OK"},
		{"read-page", "GET", srv.URL + "/old", "302 Found"},
		{"read-page", "GET", srv.URL + "/new", "200 OK"},
		{"default-task", "GET", deadURL + "/gone", ""},
	}
	for i, w := range want {
		r := rows[len(rows)-1-i]
		if r.Task != w.task || r.Method != w.method || r.URL != w.url || r.Status != w.status || r.At.IsZero() || r.DurationMs < 0 {
			t.Errorf("row %d: %+v, want %+v", i, r, w)
		}
		if i < 3 && r.Host != host {
			t.Errorf("row %d host %q, want %q", i, r.Host, host)
		}
		if strings.Contains(strings.Join([]string{r.Host, r.URL, r.Error, r.Status, r.Task, r.Method}, " "), secret) {
			t.Errorf("row %d carries the secret: %+v", i, r)
		}
	}
	post, page, failed := rows[3], rows[1], rows[0]
	if post.BytesSent != int64(len("code="+secret)) || post.BytesReceived != int64(len(`{"access_token":"`+secret+`"}`)) {
		t.Errorf("post bytes %d sent, %d received", post.BytesSent, post.BytesReceived)
	}
	if page.BytesReceived != int64(len("moved here")) {
		t.Errorf("page bytes %d", page.BytesReceived)
	}
	if failed.Error == "" || !strings.Contains(failed.Error, "refused") {
		t.Errorf("the refused connection is recorded as %+v", failed)
	}
}

// The reply body's close writes the row even when it was not read to its end.
func TestTransportRecordsOnClose(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusTooManyRequests)
		fmt.Fprint(w, strings.Repeat("x", 64<<10))
	}))
	defer srv.Close()
	db := openDB(t)
	resp, err := Wrap(&http.Client{}, db, "t", 0).Get(srv.URL + "/x")
	if err != nil {
		t.Fatal(err)
	}
	if rows := ledger(t, db); len(rows) != 0 {
		t.Fatalf("a row before the body ended: %+v", rows)
	}
	resp.Body.Close()
	resp.Body.Close()
	rows := ledger(t, db)
	if len(rows) != 1 || rows[0].Status != "429 Too Many Requests" {
		t.Fatalf("rows %+v", rows)
	}
}

func TestAddressDropsQueryAndUser(t *testing.T) {
	req, _ := http.NewRequest(http.MethodGet, "https://user:pw@example.com/a%2Fb/c?access_token=x#frag", nil)
	if got := Address(req.URL); got != "https://example.com/a%2Fb/c" {
		t.Fatalf("Address = %q", got)
	}
}
