package service

import (
	"fmt"
	"slices"
	"strings"

	"github.com/huntbook/huntbook/backend/assist"
	"github.com/huntbook/huntbook/backend/cvparse"
	"github.com/huntbook/huntbook/backend/model"
)

// Analyze compares the application's job description with the profile,
// offline: no model, no network. When the profile is empty the result says
// so (ProfileEmpty, score 0) and names in CV the imported CV to compare
// with instead: the one sent with the application, else the newest.
func (a *Assistant) Analyze(appID int64) (assist.Analysis, error) {
	app, err := a.analysisJob(appID)
	if err != nil {
		return assist.Analysis{}, err
	}
	prof, err := a.profile(a.ctx())
	if err != nil {
		return assist.Analysis{}, err
	}
	out := assist.Analyze(jobFrom(app), prof)
	out.Against = "profile"
	if out.ProfileEmpty {
		if out.CV, err = a.offeredCV(appID); err != nil {
			return out, err
		}
	}
	return out, nil
}

// AnalyzeWithCV compares the application's job description with the
// profile read from an imported CV version instead of the user's profile,
// without changing either.
func (a *Assistant) AnalyzeWithCV(appID, versionID int64) (assist.Analysis, error) {
	app, err := a.analysisJob(appID)
	if err != nil {
		return assist.Analysis{}, err
	}
	v, err := a.db.GetCVVersion(a.ctx(), versionID)
	if err != nil {
		return assist.Analysis{}, fmt.Errorf("read CV version %d: %w", versionID, err)
	}
	linked, ok, err := a.db.LinkedCV(a.ctx(), appID)
	if err != nil {
		return assist.Analysis{}, fmt.Errorf("read the CV sent with application %d: %w", appID, err)
	}
	out := assist.Analyze(jobFrom(app), v.Profile)
	out.Against = "cv"
	out.CV = &assist.CVChoice{ID: v.ID, Label: v.Label, Linked: ok && linked.ID == v.ID}
	return out, nil
}

func (a *Assistant) analysisJob(appID int64) (model.Application, error) {
	app, err := a.db.GetApplication(a.ctx(), appID)
	if err != nil {
		return app, err
	}
	if strings.TrimSpace(app.Description) == "" {
		return app, model.Invalid("description", "application %d has no job description to analyse: paste it into the application first", appID)
	}
	return app, nil
}

// offeredCV picks the imported CV to offer when the profile is empty: the
// one sent with the application, else the newest that is a CV.
func (a *Assistant) offeredCV(appID int64) (*assist.CVChoice, error) {
	if v, ok, err := a.db.LinkedCV(a.ctx(), appID); err != nil {
		return nil, fmt.Errorf("read the CV sent with application %d: %w", appID, err)
	} else if ok {
		return &assist.CVChoice{ID: v.ID, Label: v.Label, Linked: true}, nil
	}
	vs, err := a.db.CVVersions(a.ctx())
	if err != nil {
		return nil, fmt.Errorf("list CV versions: %w", err)
	}
	var best *model.CVVersion
	for i, v := range vs {
		if slices.Contains(v.Warnings, cvparse.NotACV) || assist.ProfileEmpty(v.Profile) {
			continue
		}
		if best == nil || v.CreatedAt.After(best.CreatedAt) {
			best = &vs[i]
		}
	}
	if best == nil {
		return nil, nil
	}
	return &assist.CVChoice{ID: best.ID, Label: best.Label}, nil
}
