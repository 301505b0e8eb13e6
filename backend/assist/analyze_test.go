package assist

import (
	"path/filepath"
	"testing"

	"github.com/huntbook/huntbook/backend/corpus"
	"github.com/huntbook/huntbook/backend/jobpost"
	"github.com/huntbook/huntbook/backend/model"
)

func skillsOf(a Analysis) map[string]Importance {
	m := map[string]Importance{}
	for _, s := range a.Skills {
		m[s.Name] = s.Importance
	}
	return m
}

func TestAnalyzeGermanSections(t *testing.T) {
	a := Analyze(loadJob(t, "resumematcher_german_job.md"), janeProfile)
	s := skillsOf(a)
	want := map[string]Importance{"Python": Required, "Docker": Required, "FastAPI": Nice, "Kubernetes": Nice, "REST APIs": Mentioned, "CI/CD": Mentioned}
	for k, v := range want {
		if s[k] != v {
			t.Errorf("%s: %q, want %q (all: %v)", k, s[k], v, s)
		}
	}
	if a.Language != "de" || a.Score < 40 || !contains(a.MissingNice, "Kubernetes") {
		t.Errorf("language %q score %d missing nice %v", a.Language, a.Score, a.MissingNice)
	}
}

func TestAnalyzeCorpusJobs(t *testing.T) {
	cases := []struct {
		file     string
		skills   []string // must be found
		missing  []string // Jane lacks these
		years    string
		minScore int
		maxScore int
	}{
		{"resumematcher_backend-eng.txt", []string{"Python", "FastAPI", "Kafka", "PostgreSQL", "Kubernetes", "Redis", "Datadog", "AWS"}, []string{"Kafka",
			"Kubernetes"}, "4+ years", 20, 60},
		{"resumematcher_frontend-eng.txt", []string{"React", "TypeScript", "Next.js", "GraphQL", "Accessibility", "Playwright", "Storybook"},
			[]string{"React", "TypeScript"}, "4+ years", 0, 30},
		{"resumematcher_ml-eng.txt", []string{"PyTorch", "scikit-learn", "Hugging Face", "MLflow", "Spark", "SQL"}, []string{"PyTorch"}, "3+ years", 0, 50},
		{"resumematcher_product-manager.txt", []string{"Mixpanel", "OKRs", "SQL", "A/B testing"}, []string{"OKRs"}, "4+ years", 0, 40},
		{"cvjdmatching_teacher.json", []string{"Classroom management", "Curriculum development", "STEM"}, []string{"Classroom management"}, "", 0, 20},
		{"linkedin_4117560283.txt", []string{"Python", "Java", "Data structures", "Object-oriented programming", "Online teaching"}, nil, "", 0, 100},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			a := Analyze(loadJob(t, c.file), janeProfile)
			s := skillsOf(a)
			for _, k := range c.skills {
				if s[k] == "" {
					t.Errorf("skill %s not found; got %v", k, s)
				}
			}
			for _, k := range c.missing {
				if !contains(a.Missing, k) && !contains(a.MissingNice, k) {
					t.Errorf("%s not reported missing", k)
				}
			}
			if a.Score < c.minScore || a.Score > c.maxScore {
				t.Errorf("score %d outside [%d, %d]", a.Score, c.minScore, c.maxScore)
			}
			if c.years != "" {
				found := false
				for _, r := range a.Requirements {
					found = found || (r.Kind == "experience" && r.Value == c.years)
				}
				if !found {
					t.Errorf("no %s requirement in %+v", c.years, a.Requirements)
				}
			}
			if len(a.KeyPhrases) == 0 {
				t.Error("no key phrases")
			}
		})
	}
}

func TestRequirementsChecklist(t *testing.T) {
	a := Analyze(loadJob(t, "linkedin_4211043888.txt"), janeProfile) // Finnish teacher: native speaker, visa
	kinds := map[string]Requirement{}
	for _, r := range a.Requirements {
		kinds[r.Kind+":"+r.Value] = r
	}
	if r, ok := kinds["language:Finnish"]; !ok || r.Status != "unmet" {
		t.Errorf("Finnish requirement %+v in %+v", r, a.Requirements)
	}
	if _, ok := kinds["authorisation:valid working visa"]; !ok {
		t.Errorf("visa requirement missing: %+v", a.Requirements)
	}
	b := Analyze(loadJob(t, "linkedin_4117560283.txt"), janeProfile) // master's degree required, Jane has a B.S.
	ok := false
	for _, r := range b.Requirements {
		if r.Kind == "degree" && r.Value == "master" {
			ok = r.Status == "unmet"
		}
	}
	if !ok {
		t.Errorf("master's degree requirement not unmet: %+v", b.Requirements)
	}
	c := Analyze(loadJob(t, "resumematcher_backend-eng.txt"), janeProfile) // 4+ years; Jane has worked since 2018
	for _, r := range c.Requirements {
		if r.Kind == "experience" && r.Status != "met" {
			t.Errorf("experience %+v", r)
		}
	}
}

func TestLexiconAliasesAndCase(t *testing.T) {
	a := AnalyzeText("Requirements:\n- golang and k8s\n- postgres\n\nWe go to market fast. Nice to have: C# or C++.", model.Profile{})
	s := skillsOf(a)
	for k, v := range map[string]Importance{"Go": Required, "Kubernetes": Required, "PostgreSQL": Required, "C#": Nice, "C++": Nice} {
		if s[k] != v {
			t.Errorf("%s = %q, want %q (%v)", k, s[k], v, s)
		}
	}
	if len(Skills()) < 300 {
		t.Errorf("lexicon has %d skills", len(Skills()))
	}
}

func BenchmarkAnalyze(b *testing.B) {
	dir := corpus.Path(b, "jd")
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	var jobs []jobpost.Job
	for _, f := range files {
		if filepath.Ext(f) == ".tsv" {
			continue
		}
		jobs = append(jobs, loadJob(b, filepath.Base(f)))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, j := range jobs {
			_ = Analyze(j, janeProfile)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(jobs))/1000, "ms/job")
}

func BenchmarkBuild(b *testing.B) {
	job := loadJob(b, "linkedin_4204481720.txt")
	r := NewRedactor(janeProfile, nil)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Build(TaskCoverLetter, Inputs{Profile: janeProfile, Job: job, Notes: "notes", Redactor: r}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/1000, "ms/prompt")
}

func contains(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}
