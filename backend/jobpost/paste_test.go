package jobpost

import (
	"testing"

	"github.com/huntbook/huntbook/backend/model"
)

// A user pastes into the Add form's box just what they copied: no file
// name tells the reader the format, the content must.
var pasted = []struct {
	name string
	data string
	want readWant
	from string // the job's Source
}{
	{"a JSON-LD script block", `<script type="application/ld+json">
{"@context":"https://schema.org/","@type":"JobPosting","title":"Line Cook","hiringOrganization":{"@type":"Organization","name":"Harbour Bistro"},
 "jobLocation":{"@type":"Place","address":{"addressLocality":"Hull","addressCountry":"GB"}},"datePosted":"2025-09-01","employmentType":"PART_TIME",
 "baseSalary":{"@type":"MonetaryAmount","currency":"GBP","value":{"@type":"QuantitativeValue","minValue":24000,"maxValue":27000,"unitText":"YEAR"}},
 "description":"<p>Cook fresh fish for our harbour-side dining room.</p>"}
</script>`, readWant{title: "Line Cook", company: "Harbour Bistro", location: "Hull, GB", typ: "part-time", posted: "2025-09-01",
		salary: sal(24000, 27000, "GBP", model.PeriodYear), contains: []string{"Cook fresh fish"}}, "jsonld"},
	{"a script block with a leading blank line and upper-case tag", "\n  <SCRIPT type=\"application/ld+json\">{\"@type\":\"JobPosting\",\"title\":\"Porter\"," +
		"\"description\":\"Carry luggage for hotel guests.\"}</SCRIPT>",
		readWant{title: "Porter", contains: []string{"Carry luggage"}}, "jsonld"},
	{"a bare JSON-LD object", `{"@context":"https://schema.org","@type":"JobPosting","title":"Welder","hiringOrganization":"Forge & Co",
 "jobLocation":{"address":{"addressLocality":"Sheffield"}},"description":"Weld steel frames for bridges."}`,
		readWant{title: "Welder", company: "Forge & Co", location: "Sheffield", contains: []string{"Weld steel frames"}}, "jsonld"},
	{"a bare JSON-LD object with trailing commas and a raw line break", "{\"@type\":\"JobPosting\",\"title\":\"Gardener\",\n" +
		"\"hiringOrganization\":{\"name\":\"Kew Trust\",},\n\"description\":\"Tend the lawns.\nMow weekly.\",}",
		readWant{title: "Gardener", company: "Kew Trust", contains: []string{"Tend the lawns."}}, "jsonld"},
	{"a pasted Greenhouse API response", `{"id":42,"title":"Data Engineer","absolute_url":"https://boards.greenhouse.io/globex/jobs/42",
 "location":{"name":"Berlin"},"first_published":"2025-05-02T10:00:00-04:00","content":"&lt;p&gt;Build our pipelines.&lt;/p&gt;"}`,
		readWant{title: "Data Engineer", company: "Globex", location: "Berlin", posted: "2025-05-02", contains: []string{"Build our pipelines."}}, "json"},
	{"a pasted Lever list with a trailing comma", `[{"text":"Designer","categories":{"location":"Lisbon","commitment":"Full-time"},
 "hostedUrl":"https://jobs.lever.co/northwind/d1","descriptionPlain":"Design our app.",},]`,
		readWant{title: "Designer", company: "Northwind", location: "Lisbon", typ: "full-time"}, "json"},
}

func TestReadPasted(t *testing.T) {
	for _, p := range pasted {
		t.Run(p.name, func(t *testing.T) {
			jobs, err := Read([]byte(p.data), Options{})
			checkRead(t, jobs, err, p.want)
			if err == nil && jobs[0].Source != p.from {
				t.Errorf("read as %q, want %q", jobs[0].Source, p.from)
			}
		})
	}
}
