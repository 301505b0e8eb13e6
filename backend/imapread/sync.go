package imapread

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/emersion/go-imap"

	"github.com/huntbook/huntbook/backend/model"
)

// Deliver receives one synthesized message. Returning an error ends the run
// (the state then stops before this message, so the next run reads it
// again); a message the caller cannot read should be counted and skipped
// by the caller, not returned.
type Deliver func(folder string, uid uint32, raw io.Reader) error

// Sync reads the new messages of every folder of the account, oldest UID
// first, and hands each to deliver. It returns the state to keep for the
// next run: on an error, the state of what was delivered so far (so the
// work done is not lost) together with the error.
func Sync(ctx context.Context, acct Account, state map[string]FolderState, opts Options, deliver Deliver) (map[string]FolderState, Stats, error) {
	start := time.Now()
	opts = opts.withDefaults()
	next := make(map[string]FolderState, len(state))
	for k, v := range state {
		next[k] = v
	}
	var stats Stats
	s, err := dial(ctx, acct, opts)
	if err != nil {
		if s != nil {
			s.fillStats(&stats, start)
		}
		stats.Duration = time.Since(start)
		return next, stats, err
	}
	defer func() { s.close() }()
	for _, folder := range acct.folders() {
		fs, err := s.syncFolder(ctx, folder, next, &stats, deliver)
		stats.Folders = append(stats.Folders, fs)
		stats.Delivered += fs.Delivered
		if err != nil {
			s.fillStats(&stats, start)
			return next, stats, err
		}
	}
	s.fillStats(&stats, start)
	return next, stats, nil
}

func (s *session) fillStats(st *Stats, start time.Time) {
	st.BytesRead = s.conn.read.Load()
	st.BytesWritten = s.conn.written.Load()
	st.Duration = time.Since(start)
}

// examine opens a folder read-only.
func (s *session) examine(ctx context.Context, folder string) (*imap.MailboxStatus, error) {
	mbox, err := s.c.Select(folder, true)
	if err != nil {
		if ctx.Err() != nil || s.conn.err() != nil {
			return nil, s.wireError(ctx, "EXAMINE "+folder, err)
		}
		return nil, errorf(model.CodeNotFound, "folders", err,
			"folder %q cannot be opened on %s: %v", folder, s.acct.Host, err)
	}
	return mbox, nil
}

func (s *session) syncFolder(ctx context.Context, folder string, state map[string]FolderState, stats *Stats, deliver Deliver) (FolderStats, error) {
	fs := FolderStats{Folder: folder}
	mbox, err := s.examine(ctx, folder)
	stats.Commands++
	if err != nil {
		return fs, err
	}
	prev, known := state[folder]
	if known && prev.UIDValidity != mbox.UidValidity {
		// The server renumbered the folder: what we knew means nothing now.
		fs.Reset = true
		known = false
	}
	if !known {
		prev = FolderState{UIDValidity: mbox.UidValidity}
	}
	cur := prev
	state[folder] = cur
	// Nothing new: UIDNEXT says so without a search.
	if known && mbox.UidNext != 0 && mbox.UidNext <= prev.LastUID+1 {
		return fs, nil
	}
	criteria := imap.NewSearchCriteria()
	if known {
		criteria.Uid = new(imap.SeqSet)
		criteria.Uid.AddRange(prev.LastUID+1, 0)
	} else if !s.acct.Since.IsZero() {
		criteria.Since = s.acct.Since
	}
	var uids []uint32
	if mbox.Messages > 0 {
		uids, err = s.c.UidSearch(criteria)
		stats.Commands++
		if err != nil {
			return fs, s.commandError(ctx, "UID SEARCH in "+folder, err)
		}
	}
	// "n:*" also matches the highest UID when it is below n.
	uids = slices.DeleteFunc(uids, func(u uint32) bool { return u <= prev.LastUID })
	slices.Sort(uids)
	fs.Found = len(uids)
	s.progress(folder, 0, len(uids))
	for i := 0; i < len(uids); i += batchSize {
		batch := uids[i:min(i+batchSize, len(uids))]
		msgs, skipped, err := s.fetchBatch(ctx, folder, batch, stats)
		fs.SkippedParts += skipped
		if err != nil {
			return fs, err
		}
		for _, uid := range batch {
			if err := ctx.Err(); err != nil {
				return fs, err
			}
			raw, ok := msgs[uid]
			if ok {
				if err := deliver(folder, uid, bytes.NewReader(raw)); err != nil {
					return fs, fmt.Errorf("message %d of %s: %w", uid, folder, err)
				}
				fs.Delivered++
			}
			// A message that vanished meanwhile is gone: move past it.
			cur.LastUID = uid
			state[folder] = cur
		}
		s.progress(folder, min(i+batchSize, len(uids)), len(uids))
	}
	// The messages below UIDNEXT that the search did not return are older
	// than Since: later runs start after them.
	if mbox.UidNext > 0 && mbox.UidNext-1 > cur.LastUID {
		cur.LastUID = mbox.UidNext - 1
		state[folder] = cur
	}
	return fs, nil
}

