package service

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/assist"
	"github.com/huntbook/huntbook/backend/corpus"
	"github.com/huntbook/huntbook/backend/jobpost"
	"github.com/huntbook/huntbook/backend/model"
)

// matchJob adds an application whose description is a real job posting
// from the corpus.
func matchJob(t *testing.T, s *Services, name string) model.Application {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(corpus.Path(t, "jd"), name))
	if err != nil {
		t.Fatal(err)
	}
	j, err := jobpost.Parse(data, name)
	if err != nil {
		t.Fatal(err)
	}
	app, err := s.Applications.Create(model.Application{Company: "Corpus", Title: j.Title, Description: j.Description})
	if err != nil {
		t.Fatal(err)
	}
	return app
}

// A new user's profile holds only a headline; their CV is imported but not
// merged. The match must say the profile is empty and offer the CV, not
// score the headline ("5/100" for a Python engineer against a Python job).
func TestMatchWithEmptyProfileOffersTheImportedCV(t *testing.T) {
	s, _ := newServices(t)
	app := matchJob(t, s, "resumematcher_backend-eng.txt")
	if _, err := s.Profile.SaveMaster(model.Profile{Basics: model.Basics{Name: "Sam Park", Label: "Python engineer"}}); err != nil {
		t.Fatal(err)
	}
	an, err := s.Assistant.Analyze(app.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !an.ProfileEmpty || an.Score != 0 || len(an.Matched) != 0 || an.CV != nil || an.Against != "profile" {
		t.Fatalf("empty profile, no CV: empty %v score %d matched %v cv %+v", an.ProfileEmpty, an.Score, an.Matched, an.CV)
	}

	imp, err := s.Profile.ImportCVNow(filepath.Join(corpus.Path(t, "cv"), "resumematcher_modern-single-column.pdf"), "John's CV", "")
	if err != nil {
		t.Fatal(err)
	}
	an, err = s.Assistant.Analyze(app.ID)
	if err != nil || !an.ProfileEmpty || an.CV == nil || an.CV.ID != imp.Version.ID || an.CV.Label != "John's CV" || an.CV.Linked {
		t.Fatalf("empty profile with an imported CV: %+v %v", an.CV, err)
	}

	withCV, err := s.Assistant.AnalyzeWithCV(app.ID, an.CV.ID)
	if err != nil {
		t.Fatal(err)
	}
	if withCV.ProfileEmpty || withCV.Against != "cv" || withCV.CV == nil || withCV.CV.ID != imp.Version.ID || withCV.Score < 50 ||
		withCV.Possible == 0 || withCV.Points == 0 || withCV.Points > withCV.Possible {
		t.Fatalf("with the CV: empty %v against %q score %d (%d of %d)", withCV.ProfileEmpty, withCV.Against, withCV.Score, withCV.Points, withCV.Possible)
	}
	checkExplained(t, withCV.Skills)
	for _, sk := range withCV.Skills {
		if sk.Name == "Python" && (!sk.Matched || !strings.Contains(sk.Evidence, "Python")) {
			t.Errorf("Python against a Python job: %+v", sk)
		}
	}
	master, err := s.Profile.Master()
	if err != nil || !masterIsHeadlineOnly(master) {
		t.Fatalf("comparing with a CV changed the profile: %+v %v", master, err)
	}

	// Linked to the application, the CV is offered as the one sent.
	if err := s.Profile.LinkCV(app.ID, imp.Version.ID); err != nil {
		t.Fatal(err)
	}
	if an, err = s.Assistant.Analyze(app.ID); err != nil || an.CV == nil || !an.CV.Linked {
		t.Fatalf("linked CV not offered as sent: %+v %v", an.CV, err)
	}

	// Merged into the profile (beside the headline), the comparison comes
	// from the profile and scores at least what the CV alone did.
	if _, err := s.Profile.MergeIntoMaster(imp.Version.ID, nil); err != nil {
		t.Fatal(err)
	}
	an, err = s.Assistant.Analyze(app.ID)
	if err != nil || an.ProfileEmpty || an.CV != nil || an.Against != "profile" || an.Score < withCV.Score {
		t.Fatalf("after merging: empty %v cv %+v score %d, want %d (%v)", an.ProfileEmpty, an.CV, an.Score, withCV.Score, err)
	}
	if _, err := s.Assistant.AnalyzeWithCV(app.ID, 9999); model.ErrorCode(err) != model.CodeNotFound {
		t.Fatalf("unknown CV: %v", err)
	}
}

func masterIsHeadlineOnly(p model.Profile) bool {
	return p.Basics.Label == "Python engineer" && len(p.Work) == 0 && len(p.Skills) == 0
}

// checkExplained: every matched skill quotes a profile line naming it, every
// missing one says why.
func checkExplained(t *testing.T, skills []assist.SkillMatch) {
	t.Helper()
	if len(skills) == 0 {
		t.Fatal("no skills found in the job")
	}
	for _, sk := range skills {
		switch {
		case sk.Matched && (sk.Evidence == "" || sk.EvidenceSection == "" || sk.Why != ""):
			t.Errorf("%s matched without its line: %+v", sk.Name, sk)
		case !sk.Matched && (sk.Why == "" || sk.Evidence != ""):
			t.Errorf("%s missing without a reason: %+v", sk.Name, sk)
		}
	}
}
