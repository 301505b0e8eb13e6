package service

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/huntbook/huntbook/backend/docxwrite"
	"github.com/huntbook/huntbook/backend/lazyre"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/shellport"
)

var docxFilter = shellport.FileFilter{Name: "Word document (*.docx)", Pattern: "*.docx"}

var unsafeName = lazyre.New(`[^\p{L}\p{N}]+`)

// SaveGenerationDocx asks where to save a draft as a Word document (for
// cover letters sent as files) and writes its latest text there, Markdown
// turned into headings, lists and bold. It returns the path, or "" when the
// user cancelled.
func (a *Assistant) SaveGenerationDocx(id int64) (string, error) {
	g, err := a.db.GetGeneration(a.ctx(), id)
	if err != nil {
		return "", err
	}
	text, err := a.ExportGeneration(id, "markdown")
	if err != nil {
		return "", err
	}
	data, err := docxwrite.FromMarkdown(text)
	if err != nil {
		return "", fmt.Errorf("draft %d as docx: %w", id, err)
	}
	if a.deps.Dialogs == nil {
		return "", model.Errorf(model.CodeUnavailable, "no window to show a file dialog in")
	}
	name := g.Task
	if app, err := a.db.GetApplication(a.ctx(), g.ApplicationID); err == nil && app.Company != "" {
		name += "-" + strings.Trim(unsafeName.ReplaceAllString(app.Company, "-"), "-")
	}
	p, err := a.deps.Dialogs.SaveFile("Save the draft as a Word document", name+".docx", []shellport.FileFilter{docxFilter})
	if err != nil || p == "" {
		return "", err
	}
	if strings.ToLower(filepath.Ext(p)) != ".docx" {
		p += ".docx"
	}
	if err := os.WriteFile(p, data, 0o600); err != nil {
		return "", fmt.Errorf("save %s: %w", filepath.Base(p), err)
	}
	return p, nil
}
