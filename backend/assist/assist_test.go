package assist

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/corpus"
	"github.com/huntbook/huntbook/backend/jobpost"
	"github.com/huntbook/huntbook/backend/model"
)

// janeProfile mirrors cv/src/resumematcher_master.json (Jane Doe).
var janeProfile = model.Profile{
	Basics: model.Basics{Name: "Jane Doe", Label: "Senior Backend Engineer", Email: "jane@example.com", Phone: "+1-555-0100",
		Summary: "Backend engineer with 6 years of experience building scalable Python APIs and microservices."},
	Work: []model.Work{
		{Name: "Acme Corp", Position: "Senior Backend Engineer", StartDate: "2021-01", Highlights: []string{
			"Built REST APIs serving 50K requests/day using Python and FastAPI",
			"Led migration from monolith to microservices architecture",
			"Mentored 3 junior developers on backend best practices"}},
		{Name: "Tech Solutions Inc", Position: "Software Engineer", StartDate: "2018-06", EndDate: "2020-12", Highlights: []string{
			"Developed data pipelines processing 1M records daily with PostgreSQL and Docker"}},
	},
	Education: []model.Education{{Institution: "UC Berkeley", StudyType: "B.S.", Area: "Computer Science", EndDate: "2018"}},
	Skills:    []model.Skill{{Name: "Backend", Keywords: []string{"Python", "FastAPI", "PostgreSQL", "Docker", "Redis", "AWS"}}},
	Languages: []model.Language{{Language: "English", Fluency: "Native"}},
}

func loadJob(t testing.TB, name string) jobpost.Job {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(corpus.Path(t, "jd"), name))
	if err != nil {
		t.Fatal(err)
	}
	j, err := jobpost.Parse(data, name)
	if err != nil {
		t.Fatal(err)
	}
	return j
}

func TestBuildEveryTask(t *testing.T) {
	job := loadJob(t, "resumematcher_backend-eng.txt")
	for _, task := range Tasks {
		p, err := Build(task, Inputs{Profile: janeProfile, Job: job, Notes: "Spoke to Sam from the platform team."})
		if err != nil {
			t.Fatalf("%s: %v", task, err)
		}
		if len(p.Messages) != 2 || p.Messages[0].Role != "system" || p.Messages[1].Role != "user" {
			t.Fatalf("%s: messages %+v", task, p.Messages)
		}
		user := p.Messages[1].Content
		for _, want := range []string{"Senior Backend Engineer", "asyncio", "Built REST APIs serving 50K requests/day", "Spoke to Sam"} {
			if !strings.Contains(user, want) {
				t.Errorf("%s: prompt lacks %q", task, want)
			}
		}
		if !strings.Contains(p.Version, string(task)) || len(p.Digest) != 64 || p.Tokens == 0 || len(p.Omitted) != 0 {
			t.Errorf("%s: version %q digest %q tokens %d omitted %v", task, p.Version, p.Digest, p.Tokens, p.Omitted)
		}
		if task.JSONTask() != (p.Schema != nil) || (p.Schema != nil && !json.Valid(p.Schema)) {
			t.Errorf("%s: schema %s", task, p.Schema)
		}
		if strings.Contains(user, "jane@example.com") || strings.Contains(user, "555-0100") {
			t.Errorf("%s: contact details in the prompt though a model does not need them", task)
		}
	}
}

func TestBuildLanguageDigestAndBudget(t *testing.T) {
	de := loadJob(t, "resumematcher_german_job.md")
	p, err := Build(TaskCoverLetter, Inputs{Profile: janeProfile, Job: de})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(p.Messages[0].Content, "Write in German") {
		t.Errorf("cover letter not asked in the job's language: %s", p.Messages[0].Content)
	}
	p2, _ := Build(TaskCoverLetter, Inputs{Profile: janeProfile, Job: de, Options: Options{Language: "en", Tone: "warm", Length: "short"}})
	if !strings.Contains(p2.Messages[0].Content, "Write in English") || !strings.Contains(p2.Messages[0].Content, "Tone: warm") || p2.Digest == p.Digest {
		t.Errorf("options ignored or digest unchanged")
	}
	p3, _ := Build(TaskCoverLetter, Inputs{Profile: janeProfile, Job: de})
	if p3.Digest != p.Digest {
		t.Errorf("digest not stable")
	}
	// a long posting under a small budget is cut, and the prompt says what went
	long := loadJob(t, "linkedin_4117560283.txt")
	notes := strings.Repeat("A note about the hiring manager. ", 200)
	small, err := Build(TaskInterviewPrep, Inputs{Profile: janeProfile, Job: long, Notes: notes, Budget: 1200})
	if err != nil {
		t.Fatal(err)
	}
	if small.Tokens > 1200 || len(small.Omitted) == 0 {
		t.Errorf("tokens %d, omitted %v", small.Tokens, small.Omitted)
	}
	if !strings.Contains(strings.Join(small.Omitted, "\n"), "job description") || !strings.Contains(small.Messages[1].Content, "New River Community College") {
		t.Errorf("omitted %v", small.Omitted)
	}
}

