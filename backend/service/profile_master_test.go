package service

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/corpus"
	"github.com/huntbook/huntbook/backend/model"
)

// cvFullProfile fills every field model.Profile has.
func cvFullProfile() model.Profile {
	return model.Profile{
		Basics: model.Basics{Name: "Ada Lovelace", Label: "Programmer", Image: "https://example.org/ada.png", Email: "ada@example.org",
			Phone: "+44 20 7946 0958", URL: "https://ada.example.org", Summary: "First programmer.",
			Location: model.Location{Address: "12 St James's Square", PostalCode: "SW1Y 4JH", City: "London", CountryCode: "GB", Region: "England"},
			Profiles: []model.SocialProfile{{Network: "GitHub", Username: "ada", URL: "https://github.com/ada"}}},
		Work: []model.Work{{Name: "Analytical Engines", Location: "London", Description: "Engines", Position: "Programmer", URL: "https://engines.example",
			StartDate: "1842-09", EndDate: "1843", Summary: "Notes on the engine", Highlights: []string{"Note G", "Bernoulli numbers"}}},
		Volunteer: []model.Volunteer{{Organization: "Royal Society", Position: "Guest", URL: "https://royalsociety.org", StartDate: "1840",
			EndDate: "1841-02-03", Summary: "Lectures", Highlights: []string{"Talks"}}},
		Education: []model.Education{{Institution: "Home tutoring", URL: "https://tutor.example", Area: "Mathematics", StudyType: "Private",
			StartDate: "1830", EndDate: "1835", Score: "A", Courses: []string{"Calculus", "Logic"}}},
		Awards:       []model.Award{{Title: "Honorary fellow", Date: "1850-01-01", Awarder: "Society", Summary: "For the notes"}},
		Certificates: []model.Certificate{{Name: "Engine operator", Date: "1844", Issuer: "Babbage", URL: "https://cert.example"}},
		Publications: []model.Publication{{Name: "Sketch of the Analytical Engine", Publisher: "Taylor's Scientific Memoirs", ReleaseDate: "1843-10",
			URL: "https://pub.example", Summary: "Translation with notes"}},
		Skills:     []model.Skill{{Name: "Mathematics", Level: "Master", Keywords: []string{"algorithms", "analysis"}}},
		Languages:  []model.Language{{Language: "English", Fluency: "Native"}, {Language: "French", Fluency: "Fluent"}},
		Interests:  []model.Interest{{Name: "Poetical science", Keywords: []string{"music"}}},
		References: []model.Reference{{Name: "Charles Babbage", Reference: "The enchantress of numbers"}},
		Projects: []model.Project{{Name: "Note G", Description: "An algorithm", Highlights: []string{"Loops"}, Keywords: []string{"Bernoulli"},
			StartDate: "1842", EndDate: "1843", URL: "https://noteg.example", Roles: []string{"Author"}, Entity: "Self", Type: "research"}},
	}
}

func TestMasterValidationNamesTheField(t *testing.T) {
	s, _ := newServices(t)
	if m, err := s.Profile.Master(); err != nil || !reflect.DeepEqual(m, model.Profile{}) {
		t.Fatalf("fresh master %+v %v", m, err)
	}
	cases := []struct {
		edit  func(p *model.Profile)
		field string
	}{
		{func(p *model.Profile) { p.Basics.Email = "ada at example" }, "basics.email"},
		{func(p *model.Profile) { p.Basics.Email = "Ada <ada@example.org>" }, "basics.email"},
		{func(p *model.Profile) { p.Work[0].StartDate = "Sept 1842" }, "work[0].startDate"},
		{func(p *model.Profile) { p.Work[0].EndDate = "1843-02-30" }, "work[0].endDate"},
		{func(p *model.Profile) { p.Education[0].StartDate = "1830/09" }, "education[0].startDate"},
		{func(p *model.Profile) { p.Awards[0].Date = "yesterday" }, "awards[0].date"},
		{func(p *model.Profile) { p.Publications[0].ReleaseDate = "1843-13" }, "publications[0].releaseDate"},
		{func(p *model.Profile) { p.Basics.URL = "javascript:alert(1)" }, "basics.url"},
		{func(p *model.Profile) { p.Basics.Profiles[0].URL = "ftp://files.example/ada" }, "basics.profiles[0].url"},
		{func(p *model.Profile) { p.Projects[0].URL = "not a link" }, "projects[0].url"},
		{func(p *model.Profile) { p.Certificates[0].URL = "https://" }, "certificates[0].url"},
	}
	for _, c := range cases {
		p := cvFullProfile()
		c.edit(&p)
		_, err := s.Profile.SaveMaster(p)
		if me := model.AsError(err); me == nil || me.Code != model.CodeInvalid || me.Field != c.field {
			t.Errorf("want invalid %s, got %v (%+v)", c.field, err, me)
		}
	}
	if m, _ := s.Profile.Master(); m.Basics.Name != "" {
		t.Fatalf("an invalid profile was saved: %+v", m.Basics)
	}
	// Trimming, bare links given https, empty list items dropped.
	p := cvFullProfile()
	p.Basics.Name = "  Ada Lovelace \n"
	p.Basics.URL = "ada.example.org/about"
	p.Work[0].Highlights = []string{" Note G ", "", "  "}
	saved, err := s.Profile.SaveMaster(p)
	if err != nil {
		t.Fatal(err)
	}
	if saved.Basics.Name != "Ada Lovelace" || saved.Basics.URL != "https://ada.example.org/about" ||
		!reflect.DeepEqual(saved.Work[0].Highlights, []string{"Note G"}) {
		t.Fatalf("normalised %+v %+v", saved.Basics, saved.Work[0])
	}
	got, _ := s.Profile.Master()
	if !reflect.DeepEqual(got, saved) {
		t.Fatalf("stored %+v\nwant %+v", got, saved)
	}
}

