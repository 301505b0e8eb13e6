package service

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/huntbook/huntbook/backend/cvparse"
	"github.com/huntbook/huntbook/backend/doctext"
	"github.com/huntbook/huntbook/backend/jobrun"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/shellport"
	"github.com/huntbook/huntbook/backend/store"
)

// Profile is the user's CVs and profile: imported CV files kept as versions
// with the profile read from each, the master profile the user edits (JSON
// Resume), merging chosen fields of a version into it, JSON Resume export and
// import, and which version was sent with an application.
type Profile struct {
	base
	// readOptions tune the document reader (tests shorten the deadline);
	// Password is set per import.
	readOptions doctext.Options

	// masterMu makes a merge's read, change and save one step.
	masterMu sync.Mutex
	// versionMu does the same for saving a version's corrected profile.
	versionMu sync.Mutex
}

func newProfile(b base) *Profile {
	return &Profile{base: b}
}

// CVVersion is an imported CV as the UI shows it: the profile read from the
// file, where each value came from, the reader's warnings and the
// applications it was sent with. The file itself comes from VersionFile.
type CVVersion struct {
	ID        int64  `json:"id"`
	Label     string `json:"label"`
	FileName  string `json:"fileName"`
	MediaType string `json:"mediaType"`
	Size      int64  `json:"size"`
	SHA256    string `json:"sha256"`
	// NotACV is true when the reader thought the file is not a CV (a cover
	// letter, say); the warning is also in Warnings.
	NotACV       bool            `json:"notACV"`
	Profile      model.Profile   `json:"profile"`
	Fields       []cvparse.Field `json:"fields"`
	Warnings     []string        `json:"warnings"`
	Applications []int64         `json:"applications"`
	CreatedAt    time.Time       `json:"createdAt"`
}

// CVImport is the result of importing a CV file.
type CVImport struct {
	Version CVVersion `json:"version"`
	// Created is false when the same file had been imported before: the
	// existing version is returned and nothing is added.
	Created bool `json:"created"`
}

// CVImportFailure is the Result of a failed import's job:done event: Field
// is "password" when the PDF needs a (different) password, so the UI can
// ask for one and call ImportCV again.
type CVImportFailure struct {
	Path  string `json:"path"`
	Field string `json:"field,omitempty"`
}

// CVFile is a version's original file, for the in-page viewer; Data is
// base64 in JSON.
type CVFile = model.CVFile

var cvFilters = []shellport.FileFilter{
	{Name: "CV (*.pdf, *.docx, *.txt, *.md)", Pattern: "*.pdf;*.docx;*.txt;*.md"},
	{Name: "PDF (*.pdf)", Pattern: "*.pdf"},
	{Name: "Word (*.docx)", Pattern: "*.docx"},
	{Name: "Text (*.txt, *.md)", Pattern: "*.txt;*.md"},
}

func toCVVersion(v model.CVVersion) CVVersion {
	out := CVVersion{ID: v.ID, Label: v.Label, FileName: v.FileName, MediaType: v.MediaType, Size: v.Size, SHA256: v.SHA256,
		Profile: v.Profile, Warnings: v.Warnings, Applications: v.Applications, CreatedAt: v.CreatedAt, Fields: []cvparse.Field{}}
	if len(v.Fields) > 0 {
		_ = json.Unmarshal(v.Fields, &out.Fields) // the store only keeps valid JSON
	}
	for _, w := range v.Warnings {
		if w == cvparse.NotACV {
			out.NotACV = true
		}
	}
	return out
}

// ImportCV starts importing the CV file at path (PDF, DOCX, TXT or MD) in
// the background and returns the job id at once. Progress comes as
// job:progress events; job:done carries a CVImport, or the error's code and
// message with a CVImportFailure as result (Field "password" when a
// password is needed or wrong). CancelImport stops it.
func (p *Profile) ImportCV(path, label, password string) (string, error) {
	if err := p.grants.allow(path, false); err != nil {
		return "", err
	}
	if err := checkCVPath(path); err != nil {
		return "", err
	}
	return p.runner.Start(jobCVImport, func(ctx context.Context, job *jobrun.Job) (any, error) {
		res, err := p.importCV(ctx, job, path, label, password)
		if err != nil {
			return CVImportFailure{Path: path, Field: model.AsError(err).Field}, err
		}
		return res, nil
	}), nil
}

// jobCVImport is the kind, and id prefix, of CV import jobs.
const jobCVImport = "cv-import"

// ImportCVDialog asks for a CV file with the native open dialog, then
// imports it like ImportCV. It returns "" when the user cancelled.
func (p *Profile) ImportCVDialog(label string) (string, error) {
	if p.deps.Dialogs == nil {
		return "", model.Errorf(model.CodeUnavailable, "no window to show a file dialog in")
	}
	p.warmReader() // the reader starts while the user picks the file
	path, err := p.deps.Dialogs.OpenFile("Import a CV", cvFilters)
	if err != nil || path == "" {
		return "", err
	}
	return p.ImportCV(path, label, "")
}

