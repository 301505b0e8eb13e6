package assist

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/corpus"
	"github.com/huntbook/huntbook/backend/jobpost"
	"github.com/huntbook/huntbook/backend/model"
)

// cvCase is a corpus CV with its true contact details, read from its source.
type cvCase struct {
	pdf     string // corpus/cv file whose text (pdftotext) goes into the prompt
	basics  model.Basics
	phoneRe string // the phone as it may be written, digits with any separators
}

var cvCases = []cvCase{
	{pdf: "reactiveresume_template_azurill.pdf", basics: model.Basics{Name: "John Doe", Email: "john.doe@gmail.com", Phone: "(555) 123-4567",
		URL:      "https://johndoe.me/",
		Profiles: []model.SocialProfile{{Network: "LinkedIn", Username: "johndoe"}}}, phoneRe: `555\D{0,4}123\D{0,4}4567`},
	{pdf: "openresume_laverne-resume.pdf", basics: model.Basics{Name: "Leo Leopard", Email: "lleopard@laverne.edu", Phone: "(909) 555-5555",
		Location: model.Location{Address: "555 La Verne Way"}}, phoneRe: `909\D{0,6}555\D{0,6}5555`},
	{pdf: "soupboss_word_01-Accountant.pdf", basics: model.Basics{Name: "Ebony Moore", Email: "emoore@email.com", Phone: "206-555-0149"},
		phoneRe: `206\D{0,4}555\D{0,4}0149`},
	{pdf: "rendercv_John_Doe_ClassicTheme_CV.pdf", basics: model.Basics{Name: "John Doe", Email: "john.doe@email.com", URL: "https://rendercv.com/"}},
}