func TestJSONResumeRoundTripIsLossless(t *testing.T) {
	s, _ := newServices(t)
	full := cvFullProfile()
	if _, err := s.Profile.SaveMaster(full); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "resume.json")
	if err := s.Profile.ExportProfile(path); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("export file %v %v", st, err)
	}
	raw, _ := os.ReadFile(path)
	var doc map[string]any
	if err := json.Unmarshal(raw, &doc); err != nil || !strings.Contains(doc["$schema"].(string), "jsonresume") {
		t.Fatalf("export is not JSON Resume: %v %.100s", err, raw)
	}
	other, _ := newServices(t)
	got, err := other.Profile.ImportProfile(path)
	if err != nil {
		t.Fatal(err)
	}
	stored, _ := other.Profile.Master()
	if !reflect.DeepEqual(got, full) || !reflect.DeepEqual(stored, full) {
		t.Fatalf("round trip lost data:\n got %+v\nwant %+v", stored, full)
	}
}

func TestImportJSONResumeFromElsewhere(t *testing.T) {
	s, fake := newServices(t)
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// Fields Huntbook does not keep ($schema, meta, x-extensions, a
	// location's countryName) are ignored; numbers where text is expected
	// are taken as text; a byte-order mark is fine.
	good := write("resume.json", "\ufeff"+`{
  "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
  "meta": {"theme": "elegant", "version": "v1.0.0"},
  "basics": {"name": "Richard Hendriks", "email": "richard.hendriks@mail.com", "url": "http://richardhendricks.example.com",
    "location": {"city": "San Francisco", "countryCode": "US", "countryName": "United States"},
    "profiles": [{"network": "Twitter", "username": "neutralthoughts", "url": ""}]},
  "work": [{"name": "Pied Piper", "position": "CEO/President", "startDate": "2013-12-01", "endDate": "2014-12-01",
    "highlights": ["Build an algorithm"], "x-internal": true}],
  "education": [{"institution": "University of Oklahoma", "area": "Information Technology", "studyType": "Bachelor",
    "startDate": "2011-06-01", "score": 4.0, "courses": ["DB1101 - Basic SQL"]}],
  "skills": [{"name": "Web Development", "level": "Master", "keywords": ["HTML", "CSS"]}]
}`)
	p, err := s.Profile.ImportProfile(good)
	if err != nil {
		t.Fatal(err)
	}
	if p.Basics.Name != "Richard Hendriks" || p.Basics.Location.City != "San Francisco" || p.Work[0].Highlights[0] != "Build an algorithm" ||
		p.Education[0].Score != "4.0" || p.Skills[0].Keywords[1] != "CSS" {
		t.Fatalf("imported %+v", p)
	}

	bad := []struct {
		name, body, field, says string
	}{
		{"syntax.json", "{\n  \"basics\": {\"name\": \"x\",}\n}", "file", "line 2"},
		{"array.json", `[1, 2]`, "file", "one JSON object"},
		{"two.json", `{"basics": {}} {"basics": {}}`, "file", "more than one"},
		{"type.json", `{"work": [{"name": "A"}, {"name": "B", "highlights": "did things"}]}`, "work[1].highlights", "should be a list"},
		{"section.json", `{"skills": {"name": "Go"}}`, "skills", "should be a list"},
		{"date.json", `{"work": [{"name": "A", "startDate": "March 2020"}]}`, "work[0].startDate", "not a date"},
		{"email.json", `{"basics": {"email": "nobody"}}`, "basics.email", "email"},
		{"foreign.json", `{"personalInfo": {"name": "Jane"}, "workExperience": []}`, "file", "not a JSON Resume document"},
	}
	for _, c := range bad {
		_, err := s.Profile.ImportProfile(write(c.name, c.body))
		me := model.AsError(err)
		if me == nil || me.Code != model.CodeInvalid || me.Field != c.field || !strings.Contains(me.Message, c.says) {
			t.Errorf("%s: got %v (%+v), want invalid %s saying %q", c.name, err, me, c.field, c.says)
		}
	}
	// Resume Matcher's own format (a corpus file) is not JSON Resume.
	rm := filepath.Join(corpus.Path(t, "cv"), "src", "resumematcher_master.json")
	if _, err := s.Profile.ImportProfile(rm); model.ErrorCode(err) != model.CodeInvalid || !strings.Contains(err.Error(), "not a JSON Resume") {
		t.Errorf("resume matcher file: %v", err)
	}
	if m, _ := s.Profile.Master(); m.Basics.Name != "Richard Hendriks" {
		t.Fatalf("a refused import changed the master: %+v", m.Basics)
	}
	big := write("big.json", `{"basics": {"summary": "`+strings.Repeat("a", maxJSONResumeBytes)+`"}}`)
	if _, err := s.Profile.ImportProfile(big); model.ErrorCode(err) != model.CodeTooLarge {
		t.Fatalf("big: %v", err)
	}

	// The dialogs: a cancelled one changes nothing; .json is added on export.
	if p, err := s.Profile.ExportProfileDialog(); p != "" || err != nil {
		t.Fatalf("cancelled export: %q %v", p, err)
	}
	fake.SavePath = filepath.Join(dir, "mine")
	if p, err := s.Profile.ExportProfileDialog(); p != fake.SavePath+".json" || err != nil {
		t.Fatalf("export dialog: %q %v", p, err)
	}
	fake.OpenPath = fake.SavePath + ".json"
	if p, err := s.Profile.ImportProfileDialog(); err != nil || p.Basics.Name != "Richard Hendriks" {
		t.Fatalf("import dialog: %+v %v", p.Basics, err)
	}
}

