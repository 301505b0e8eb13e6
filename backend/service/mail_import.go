package service

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/huntbook/huntbook/backend/jobrun"
	"github.com/huntbook/huntbook/backend/mailread"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/shellport"
)

// MailImportReport is what reading files of e-mail did.
type MailImportReport struct {
	Read        int `json:"read"`        // messages read
	Kept        int `json:"kept"`        // new job e-mails kept as proposals (or applied)
	AutoApplied int `json:"autoApplied"` // of those, applied automatically
	Known       int `json:"known"`       // read before (kept, confirmed or dismissed then)
	Other       int `json:"other"`       // not job-related: not kept
	// Broken are the messages that could not be read, by file and position.
	Broken []MailBroken `json:"broken"`
	// Cancelled is true when the user stopped the import.
	Cancelled bool `json:"cancelled"`
}

// MailBroken is one message that could not be read.
type MailBroken struct {
	Source   string `json:"source"`
	Position int    `json:"position"`
	Error    string `json:"error"`
}

// maxBroken bounds the broken messages listed in a report (all are counted).
const maxBroken = 200

// jobMailImport is the kind, and id prefix, of mail import jobs.
const jobMailImport = "mail-import"

var mailFilters = []shellport.FileFilter{
	{Name: "E-mail (*.eml, *.mbox)", Pattern: "*.eml;*.mbox"},
	{Name: "All files", Pattern: "*"},
}

// Import starts reading e-mail from .eml files, mbox files and folders of
// them in the background and returns the job id at once; progress comes as
// job:progress, and job:done carries a MailImportReport. CancelImport stops it.
func (m *Mail) Import(paths []string) (string, error) {
	if err := m.checkPaths(paths); err != nil {
		return "", err
	}
	return m.runner.Start(jobMailImport, func(ctx context.Context, job *jobrun.Job) (any, error) {
		return m.importPaths(ctx, job, paths)
	}), nil
}

// ImportDialog asks for e-mail files with the native open dialog, then
// imports them like Import. It returns "" when the user cancelled.
func (m *Mail) ImportDialog() (string, error) {
	if m.deps.Dialogs == nil {
		return "", model.Errorf(model.CodeUnavailable, "no window to show a file dialog in")
	}
	paths, err := m.deps.Dialogs.OpenFiles("Import e-mail", mailFilters)
	if err != nil || len(paths) == 0 {
		return "", err
	}
	return m.Import(paths)
}

// ImportFolderDialog asks for a folder of e-mail files (a Thunderbird
// profile's Mail folder, an Apple Mail export), then imports it like Import.
// It returns "" when the user cancelled.
func (m *Mail) ImportFolderDialog() (string, error) {
	if m.deps.Dialogs == nil {
		return "", model.Errorf(model.CodeUnavailable, "no window to show a file dialog in")
	}
	path, err := m.deps.Dialogs.OpenFolder("Import a folder of e-mail")
	if err != nil || path == "" {
		return "", err
	}
	return m.Import([]string{path})
}

// CancelImport stops a running import; what was read stays.
func (m *Mail) CancelImport(jobID string) error {
	if !m.runner.Cancel(jobMailImport, jobID) {
		return model.Errorf(model.CodeNotFound, "no running e-mail import %q (it may have finished)", jobID)
	}
	return nil
}

// ImportNow reads e-mail like Import and waits for it (the command line's way).
func (m *Mail) ImportNow(paths []string) (MailImportReport, error) {
	if err := m.checkPaths(paths); err != nil {
		return MailImportReport{Broken: []MailBroken{}}, err
	}
	return m.importPaths(context.Background(), nil, paths)
}

func (m *Mail) checkPaths(paths []string) error {
	if len(paths) == 0 {
		return model.Invalid("paths", "choose .eml or .mbox files, or a folder of them")
	}
	for _, p := range paths {
		if err := m.grants.allow(p, false); err != nil {
			return err
		}
		if _, err := os.Stat(p); err != nil {
			return model.Invalid("paths", "cannot read %s: %s", filepath.Base(p), strings.TrimPrefix(err.Error(), "stat "+p+": "))
		}
	}
	return nil
}