func pdfText(t *testing.T, path string) string {
	t.Helper()
	// pdftotext stands in for the CV parser here
	bin := corpus.Tool(t, "pdftotext", "poppler-utils")
	out, err := exec.Command(bin, "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

func TestRedactCorpusCVs(t *testing.T) {
	dir := corpus.Path(t, "cv")
	jobData, err := os.ReadFile(filepath.Join(corpus.Path(t, "jd"), "resumematcher_frontend-eng.txt"))
	if err != nil {
		t.Fatal(err)
	}
	job, err := jobpost.Parse(jobData, "frontend-eng.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cvCases {
		t.Run(c.pdf, func(t *testing.T) {
			text := pdfText(t, filepath.Join(dir, c.pdf))
			// the CV text must really hold the details, or the test proves nothing
			if !strings.Contains(strings.Join(strings.Fields(text), " "), c.basics.Email) {
				t.Fatalf("pdftotext output lacks %s", c.basics.Email)
			}
			prof := model.Profile{Basics: c.basics, Work: []model.Work{{Name: "Acme", Position: "Developer", Highlights: []string{"Wrote code; contact " +
				c.basics.Email}}}}
			r := NewRedactor(prof, nil)
			for _, task := range Tasks {
				p, err := Build(task, Inputs{Profile: prof, Job: job, Notes: "My CV as text:\n" + text, Redactor: r, Budget: 20000})
				if err != nil {
					t.Fatal(err)
				}
				all := p.Messages[0].Content + "\n" + p.Messages[1].Content
				for _, part := range strings.Fields(c.basics.Name) {
					if regexp.MustCompile(`(?i)\b` + part + `\b`).MatchString(all) {
						t.Errorf("%s: name part %q left in the prompt", task, part)
					}
				}
				if strings.Contains(strings.ToLower(all), c.basics.Email) {
					t.Errorf("%s: email left in the prompt", task)
				}
				if c.phoneRe != "" && regexp.MustCompile(c.phoneRe).MatchString(all) {
					t.Errorf("%s: phone left in the prompt: %q", task, regexp.MustCompile(c.phoneRe).FindString(all))
				}
				if c.basics.Location.Address != "" && strings.Contains(all, "La Verne Way") {
					t.Errorf("%s: street address left in the prompt", task)
				}
				if !p.Redacted || !strings.Contains(all, "[NAME]") || !strings.Contains(all, "[EMAIL_1]") {
					t.Errorf("%s: placeholders missing", task)
				}
			}
			// a reply that echoes placeholders with drifted spacing and case
			reply := "Kind regards,\n[NAME]\n[ email_1 ] · [Phone-1]\nThanks, [FIRST_NAME]."
			if c.basics.Phone == "" {
				reply = strings.ReplaceAll(reply, " · [Phone-1]", "")
			}
			got := r.Restore(reply)
			for _, want := range []string{c.basics.Name, c.basics.Email, strings.Fields(c.basics.Name)[0]} {
				if !strings.Contains(got, want) {
					t.Errorf("restored reply lacks %q: %q", want, got)
				}
			}
			if c.basics.Phone != "" && !regexp.MustCompile(c.phoneRe).MatchString(got) {
				t.Errorf("restored reply lacks the phone: %q", got)
			}
			// streamed in every chunk size, the result is the same
			for size := 1; size <= 7; size++ {
				sr := r.NewStreamRestorer()
				var b strings.Builder
				for i := 0; i < len(reply); i += size {
					b.WriteString(sr.Write(reply[i:min(i+size, len(reply))]))
				}
				b.WriteString(sr.Flush())
				if b.String() != got {
					t.Errorf("chunks of %d: %q, want %q", size, b.String(), got)
				}
			}
		})
	}
}

// masterResume is the structured resume in cv/src/resumematcher_master.json.
type masterResume struct {
	PersonalInfo struct {
		Name, Title, Email, Phone, Location, Website, Linkedin, Github string
	}
	Summary        string
	WorkExperience []struct {
		Title, Company, Location, Years string
		Description                     []string
	}
}

func TestRedactStructuredResume(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(corpus.Path(t, "cv"), "src", "resumematcher_master.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m masterResume
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	pi := m.PersonalInfo
	prof := model.Profile{Basics: model.Basics{Name: pi.Name, Email: pi.Email, Phone: pi.Phone, URL: pi.Website, Summary: m.Summary,
		Profiles: []model.SocialProfile{{Network: "LinkedIn", URL: pi.Linkedin}, {Network: "GitHub", URL: pi.Github}}}}
	r := NewRedactor(prof, []string{"Acme Corp"})
	// the raw file is the free text: every detail also appears in other spellings
	free := string(data) + "\nCall me on 555 0100 or +1 (555) 0100; see https://www.linkedin.com/in/janedoe/ and JANE DOE."
	red := r.Redact(free)
	for _, leak := range []string{"Jane", "Doe", "jane@example.com", "555-0100", "555 0100", "janedoe", "Acme Corp"} {
		if strings.Contains(strings.ToLower(red), strings.ToLower(leak)) {
			t.Errorf("%q left in redacted text", leak)
		}
	}
	if back := r.Restore(red); !strings.Contains(back, "jane@example.com") || !strings.Contains(back, "Jane Doe") || !strings.Contains(back, "Acme Corp") {
		t.Errorf("restore lost details")
	}
	// the same detail always gets the same placeholder
	if a, b := r.Redact("jane@example.com"), r.Redact("JANE@EXAMPLE.COM"); a != b {
		t.Errorf("placeholders differ: %q %q", a, b)
	}
	for _, ph := range r.Placeholders() {
		if !placeholderRe.MatchString(ph) {
			t.Errorf("placeholder %q does not match its own pattern", ph)
		}
	}
}

func TestRedactLeavesOrdinaryText(t *testing.T) {
	r := NewRedactor(model.Profile{Basics: model.Basics{Name: "May Will", Email: "may@will.dev"}}, nil)
	in := "You will work 2019 - 2023 and may lead 10-20 people. Version 1.2.3, call 12.05.2024."
	if got := r.Redact(in); got != in {
		t.Errorf("ordinary text changed:\n%q\n%q", in, got)
	}
	if got := r.Redact("Signed, May Will."); got != "Signed, [NAME]." {
		t.Errorf("got %q", got)
	}
	// a bracket that is not a placeholder streams through untouched
	sr := r.NewStreamRestorer()
	out := sr.Write("see [1") + sr.Write("] and [x") + sr.Write("y!") + sr.Flush()
	if out != "see [1] and [xy!" {
		t.Errorf("got %q", out)
	}
}

func TestDateRangesAreNotPhones(t *testing.T) {
	r := NewRedactor(model.Profile{}, nil)
	for _, s := range []string{"2023-09 – 2024-03", "09/2018 - 05/2020", "2019-01-15 to 2020-02-01", "2019 - 2023"} {
		if got := r.Redact("Worked there " + s + "."); strings.Contains(got, "[PHONE") {
			t.Errorf("%q redacted as a phone: %q", s, got)
		}
	}
	for _, s := range []string{"+49 30 1234567", "(555) 123-4567", "206-555-0149"} {
		if got := r.Redact("Call " + s); !strings.Contains(got, "[PHONE") {
			t.Errorf("%q not redacted: %q", s, got)
		}
	}
}