// ImportCVNow imports the CV file at path and waits for it (the command
// line's way), reporting progress like ImportCV.
func (p *Profile) ImportCVNow(path, label, password string) (CVImport, error) {
	if err := p.grants.allow(path, false); err != nil {
		return CVImport{}, err
	}
	if err := checkCVPath(path); err != nil {
		return CVImport{}, err
	}
	return p.importCV(context.Background(), nil, path, label, password)
}

// CancelImport stops a running import.
func (p *Profile) CancelImport(jobID string) error {
	if !p.runner.Cancel(jobCVImport, jobID) {
		return model.Errorf(model.CodeNotFound, "no running CV import %q (it may have finished)", jobID)
	}
	return nil
}

// warmReader has a document reader started in advance when the caller is
// the window (which has dialogs; the command line, one import per process,
// has none), so that the import that follows skips the reader's start-up.
func (p *Profile) warmReader() {
	if p.deps.Dialogs != nil {
		doctext.Warm()
	}
}

func checkCVPath(path string) error {
	if strings.TrimSpace(path) == "" {
		return model.Invalid("path", "choose a CV file to import")
	}
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return model.Errorf(model.CodeNotFound, "the file %s does not exist", filepath.Base(path))
	case err != nil:
		return pathError("the file %s cannot be opened: %v", path, err)
	case st.IsDir():
		return model.Invalid("path", "%s is a folder, not a CV file", filepath.Base(path))
	case st.Size() > store.MaxCVBytes:
		return model.Errorf(model.CodeTooLarge, "%s is %d MB: Huntbook reads CV files up to %d MB", filepath.Base(path), st.Size()>>20, store.MaxCVBytes>>20)
	}
	return nil
}

// importSteps are the stages of an import, reported as job progress.
var importSteps = []string{"Reading the file", "Extracting the text", "Finding the CV's sections", "Saving the CV"}

// importCV imports the file at path, reporting its steps to job (nil for
// none).
func (p *Profile) importCV(ctx context.Context, job *jobrun.Job, path, label, password string) (CVImport, error) {
	prog := stepProgress{job: job}
	prog.step(0)
	name := filepath.Base(path)
	data, err := readCVFile(path)
	if err != nil {
		return CVImport{}, err
	}
	digest := store.CVDigest(data)
	if v, ok, err := p.db.CVVersionByDigest(ctx, digest); err != nil || ok {
		prog.step(len(importSteps))
		return CVImport{Version: toCVVersion(v)}, err
	}
	prog.step(1)
	opt := p.readOptions
	opt.Password = password
	opt.MaxBytes = store.MaxCVBytes
	doc, err := doctext.ReadBytes(ctx, name, data, opt)
	if err != nil {
		return CVImport{}, fmt.Errorf("import %s: %w", name, err)
	}
	prog.step(2)
	res := cvparse.ParseDocument(doc)
	prog.step(3)
	fields, err := json.Marshal(res.Fields)
	if err != nil {
		return CVImport{}, fmt.Errorf("import %s: %w", name, err)
	}
	if err := ctx.Err(); err != nil {
		return CVImport{}, &model.Error{Code: model.CodeCanceled, Message: "the import was canceled", Err: err}
	}
	v, created, err := p.db.AddCVVersion(ctx, model.CVVersion{Label: label, FileName: name, MediaType: mediaType(doc.Kind, name),
		Profile: res.Profile, Fields: fields, Warnings: res.Warnings}, data)
	if err != nil {
		return CVImport{}, fmt.Errorf("import %s: %w", name, err)
	}
	prog.step(len(importSteps))
	return CVImport{Version: toCVVersion(v), Created: created}, nil
}

// pathError is an invalid-path error: format names the file (base name of
// path) and then says what err is.
func pathError(format, path string, err error) *model.Error {
	return &model.Error{Code: model.CodeInvalid, Field: "path", Message: fmt.Sprintf(format, filepath.Base(path), err), Err: err}
}

// readCVFile reads at most store.MaxCVBytes of the file at path.
func readCVFile(path string) ([]byte, error) {
	f, err := os.Open(path) //nolint:gosec // G304: the CV the user chose (dialog, drop or argument); reading it is the point
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, model.Errorf(model.CodeNotFound, "the file %s does not exist", filepath.Base(path))
		}
		return nil, pathError("the file %s cannot be opened: %v", path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, store.MaxCVBytes+1))
	if err != nil {
		return nil, pathError("the file %s cannot be read: %v", path, err)
	}
	if len(data) > store.MaxCVBytes {
		return nil, model.Errorf(model.CodeTooLarge, "%s is larger than %d MB, the most Huntbook reads", filepath.Base(path), store.MaxCVBytes>>20)
	}
	return data, nil
}

