package transfer

import (
	"strings"

	"github.com/huntbook/huntbook/backend/model"
)

// rowContact reads the contact columns of a row (name, e-mail, phone,
// LinkedIn, role) into a contact at company, or nil when they are empty.
// A contact with no name is named by its e-mail address or profile.
func rowContact(row csvRow, cols map[string]int, company string) (*model.Contact, error) {
	get := func(f string) string { return cell(row.rec, cols, f) }
	c := model.Contact{Name: get("contactName"), Email: get("contactEmail"), Phone: get("contactPhone"),
		ProfileURL: get("contactLinkedIn"), Role: get("contactRole"), Company: company}
	if c.Name == "" && c.Email == "" && c.Phone == "" && c.ProfileURL == "" {
		return nil, nil
	}
	if c.ProfileURL != "" && !strings.Contains(c.ProfileURL, "://") {
		c.ProfileURL = "https://" + c.ProfileURL // "linkedin.com/in/ada" as people paste it
	}
	if c.Name == "" {
		switch {
		case c.Email != "":
			c.Name = c.Email
		case c.ProfileURL != "":
			c.Name = profileName(c.ProfileURL)
		default:
			c.Name = "Contact at " + company
		}
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

// profileName is the last part of a profile link ("ada-lovelace").
func profileName(u string) string {
	u = strings.TrimRight(u, "/")
	if i := strings.LastIndexByte(u, '/'); i >= 0 && i < len(u)-1 {
		return u[i+1:]
	}
	return u
}

// contactSet gathers the contacts of an import, one per person: rows naming
// the same e-mail address (or, without one, the same name at the same
// company) link one contact to several applications.
type contactSet struct {
	list []model.Contact
	at   map[string]int
}

func newContactSet() *contactSet { return &contactSet{at: map[string]int{}} }

func (s *contactSet) add(c model.Contact, appID int64) {
	key := "e:" + strings.ToLower(c.Email)
	if c.Email == "" {
		key = "n:" + strings.ToLower(c.Name) + "\x00" + strings.ToLower(c.Company)
	}
	if i, ok := s.at[key]; ok {
		s.list[i].ApplicationIDs = append(s.list[i].ApplicationIDs, appID)
		return
	}
	c.ID = int64(len(s.list) + 1)
	c.ApplicationIDs = []int64{appID}
	s.at[key] = len(s.list)
	s.list = append(s.list, c)
}
