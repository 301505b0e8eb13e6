package mailread

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/huntbook/huntbook/backend/model"
)

const mbox3 = "From MAILER-DAEMON Tue Mar  4 10:00:00 2025\n" +
	"From: a@acme.com\nSubject: one\n\nFirst.\n>From the team, with love.\n>>From here on.\n\n" +
	"From 1782@xxx Mon Jan 06 18:10:41 +0000 2025\n" +
	"From: b@acme.com\nSubject: two\n\n" + "BIG\n" +
	"\nFrom - Tue Dec 08 09:00:00 2026\n" +
	"From: c@acme.com\nSubject: three\n\nFrom now on we reply faster.\nLast.\n"

func collect(t *testing.T, r string, lim Limits) ([]Item, error) {
	t.Helper()
	var items []Item
	err := ReadMbox(strings.NewReader(r), lim, func(it Item) error {
		items = append(items, it)
		return nil
	})
	return items, err
}

func TestMboxUnquotesAndSplits(t *testing.T) {
	items, err := collect(t, mbox3, Limits{})
	if err != nil || len(items) != 3 {
		t.Fatalf("%d items, %v", len(items), err)
	}
	for i, it := range items {
		if it.Err != nil || it.Position != i+1 {
			t.Fatalf("item %d: %+v", i, it)
		}
	}
	if got := items[0].Message.FullText; got != "First.\nFrom the team, with love.\n>From here on." {
		t.Errorf("unquoting: %q", got)
	}
	// a body line "From now on" with no time is not a separator (mboxo)
	if got := items[2].Message.Text; got != "From now on we reply faster.\nLast." || items[2].Message.Subject != "three" {
		t.Errorf("third: %q", got)
	}
}

func TestMboxBrokenMessageSkipped(t *testing.T) {
	raw := strings.Replace(mbox3, "BIG\n", strings.Repeat("long line of the second message\n", 100), 1)
	items, err := collect(t, raw, Limits{MaxMessageBytes: 1500})
	if err != nil || len(items) != 3 {
		t.Fatalf("%d items, %v", len(items), err)
	}
	var me *model.Error
	if items[1].Err == nil || !errors.As(items[1].Err, &me) || me.Code != model.CodeTooLarge || !strings.Contains(items[1].Err.Error(), "message 2") {
		t.Fatalf("second: %+v", items[1])
	}
	if items[0].Message == nil || items[2].Message == nil || items[2].Message.Subject != "three" {
		t.Fatalf("the others: %+v %+v", items[0], items[2])
	}
}

func TestMboxLimitAndStop(t *testing.T) {
	_, err := collect(t, mbox3, Limits{MaxMboxBytes: 150})
	var me *model.Error
	if !errors.As(err, &me) || me.Code != model.CodeTooLarge {
		t.Fatalf("mbox limit: %v", err)
	}
	stop := errors.New("stop")
	n := 0
	err = ReadMbox(strings.NewReader(mbox3), Limits{}, func(Item) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Fatalf("stop: %v after %d", err, n)
	}
	// text without a separator is one message
	items, err := collect(t, "From: a@b.com\nSubject: x\n\nhello\n", Limits{})
	if err != nil || len(items) != 1 || items[0].Message.Text != "hello" {
		t.Fatalf("no separator: %+v %v", items, err)
	}
}

func TestReadPathFolder(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, body string) {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("a.eml", "From: a@acme.com\nSubject: single\n\nhi\n")
	write("Archive/Jobs.mbox/mbox", mbox3) // an Apple Mail bundle
	write("Thunderbird/Inbox", mbox3)      // no extension
	write("Thunderbird/Inbox.msf", "// <!-- <mdb:mork")
	write("notes.txt", "shopping list\n")
	write(".hidden/x.eml", "From: z@z.com\n\nno\n")
	var got []string
	err := ReadPath(context.Background(), dir, Limits{}, func(it Item) error {
		if it.Err != nil {
			return it.Err
		}
		rel, _ := filepath.Rel(dir, it.Source)
		got = append(got, fmt.Sprintf("%s#%d:%s", rel, it.Position, it.Message.Subject))
		return nil
	})
	want := "Archive/Jobs.mbox/mbox#1:one Archive/Jobs.mbox/mbox#2:two Archive/Jobs.mbox/mbox#3:three " +
		"Thunderbird/Inbox#1:one Thunderbird/Inbox#2:two Thunderbird/Inbox#3:three a.eml#1:single"
	if err != nil || strings.Join(got, " ") != want {
		t.Fatalf("got %v (%v)\nwant %s", got, err, want)
	}
	// one file named by the user is read whatever its extension
	var subj string
	err = ReadPath(context.Background(), filepath.Join(dir, "notes.txt"), Limits{}, func(it Item) error {
		subj = it.Message.Subject
		return it.Err
	})
	if err != nil || subj != "shopping list" {
		t.Fatalf("explicit file: %q %v", subj, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := ReadPath(ctx, dir, Limits{}, func(Item) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: %v", err)
	}
	if err := ReadPath(context.Background(), filepath.Join(dir, "missing"), Limits{}, func(Item) error { return nil }); err == nil {
		t.Fatal("a missing path read without error")
	}
}

func FuzzReadMessage(f *testing.F) {
	seeds := []string{
		"From: a@b.com\nSubject: x\n\nhello",
		"Hi,\n\nUnfortunately no.\n",
		"Content-Type: multipart/mixed; boundary=a\n\n--a\nContent-Type: text/html\n\n<p>x</p>\n--a--",
		"Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\nf=FCr=\n",
		"Content-Type: message/rfc822\n\nFrom: x@y.z\n\nInner",
		"From: x\n\n-------- Forwarded message --------\nFrom: a@b.c\nSubject: s\n\nbody\nOn Mon, x wrote:\n> q",
		"Subject: Interview\n\nMon 24 Mar 16:00 - 17:00 ET or Tuesday at 4 pm, 26/02 à 10h30, dinsdag om 14.00 uur",
	}
	files, _ := filepath.Glob("testdata/mail/*.eml")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			seeds = append(seeds, string(b))
		}
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		m, err := ReadMessage(strings.NewReader(raw), Limits{MaxMessageBytes: 1 << 20})
		if err != nil {
			return
		}
		if !utf8.ValidString(m.Text) || !utf8.ValidString(m.Subject) {
			t.Fatalf("invalid UTF-8: %q %q", m.Subject, m.Text)
		}
		r := Classify(m, nil)
		if r.Confidence < 0 || r.Confidence > 1 || r.Kind == "" || r.Reasons == nil || r.Slots == nil {
			t.Fatalf("reading %+v", r)
		}
	})
}