func (s *session) progress(folder string, done, total int) {
	if s.opts.OnProgress != nil {
		s.opts.OnProgress(folder, done, total)
	}
}

// fetchBatch reads the structure of a batch of messages, then their header
// and text parts, fetching together the messages that need the same
// sections. It returns the synthesized messages by UID.
func (s *session) fetchBatch(ctx context.Context, folder string, uids []uint32, stats *Stats) (map[uint32][]byte, int, error) {
	set := new(imap.SeqSet)
	set.AddNum(uids...)
	plans := make(map[uint32]*plan, len(uids))
	err := s.fetch(ctx, "UID FETCH BODYSTRUCTURE in "+folder, set,
		[]imap.FetchItem{imap.FetchUid, imap.FetchBodyStructure}, func(m *imap.Message) {
			if m.BodyStructure != nil {
				plans[m.Uid] = planMessage(m.BodyStructure, s.opts.MaxPartBytes)
			}
		})
	stats.Commands++
	if err != nil {
		return nil, 0, err
	}
	skipped := 0
	groups := map[string][]uint32{}
	var keys []string
	for _, uid := range uids {
		p, ok := plans[uid]
		if !ok {
			continue
		}
		skipped += p.skipped
		k := p.key()
		if _, seen := groups[k]; !seen {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], uid)
	}
	out := make(map[uint32][]byte, len(uids))
	for _, k := range keys {
		group := groups[k]
		p := plans[group[0]]
		items := []imap.FetchItem{imap.FetchUid}
		for _, sec := range p.sections() {
			items = append(items, sec.FetchItem())
		}
		gset := new(imap.SeqSet)
		gset.AddNum(group...)
		var buildErr error
		err := s.fetch(ctx, "UID FETCH in "+folder, gset, items, func(m *imap.Message) {
			mp, ok := plans[m.Uid]
			if !ok || buildErr != nil {
				return
			}
			raw, err := mp.build(m)
			if err != nil {
				buildErr = fmt.Errorf("message %d of %s: %w", m.Uid, folder, err)
				return
			}
			out[m.Uid] = raw
		})
		stats.Commands++
		if err != nil {
			return nil, skipped, err
		}
		if buildErr != nil {
			return nil, skipped, buildErr
		}
	}
	return out, skipped, nil
}

// fetch runs one UID FETCH and hands each message to each, in the order
// the server sends them.
func (s *session) fetch(ctx context.Context, what string, set *imap.SeqSet, items []imap.FetchItem, each func(*imap.Message)) error {
	ch := make(chan *imap.Message, 64)
	done := make(chan error, 1)
	go func() { done <- s.c.UidFetch(set, items, ch) }()
	for m := range ch {
		each(m)
	}
	if err := <-done; err != nil {
		return s.commandError(ctx, what, err)
	}
	return nil
}

// FolderInfo describes a folder as the server lists it.
type FolderInfo struct {
	Name string `json:"name"`
	// Messages is the number of messages, from EXAMINE; -1 when the folder
	// was only listed.
	Messages int `json:"messages"`
}

// CheckReport is what Check found.
type CheckReport struct {
	// Folders are the account's folders, each opened with EXAMINE.
	Folders []FolderInfo `json:"folders"`
	// Available are all the folders the server lists, for choosing.
	Available []string `json:"available"`
	Stats     Stats    `json:"stats"`
}

// Check connects, logs in, lists the folders and opens each of the
// account's folders read-only, then logs out. A missing folder is a
// not_found error naming the folders the server has.
func Check(ctx context.Context, acct Account, opts Options) (CheckReport, error) {
	start := time.Now()
	opts = opts.withDefaults()
	rep := CheckReport{Folders: []FolderInfo{}, Available: []string{}}
	s, err := dial(ctx, acct, opts)
	if err != nil {
		if s != nil {
			s.fillStats(&rep.Stats, start)
		}
		return rep, err
	}
	defer func() { s.close() }()
	ch := make(chan *imap.MailboxInfo, 32)
	done := make(chan error, 1)
	go func() { done <- s.c.List("", "*", ch) }()
	for mi := range ch {
		if !slices.Contains(mi.Attributes, imap.NoSelectAttr) {
			rep.Available = append(rep.Available, mi.Name)
		}
	}
	rep.Stats.Commands++
	if err := <-done; err != nil {
		return rep, s.commandError(ctx, "LIST", err)
	}
	slices.Sort(rep.Available)
	for _, folder := range acct.folders() {
		mbox, err := s.examine(ctx, folder)
		rep.Stats.Commands++
		if err != nil {
			var me *model.Error
			if errors.As(err, &me) && me.Code == model.CodeNotFound && len(rep.Available) > 0 {
				me.Message += "; the server has: " + strings.Join(rep.Available, ", ")
			}
			s.fillStats(&rep.Stats, start)
			return rep, err
		}
		rep.Folders = append(rep.Folders, FolderInfo{Name: folder, Messages: int(mbox.Messages)})
	}
	s.fillStats(&rep.Stats, start)
	return rep, nil
}
