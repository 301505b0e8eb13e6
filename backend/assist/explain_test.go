package assist

import (
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/model"
)

func TestHeadlineOnlyProfileIsEmpty(t *testing.T) {
	job := loadJob(t, "resumematcher_backend-eng.txt")
	for _, p := range []model.Profile{{}, {Basics: model.Basics{Name: "Sam Park", Label: "Python engineer", Email: "sam@example.org"}}} {
		a := Analyze(job, p)
		if !a.ProfileEmpty || a.Score != 0 || a.Points != 0 || len(a.Matched) != 0 || a.Possible == 0 {
			t.Errorf("profile %+v: empty %v score %d (%d of %d) matched %v", p.Basics, a.ProfileEmpty, a.Score, a.Points, a.Possible, a.Matched)
		}
	}
	if Analyze(job, model.Profile{Basics: model.Basics{Summary: "Python engineer since 2015."}}).ProfileEmpty {
		t.Error("a profile with a summary is not empty")
	}
}

// Every matched skill quotes a line of the profile that names it (by any
// of its spellings); every missing one says why; the score's parts add up.
func TestScoreExplainsItself(t *testing.T) {
	for _, name := range []string{"resumematcher_backend-eng.txt", "resumematcher_german_job.md", "resumematcher_ml-eng.txt"} {
		a := Analyze(loadJob(t, name), janeProfile)
		var points, possible float64
		for _, sk := range a.Skills {
			possible += weights[sk.Importance]
			if !sk.Matched {
				if sk.Why == "" || sk.Evidence != "" {
					t.Errorf("%s: %s missing without a reason: %+v", name, sk.Name, sk)
				}
				continue
			}
			points += weights[sk.Importance]
			found := false
			for _, h := range skillLexicon().find(tokenize(sk.Evidence)) {
				found = found || skillLexicon().skills[h.skill].Name == sk.Name
			}
			if !found || sk.EvidenceSection == "" {
				t.Errorf("%s: %s quoted by a line that does not name it: [%s] %q", name, sk.Name, sk.EvidenceSection, sk.Evidence)
			}
		}
		if a.Points != int(points) || a.Possible != int(possible) || a.Possible == 0 {
			t.Errorf("%s: %d of %d, skills add up to %v of %v", name, a.Points, a.Possible, points, possible)
		}
		for _, r := range a.Requirements {
			if (r.Status == "met") != (r.Evidence != "") && r.Kind != "authorisation" || r.Status != "met" && r.Why == "" {
				t.Errorf("%s: requirement not explained: %+v", name, r)
			}
		}
	}
}

func TestExcerptKeepsTheSkill(t *testing.T) {
	long := strings.Repeat("Go, Python, SQL, ", 20) + "Kubernetes, " + strings.Repeat("Redis, ", 20)
	at := strings.Index(long, "Kubernetes")
	got := excerpt(long, at, 80)
	if !strings.Contains(got, "Kubernetes") || len(got) > 90 || !strings.HasPrefix(got, "…") || !strings.HasSuffix(got, "…") {
		t.Errorf("excerpt %q", got)
	}
	if got := excerpt("Built APIs in Python", 14, 80); got != "Built APIs in Python" {
		t.Errorf("short line changed: %q", got)
	}
}