func TestMergeChosenFieldsIntoMaster(t *testing.T) {
	s, _ := newServices(t)
	res, err := s.Profile.ImportCVNow(cvWrite(t, "ada.txt", []byte(cvText)), "", "")
	if err != nil {
		t.Fatal(err)
	}
	v := res.Version
	if len(v.Profile.Work) != 1 || len(v.Profile.Education) != 1 || v.Profile.Basics.Email == "" {
		t.Fatalf("parsed %+v", v.Profile)
	}
	master := model.Profile{Basics: model.Basics{Name: "Ada King", Phone: "+44 1"},
		Work:   []model.Work{{Name: "Older Employer", Position: "Clerk", StartDate: "2010"}},
		Skills: []model.Skill{{Name: "Go", Level: "Expert"}}}
	if _, err := s.Profile.SaveMaster(master); err != nil {
		t.Fatal(err)
	}
	// Chosen fields only: the email and the one job (a path inside an
	// entry copies the entry).
	m, err := s.Profile.MergeIntoMaster(v.ID, []string{"basics.email", "work[0].startDate"})
	if err != nil {
		t.Fatal(err)
	}
	if m.Basics.Name != "Ada King" || m.Basics.Email != v.Profile.Basics.Email || m.Basics.Phone != "+44 1" ||
		len(m.Work) != 2 || m.Work[1].Name != v.Profile.Work[0].Name || len(m.Education) != 0 || len(m.Skills) != 1 {
		t.Fatalf("merged chosen %+v", m)
	}
	if stored, _ := s.Profile.Master(); !reflect.DeepEqual(stored, m) {
		t.Fatalf("stored %+v", stored)
	}
	// Copying the same job again updates it instead of adding a copy.
	if m, err = s.Profile.MergeIntoMaster(v.ID, []string{"work[0]"}); err != nil || len(m.Work) != 2 {
		t.Fatalf("merge again: %d jobs %v", len(m.Work), err)
	}
	// Everything: the name is replaced, skills united by name, nothing lost.
	m, err = s.Profile.MergeIntoMaster(v.ID, nil)
	if err != nil {
		t.Fatal(err)
	}
	if m.Basics.Name != "Ada Lovelace" || m.Basics.Phone == "" || len(m.Work) != 2 || len(m.Education) != 1 {
		t.Fatalf("merged all %+v", m)
	}
	var goSkills int
	for _, sk := range m.Skills {
		if strings.EqualFold(sk.Name, "Go") {
			goSkills++
		}
	}
	if goSkills != 1 || len(m.Skills) < 2 {
		t.Fatalf("skills %+v", m.Skills)
	}
	for _, c := range []struct{ path, says string }{
		{"basics.nickname", "no field"},
		{"work[9]", "has no work[9]"},
		{"work[x]", "not a number"},
		{"basics[0]", "not a list"},
		{"basics.name.first", "has no fields"},
		{"volunteer", "has no volunteer"},
	} {
		_, err := s.Profile.MergeIntoMaster(v.ID, []string{c.path})
		if me := model.AsError(err); me == nil || me.Code != model.CodeInvalid || !strings.Contains(me.Message, c.says) {
			t.Errorf("%s: %v", c.path, err)
		}
	}
	if _, err := s.Profile.MergeIntoMaster(999, nil); model.ErrorCode(err) != model.CodeNotFound {
		t.Fatalf("unknown version: %v", err)
	}
}
