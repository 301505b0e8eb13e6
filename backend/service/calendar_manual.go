package service

import (
	"github.com/huntbook/huntbook/backend/calendar"
	"github.com/huntbook/huntbook/backend/model"
)

// AddInterview adds an interview by hand to an application: a date and time
// in a time zone, its length, kind, join link, place and notes. It shows in
// the application's detail, the agenda (with its reminder) and the .ics
// export like an interview from a calendar.
func (c *Calendar) AddInterview(in model.InterviewInput) (model.Interview, error) {
	e, err := c.manualEvent(&in)
	if err != nil {
		return model.Interview{}, err
	}
	iv, err := c.db.AddManualInterview(c.ctx(), in.ApplicationID, e, in.Kind)
	if err != nil {
		return model.Interview{}, err
	}
	c.changed(in.ApplicationID)
	return iv, nil
}

// UpdateInterview changes an interview added by hand (key as listed);
// interviews from a calendar are changed in that calendar.
func (c *Calendar) UpdateInterview(key string, in model.InterviewInput) (model.Interview, error) {
	e, err := c.manualEvent(&in)
	if err != nil {
		return model.Interview{}, err
	}
	before, err := c.db.CalendarEvent(c.ctx(), key)
	if err != nil {
		return model.Interview{}, err
	}
	iv, err := c.db.UpdateManualInterview(c.ctx(), key, in.ApplicationID, e, in.Kind)
	if err != nil {
		return model.Interview{}, err
	}
	c.changed(before.ApplicationID, in.ApplicationID)
	return iv, nil
}

// DeleteInterview deletes an interview added by hand.
func (c *Calendar) DeleteInterview(key string) error {
	appID, err := c.db.DeleteManualInterview(c.ctx(), key)
	if err != nil {
		return err
	}
	c.changed(appID)
	return nil
}

// manualEvent checks in and turns it into the calendar event it is stored
// as; an empty title becomes "Phone interview with Acme".
func (c *Calendar) manualEvent(in *model.InterviewInput) (calendar.Event, error) {
	start, end, zone, err := in.Schedule(c.location())
	if err != nil {
		return calendar.Event{}, err
	}
	title := in.Title
	if title == "" {
		title = in.Kind.Label() + " interview"
		if in.Kind == model.InterviewOther {
			title = "Interview"
		}
		if a, err := c.db.GetApplication(c.ctx(), in.ApplicationID); err == nil && a.Company != "" {
			title += " with " + a.Company
		} else if err != nil {
			return calendar.Event{}, err
		}
	}
	return calendar.Event{Title: title, Description: in.Notes, Location: in.Location, Start: start, End: end,
		TimeZone: zone, MeetingURL: in.Link, Status: "confirmed"}, nil
}

// manualCategories are the CATEGORIES an interview added by hand is
// exported with: "Interview" and its kind ("Phone").
func manualCategories(kind model.InterviewKind) []string {
	if l := kind.Label(); l != "" {
		return []string{"Interview", l}
	}
	return []string{"Interview"}
}