func mediaType(kind, name string) string {
	switch kind {
	case doctext.KindPDF:
		return "application/pdf"
	case doctext.KindDOCX:
		return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	}
	if ext := strings.ToLower(filepath.Ext(name)); ext == ".md" || ext == ".markdown" {
		return "text/markdown"
	}
	return "text/plain"
}

// stepProgress reports an import's steps (importSteps) as job progress;
// the runner throttles them.
type stepProgress struct{ job *jobrun.Job }

func (s stepProgress) step(done int) {
	msg := "Done"
	if done < len(importSteps) {
		msg = importSteps[done]
	}
	s.job.Progress(int64(done), int64(len(importSteps)), msg)
}

// Versions lists the imported CV versions, newest first.
func (p *Profile) Versions() ([]CVVersion, error) {
	p.warmReader() // the CV view is opening: an import may follow
	vs, err := p.db.CVVersions(p.ctx())
	if err != nil {
		return nil, err
	}
	out := make([]CVVersion, len(vs))
	for i, v := range vs {
		out[i] = toCVVersion(v)
	}
	return out, nil
}

// Version returns one CV version.
func (p *Profile) Version(id int64) (CVVersion, error) {
	v, err := p.db.GetCVVersion(p.ctx(), id)
	return toCVVersion(v), err
}

// VersionFile returns a version's original file (for the in-page viewer).
func (p *Profile) VersionFile(id int64) (CVFile, error) {
	return p.db.GetCVFile(p.ctx(), id)
}

// RenameVersion changes a version's label.
func (p *Profile) RenameVersion(id int64, label string) (CVVersion, error) {
	v, err := p.db.RenameCVVersion(p.ctx(), id, label)
	return toCVVersion(v), err
}

// DeleteVersion deletes a version and its file. A version sent with
// applications is refused with a conflict error naming them, unless force.
func (p *Profile) DeleteVersion(id int64, force bool) error {
	return p.db.DeleteCVVersion(p.ctx(), id, force)
}

// LinkCV records versionID as the CV sent with application appID.
func (p *Profile) LinkCV(appID, versionID int64) error {
	if err := p.db.LinkCV(p.ctx(), appID, versionID); err != nil {
		return err
	}
	p.changed(appID)
	return nil
}

// UnlinkCV forgets which CV was sent with application appID.
func (p *Profile) UnlinkCV(appID int64) error {
	if err := p.db.UnlinkCV(p.ctx(), appID); err != nil {
		return err
	}
	p.changed(appID)
	return nil
}

// LinkedCV returns the CV version sent with application appID, or null.
func (p *Profile) LinkedCV(appID int64) (*CVVersion, error) {
	v, ok, err := p.db.LinkedCV(p.ctx(), appID)
	if err != nil || !ok {
		return nil, err
	}
	out := toCVVersion(v)
	return &out, nil
}

// Master returns the master profile (empty until first saved).
func (p *Profile) Master() (model.Profile, error) {
	return p.master(p.ctx())
}

// master is the master profile, for other services (the Assistant's
// ProfileSource).
func (p *Profile) master(ctx context.Context) (model.Profile, error) {
	m, _, err := p.db.MasterProfile(ctx)
	return m, err
}

// SaveMaster validates and saves the master profile and returns it as
// saved (trimmed, links given a scheme). Dates must be ISO partial dates
// ("2020", "2020-03", "2020-03-15"), emails look like emails and links be
// http(s); the error names the field.
func (p *Profile) SaveMaster(prof model.Profile) (model.Profile, error) {
	if err := normaliseProfile(&prof); err != nil {
		return prof, err
	}
	p.masterMu.Lock()
	defer p.masterMu.Unlock()
	if _, err := p.db.SaveMasterProfile(p.ctx(), prof); err != nil {
		return prof, err
	}
	return prof, nil
}

// MergeIntoMaster copies the chosen fields of a version into the master
// profile and saves it. Paths name fields as the provenance does:
// "basics.email", "basics.location", "work[2]", "skills"; a path inside an
// entry ("work[2].startDate") copies the whole entry. Entries are matched
// by their identity (employer and position, institution and area, skill
// name...): a match is updated, the rest appended. No paths means the whole
// version.
func (p *Profile) MergeIntoMaster(versionID int64, paths []string) (model.Profile, error) {
	v, err := p.db.GetCVVersion(p.ctx(), versionID)
	if err != nil {
		return model.Profile{}, err
	}
	p.masterMu.Lock()
	defer p.masterMu.Unlock()
	cur, err := p.master(p.ctx())
	if err != nil {
		return cur, err
	}
	merged, err := mergeProfile(cur, v.Profile, paths)
	if err != nil {
		return cur, err
	}
	if err := normaliseProfile(&merged); err != nil {
		return cur, fmt.Errorf("merge version %d: %w", versionID, err)
	}
	if _, err := p.db.SaveMasterProfile(p.ctx(), merged); err != nil {
		return cur, err
	}
	return merged, nil
}
