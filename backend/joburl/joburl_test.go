package joburl

import "testing"

func TestKey(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"plain", "https://jobs.acme.example/backend-engineer", "jobs.acme.example/backend-engineer"},
		{"utm parameters", "https://acme.example/jobs/1?utm_source=li&utm_medium=social&UTM_Campaign=x", "acme.example/jobs/1"},
		{"gclid and fbclid", "https://acme.example/jobs/1?gclid=abc&fbclid=def&msclkid=g", "acme.example/jobs/1"},
		{"trk and refId", "https://acme.example/jobs/1?trk=feed&refId=abc%3D%3D&trackingId=x", "acme.example/jobs/1"},
		{"greenhouse gh_src", "https://boards.greenhouse.io/acme/jobs/4012345?gh_src=abc123", "boards.greenhouse.io/acme/jobs/4012345"},
		{"greenhouse gh_jid kept", "https://acme.example/careers?gh_jid=4012345&gh_src=x", "acme.example/careers?gh_jid=4012345"},
		{"greenhouse new host", "https://job-boards.greenhouse.io/acme/jobs/4012345", "boards.greenhouse.io/acme/jobs/4012345"},
		{"greenhouse embed", "https://boards.greenhouse.io/embed/job_app?for=acme&token=4012345&gh_src=y", "boards.greenhouse.io/acme/jobs/4012345"},
		{"lever source", "https://jobs.lever.co/acme/8c1d-42?lever-source=LinkedIn&lever-origin=applied", "jobs.lever.co/acme/8c1d-42"},
		{"lever apply form", "https://jobs.lever.co/acme/8c1d-42/apply", "jobs.lever.co/acme/8c1d-42"},
		{"fragment", "https://acme.example/jobs/1#apply", "acme.example/jobs/1"},
		{"www and case of host", "https://WWW.Acme.Example/jobs/1", "acme.example/jobs/1"},
		{"http", "http://acme.example/jobs/1", "acme.example/jobs/1"},
		{"trailing slash", "https://acme.example/jobs/1/", "acme.example/jobs/1"},
		{"root", "https://acme.example/", "acme.example"},
		{"default https port", "https://acme.example:443/jobs/1", "acme.example/jobs/1"},
		{"default http port", "http://acme.example:80/jobs/1", "acme.example/jobs/1"},
		{"other port kept", "http://127.0.0.1:8080/jobs/1", "127.0.0.1:8080/jobs/1"},
		{"params sorted", "https://acme.example/job?b=2&a=1&a=0", "acme.example/job?a=0&a=1&b=2"},
		{"escaping made one", "https://acme.example/jobs/caf%C3%A9%20lead", "acme.example/jobs/caf%C3%A9%20lead"},
		{"path case kept", "https://acme.example/Jobs/ABC", "acme.example/Jobs/ABC"},
		{"surrounding space", "  https://acme.example/jobs/1 \n", "acme.example/jobs/1"},
		{"linkedin view", "https://www.linkedin.com/jobs/view/3791234567/?refId=abc&trackingId=xyz&trk=flagship", "linkedin.com/jobs/view/3791234567"},
		{"linkedin view slug", "https://www.linkedin.com/jobs/view/go-engineer-at-acme-3791234567", "linkedin.com/jobs/view/3791234567"},
		{"linkedin country host", "https://uk.linkedin.com/jobs/view/3791234567", "linkedin.com/jobs/view/3791234567"},
		{"linkedin e-mail link", "https://www.linkedin.com/comm/jobs/view/3791234567?midToken=a&eid=b", "linkedin.com/jobs/view/3791234567"},
		{"linkedin search showing a job", "https://www.linkedin.com/jobs/search/?currentJobId=3791234567&keywords=go", "linkedin.com/jobs/view/3791234567"},
		{"linkedin collection showing a job", "https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3791234567",
			"linkedin.com/jobs/view/3791234567"},
		{"linkedin other page", "https://www.linkedin.com/company/acme/?trk=x", "linkedin.com/company/acme"},
		{"indeed viewjob", "https://www.indeed.com/viewjob?jk=5f2a9c1b7d&tk=1h2&from=serp&vjs=3", "indeed.com/viewjob?jk=5f2a9c1b7d"},
		{"indeed click link", "https://www.indeed.com/rc/clk?jk=5f2a9c1b7d&fccid=abc&vjs=3", "indeed.com/viewjob?jk=5f2a9c1b7d"},
		{"indeed search showing a job", "https://www.indeed.com/jobs?q=go&l=Berlin&vjk=5f2a9c1b7d", "indeed.com/viewjob?jk=5f2a9c1b7d"},
		{"indeed country site kept", "https://uk.indeed.com/viewjob?jk=5f2a9c1b7d", "uk.indeed.com/viewjob?jk=5f2a9c1b7d"},
		{"empty", "", ""},
		{"mailto", "mailto:jobs@acme.example", ""},
		{"javascript", "javascript:alert(1)", ""},
		{"ftp", "ftp://acme.example/jobs/1", ""},
		{"file", "file:///etc/passwd", ""},
		{"relative", "/jobs/1", ""},
		{"no scheme", "acme.example/jobs/1", ""},
		{"no host", "https:///jobs/1", ""},
		{"not a URL", "http://[::1", ""},
	}
	for _, c := range cases {
		if got := Key(c.in); got != c.want {
			t.Errorf("%s: Key(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

func TestKeySameAndDifferent(t *testing.T) {
	same := [][2]string{
		{"https://www.Example.com/jobs/1?utm_source=li&b=2&a=1#top", "http://example.com/jobs/1/?a=1&b=2"},
		{"https://www.linkedin.com/jobs/view/123/?refId=abc&trackingId=xyz", "https://linkedin.com/jobs/view/123"},
		{"https://www.indeed.com/viewjob?jk=abc&from=serp", "https://indeed.com/rc/clk?jk=abc"},
	}
	for _, c := range same {
		if a, b := Key(c[0]), Key(c[1]); a != b || a == "" {
			t.Errorf("%q -> %q and %q -> %q, want the same", c[0], a, c[1], b)
		}
	}
	differ := [][2]string{
		{"https://example.com/jobs/1", "https://example.com/jobs/2"},
		{"https://indeed.com/viewjob?jk=1", "https://indeed.com/viewjob?jk=2"},
		{"https://www.linkedin.com/jobs/view/1", "https://www.linkedin.com/jobs/view/2"},
		{"https://acme.example/careers?gh_jid=1", "https://acme.example/careers?gh_jid=2"},
		{"https://a.example/jobs/1", "https://b.example/jobs/1"},
	}
	for _, c := range differ {
		if Key(c[0]) == Key(c[1]) {
			t.Errorf("%q and %q give the same key %q", c[0], c[1], Key(c[0]))
		}
	}
}

func FuzzKey(f *testing.F) {
	for _, s := range []string{"https://www.linkedin.com/jobs/view/1/?trk=x", "http://a.example:80/b/?c=d#e", "https://indeed.com/viewjob?jk=1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		// A key is stable: the link it describes, given again, has the same key.
		if k != "" && Key("https://"+k) != k {
			t.Errorf("Key(%q) = %q, but Key(https://%s) = %q", s, k, k, Key("https://"+k))
		}
	})
}