// importPaths reads every message of paths; a broken message is reported
// with its position and the rest are still read.
func (m *Mail) importPaths(ctx context.Context, job *jobrun.Job, paths []string) (MailImportReport, error) {
	rep := MailImportReport{Broken: []MailBroken{}}
	var changed []int64
	defer func() {
		if len(changed) > 0 {
			m.changed(changed...)
		}
		if rep.Kept > 0 {
			m.mailChanged()
		}
	}()
	for _, p := range paths {
		name := filepath.Base(p)
		err := mailread.ReadPath(ctx, p, m.limits, func(it mailread.Item) error {
			rep.Read++
			if job != nil {
				job.Progress(int64(rep.Read), 0, fmt.Sprintf("Read %d messages (%s)", rep.Read, name))
			}
			if readable := it.Err == nil && it.Message != nil; !readable {
				rep.addBroken(it, p) // reported; the other messages are still read
				return nil
			}
			out, err := m.ingest(ctx, MailOrigin{Kind: "file", Source: filepath.Base(it.Source), Position: it.Position}, it.Message)
			if err != nil {
				return err
			}
			switch out.result {
			case ingestKept:
				rep.Kept++
				if out.autoApplied {
					rep.AutoApplied++
					changed = append(changed, out.appID)
				}
			case ingestKnown:
				rep.Known++
			case ingestOther:
				rep.Other++
			}
			return nil
		})
		if ctx.Err() != nil {
			rep.Cancelled = true
			return rep, model.Errorf(model.CodeCanceled, "import stopped after %d messages", rep.Read)
		}
		if err != nil {
			var me *model.Error
			if errors.As(err, &me) {
				return rep, err
			}
			return rep, model.Errorf(model.CodeInvalid, "%s: %v", name, err)
		}
	}
	return rep, nil
}

func (r *MailImportReport) addBroken(it mailread.Item, path string) {
	if len(r.Broken) >= maxBroken {
		return
	}
	src := it.Source
	if src == "" {
		src = path
	}
	msg := "unreadable"
	if it.Err != nil {
		msg = it.Err.Error()
	}
	r.Broken = append(r.Broken, MailBroken{Source: filepath.Base(src), Position: it.Position, Error: msg})
}

// MailPasteResult is what a pasted message became.
type MailPasteResult struct {
	// Kept is true when it was job-related and is now a proposal (or applied).
	Kept bool `json:"kept"`
	// Known is true when the same message was read before.
	Known bool `json:"known"`
	// Message is the proposal, when kept or known.
	Message *model.MailMessage `json:"message"`
	// Kind is what it was read as ("other" when not job-related).
	Kind string `json:"kind"`
}

// maxPaste bounds a pasted message.
const maxPaste = 1 << 20

// Paste reads a message pasted as text: a whole message with its headers
// (as "Show original" or "View source" gives it), or only its text (then
// dated now).
func (m *Mail) Paste(text string) (MailPasteResult, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return MailPasteResult{}, model.Invalid("text", "paste the text of a message")
	}
	if len(text) > maxPaste {
		return MailPasteResult{}, model.Errorf(model.CodeTooLarge, "the pasted text is too long (at most 1 MB)")
	}
	msg, err := mailread.ReadMessage(strings.NewReader(text), m.limits)
	if err != nil {
		return MailPasteResult{}, model.Errorf(model.CodeInvalid, "cannot read the pasted message: %v", err)
	}
	if msg.Date.IsZero() {
		msg.Date = m.db.Now()
	}
	out, err := m.ingest(m.ctx(), MailOrigin{Kind: "paste", Source: "pasted"}, msg)
	if err != nil {
		return MailPasteResult{}, err
	}
	res := MailPasteResult{Kind: string(model.MailOther)}
	if out.result == ingestOther {
		return res, nil
	}
	res.Kept, res.Known = out.result == ingestKept, out.result == ingestKnown
	if res.Message, err = m.db.MailByKey(m.ctx(), messageKey(msg)); err != nil {
		return res, err
	}
	res.Kind = string(res.Message.Kind)
	if out.autoApplied {
		m.changed(out.appID)
	}
	if res.Kept {
		m.mailChanged()
	}
	return res, nil
}
