package service

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/huntbook/huntbook/backend/assist"
	"github.com/huntbook/huntbook/backend/lazyre"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/transfer"
)

// Generations lists the generations saved on an application, newest first.
func (a *Assistant) Generations(appID int64) ([]model.Generation, error) {
	return a.db.Generations(a.ctx(), appID)
}

// UpdateGeneration saves the user's edit as a new version.
func (a *Assistant) UpdateGeneration(id int64, text string) (model.Generation, error) {
	return a.db.UpdateGeneration(a.ctx(), id, text)
}

// GenerationVersions lists every version of a generation, oldest first.
func (a *Assistant) GenerationVersions(id int64) ([]model.GenerationVersion, error) {
	return a.db.GenerationVersions(a.ctx(), id)
}

// DeleteGeneration deletes a generation and its versions.
func (a *Assistant) DeleteGeneration(id int64) error {
	return a.db.DeleteGeneration(a.ctx(), id)
}

// ExportGeneration returns a generation's latest text as "markdown" or
// plain "text" (Markdown marks removed), for copying or saving.
func (a *Assistant) ExportGeneration(id int64, format string) (string, error) {
	g, err := a.db.GetGeneration(a.ctx(), id)
	if err != nil {
		return "", err
	}
	text := g.Text
	if g.Format == "json" {
		text = "```json\n" + strings.TrimSpace(text) + "\n```"
	}
	switch format {
	case "markdown", "md", "":
		return text + "\n", nil
	case "text", "txt":
		if g.Format == "json" {
			return g.Text + "\n", nil
		}
		return markdownToText(g.Text) + "\n", nil
	}
	return "", model.Invalid("format", `format must be "markdown" or "text"`)
}

// Ledger returns the newest limit requests the app sent (model servers,
// Google, job links, local model discovery), newest first (0: all).
func (a *Assistant) Ledger(limit int) ([]model.LedgerEntry, error) {
	return a.db.Ledger(a.ctx(), limit)
}

// ClearLedger deletes the ledger.
func (a *Assistant) ClearLedger() error { return a.db.ClearLedger(a.ctx()) }

// ExportLedger returns the whole ledger as "csv" or "json".
func (a *Assistant) ExportLedger(format string) (string, error) {
	rows, err := a.db.Ledger(a.ctx(), 0)
	if err != nil {
		return "", err
	}
	switch format {
	case "json":
		b, err := json.MarshalIndent(rows, "", "  ")
		if err != nil {
			return "", fmt.Errorf("export ledger: %w", err)
		}
		return string(b) + "\n", nil
	case "csv", "":
		// Model names and error text come from model servers: the writer
		// keeps a spreadsheet from running a cell as a formula.
		var buf bytes.Buffer
		w := transfer.NewCSVWriter(&buf)
		header := []string{"at", "provider", "host", "model", "task", "bytes_sent", "bytes_received", "status", "error", "redacted", "placeholders",
			"method", "url", "duration_ms"}
		if err := w.Write(header); err != nil {
			return "", fmt.Errorf("export ledger: %w", err)
		}
		for _, e := range rows {
			err := w.Write([]string{e.At.Format(time.RFC3339), e.Provider, e.Host, e.Model, e.Task, strconv.FormatInt(e.BytesSent, 10),
				strconv.FormatInt(e.BytesReceived, 10), e.Status, e.Error, strconv.FormatBool(e.Redacted), strings.Join(e.Placeholders, " "),
				e.Method, e.URL, strconv.FormatInt(e.DurationMs, 10)})
			if err != nil {
				return "", fmt.Errorf("export ledger: %w", err)
			}
		}
		if err := w.Flush(); err != nil {
			return "", fmt.Errorf("export ledger: %w", err)
		}
		return buf.String(), nil
	}
	return "", model.Invalid("format", `format must be "csv" or "json"`)
}

// TemplateInfo is a task's shipped prompt template and the user's override.
type TemplateInfo struct {
	Task     string `json:"task"`
	JSON     bool   `json:"json"` // the task replies in JSON
	Default  string `json:"default"`
	Override string `json:"override"` // "" when the shipped template is used
}

// Templates lists every task's template and override.
func (a *Assistant) Templates() ([]TemplateInfo, error) {
	out := make([]TemplateInfo, 0, len(assist.Tasks))
	for _, t := range assist.Tasks {
		def, err := assist.DefaultTemplate(t)
		if err != nil {
			return nil, err
		}
		ov, err := a.db.PromptOverride(a.ctx(), string(t))
		if err != nil {
			return nil, err
		}
		out = append(out, TemplateInfo{Task: string(t), JSON: t.JSONTask(), Default: def, Override: ov})
	}
	return out, nil
}

// SetPromptOverride stores the user's template for a task after checking
// that it parses and renders; blank text goes back to the shipped one.
func (a *Assistant) SetPromptOverride(task, text string) error {
	t, err := parseTask(task)
	if err != nil {
		return err
	}
	if strings.TrimSpace(text) != "" {
		if err := assist.ValidateTemplate(text); err != nil {
			return err
		}
		if _, err := assist.Build(t, assist.Inputs{Override: text}); err != nil {
			return err
		}
	}
	return a.db.SetPromptOverride(a.ctx(), string(t), text)
}

// RedactionTerms returns the extra terms hidden from cloud providers.
func (a *Assistant) RedactionTerms() ([]string, error) { return a.db.RedactionTerms(a.ctx()) }

// SetRedactionTerms replaces the extra terms hidden from cloud providers
// (names of people, employers...).
func (a *Assistant) SetRedactionTerms(terms []string) ([]string, error) {
	return a.db.SetRedactionTerms(a.ctx(), terms)
}

var (
	mdHeading = lazyre.New(`(?m)^#{1,6}\s+`)
	mdEmph    = lazyre.New(`(\*\*|__)(.+?)(\*\*|__)`)
	mdLink    = lazyre.New(`\[([^\]]+)\]\((\S+?)\)`)
	mdCode    = lazyre.New("`([^`]+)`")
	mdRule    = lazyre.New(`(?m)^\s*(?:-{3,}|\*{3,})\s*$\n?`)
	mdStar    = lazyre.New(`(?m)^(\s*)\* `)
)

// markdownToText drops Markdown marks: headings, emphasis, code spans and
// rules; links become "text (url)". Bullets stay as "- ".
func markdownToText(s string) string {
	s = mdRule.ReplaceAllString(s, "")
	s = mdHeading.ReplaceAllString(s, "")
	s = mdEmph.ReplaceAllString(s, "$2")
	s = mdLink.ReplaceAllString(s, "$1 ($2)")
	s = mdCode.ReplaceAllString(s, "$1")
	s = mdStar.ReplaceAllString(s, "$1- ")
	return strings.TrimSpace(s)
}