func TestOverrideTemplates(t *testing.T) {
	good := `{{/* version: mine/2 */}}{{define "system"}}Be brief.{{end}}{{define "user"}}Letter for {{.Job.Title}}.{{end}}`
	p, err := Build(TaskCoverLetter, Inputs{Job: jobpost.Job{Title: "Nurse"}, Override: good})
	if err != nil || p.Version != "mine/2" || p.Messages[1].Content != "Letter for Nurse." {
		t.Fatalf("override: %v %+v", err, p)
	}
	for name, bad := range map[string]string{
		"no version": `{{define "system"}}x{{end}}{{define "user"}}y{{end}}`,
		"no parse":   `{{/* version: x/1 */}}{{define "system"}}{{.Job.Title{{end}}`,
		"no user":    `{{/* version: x/1 */}}{{define "system"}}x{{end}}`,
		"bad field":  `{{/* version: x/1 */}}{{define "system"}}{{.Nope}}{{end}}{{define "user"}}y{{end}}`,
	} {
		_, err := Build(TaskCoverLetter, Inputs{Override: bad})
		var e *model.Error
		if !errors.As(err, &e) || e.Code != model.CodeInvalid {
			t.Errorf("%s: err %v", name, err)
		}
	}
	if err := ValidateTemplate(good); err != nil {
		t.Error(err)
	}
	if _, err := Build("poem", Inputs{}); err == nil {
		t.Error("unknown task accepted")
	}
}

// fakeModel replays canned replies in chunks, recording the request.
type fakeModel struct {
	reply string
	got   Request
}

func (f *fakeModel) Stream(_ context.Context, r Request, on func(string)) (string, error) {
	f.got = r
	for i := 0; i < len(f.reply); i += 5 {
		on(f.reply[i:min(i+5, len(f.reply))])
	}
	return f.reply, nil
}

func (f *fakeModel) JSON(_ context.Context, r Request, _ string, _ json.RawMessage, out any) (string, error) {
	f.got = r
	return "json_schema", json.Unmarshal([]byte(f.reply), out)
}

func TestGenerateRedactsAndRestores(t *testing.T) {
	job := loadJob(t, "resumematcher_backend-eng.txt")
	r := NewRedactor(janeProfile, nil)
	p, err := Build(TaskCoverLetter, Inputs{Profile: janeProfile, Job: job, Redactor: r})
	if err != nil {
		t.Fatal(err)
	}
	m := &fakeModel{reply: "Dear team,\n\nI build Python services.\n\nBest,\n[NAME]\n[email_1]"}
	var streamed strings.Builder
	out, err := Generate(context.Background(), m, p, r, func(d string) { streamed.WriteString(d) })
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(m.got.Messages[1].Content, "Jane") {
		t.Error("name sent to the model")
	}
	if !strings.HasSuffix(out, "Jane Doe\njane@example.com") || streamed.String() != out {
		t.Errorf("out %q streamed %q", out, streamed.String())
	}
}

func TestTailorFlagsInventions(t *testing.T) {
	job := loadJob(t, "resumematcher_backend-eng.txt")
	p, err := Build(TaskCVTailoring, Inputs{Profile: janeProfile, Job: job})
	if err != nil {
		t.Fatal(err)
	}
	reply := `{"summary":"Senior Backend Engineer with 6 years of Python and FastAPI.","bullets":[
	 {"original":"Built REST APIs serving 50K requests/day using Python and FastAPI",
	  "suggested":"Built high-throughput FastAPI services handling 50K requests/day","reason":"throughput"},
	 {"original":"Led migration from monolith to microservices architecture",
	  "suggested":"Led the microservices migration at Google, cutting costs by 40%","reason":"architecture"},
	 {"original":"Ran Kafka clusters","suggested":"Ran Kafka clusters since 2015 as Staff Engineer","reason":"Kafka"}]}`
	tl, err := Tailor(context.Background(), &fakeModel{reply: reply}, p, janeProfile, []string{job.Company}, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, f := range tl.Flags {
		got[f.Kind+":"+f.Text] = true
		if f.Bullet == 0 || f.Bullet == -1 {
			t.Errorf("faithful text flagged: %+v", f)
		}
	}
	for _, want := range []string{"employer:Google", "number:40%", "date:2015", "title:Staff Engineer", "source:Ran Kafka clusters"} {
		if !got[want] {
			t.Errorf("missing flag %s; got %v", want, tl.Flags)
		}
	}
}

func TestCheckFabrication(t *testing.T) {
	faithful := []string{
		"Mentored 3 junior developers on backend best practices at Acme Corp",
		"Software Engineer at Tech Solutions Inc (2018-2020): pipelines for 1M records daily with PostgreSQL",
		"B.S. in Computer Science from UC Berkeley; 6 years of experience",
	}
	for _, s := range faithful {
		if f := CheckFabrication(s, janeProfile); len(f) != 0 {
			t.Errorf("faithful %q flagged: %+v", s, f)
		}
	}
	invented := map[string]string{
		"Led a team of 12 engineers":       "number",
		"Engineering Manager at Acme Corp": "title",
		"Holds a PhD in Computer Science":  "degree",
		"Worked at Stripe on payments":     "employer",
		"Shipped FastAPI services in 2012": "date",
		"Grew revenue to $2.5M":            "number",
	}
	for s, kind := range invented {
		flags := CheckFabrication(s, janeProfile)
		ok := false
		for _, f := range flags {
			ok = ok || f.Kind == kind
		}
		if !ok {
			t.Errorf("%q: want a %s flag, got %+v", s, kind, flags)
		}
	}
}
